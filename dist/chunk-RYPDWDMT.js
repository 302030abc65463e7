import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MAX_FILE_CHARS,
  parseHcl
} from "./chunk-ZBLJTQBM.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  MAX_FILE_CHARS,
  parseHcl
};
