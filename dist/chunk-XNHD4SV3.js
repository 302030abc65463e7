import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  levelRank,
  ruleLevel,
  strictestConfig
} from "./chunk-JNXNHGSE.js";
import "./chunk-IFPMTODG.js";
import "./chunk-X55WVBGH.js";
import "./chunk-4BT7JHZN.js";
import "./chunk-UEE2SDQD.js";
import "./chunk-P4JAG5LX.js";
import "./chunk-BGWANNZY.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  levelRank,
  ruleLevel,
  strictestConfig
};
