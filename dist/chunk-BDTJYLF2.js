import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  installedFolders
} from "./chunk-4XJWHK7E.js";
import "./chunk-OBWPO6JM.js";
import "./chunk-2YYJP3CT.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  installedFolders
};
