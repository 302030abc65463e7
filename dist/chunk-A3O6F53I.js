import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  GitRevisionSource
} from "./chunk-HAZTSX5T.js";
import "./chunk-DJEB6POX.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-WLV54ML5.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-GH4QJ2HJ.js";
export {
  GitRevisionSource
};
