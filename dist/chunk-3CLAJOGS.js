import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-7GWSQZWY.js";
import "./chunk-KM74MFCC.js";
import "./chunk-3EMWT6EP.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-7QHEYGOO.js";
import "./chunk-WHJC6HO6.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-AOVIXODP.js";
import "./chunk-LDECL5TG.js";
import "./chunk-3BE36UM4.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
