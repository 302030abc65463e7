import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-GVY2RYMX.js";
import "./chunk-HIPWANJM.js";
import "./chunk-EYBUYJ6S.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-EEUXSXVY.js";
import "./chunk-7ROSBTZ7.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
