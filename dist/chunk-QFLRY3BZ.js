import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-SASSP6NV.js";
import "./chunk-KM74MFCC.js";
import "./chunk-QGMVL5IT.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-K5FV6PK2.js";
import "./chunk-ZG3S77LE.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-SHXGPNO2.js";
import "./chunk-3BE36UM4.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
