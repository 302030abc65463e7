import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-K6KODDLB.js";
import "./chunk-K5FV6PK2.js";
import "./chunk-ZG3S77LE.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-SHXGPNO2.js";
import "./chunk-3BE36UM4.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
