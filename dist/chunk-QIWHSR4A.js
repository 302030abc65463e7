import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  installedFolders
} from "./chunk-MEU754OL.js";
import "./chunk-ASRXOMV4.js";
import "./chunk-OWVNLR5N.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  installedFolders
};
