import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-XGLX3BAF.js";
import "./chunk-CK6HFBWC.js";
import "./chunk-EIS2F6JJ.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-KM74MFCC.js";
import "./chunk-G4BWWU6M.js";
import "./chunk-ZEDXHA7D.js";
import "./chunk-RUHNGTW5.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
