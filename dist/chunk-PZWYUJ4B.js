import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  installedFolders
} from "./chunk-Y3XGWWVR.js";
import "./chunk-5KTJFFHV.js";
import "./chunk-BGWANNZY.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-GH4QJ2HJ.js";
export {
  installedFolders
};
