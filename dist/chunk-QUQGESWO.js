import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_ERROR,
  UsageError
};
