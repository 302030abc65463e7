import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-RPN5LCBB.js";
import "./chunk-KM74MFCC.js";
import "./chunk-JUF2LZRK.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-HIPWANJM.js";
import "./chunk-EYBUYJ6S.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-EEUXSXVY.js";
import "./chunk-7ROSBTZ7.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
