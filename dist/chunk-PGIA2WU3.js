import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-REOMTL7T.js";
import "./chunk-YJJ7IQSN.js";
import "./chunk-A6K3JZHT.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-33B35YNJ.js";
import "./chunk-WVV46Z42.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
