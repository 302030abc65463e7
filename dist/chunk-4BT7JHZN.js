import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MAX_GLOBSTARS,
  MAX_STARS_PER_SEGMENT,
  boundedGlob
} from "./chunk-BGWANNZY.js";
import {
  string
} from "./chunk-6P36TZKO.js";

// src/policy/config/enums.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var THRESHOLDS = ["critical", "high", "medium", "low", "none"];
var SCANNERS = ["iac", "deps"];
var COMMENT_MODES = ["review", "summary", "off"];
var GATE_ON = ["new", "all"];
var ON_ERROR = ["fail", "warn"];
var PR_SCOPES = ["changed", "full"];
var MAX_GLOBS = 1e3;
var MAX_LIST_ENTRIES = 1e4;
var tooMany = (max, what) => `at most ${String(max).replace(/\B(?=(\d{3})+$)/g, ",")} ${what}: a longer list would hold the scan`;
var globText = () => string().min(1).refine(boundedGlob, {
  error: `expected at most ${MAX_STARS_PER_SEGMENT} \`*\` in a glob segment and ${MAX_GLOBSTARS} \`**\` in a glob: more take time growing with the power of their number to match; split the glob`
});

export {
  SEVERITIES,
  THRESHOLDS,
  SCANNERS,
  COMMENT_MODES,
  GATE_ON,
  ON_ERROR,
  PR_SCOPES,
  MAX_GLOBS,
  MAX_LIST_ENTRIES,
  tooMany,
  globText
};
