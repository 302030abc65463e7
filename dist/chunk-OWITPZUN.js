import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-4ERATOJV.js";
import "./chunk-DKG3E6I5.js";
import "./chunk-VOEOCEDM.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-KM74MFCC.js";
import "./chunk-XDR3SOGV.js";
import "./chunk-5M65SGIV.js";
import "./chunk-AC3XXEFW.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
