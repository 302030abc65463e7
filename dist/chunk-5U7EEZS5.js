import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/policy/config/enums.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var THRESHOLDS = ["critical", "high", "medium", "low", "none"];
var SCANNERS = ["iac", "deps"];
var COMMENT_MODES = ["review", "summary", "off"];
var GATE_ON = ["new", "all"];
var ON_ERROR = ["fail", "warn"];
var PR_SCOPES = ["changed", "full"];

export {
  SEVERITIES,
  THRESHOLDS,
  SCANNERS,
  COMMENT_MODES,
  GATE_ON,
  ON_ERROR,
  PR_SCOPES
};
