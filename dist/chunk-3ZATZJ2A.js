import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  GitRevisionSource
} from "./chunk-W6GDF56O.js";
import "./chunk-QQU7GS5S.js";
import "./chunk-7AT2U4C7.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-OBWPO6JM.js";
import "./chunk-WFFRVG3Z.js";
import "./chunk-2YYJP3CT.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  GitRevisionSource
};
