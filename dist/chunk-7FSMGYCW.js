import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/sources/types.ts
var DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
var DEFAULT_SOURCE_OPTIONS = {
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  excludePaths: [],
  untracked: true
};

export {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_SOURCE_OPTIONS
};
