import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  patternProblem
} from "./chunk-7C5J5Z2A.js";
import {
  COMMENT_MODES,
  GATE_ON,
  MAX_GLOBS,
  MAX_LIST_ENTRIES,
  ON_ERROR,
  PR_SCOPES,
  SCANNERS,
  SEVERITIES,
  THRESHOLDS,
  globText,
  tooMany
} from "./chunk-4BT7JHZN.js";
import {
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-7FSMGYCW.js";
import {
  vulnerabilitiesConfigSchema
} from "./chunk-35MOABOI.js";
import {
  ZodISODate,
  ZodISODateTime,
  ZodISODuration,
  ZodISOTime,
  _enum,
  _isoDate,
  _isoDateTime,
  _isoDuration,
  _isoTime,
  array,
  boolean,
  lazy,
  literal,
  number,
  partialRecord,
  strictObject,
  string,
  union
} from "./chunk-6P36TZKO.js";
import {
  __export
} from "./chunk-GH4QJ2HJ.js";

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date,
  datetime: () => datetime,
  duration: () => duration,
  time: () => time
});
function datetime(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date(params) {
  return _isoDate(ZodISODate, params);
}
function time(params) {
  return _isoTime(ZodISOTime, params);
}
function duration(params) {
  return _isoDuration(ZodISODuration, params);
}

// src/policy/rules/id-list.ts
var RULE_IDS = [
  "lambda-url-auth-none",
  "lambda-runtime-deprecated",
  "lambda-env-plaintext-secret",
  "lambda-env-secret-resolved-at-deploy",
  "lambda-env-no-cmk",
  "lambda-url-cors-wildcard",
  "lambda-permission-public",
  "lambda-permission-no-source",
  "lambda-permission-broad-action",
  "lambda-tracing-disabled",
  "lambda-no-dlq",
  "lambda-no-concurrency-limit",
  "lambda-code-signing-missing",
  "lambda-log-retention-missing",
  "lambda-shared-role",
  "lambda-layer-public",
  "hardcoded-secret",
  "iam-wildcard-action",
  "iam-admin-access",
  "iam-wildcard-resource",
  "iam-privilege-escalation",
  "iam-not-action",
  "iam-trust-public",
  "iam-broad-managed-policy",
  "serverless-role-statements-ignored",
  "api-no-authorization",
  "api-access-logging-disabled",
  "api-no-waf",
  "api-cors-wildcard",
  "api-tls-outdated",
  "api-cache-unencrypted",
  "api-throttling-missing",
  "api-tracing-disabled",
  "api-request-validation-missing",
  "api-data-trace-enabled",
  "s3-public-access",
  "s3-insecure-transport",
  "dynamodb-pitr-disabled",
  "sqs-unencrypted",
  "sns-unencrypted",
  "sqs-policy-public",
  "sns-policy-public",
  "kinesis-unencrypted",
  "logs-unencrypted",
  "kms-rotation-disabled",
  "kms-key-policy-public",
  "secret-rotation-missing",
  "stepfunctions-logging-disabled",
  "eventbridge-bus-policy-public",
  "cognito-unauthenticated-identities",
  "diff-auth-removed",
  "diff-new-public-entrypoint",
  "diff-permission-growth",
  "diff-protection-removed",
  "invalid-suppression",
  "vulnerable-dependency",
  "path-public-vulnerable-function",
  "path-public-admin-function",
  "path-cross-account-invoke-privileged",
  "path-cross-account-vulnerable-function",
  "path-public-secrets-reader",
  "path-public-data-writer"
];

// src/policy/custom/schema.ts
var CUSTOM_RULE_TARGETS = [
  "function",
  "role",
  "endpoint",
  "permission",
  "bucket",
  "table",
  "queue",
  "topic",
  "stream",
  "log-group",
  "kms-key",
  "secret",
  "state-machine",
  "api",
  "api-stage",
  "api-domain",
  "layer",
  "event-bus",
  "identity-pool",
  "user-pool"
];
var scalar = union([string(), number(), boolean()]);
var attributeTest = strictObject({
  attribute: string().min(1),
  exists: boolean().optional(),
  equals: scalar.optional(),
  in: array(scalar).min(1).optional(),
  matches: string().superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }).optional(),
  lt: number().optional(),
  lte: number().optional(),
  gt: number().optional(),
  gte: number().optional()
}).refine(
  (t) => Object.keys(t).length > 1,
  "expected a test: exists, equals, in, matches, lt, lte, gt or gte"
);
var ConditionSchema = lazy(
  () => union([
    attributeTest,
    strictObject({ all: array(ConditionSchema).min(1) }),
    strictObject({ any: array(ConditionSchema).min(1) }),
    strictObject({ not: ConditionSchema })
  ])
);
var CustomRuleSchema = strictObject({
  id: string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  title: string().min(1),
  severity: _enum(SEVERITIES).default("medium"),
  /** What the finding says; `{id}` is replaced by the resource id. */
  message: string().min(1),
  resource: _enum(CUSTOM_RULE_TARGETS),
  /** Every targeted resource must satisfy this; a finding for each that does not. */
  assert: ConditionSchema
});

// src/policy/config/policy-schema.ts
var ruleIds = _enum(RULE_IDS);
var RulesSchema = partialRecord(
  ruleIds,
  union([literal("off"), strictObject({ severity: _enum(SEVERITIES) })], {
    error: "expected `off` or { severity: critical | high | medium | low | info }"
  })
).default({});
var scopedRuleId = string().refine(
  (s) => {
    const id = /^([a-z0-9-]+)(\[[^\]]+\])?$/.exec(s)?.[1];
    return id !== void 0 && RULE_IDS.includes(id);
  },
  {
    error: "expected a rule id of the catalog, optionally with an evidence scope: `iam-wildcard-action[s3:*]`"
  }
);
var IgnoreSchema = array(
  strictObject({
    rule: scopedRuleId,
    path: globText().default("**"),
    resource: string().min(1).optional(),
    reason: string().trim().min(1, "a reason is required"),
    expires: iso_exports.date({ error: "expected a date as YYYY-MM-DD" }).optional()
  })
).max(MAX_LIST_ENTRIES, tooMany(MAX_LIST_ENTRIES, "exceptions")).default([]);
var PolicySectionsSchema = {
  rules: RulesSchema,
  ignore: IgnoreSchema,
  paths: array(globText()).max(MAX_GLOBS, tooMany(MAX_GLOBS, "globs")).default([]),
  "allow-inline-suppressions": boolean().default(true),
  "custom-rules": array(CustomRuleSchema).max(MAX_GLOBS, tooMany(MAX_GLOBS, "custom rules")).default([]),
  vulnerabilities: vulnerabilitiesConfigSchema.prefault({})
};

// src/policy/config/schema.ts
var GateSettingsSchema = strictObject({
  "fail-on-severity": _enum(THRESHOLDS).default("high"),
  "gate-on": _enum(GATE_ON).default("new"),
  scanners: array(_enum(SCANNERS)).min(1, "expected at least one scanner").default([...SCANNERS]),
  "comment-mode": _enum(COMMENT_MODES).default("review"),
  "on-error": _enum(ON_ERROR).default("fail"),
  "pr-scope": _enum(PR_SCOPES).default("changed"),
  "max-file-size": number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
  "exclude-paths": array(globText()).max(MAX_GLOBS, tooMany(MAX_GLOBS, "globs")).default([])
});
var ConfigFileSchema = GateSettingsSchema.extend({
  version: literal(1).default(1),
  ...PolicySectionsSchema
});

export {
  GateSettingsSchema,
  ConfigFileSchema
};
