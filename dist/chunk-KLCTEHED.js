import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-LGMMEU6Y.js";
import "./chunk-GW3AMPZR.js";
import "./chunk-L6WEL322.js";
import "./chunk-5U7EEZS5.js";
import "./chunk-2EC2K77T.js";
import "./chunk-GSOHXIZ3.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
