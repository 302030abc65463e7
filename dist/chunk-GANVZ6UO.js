import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-Y6MF5UG6.js";
import "./chunk-XDR3SOGV.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-5M65SGIV.js";
import "./chunk-AC3XXEFW.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
