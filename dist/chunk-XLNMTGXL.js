import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  atOrAbove
} from "./chunk-UX7RXPQN.js";
import "./chunk-5SJJU53O.js";
import {
  levelRank,
  ruleLevel
} from "./chunk-JNXNHGSE.js";
import {
  isOpen
} from "./chunk-EYSVWNS6.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-IFPMTODG.js";
import "./chunk-X55WVBGH.js";
import "./chunk-4BT7JHZN.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-UEE2SDQD.js";
import "./chunk-P4JAG5LX.js";
import {
  globMatcher
} from "./chunk-BGWANNZY.js";
import "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";

// src/core/config-edits.ts
var WATCHED = [
  "fail-on-severity",
  "gate-on",
  "scanners",
  "on-error",
  "max-file-size",
  "paths",
  "exclude-paths",
  "rules",
  "allow-inline-suppressions",
  "custom-rules",
  "ignore",
  "vulnerabilities"
];
async function configEdits(input) {
  const notes = [];
  for (const key of WATCHED) {
    if (normal(key, input.base, input) === normal(key, input.proposed, input)) continue;
    const [b, p, a] = [input.base, input.proposed, input.applied].map((c) => direction(key, c, input));
    const loosens = p !== a;
    const tightens = a !== b;
    const change = `\`${key}\` (${describe(input.base[key])} \u2192 ${describe(input.proposed[key])})`;
    let message = `this change edits ${change} in the gate's configuration`;
    if (loosens) {
      const effect = await effectOf(key, input);
      message = `this change loosens ${change} in the gate's configuration: ${effect ? `with this pull request's configuration, ${effect}; ` : ""}it applies once merged, and this pull request is checked with ${describe(input.applied[key])}`;
    } else if (tightens) {
      message = `this change tightens ${change} in the gate's configuration: it applies to this pull request`;
    }
    notes.push({
      file: input.configPath,
      line: 1,
      column: 1,
      severity: "warning",
      code: loosens ? "config-loosened" : "config-changed",
      message
    });
  }
  return notes;
}
function normal(key, config, input) {
  switch (key) {
    case "paths":
    case "exclude-paths":
    case "scanners":
      return JSON.stringify([...new Set(config[key])].sort());
    case "rules": {
      const ids = [input.base, input.proposed, input.applied].flatMap((c) => Object.keys(c.rules));
      return JSON.stringify([...new Set(ids)].sort().map((id) => [id, ruleLevel(config.rules, id)]));
    }
    default:
      return JSON.stringify(config[key]);
  }
}
function direction(key, config, input) {
  if (key === "ignore") return "";
  if (key === "vulnerabilities") return JSON.stringify({ ...config.vulnerabilities, ignore: [] });
  return normal(key, config, input);
}
async function effectOf(key, input) {
  const open = input.findings.filter(isOpen);
  const proposed = input.proposed;
  const hidden = (fs) => count(fs.length, "would not be reported");
  const ungated = (fs) => count(fs.length, "would not fail the gate");
  switch (key) {
    case "max-file-size":
      return hidden(await inLargerFiles(open, proposed["max-file-size"], input.head));
    case "paths":
    case "exclude-paths": {
      const included = proposed.paths.length === 0 ? () => true : globMatcher([...proposed.paths]);
      const excluded = globMatcher([...proposed["exclude-paths"]]);
      return hidden(open.filter((f) => !included(f.location.file) || excluded(f.location.file)));
    }
    case "scanners":
      return hidden(open.filter((f) => !proposed.scanners.includes(f.dependency ? "deps" : "iac")));
    case "rules":
      return rulesEffect(open, input);
    case "custom-rules": {
      const kept = new Set(proposed["custom-rules"].map((r) => r.id));
      const dropped = input.applied["custom-rules"].filter((r) => !kept.has(r.id)).map((r) => r.id);
      return hidden(open.filter((f) => dropped.includes(f.ruleId)));
    }
    case "allow-inline-suppressions":
      return count(
        input.findings.filter((f) => f.suppressionNote?.includes("allow-inline-suppressions")).length,
        "would be suppressed by inline comments"
      );
    case "fail-on-severity":
      return ungated(input.gating.filter((f) => !atOrAbove(f.severity, proposed["fail-on-severity"])));
    case "gate-on":
      return ungated(input.gating.filter((f) => f.status !== "new"));
    case "on-error":
      return input.errors.length === 0 ? void 0 : `${input.errors.length} problem(s) that kept the gate from checking everything would not fail it`;
    case "vulnerabilities":
      return proposed.vulnerabilities["only-fixable"] ? hidden(open.filter((f) => f.dependency && !f.dependency.fixedIn)) : void 0;
    default:
      return void 0;
  }
}
function rulesEffect(open, input) {
  const off = open.filter((f) => ruleLevel(input.proposed.rules, f.ruleId) === "off");
  const lowered = input.gating.filter((f) => {
    const level = ruleLevel(input.proposed.rules, f.ruleId);
    return level !== "off" && levelRank(level) > levelRank(ruleLevel(input.applied.rules, f.ruleId)) && !atOrAbove(level, input.applied["fail-on-severity"]);
  });
  const parts = [
    off.length > 0 ? count(off.length, "would not be reported") : "",
    lowered.length > 0 ? count(lowered.length, "would not fail the gate") : ""
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : count(0, "would not be reported");
}
async function inLargerFiles(findings, limit, source) {
  const sizes = /* @__PURE__ */ new Map();
  for (const file of new Set(findings.map((f) => f.location.file))) {
    const read = await source.read(file);
    if ("text" in read) sizes.set(file, Buffer.byteLength(read.text));
  }
  return findings.filter((f) => (sizes.get(f.location.file) ?? 0) > limit);
}
function count(n, what) {
  return `${n} finding${n === 1 ? "" : "s"} ${what}`;
}
function describe(v) {
  const text = JSON.stringify(v) ?? "unset";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
export {
  configEdits
};
