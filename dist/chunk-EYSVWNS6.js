import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-4BT7JHZN.js";

// src/diff/findings.ts
var SEVERITY_ORDER = SEVERITIES;
function isOpen(f) {
  return f.status !== "fixed" && !f.suppressed;
}
function classifyFindings(base, head) {
  const inBase = new Set(base.map((f) => f.fingerprint));
  const inHead = new Set(head.map((f) => f.fingerprint));
  return [
    ...head.map((f) => ({
      ...f,
      status: inBase.has(f.fingerprint) ? "unchanged" : "new"
    })),
    ...base.filter((f) => !inHead.has(f.fingerprint)).map((f) => ({ ...f, status: "fixed" }))
  ];
}
function markAddedSuppressions(findings, base) {
  const suppressedOnBase = new Set(base.filter((f) => f.suppressed).map((f) => f.fingerprint));
  return findings.map(
    (f) => f.suppressed && f.status !== "fixed" && !suppressedOnBase.has(f.fingerprint) ? { ...f, suppressed: { ...f.suppressed, addedInPr: true } } : f
  );
}
function foldDiffFindings(findings, diff) {
  const out = [...findings];
  for (const d of diff) {
    const i = mostSevereAt(out, d);
    const target = out[i];
    if (!target) {
      out.push({ ...d, status: "new" });
      continue;
    }
    const severity = SEVERITY_ORDER.indexOf(d.severity) < SEVERITY_ORDER.indexOf(target.severity) ? d.severity : target.severity;
    const also = [
      ...target.also ?? [],
      { ruleId: d.ruleId, severity: d.severity, message: d.message }
    ];
    out[i] = { ...target, severity, status: "new", also };
  }
  return out;
}
function mostSevereAt(findings, d) {
  const order = SEVERITY_ORDER;
  let best = -1;
  findings.forEach((f, i) => {
    if (f.status !== "new" || f.service !== d.service || f.location.file !== d.location.file || f.location.line !== d.location.line)
      return;
    if (best < 0 || order.indexOf(f.severity) < order.indexOf(findings[best].severity))
      best = i;
  });
  return best;
}

export {
  isOpen,
  classifyFindings,
  markAddedSuppressions,
  foldDiffFindings
};
