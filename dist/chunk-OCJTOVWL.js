import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  GitRevisionSource
} from "./chunk-SWWAH6QI.js";
import "./chunk-OBBGQIXP.js";
import "./chunk-7AT2U4C7.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-UH5JHJ2W.js";
import "./chunk-WFFRVG3Z.js";
import "./chunk-R3PD77ZX.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  GitRevisionSource
};
