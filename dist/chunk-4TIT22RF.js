import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-HRKP4DGD.js";
import "./chunk-KM74MFCC.js";
import "./chunk-WZQ4QWLV.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-ZFELC3QL.js";
import "./chunk-B4H6PJLD.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-QBHW6W7K.js";
import "./chunk-AJK25L57.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
