import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-J2V55RH5.js";
import "./chunk-G4BWWU6M.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-ZEDXHA7D.js";
import "./chunk-RUHNGTW5.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
