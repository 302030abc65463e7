import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  terraformParser
} from "./chunk-BZZFPEL7.js";
import "./chunk-GH4QJ2HJ.js";
export {
  terraformParser
};
