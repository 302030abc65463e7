import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-QUQGESWO.js";
import {
  errorMessage
} from "./chunk-G4PDCYJP.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(errorMessage(err));
  }
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got \`${value}\`)`);
}

export {
  parseCommandArgs,
  oneOf
};
