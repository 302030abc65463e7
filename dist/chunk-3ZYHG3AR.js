import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-2W7AJ6W3.js";
import "./chunk-BBZNCA7Z.js";
import "./chunk-VAI6RA6R.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-O6OI2NKE.js";
import "./chunk-SIZXMGP2.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
