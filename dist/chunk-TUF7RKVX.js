import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-VLKB5FU7.js";
import "./chunk-6ATYAQCS.js";
import "./chunk-4TEGDSJB.js";
import "./chunk-W2SEGPIU.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-6CWXCQZI.js";
import "./chunk-L2LXGX5W.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-QJHDCEUU.js";
import "./chunk-P4JAG5LX.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
