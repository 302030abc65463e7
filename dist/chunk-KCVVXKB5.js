import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  PATCH_LIMITS,
  changedFilesFromGit,
  renamesFromGit
} from "./chunk-MNKCS6MO.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-GH4QJ2HJ.js";
export {
  PATCH_LIMITS,
  changedFilesFromGit,
  renamesFromGit
};
