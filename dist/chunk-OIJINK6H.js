import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-4BT7JHZN.js";

// src/policy/rules/paths/matrix.ts
var PATH_SEVERITY_MATRIX = {
  internet: {
    privileged: "critical",
    "vulnerable-critical": "critical",
    "vulnerable-high": "critical",
    secrets: "high",
    "data-write": "high"
  },
  "any-account": {
    privileged: "critical",
    "vulnerable-critical": "high",
    "vulnerable-high": "high",
    secrets: "medium",
    "data-write": "medium"
  }
};
function pathSeverity(reach, part, alsoCapable = false) {
  const base = PATH_SEVERITY_MATRIX[reach][part];
  if (!alsoCapable || !part.startsWith("vulnerable")) return base;
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(base) - 1)] ?? base;
}
var PART_LABEL = {
  privileged: "administrator or privilege escalation",
  "vulnerable-critical": "ships a critical vulnerability",
  "vulnerable-high": "ships a high vulnerability",
  secrets: "reads any secret or key",
  "data-write": "writes or deletes any data, no condition"
};
function pathMatrixMarkdown() {
  const parts = Object.keys(PART_LABEL);
  return [
    `| reach | ${parts.map((p) => PART_LABEL[p]).join(" | ")} |`,
    `|---|${parts.map(() => "---").join("|")}|`,
    ...Object.keys(PATH_SEVERITY_MATRIX).map(
      (r) => `| ${r} | ${parts.map((p) => PATH_SEVERITY_MATRIX[r][p]).join(" | ")} |`
    ),
    "",
    "A vulnerable function that may also administer, escalate, read secrets or write data is one level more severe. Only high and critical vulnerabilities form paths; reach by authenticated users, by other resources of the account or through a value not known before deployment forms none."
  ].join("\n");
}

export {
  pathSeverity,
  pathMatrixMarkdown
};
