import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-MZEB2OYY.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-KM74MFCC.js";
import "./chunk-YXRQUAHL.js";
import "./chunk-WQYXVVQN.js";
import "./chunk-GBR6XC4X.js";
import "./chunk-RDZXWT37.js";
import "./chunk-HQKPQTWQ.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
