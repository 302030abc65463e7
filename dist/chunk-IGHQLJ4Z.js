import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-NIMOCXYA.js";
import "./chunk-ZFELC3QL.js";
import "./chunk-B4H6PJLD.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-QBHW6W7K.js";
import "./chunk-AJK25L57.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
