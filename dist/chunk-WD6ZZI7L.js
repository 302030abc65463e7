import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-GNG5G44F.js";
import "./chunk-6ATYAQCS.js";
import "./chunk-2JDASOQK.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-YJJ7IQSN.js";
import "./chunk-A6K3JZHT.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-UIFE5ZDC.js";
import "./chunk-33B35YNJ.js";
import "./chunk-WVV46Z42.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
