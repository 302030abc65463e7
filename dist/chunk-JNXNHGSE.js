import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CATALOG
} from "./chunk-IFPMTODG.js";
import {
  SCANNERS,
  SEVERITIES,
  THRESHOLDS
} from "./chunk-4BT7JHZN.js";

// src/policy/config/strictest.ts
function strictestConfig(base, head) {
  return {
    ...head,
    "fail-on-severity": stricterThreshold(base["fail-on-severity"], head["fail-on-severity"]),
    "gate-on": base["gate-on"] === "all" || head["gate-on"] === "all" ? "all" : "new",
    scanners: SCANNERS.filter((s) => base.scanners.includes(s) || head.scanners.includes(s)),
    "on-error": base["on-error"] === "fail" || head["on-error"] === "fail" ? "fail" : "warn",
    "max-file-size": Math.max(base["max-file-size"], head["max-file-size"]),
    // No `paths` means everything; otherwise a file either side would read is read.
    paths: base.paths.length === 0 || head.paths.length === 0 ? [] : [.../* @__PURE__ */ new Set([...base.paths, ...head.paths])],
    "exclude-paths": base["exclude-paths"].filter((p) => head["exclude-paths"].includes(p)),
    rules: stricterRules(base.rules, head.rules),
    "allow-inline-suppressions": base["allow-inline-suppressions"] && head["allow-inline-suppressions"],
    "custom-rules": stricterCustomRules(base["custom-rules"], head["custom-rules"]),
    vulnerabilities: {
      ...head.vulnerabilities,
      "include-dev": base.vulnerabilities["include-dev"] || head.vulnerabilities["include-dev"],
      "only-fixable": base.vulnerabilities["only-fixable"] && head.vulnerabilities["only-fixable"],
      "unknown-severity-as": moreSevere(
        base.vulnerabilities["unknown-severity-as"],
        head.vulnerabilities["unknown-severity-as"]
      )
    }
  };
}
function stricterThreshold(a, b) {
  const rank = (t) => t === "none" ? -1 : THRESHOLDS.indexOf(t);
  return rank(a) >= rank(b) ? a : b;
}
function moreSevere(a, b) {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}
var DEFAULT_SEVERITY = new Map(CATALOG.map((r) => [r.id, r.severity]));
function ruleLevel(rules, id) {
  const setting = rules[id];
  if (setting === "off") return "off";
  return setting?.severity ?? DEFAULT_SEVERITY.get(id) ?? "info";
}
function levelRank(level) {
  return level === "off" ? SEVERITIES.length : SEVERITIES.indexOf(level);
}
function stricterRules(base, head) {
  const out = {};
  for (const id of /* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])) {
    const level = [ruleLevel(base, id), ruleLevel(head, id)].sort(
      (a, b) => levelRank(a) - levelRank(b)
    )[0];
    if (level === "off") out[id] = "off";
    else if (level !== DEFAULT_SEVERITY.get(id)) out[id] = { severity: level };
  }
  return out;
}
function stricterCustomRules(base, head) {
  const ids = new Set(base.map((r) => r.id));
  return [...base, ...head.filter((r) => !ids.has(r.id))];
}

export {
  strictestConfig,
  ruleLevel,
  levelRank
};
