import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  preprocess,
  strictObject,
  string
} from "./chunk-6P36TZKO.js";

// src/osv/config.ts
var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(text) {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
var expiryDate = preprocess(
  (value) => value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  string({ error: "expected a date written YYYY-MM-DD" }).refine(isCalendarDate, { error: "expected a real date written YYYY-MM-DD (e.g. 2030-01-31)" })
);
var REASON_REQUIRED = "a reason is required: say why this vulnerability is accepted";
var ignoreEntrySchema = strictObject({
  id: string({
    error: "the id of the vulnerability to ignore is required (e.g. GHSA-xxxx-xxxx-xxxx or CVE-2024-1234)"
  }).trim().min(1, { error: "the id must not be empty" }),
  package: string({ error: "expected the name of the package the ignore is limited to" }).trim().min(1, { error: "the package name must not be empty" }).optional(),
  reason: string({ error: REASON_REQUIRED }).trim().min(1, { error: REASON_REQUIRED }),
  expires: expiryDate.optional()
});
var UNKNOWN_SEVERITY_LEVELS = ["critical", "high", "medium", "low"];
var vulnerabilitiesConfigSchema = strictObject({
  // Each entry is matched against every vulnerability found: a list of this length is a mistake.
  ignore: array(ignoreEntrySchema, { error: "expected a list of ignore entries" }).max(1e4, "at most 10,000 ignore entries: a longer list would hold the scan").default([]),
  "include-dev": boolean({ error: "expected true or false" }).default(true),
  "unknown-severity-as": _enum(UNKNOWN_SEVERITY_LEVELS, {
    error: `expected one of ${UNKNOWN_SEVERITY_LEVELS.join(", ")}`
  }).default("medium"),
  "only-fixable": boolean({ error: "expected true or false" }).default(false)
});
var DEFAULT_VULNERABILITIES_CONFIG = vulnerabilitiesConfigSchema.parse({});
function formatKeyPath(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`).join("");
}
function configIssues(error, prefix = ["vulnerabilities"]) {
  return error.issues.map((issue) => {
    const path = [
      ...prefix,
      ...issue.path.map((key) => typeof key === "number" ? key : String(key))
    ];
    const text = issue.code === "unrecognized_keys" ? `unknown key${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => `\`${k}\``).join(", ")}` : issue.message;
    return { path, message: `${formatKeyPath(path)}: ${text}` };
  });
}
function parseVulnerabilitiesConfig(input) {
  const parsed = vulnerabilitiesConfigSchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, config: parsed.data } : { ok: false, issues: configIssues(parsed.error) };
}
function isExpired(entry, now) {
  return entry.expires !== void 0 && entry.expires < now.toISOString().slice(0, 10);
}

export {
  ignoreEntrySchema,
  vulnerabilitiesConfigSchema,
  DEFAULT_VULNERABILITIES_CONFIG,
  configIssues,
  parseVulnerabilitiesConfig,
  isExpired
};
