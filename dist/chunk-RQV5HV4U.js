import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  allRuleMeta
} from "./chunk-EEWCTENM.js";
import "./chunk-6ATYAQCS.js";
import "./chunk-N6UGSGBE.js";
import "./chunk-G6CYX2SP.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-GW3AMPZR.js";
import "./chunk-L6WEL322.js";
import "./chunk-IHI3M6UZ.js";
import "./chunk-4CSREU6J.js";
import "./chunk-2EC2K77T.js";
import "./chunk-GSOHXIZ3.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";
export {
  allRuleMeta
};
