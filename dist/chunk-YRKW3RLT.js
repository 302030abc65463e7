import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-MNUGCYRD.js";
import "./chunk-6ATYAQCS.js";
import "./chunk-WNHZODXO.js";
import "./chunk-OJQZW7RI.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-IFPMTODG.js";
import "./chunk-X55WVBGH.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-UEE2SDQD.js";
import "./chunk-P4JAG5LX.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
