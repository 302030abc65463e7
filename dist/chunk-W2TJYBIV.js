import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-QOCTPC6Z.js";
import "./chunk-7QHEYGOO.js";
import "./chunk-WHJC6HO6.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-LDECL5TG.js";
import "./chunk-3BE36UM4.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
