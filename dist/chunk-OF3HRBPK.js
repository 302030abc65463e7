import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-HKI6DW3Y.js";
import "./chunk-KM74MFCC.js";
import "./chunk-XHSYG4WP.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-BBZNCA7Z.js";
import "./chunk-VAI6RA6R.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-O6OI2NKE.js";
import "./chunk-SIZXMGP2.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
