import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  installedFolders
} from "./chunk-BR7PZRYD.js";
import "./chunk-WLV54ML5.js";
import "./chunk-BGWANNZY.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-GH4QJ2HJ.js";
export {
  installedFolders
};
