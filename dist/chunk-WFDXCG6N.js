import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  installedFolders
} from "./chunk-NGI6IIAE.js";
import "./chunk-UH5JHJ2W.js";
import "./chunk-R3PD77ZX.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  installedFolders
};
