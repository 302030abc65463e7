import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-U6CH2YYO.js";
import "./chunk-GBR6XC4X.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-RDZXWT37.js";
import "./chunk-HQKPQTWQ.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
