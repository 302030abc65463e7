import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-4BT7JHZN.js";

// src/core/decision.ts
function atOrAbove(severity, threshold) {
  if (threshold === "none") return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function decide(findings, errors, settings, diffMode) {
  const threshold = settings["fail-on-severity"];
  const onlyNew = diffMode && settings["gate-on"] === "new";
  const gating = findings.filter(
    (f) => !f.suppressed && f.status !== "fixed" && (!onlyNew || f.status === "new") && atOrAbove(f.severity, threshold)
  );
  if (errors.length > 0) {
    const files = new Set(errors.map((e) => e.file)).size;
    return {
      decision: "error",
      gating,
      reasons: [
        `the gate could not check everything: ${errors.length} problem(s) in ${files} file(s)`
      ]
    };
  }
  if (gating.length > 0) {
    const scope = onlyNew ? "new " : "";
    return {
      decision: "fail",
      gating,
      reasons: [`${gating.length} ${scope}finding(s) at or above ${threshold}`]
    };
  }
  const why = threshold === "none" ? "fail-on-severity is none" : `no ${onlyNew ? "new " : ""}findings at or above ${threshold}`;
  return { decision: "pass", gating, reasons: [why] };
}
function effectiveDecision(result) {
  if (result.decision !== "error" || result.settings["on-error"] !== "warn") return result.decision;
  return result.gating.length > 0 ? "fail" : "pass";
}

export {
  atOrAbove,
  decide,
  effectiveDecision
};
