import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";
export default require_dist();
