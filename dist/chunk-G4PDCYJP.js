import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/sources/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

export {
  ConfigError,
  errorMessage
};
