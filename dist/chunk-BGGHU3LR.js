import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  installedFolders
} from "./chunk-PRQNFWDU.js";
import "./chunk-Y2FOXFEU.js";
import "./chunk-R3PD77ZX.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  installedFolders
};
