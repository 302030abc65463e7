import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  FULL_ACCESS_POLICY,
  actionMatches,
  apiResource,
  canWrite,
  conditionRestricts,
  deployedStages,
  endpointLabel,
  escalationActionsIn,
  escalationTargetIn,
  everyOfType,
  flagState,
  functionsUsing,
  hasCondition,
  hasSourceCondition,
  hasSymbolic,
  holderOf,
  identityStatements,
  isAllow,
  isAwsManagedArn,
  isExternal,
  isFullWildcard,
  isOpenToAll,
  isPermissionsManagement,
  isPreflight,
  isPrivateApi,
  isRestStage,
  isServicePrincipal,
  isServiceWildcard,
  isUnscopable,
  isUrlCompanion,
  isWildcardPrincipal,
  keyState,
  listForMessage,
  literals,
  managedPolicyIn,
  managedPolicyName,
  permissionResource,
  permissionTarget,
  policiesOf,
  policyHoldersOfKind,
  publicEvidence,
  publicGrantSentence,
  publicStatementsOf,
  rawPropertiesOf,
  reportSetting,
  resourceLabel,
  resourcePolicyGate,
  resourceReach,
  resourcesOfKind,
  routeDenied,
  routeOpening,
  stageEndpoints,
  stageLabel,
  stagesWithSettings,
  statementOwner,
  writeGrantOf
} from "./chunk-X55WVBGH.js";
import {
  locOfEntry
} from "./chunk-UEE2SDQD.js";
import {
  asBoolean,
  asList,
  asString,
  display,
  get,
  getPath,
  isIntrinsicData,
  isMap,
  isSymbolic,
  isSymbolicValue,
  isUndecidable,
  literal,
  parsedData,
  writtenText
} from "./chunk-P4JAG5LX.js";
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";
import {
  formatLocation
} from "./chunk-X54H5DKA.js";

// src/policy/rules/lib/per-setting.ts
function functionsPhrase(ids) {
  const quoted = ids.map((id) => `\`${id}\``);
  if (quoted.length <= 1) return `function ${quoted[0] ?? ""}`;
  return `functions ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
var SHARED_SETTING = "shared settings";
function isShared(group) {
  if (group.length > 1) return true;
  const { fn, location } = group[0];
  return location.file !== fn.loc.file || location.line < fn.loc.line;
}
function reportPerSetting(ctx, issues) {
  const groups = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const { file, line, column } = issue.location;
    const key = `${file}:${line}:${column}\0${issue.evidence}`;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    const ids = [...new Set(group.map((i) => i.fn.id))];
    ctx.report({
      resource: isShared(group) ? SHARED_SETTING : ids[0],
      evidence: first.evidence,
      location: first.location,
      message: first.message(functionsPhrase(ids)),
      ...first.severity ? { severity: first.severity } : {}
    });
  }
}

// src/policy/rules/functions/lambda-url-auth-none.ts
var lambdaUrlAuthNone = {
  id: "lambda-url-auth-none",
  title: "Function URL without authentication",
  severity: "high",
  area: "functions",
  rationale: "A function URL with AuthType NONE can be invoked by anyone on the internet who learns the URL: no IAM signature, no authorizer, no throttling by caller. The function then has to authenticate every request itself.",
  remediation: {
    text: "Use AuthType AWS_IAM and sign requests, or put the function behind an API with an authorizer.",
    snippets: {
      serverless: "functions:\n  export:\n    url:\n      authorizer: aws_iam",
      sam: "FunctionUrlConfig:\n  AuthType: AWS_IAM",
      cloudformation: "Type: AWS::Lambda::Url\nProperties:\n  AuthType: AWS_IAM",
      terraform: 'resource "aws_lambda_function_url" "this" {\n  authorization_type = "AWS_IAM"\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-2"],
  equivalents: { checkov: ["CKV_AWS_258"] },
  check({ service, report, undecidable }) {
    const issues = [];
    for (const fn of service.functions) {
      if (!fn.url) continue;
      const auth = literal(fn.url.authType);
      const location = fn.url.authType.loc;
      if (auth === void 0) {
        undecidable({
          resource: fn.id,
          reason: "the URL auth type is not known before deployment",
          location
        });
      } else if (auth.toUpperCase() === "NONE") {
        issues.push({
          fn,
          location,
          evidence: "AuthType NONE",
          message: (subject) => {
            const many = subject.startsWith("functions ");
            return `${subject} ${many ? "have a public function URL" : "has a public function URL"} (AuthType NONE): anyone can invoke ${many ? "them" : "it"} without credentials`;
          }
        });
      }
    }
    reportPerSetting({ report }, issues);
    for (const url of service.endpoints) {
      if (url.kind !== "function-url" || !url.target) continue;
      const location = url.auth.loc ?? url.loc;
      const fn = `function \`${display(url.target)}\` (defined elsewhere; URL \`${url.id}\`)`;
      if (url.auth.type === "unknown") {
        undecidable({
          resource: url.id,
          reason: "the URL auth type is not known before deployment",
          location
        });
      } else if (url.auth.type === "none") {
        report({
          resource: url.id,
          evidence: "AuthType NONE",
          location,
          message: `${fn} has a public function URL (AuthType NONE): anyone can invoke it without credentials`
        });
      }
    }
  }
};

// src/policy/rules/lib/runtimes.ts
var RUNTIME_DEPRECATION = {
  nodejs: "2016-10-31",
  "nodejs4.3": "2020-03-05",
  "nodejs4.3-edge": "2020-03-05",
  "nodejs6.10": "2019-08-12",
  "nodejs8.10": "2020-03-06",
  "nodejs10.x": "2021-07-30",
  "nodejs12.x": "2023-03-31",
  "nodejs14.x": "2023-12-04",
  "nodejs16.x": "2024-06-12",
  "nodejs18.x": "2025-09-01",
  "nodejs20.x": "2026-04-30",
  "nodejs22.x": "2027-04-30",
  "nodejs24.x": "2028-04-30",
  "python2.7": "2021-07-15",
  "python3.6": "2022-07-18",
  "python3.7": "2023-12-04",
  "python3.8": "2024-10-14",
  "python3.9": "2025-12-15",
  "python3.10": "2026-06-30",
  "python3.11": "2026-06-30",
  "python3.12": "2028-10-31",
  "python3.13": "2029-06-30",
  "python3.14": "2029-06-30",
  java8: "2024-01-08",
  "java8.al2": "2026-06-30",
  java11: "2026-06-30",
  java17: "2026-06-30",
  java21: "2029-06-30",
  java25: "2029-06-30",
  "dotnetcore1.0": "2019-07-27",
  "dotnetcore2.0": "2019-05-30",
  "dotnetcore2.1": "2022-01-05",
  "dotnetcore3.1": "2023-04-03",
  "dotnet5.0": "2022-05-10",
  dotnet6: "2024-11-12",
  dotnet7: "2024-05-14",
  dotnet8: "2026-11-10",
  dotnet9: "2026-11-10",
  dotnet10: "2028-11-14",
  "ruby2.5": "2021-07-30",
  "ruby2.7": "2023-12-07",
  "ruby3.2": "2026-03-31",
  "ruby3.3": "2027-03-31",
  "ruby3.4": "2028-03-31",
  "go1.x": "2024-01-08",
  provided: "2024-01-08",
  "provided.al2": "2026-06-30",
  "provided.al2023": "2029-06-30"
};
var SUCCESSOR_BY_FAMILY = {
  nodejs: "nodejs24.x",
  python: "python3.14",
  java: "java25",
  dotnet: "dotnet10",
  ruby: "ruby3.4",
  go: "provided.al2023",
  provided: "provided.al2023"
};
var DEPRECATION_WARNING_DAYS = 180;
var DAY_MS = 24 * 60 * 60 * 1e3;
function runtimeStatus(runtime, now, windowDays = DEPRECATION_WARNING_DAYS) {
  const id = runtime.trim().toLowerCase();
  const date = ownValue(RUNTIME_DEPRECATION, id);
  if (date === void 0) return void 0;
  const msLeft = Date.parse(`${date}T00:00:00Z`) - now.getTime();
  const daysLeft = Math.ceil(msLeft / DAY_MS);
  if (daysLeft > windowDays) return void 0;
  const successor = successorOf(id);
  return {
    runtime: id,
    state: msLeft <= 0 ? "deprecated" : "deprecating",
    date,
    daysLeft,
    ...successor && successor !== id ? { successor } : {}
  };
}
function successorOf(id) {
  const family = /^[a-z]+/.exec(id)?.[0] ?? "";
  return ownValue(SUCCESSOR_BY_FAMILY, family.replace(/core$/, ""));
}

// src/policy/rules/functions/lambda-runtime-deprecated.ts
var lambdaRuntimeDeprecated = {
  id: "lambda-runtime-deprecated",
  title: "Function runtime is deprecated or about to be",
  severity: "high",
  area: "functions",
  rationale: "Once AWS deprecates a Lambda runtime it stops patching the language and the operating system under it: newly found vulnerabilities stay open in every function on it. Soon after, AWS blocks creating and then updating such functions, so an urgent fix can no longer be deployed without also migrating the runtime.",
  remediation: {
    text: "Move the function to a supported runtime of the same language (for example `nodejs24.x`, `python3.14`, `java25`), test it, and deploy before the deprecation date.",
    snippets: {
      serverless: "provider:\n  runtime: nodejs24.x",
      sam: "Globals:\n  Function:\n    Runtime: python3.14",
      cloudformation: "Type: AWS::Lambda::Function\nProperties:\n  Runtime: python3.14",
      terraform: 'resource "aws_lambda_function" "this" {\n  runtime = "nodejs24.x"\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
    "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-6"],
  equivalents: {
    checkov: ["CKV_AWS_363"]
  },
  check({ service, now, report, undecidable }) {
    const issues = [];
    for (const fn of service.functions) {
      if (!fn.runtime) continue;
      const runtime = literal(fn.runtime);
      if (runtime === void 0) {
        undecidable({
          resource: fn.id,
          reason: `the runtime ${display(fn.runtime)} is not known before deployment`,
          location: fn.runtime.loc
        });
        continue;
      }
      const status = runtimeStatus(runtime, now);
      if (!status) continue;
      issues.push({
        fn,
        location: fn.runtime.loc,
        evidence: status.runtime,
        severity: status.state === "deprecated" ? "high" : "medium",
        message: (subject) => `${describe(status, subject)}${advice(status)}`
      });
    }
    reportPerSetting({ report }, issues);
  }
};
function describe(s, subject) {
  if (s.state === "deprecated") {
    return `runtime \`${s.runtime}\` of ${subject} was deprecated by AWS on ${s.date}: it no longer gets security patches`;
  }
  const when = s.daysLeft === 1 ? "tomorrow" : `in ${s.daysLeft} days`;
  return `runtime \`${s.runtime}\` of ${subject} is deprecated by AWS on ${s.date} (${when}): it will stop getting security patches`;
}
function advice(s) {
  return s.successor ? `; move to \`${s.successor}\`` : "";
}

// src/policy/rules/lib/secret-formats.ts
var END = "(?![A-Za-z0-9_-])";
var TOKEN_FORMATS = [
  {
    kind: "aws-access-key-id",
    label: "an AWS access key id",
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/,
    hint: /AKIA|ASIA|ABIA|ACCA/
  },
  {
    kind: "private-key",
    label: "a PEM private key",
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/,
    hint: /PRIVATE KEY/
  },
  {
    kind: "github-token",
    label: "a GitHub token",
    pattern: new RegExp(`\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})${END}`),
    hint: /gh[pousr]_|github_pat_/
  },
  {
    kind: "gitlab-token",
    label: "a GitLab token",
    pattern: new RegExp(`\\bglpat-[A-Za-z0-9_-]{20,}${END}`),
    hint: /glpat-/
  },
  {
    kind: "slack-token",
    label: "a Slack token",
    pattern: /\bxox[baprs]-[A-Za-z0-9-]{10,}/,
    hint: /xox[baprs]-/
  },
  {
    kind: "slack-webhook",
    label: "a Slack incoming webhook URL",
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/,
    hint: /hooks\.slack\.com/
  },
  {
    kind: "stripe-secret-key",
    label: "a Stripe live secret key",
    pattern: new RegExp(`\\b(?:sk|rk)_live_[A-Za-z0-9]{16,}${END}`),
    hint: /_live_/
  },
  {
    kind: "google-api-key",
    label: "a Google API key",
    pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`),
    hint: /AIza/
  },
  {
    kind: "sendgrid-api-key",
    label: "a SendGrid API key",
    pattern: new RegExp(`\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`),
    hint: /SG\./
  },
  {
    kind: "npm-token",
    label: "an npm access token",
    pattern: new RegExp(`\\bnpm_[A-Za-z0-9]{36}${END}`),
    hint: /npm_/
  },
  {
    kind: "openai-api-key",
    label: "an OpenAI API key",
    pattern: new RegExp(
      `\\bsk-(?:proj-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})${END}`
    ),
    hint: /sk-/
  },
  {
    kind: "jwt",
    label: "a JSON Web Token",
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/,
    hint: /eyJ/
  }
];
var ANY_HINT = new RegExp(
  [...TOKEN_FORMATS.map((f) => f.hint.source), ":\\/\\/", "pass", "pwd"].join("|"),
  "i"
);
var FORMAT_HINT = new RegExp([...TOKEN_FORMATS.map((f) => f.hint.source), ":\\/\\/"].join("|"));
function mayHoldTokenFormat(text) {
  return FORMAT_HINT.test(text);
}
var URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s/@]+)@/i;
var PASSWORD_PARAMETER = /(?:^|[;?&])\s*(?:password|passwd|pwd)\s*=\s*([^;&\s]+)/i;
var PASSWORD_STAND_IN = /^(?:\$\{.*\}|\{\{.*\}\}|<.*>|%.*%|%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-z]|\$[A-Za-z_]\w*|\*+|x+)$/i;
function isDocumentationExample(match) {
  return /EXAMPLE/.test(match);
}
function tokenFormatIn(text) {
  if (!ANY_HINT.test(text)) return void 0;
  for (const format of TOKEN_FORMATS) {
    const m = format.pattern.exec(text);
    if (m && !isDocumentationExample(m[0])) return { kind: format.kind, label: format.label };
  }
  return credentialsIn(text);
}
function credentialsIn(text) {
  const inUrl = URL_CREDENTIALS.exec(text)?.[1];
  if (inUrl !== void 0 && !PASSWORD_STAND_IN.test(inUrl)) {
    return { kind: "url-credentials", label: "a URL with a password in it" };
  }
  const parameter = PASSWORD_PARAMETER.exec(text)?.[1];
  if (parameter !== void 0 && !PASSWORD_STAND_IN.test(parameter)) {
    return { kind: "password-parameter", label: "a connection string with a password in it" };
  }
  return void 0;
}
function looksLikeAwsSecretKey(value) {
  return /^[A-Za-z0-9/+]{40}$/.test(value) && /[A-Z]/.test(value) && !isDocumentationExample(value);
}

// src/policy/rules/lib/secret-names.ts
var STRONG_WORDS = new Set(
  "PASSWORD PASSWD PWD PASSPHRASE SECRET SECRETS TOKEN CREDENTIAL CREDENTIALS".split(" ")
);
var STRONG_PAIRS = /* @__PURE__ */ new Set([
  "API KEY",
  "PRIVATE KEY",
  "ACCESS KEY",
  "SECRET KEY",
  "SIGNING KEY",
  "ENCRYPTION KEY",
  "MASTER KEY",
  "SESSION KEY",
  "AUTH KEY",
  "LICENSE KEY"
]);
var STRONG_JOINED = /* @__PURE__ */ new Set(["APIKEY", "PRIVATEKEY", "ACCESSKEY", "AUTHTOKEN"]);
var WEAK_WORDS = /* @__PURE__ */ new Set(["KEY", "SALT", "HMAC", "PASS"]);
var KEY_CONTEXT_WORDS = new Set(
  "S3 OBJECT PARTITION SORT HASH RANGE CACHE QUERY ROUTING PRIMARY IDEMPOTENCY DEDUPLICATION GROUP SPEC USAGE CODE LOOKUP STRING PARAMETER PARAMETERS TAG ATTRIBUTE INDEX CONDITION PAGE STATE PUBLIC PAIR SSH MAP SCHEMA".split(" ")
);
var NOT_SECRET_PAIRS = /* @__PURE__ */ new Set([
  "SERVICE TOKEN",
  "CREATION TOKEN",
  "CLIENT TOKEN",
  "REBUILD TOKEN",
  "NEXT TOKEN",
  "CONTINUATION TOKEN",
  "PAGINATION TOKEN",
  "IDEMPOTENCY TOKEN",
  "TASK TOKEN",
  "ALLOW CREDENTIALS"
]);
var QUALIFIER_WORDS = new Set(
  "ARN ARNS NAME NAMES ID IDS PATH PARAM PARAMETER PARAMS TABLE BUCKET FILE HEADER TTL EXPIRY EXPIRES EXPIRATION VALIDITY LENGTH ISSUER AUDIENCE ENDPOINT URL URI REGION TYPE FIELD ENABLED VERSION POLICY PREFIX QUEUE TOPIC STREAM ALGORITHM ALG MODE FORMAT SIZE COUNT TIMEOUT LIMIT HOST PORT USER USERNAME EMAIL LABEL DESCRIPTION SOURCE PROVIDER LOCATION STORE KMS ROTATION UNITS TEMPLATE EXPRESSION REQUIRED LEVEL SUBJECT USE COOKIE".split(" ")
);
var CONDITION_KEY = /^[a-z0-9][a-z0-9.-]*:[A-Za-z][\w./-]*$/i;
var NAME_HINT = /pass|pwd|secret|token|credential|salt|hmac|(?<!")key|key(?!")/i;
function mayHoldSecretName(text) {
  return NAME_HINT.test(text);
}
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((w) => w !== "").map((w) => w.toUpperCase());
}
function pairsOf(words) {
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}
var STRENGTHS = /* @__PURE__ */ new Map();
var STRENGTHS_KEPT = 1e4;
function secretNameStrength(name) {
  const known = STRENGTHS.get(name);
  if (known !== void 0) return known ?? void 0;
  const strength = strengthOf(name);
  if (STRENGTHS.size >= STRENGTHS_KEPT) STRENGTHS.clear();
  STRENGTHS.set(name, strength ?? null);
  return strength;
}
function strengthOf(name) {
  if (CONDITION_KEY.test(name)) return void 0;
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last === void 0 || QUALIFIER_WORDS.has(last)) return void 0;
  const pairs = pairsOf(words);
  if (pairs.some((p) => NOT_SECRET_PAIRS.has(p))) return void 0;
  if (words.some((w) => STRONG_WORDS.has(w) || STRONG_JOINED.has(w))) return "strong";
  if (pairs.some((p) => STRONG_PAIRS.has(p))) return "strong";
  if (!words.some((w) => WEAK_WORDS.has(w))) return void 0;
  if (words.length === 1 && last === "KEY") return void 0;
  return words.some((w) => KEY_CONTEXT_WORDS.has(w)) ? void 0 : "weak";
}
function isSecretName(name) {
  return secretNameStrength(name) !== void 0;
}

// src/policy/rules/lib/secrets.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var TOKEN_ALPHABET = /^[A-Za-z0-9+/=_-]{20,}$/;
var HEX = /^[0-9a-f]{32,}$/i;
var HIGH_ENTROPY_MIN_BITS = 3.5;
function isHighEntropy(value) {
  if (!TOKEN_ALPHABET.test(value) || shannonEntropy(value) < HIGH_ENTROPY_MIN_BITS) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length;
  return classes === 3 || HEX.test(value) && /[0-9]/.test(value) && /[a-f]/i.test(value);
}
var PLACEHOLDER = /^(?:|todo|tbd|fixme|n\/?a|none|null|nil|undefined|empty|placeholder|replace[_ -]?me|your[_ -].*|<.*>|\$\{.*\}|\{\{.*\}\}|%.*%|\$[A-Za-z_]\w*|x+|\*+|\.+|-+|_+|#+)$/i;
var CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var INSTRUCTION = /^(?:replace|insert|enter|put|add|change)[_ -]|[_ -]here$|x{4,}/i;
function isPlaceholder(value) {
  const v = unquoted(value);
  return PLACEHOLDER.test(v) || CONSTANT_NAME.test(v) || INSTRUCTION.test(v);
}
function unquoted(value) {
  const v = value.trim();
  return /^'.*'$/.test(v) ? v.slice(1, -1).trim() : v;
}
var BOOLEAN_WORDS = /^(?:true|false|yes|no|on|off|enabled|disabled)$/i;
var NUMBER = /^-?\d+(?:\.\d+)?[smhd]?$/i;
var TIME_UNIT = /^(?:milliseconds|seconds|minutes|hours|days)$/i;
var JSON_PATH = /^\$\$?\./;
var DYNAMIC_REFERENCE = /\{\{resolve:/;
var REFERENCE = /^(?:arn:aws[a-z-]*:|alias\/|ssm:|secretsmanager:|resolve:|\{\{resolve:|\/|\.{1,2}\/|[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$)/;
var URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^\s@]*$/i;
var FILE_NAME = /^[\w./-]+\.(?:zip|jar|json|ya?ml|txt|pem|crt|cer|pub|py|js|ts|rb|go|sh)$/i;
var PUBLIC_KEY = /^pk_(?:live|test)_/;
function isNonSecretLiteral(value) {
  const v = unquoted(value);
  return BOOLEAN_WORDS.test(v) || NUMBER.test(v) || TIME_UNIT.test(v) || JSON_PATH.test(v) || DYNAMIC_REFERENCE.test(v) || REFERENCE.test(v) || URL_WITHOUT_CREDENTIALS.test(v) || FILE_NAME.test(v) || PUBLIC_KEY.test(v);
}
function isExample(value) {
  return /EXAMPLE/.test(value);
}
function secretIn(name, value, context = {}) {
  if (typeof value !== "string") return void 0;
  const format = tokenFormatIn(value);
  if (format) return format;
  const strength = secretNameStrength(name);
  const awsName = /SECRET/i.test(name) && /AWS|ACCESS/i.test(name);
  if ((awsName || context.awsKeyIdNearby) && looksLikeAwsSecretKey(value.trim())) {
    return { kind: "aws-secret-access-key", label: "an AWS secret access key" };
  }
  if (!strength || isPlaceholder(value) || isNonSecretLiteral(value) || isExample(value)) {
    return void 0;
  }
  if (strength === "strong") {
    return { kind: "secret-name", label: "a literal value under a secret-like name" };
  }
  return isHighEntropy(value.trim()) ? { kind: "high-entropy", label: "a random-looking literal under a key-like name" } : void 0;
}
function formatInExpression(v) {
  if (!v.args) return tokenFormatIn(v.expr);
  const built = v.fn === "Fn::Join" ? joinedText(v.args) : substitutedText(v);
  for (const text of [...built === void 0 ? [] : [built], ...literalTexts(v.args, 0)]) {
    const match = tokenFormatIn(text);
    if (match) return match;
  }
  return void 0;
}
function joinedText(args) {
  if (args.kind !== "list") return void 0;
  const [delimiter, parts] = args.items;
  if (delimiter?.kind !== "scalar" || parts?.kind !== "list") return void 0;
  const texts = parts.items.map((p) => p.kind === "scalar" ? String(p.value ?? "") : "${}");
  return texts.join(String(delimiter.value ?? ""));
}
function substitutedText(v) {
  if (v.fn !== "Fn::Sub" || v.args?.kind !== "list") return void 0;
  const [template, variables] = v.args.items;
  if (template?.kind !== "scalar" || typeof template.value !== "string") return void 0;
  if (variables?.kind !== "map") return void 0;
  return template.value.replace(/\$\{([^!}][^}]*)\}/g, (written, name) => {
    const value = variables.entries.get(name.trim())?.value;
    const literal2 = value?.kind === "scalar" ? value.value : void 0;
    return typeof literal2 === "string" || typeof literal2 === "number" ? String(literal2) : written;
  });
}
function literalTexts(v, depth) {
  if (depth > 20) return [];
  if (v.kind === "scalar") return typeof v.value === "string" ? [v.value] : [];
  if (v.kind === "list") return v.items.flatMap((item) => literalTexts(item, depth + 1));
  if (v.kind === "map")
    return [...v.entries.values()].flatMap((e) => literalTexts(e.value, depth + 1));
  return v.args ? literalTexts(v.args, depth + 1) : [];
}
function mayHoldSecret(writtenJson) {
  return writtenJson.includes("\\") || mayHoldSecretName(writtenJson) || mayHoldTokenFormat(writtenJson);
}

// src/policy/rules/functions/lambda-env-plaintext-secret.ts
var lambdaEnvPlaintextSecret = {
  id: "lambda-env-plaintext-secret",
  title: "Secret written in a function environment variable",
  severity: "critical",
  area: "functions",
  rationale: "A secret written in the template is in the repository history for good, in every clone and fork, and in the function configuration, where anyone allowed to read it (`lambda:GetFunctionConfiguration`, the console) sees it in clear text. It cannot be rotated without a code change.",
  remediation: {
    text: "Revoke and rotate the exposed credential first. Then store it in AWS Secrets Manager (or an SSM SecureString) and read it at run time from the function (for example with the Parameters and Secrets Lambda extension), passing only its name or ARN in the environment.",
    snippets: {
      serverless: "functions:\n  createOrder:\n    environment:\n      DB_SECRET_ARN: !Ref DbSecret\n    # read the secret at run time with the AWS SDK or the Parameters and Secrets extension",
      sam: "Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret\nPolicies:\n  - AWSSecretsManagerGetSecretValuePolicy:\n      SecretArn: !Ref DbSecret",
      cloudformation: "Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret",
      terraform: "environment {\n  variables = {\n    DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n  }\n}"
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-7"],
  equivalents: {
    checkov: ["CKV_AWS_45"],
    kics: ["2564172f", "1402afd8"]
  },
  check(ctx) {
    const issues = [];
    for (const fn of ctx.service.functions) issues.push(...secretsOf(fn, ctx));
    reportPerSetting(ctx, issues);
  }
};
function secretsOf(fn, ctx) {
  const awsKeyIdNearby = fn.environment.some(
    (v) => typeof v.value.value === "string" && tokenFormatIn(v.value.value)?.kind === "aws-access-key-id"
  );
  const out = [];
  for (const variable of fn.environment) {
    const value = variable.value.value;
    const inExpression = isSymbolicValue(value) ? formatInExpression(value) : void 0;
    if (isSymbolicValue(value) && !inExpression) {
      if (isSecretName(variable.name)) {
        ctx.undecidable({
          resource: fn.id,
          reason: `environment variable ${variable.name} is set from ${display(variable.value)}, whose value is not known before deployment`,
          location: variable.value.loc
        });
      }
      continue;
    }
    const secret = isSymbolicValue(value) ? inExpression : secretIn(variable.name, value, { awsKeyIdNearby });
    if (!secret) continue;
    out.push({
      fn,
      location: variable.value.loc,
      evidence: `${variable.name} (${secret.kind})`,
      message: (subject) => `environment variable \`${variable.name}\` of ${subject} holds ${secret.label}, written in the template: anyone who can read the repository or the function configuration can read it`
    });
  }
  return out;
}

// src/policy/rules/lib/deploy-time-secrets.ts
var TF_SECRET_DATA = "data.aws_secretsmanager_secret_version.";
var TF_SSM_DATA = "data.aws_ssm_parameter.";
function deployTimeSource(v) {
  const fn = dynamicReferenceIn(v) ?? v.fn.toLowerCase();
  if (fn === "secretsmanager" || fn === "resolve:secretsmanager") {
    return { store: "Secrets Manager", secretStore: true };
  }
  if (fn === "resolve:ssm-secure") return { store: "an SSM SecureString", secretStore: true };
  if (fn === "ssm" || fn === "resolve:ssm" || fn === "aws" && /ssm/i.test(v.expr)) {
    if (/\/aws\/reference\/secretsmanager\//i.test(v.expr)) {
      return { store: "Secrets Manager (through SSM)", secretStore: true };
    }
    const decrypted = /~true\b/.test(v.expr);
    return { store: decrypted ? "an SSM SecureString" : "an SSM parameter", secretStore: decrypted };
  }
  if (fn === "env") return { store: "the deployer's environment", secretStore: false };
  if (v.refs.some((r) => r.startsWith(TF_SECRET_DATA))) {
    return { store: "Secrets Manager", secretStore: true };
  }
  if (v.refs.some((r) => r.startsWith(TF_SSM_DATA))) {
    return { store: "an SSM parameter", secretStore: false };
  }
  return void 0;
}
function dynamicReferenceIn(v) {
  if (v.fn !== "Fn::Sub" && v.fn !== "Fn::Join") return void 0;
  const service = /\{\{resolve:(secretsmanager|ssm-secure|ssm):/i.exec(v.expr)?.[1];
  return service ? `resolve:${service.toLowerCase()}` : void 0;
}
var SECRET_PATH = /pass(?:word|wd|phrase)?|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key/i;
function isDeployTimeSecret(variableName, v, source) {
  return source.secretStore || isSecretName(variableName) || SECRET_PATH.test(pathOf(v));
}
function pathOf(v) {
  return v.expr.replace(/^\$\{[a-z]+:|^\{\{resolve:[a-z-]+:/i, "");
}

// src/policy/rules/functions/lambda-env-secret-resolved-at-deploy.ts
var lambdaEnvSecretResolvedAtDeploy = {
  id: "lambda-env-secret-resolved-at-deploy",
  title: "Secret copied into a function environment variable at deploy time",
  severity: "medium",
  area: "functions",
  rationale: "Reading a secret from Secrets Manager or SSM with a deploy-time reference (`${ssm:...}`, `{{resolve:secretsmanager:...}}`, a Terraform data source) does not keep it secret: the deployment writes its value into the function configuration, where anyone allowed to read the configuration sees it in clear text (and, with Terraform, into the state file). Rotating the secret also leaves the function with the old value until the next deployment.",
  remediation: {
    text: "Pass the name or ARN of the secret in the environment and read the value at run time (AWS SDK, or the AWS Parameters and Secrets Lambda extension, which caches it), with a policy that allows reading only that secret.",
    snippets: {
      serverless: "functions:\n  createOrder:\n    environment:\n      DB_PASSWORD_PARAM: /orders/db-password # read with the SDK at run time",
      sam: "Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret\nPolicies:\n  - AWSSecretsManagerGetSecretValuePolicy:\n      SecretArn: !Ref DbSecret",
      cloudformation: "Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret",
      terraform: "environment {\n  variables = {\n    DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n  }\n}"
    }
  },
  references: [
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html",
    "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-7"],
  equivalents: {},
  check({ service, report }) {
    const issues = [];
    for (const fn of service.functions) {
      for (const variable of fn.environment) {
        const value = variable.value.value;
        if (!isSymbolicValue(value)) continue;
        const source = deployTimeSource(value);
        if (!source || !isDeployTimeSecret(variable.name, value, source)) continue;
        issues.push({
          fn,
          location: variable.value.loc,
          evidence: `${variable.name} from ${source.store}`,
          message: (subject) => `environment variable \`${variable.name}\` of ${subject} is filled from ${source.store} (\`${value.expr}\`) at deploy time: the secret ends up in clear text in the function configuration`
        });
      }
    }
    reportPerSetting({ report }, issues);
  }
};

// src/policy/rules/functions/lambda-env-no-cmk.ts
var lambdaEnvNoCmk = {
  id: "lambda-env-no-cmk",
  title: "Function environment variables not encrypted with a customer managed key",
  severity: "low",
  area: "functions",
  rationale: "Without `KmsKeyArn`, Lambda encrypts environment variables with the AWS managed key, which every principal allowed to read the function configuration can use: the values show in clear text in the console and API. A customer managed key lets a key policy decide who can decrypt them, and logs each use in CloudTrail.",
  remediation: {
    text: "Create a KMS key for the function configuration and set it as the function KMS key; grant `kms:Decrypt` on it only to the function role and to the people who must read the values. Better still, keep secrets out of environment variables altogether.",
    snippets: {
      serverless: "provider:\n  kmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/abcd-1234",
      sam: "Globals:\n  Function:\n    KmsKeyArn: !GetAtt FunctionKey.Arn",
      cloudformation: "Type: AWS::Lambda::Function\nProperties:\n  KmsKeyArn: !GetAtt FunctionKey.Arn",
      terraform: 'resource "aws_lambda_function" "this" {\n  kms_key_arn = aws_kms_key.lambda.arn\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-7"],
  equivalents: { checkov: ["CKV_AWS_173"], kics: ["a7f8ac28", "4495bc5d"] },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      if (fn.environment.length === 0) continue;
      const state = keyState(fn.kmsKeyArn);
      if (state === "on") continue;
      const location = fn.kmsKeyArn?.loc ?? fn.loc;
      if (state === "unknown") {
        undecidable({
          resource: fn.id,
          reason: `the KMS key ${display(fn.kmsKeyArn)} may be left out at deployment`,
          location
        });
        continue;
      }
      const count = fn.environment.length;
      report({
        resource: fn.id,
        evidence: "no KmsKeyArn",
        location,
        message: `${functionsPhrase([fn.id])} has ${count} environment variable${count === 1 ? "" : "s"} encrypted only with the AWS managed key: anyone who can read the function configuration can read ${count === 1 ? "it" : "them"}`
      });
    }
  }
};

// src/policy/rules/functions/lambda-url-cors-wildcard.ts
var lambdaUrlCorsWildcard = {
  id: "lambda-url-cors-wildcard",
  title: "Function URL CORS allows any origin",
  severity: "medium",
  area: "functions",
  rationale: "A function URL whose CORS configuration allows every origin (`*`) lets scripts on any website call it from a visitor's browser and read the responses. Any site can then use the URL as its own backend, and a browser-held credential sent to it is exposed to pages you do not control.",
  remediation: {
    text: "List the origins of your own front ends in `AllowOrigins` instead of `*`, and allow only the methods and headers they use.",
    snippets: {
      serverless: "functions:\n  api:\n    url:\n      cors:\n        allowedOrigins:\n          - https://app.example.com",
      sam: "FunctionUrlConfig:\n  AuthType: AWS_IAM\n  Cors:\n    AllowOrigins:\n      - https://app.example.com",
      cloudformation: "Type: AWS::Lambda::Url\nProperties:\n  Cors:\n    AllowOrigins:\n      - https://app.example.com",
      terraform: 'resource "aws_lambda_function_url" "this" {\n  cors {\n    allow_origins = ["https://app.example.com"]\n  }\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors"],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: { checkov: ["CKV2_AWS_75"] },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      const cors = fn.url?.cors;
      if (!cors) continue;
      for (const origin of cors.allowOrigins) {
        const value = literal(origin);
        if (value === void 0) {
          undecidable({
            resource: fn.id,
            reason: `the allowed origin ${display(origin)} is not known before deployment`,
            location: origin.loc
          });
          continue;
        }
        if (value.trim() !== "*") continue;
        const credentials = literal(cors.allowCredentials) === true;
        report({
          resource: fn.id,
          evidence: "AllowOrigins *",
          location: origin.loc,
          message: `the URL of ${functionsPhrase([fn.id])} allows cross-origin requests from any website (\`*\`)${credentials ? ", with credentials" : ""}: any site can call it from its visitors' browsers and read the responses`
        });
      }
    }
  }
};

// src/policy/rules/functions/lambda-permission-public.ts
var lambdaPermissionPublic = {
  id: "lambda-permission-public",
  title: "Function can be invoked by anyone",
  severity: "critical",
  area: "functions",
  rationale: "A resource-based permission with principal `*` and no source condition lets every AWS account, and for a function URL with auth type NONE anyone on the internet, invoke the function. Each call runs your code with the function's role and is billed to you.",
  remediation: {
    text: "Grant the permission to the specific account, role or service that calls the function, and tie service principals to the calling resource with `SourceArn` (and `SourceAccount`). For an organisation, use `PrincipalOrgID`.",
    snippets: {
      sam: "Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: 123456789012",
      cloudformation: "Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: 123456789012",
      terraform: 'resource "aws_lambda_permission" "caller" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.this.function_name\n  principal     = "123456789012"\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
    "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2", "OWASP-Serverless-Top10:SAS-3"],
  equivalents: {
    checkov: ["CKV_AWS_301"],
    kics: ["1d6e16f1", "e08ed7eb"],
    cfnNag: ["F13"],
    cdkNag: [
      "HIPAA.Security-LambdaFunctionPublicAccessProhibited",
      "NIST.800.53.R5-LambdaFunctionPublicAccessProhibited",
      "PCI.DSS.321-LambdaFunctionPublicAccessProhibited"
    ]
  },
  check({ service, report, undecidable }) {
    for (const p of service.permissions) {
      const principal = literal(p.principal);
      if (principal === void 0) {
        undecidable({
          resource: permissionResource(p),
          reason: `the principal ${display(p.principal)} of permission ${p.id} is not known before deployment`,
          location: p.principal.loc
        });
        continue;
      }
      if (!isOpenToAll(p) || isUrlCompanion(p, service.permissions)) continue;
      const urlAuth = literal(p.functionUrlAuthType)?.toUpperCase();
      const viaUrl = urlAuth === "NONE";
      const onlyUrl = literal(p.invokedViaFunctionUrl) === true;
      report({
        resource: permissionResource(p),
        evidence: viaUrl ? "Principal * (FunctionUrlAuthType NONE)" : "Principal *",
        location: p.principal.loc,
        message: viaUrl ? `permission \`${p.id}\` lets anyone on the internet invoke ${permissionTarget(p)} through its function URL, without credentials` : `permission \`${p.id}\` lets any AWS account (principal \`*\`, no source condition) invoke ${permissionTarget(p)}${onlyUrl ? " through its function URL" : ""}`
      });
    }
  }
};

// src/policy/rules/functions/lambda-permission-no-source.ts
var lambdaPermissionNoSource = {
  id: "lambda-permission-no-source",
  title: "Service permission without a source (confused deputy)",
  severity: "medium",
  area: "functions",
  rationale: "A permission for an AWS service principal (`s3.amazonaws.com`, `sns.amazonaws.com`...) without `SourceArn` or `SourceAccount` lets that service invoke the function on behalf of any resource, in any AWS account: someone else's bucket or topic can be pointed at your function and trigger it with events they control (the confused deputy problem). A permission for Alexa (`alexa-appkit.amazon.com`) without `EventSourceToken` lets any Alexa skill, anyone's, invoke the function.",
  remediation: {
    text: "Set `SourceArn` to the ARN of the bucket, topic, rule or API that calls the function, and `SourceAccount` to your account (required for S3, whose ARNs carry no account). For Alexa, set `EventSourceToken` to the skill id.",
    snippets: {
      sam: "Type: AWS::Lambda::Permission\nProperties:\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt UploadsBucket.Arn\n  SourceAccount: !Ref AWS::AccountId",
      cloudformation: "Type: AWS::Lambda::Permission\nProperties:\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt UploadsBucket.Arn\n  SourceAccount: !Ref AWS::AccountId",
      terraform: 'resource "aws_lambda_permission" "s3" {\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.uploads.arn\n  source_account = data.aws_caller_identity.current.account_id\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
    "https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: { checkov: ["CKV_AWS_364"] },
  check({ service, report, undecidable }) {
    for (const p of service.permissions) {
      if (hasSourceCondition(p)) continue;
      const alexa = alexaPrincipal(p);
      if (alexa !== void 0) {
        if (p.eventSourceToken) continue;
        report({
          resource: permissionResource(p),
          evidence: `Principal ${alexa} without EventSourceToken`,
          location: p.principal.loc,
          message: `permission \`${p.id}\` lets ${alexa} invoke ${permissionTarget(p)} for any Alexa skill, anyone's: set EventSourceToken to the skill id`
        });
        continue;
      }
      const principal = servicePrincipal(p);
      if (principal === void 0) {
        if (isUndecidable(p.principal)) {
          undecidable({
            resource: permissionResource(p),
            reason: `the principal ${display(p.principal)} of permission ${p.id} is not known before deployment`,
            location: p.principal.loc
          });
        }
        continue;
      }
      report({
        resource: permissionResource(p),
        evidence: `Principal ${principal} without SourceArn`,
        location: p.principal.loc,
        message: `permission \`${p.id}\` lets ${principal} invoke ${permissionTarget(p)} for any source, in any account: set SourceArn (or SourceAccount) to the resource that calls it`
      });
    }
  }
};
function alexaPrincipal(p) {
  const written = literal(p.principal)?.trim();
  return written !== void 0 && /^alexa-[a-z]+\.amazon\.com$/i.test(written) ? written : void 0;
}
function servicePrincipal(p) {
  const written = literal(p.principal);
  if (written !== void 0) return isServicePrincipal(written) ? written.trim() : void 0;
  const expr = typeof p.principal.value === "object" ? p.principal.value.expr : "";
  const m = /([a-z0-9-]+)\.(?:amazonaws\.com|\$\{AWS::URLSuffix\})/i.exec(expr);
  return m ? `${m[1]}.amazonaws.com` : void 0;
}

// src/policy/rules/functions/lambda-permission-broad-action.ts
var INVOKE_ACTIONS = /* @__PURE__ */ new Set(["lambda:invokefunction", "lambda:invokefunctionurl"]);
var lambdaPermissionBroadAction = {
  id: "lambda-permission-broad-action",
  title: "Function permission grants more than invoke",
  severity: "medium",
  area: "functions",
  rationale: "A resource-based permission on a function should only let the caller invoke it. `lambda:*` or a wildcard also lets that caller read the function code and configuration or change them, depending on the action, from outside your account.",
  remediation: {
    text: "Set the action to `lambda:InvokeFunction` (or `lambda:InvokeFunctionUrl` for a function URL).",
    snippets: {
      sam: "Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction",
      cloudformation: "Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction",
      terraform: 'resource "aws_lambda_permission" "this" {\n  action = "lambda:InvokeFunction"\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: { kics: ["9b83114b", "75ec6890"], cfnNag: ["W24"] },
  check({ service, report, undecidable }) {
    for (const p of service.permissions) {
      const action = literal(p.action);
      if (action === void 0) {
        undecidable({
          resource: permissionResource(p),
          reason: `the action ${display(p.action)} of permission ${p.id} is not known before deployment`,
          location: p.action.loc
        });
        continue;
      }
      if (INVOKE_ACTIONS.has(action.trim().toLowerCase())) continue;
      report({
        resource: permissionResource(p),
        evidence: action,
        location: p.action.loc,
        message: `permission \`${p.id}\` grants \`${action}\` on ${permissionTarget(p)}: an invoke permission needs only \`lambda:InvokeFunction\``
      });
    }
  }
};

// src/policy/rules/functions/lambda-tracing-disabled.ts
var lambdaTracingDisabled = {
  id: "lambda-tracing-disabled",
  title: "Function without active X-Ray tracing",
  severity: "low",
  area: "functions",
  rationale: "Without active tracing there is no record of which requests reached the function and which downstream calls it made. When something goes wrong, or an attacker probes the application, you cannot follow a request across services to see what happened.",
  remediation: {
    text: "Turn on active X-Ray tracing for the function (the role then needs `xray:PutTraceSegments` and `xray:PutTelemetryRecords`, which SAM and the Serverless Framework add for you).",
    snippets: {
      serverless: "provider:\n  tracing:\n    lambda: true",
      sam: "Globals:\n  Function:\n    Tracing: Active",
      cloudformation: "Type: AWS::Lambda::Function\nProperties:\n  TracingConfig:\n    Mode: Active",
      terraform: 'resource "aws_lambda_function" "this" {\n  tracing_config {\n    mode = "Active"\n  }\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-5"],
  equivalents: {
    checkov: ["CKV_AWS_50"],
    kics: ["9488c451", "dc1ab429", "0d7ef70f", "8152e0cf"],
    cdkNag: ["Serverless-LambdaTracing"]
  },
  check({ service, report, undecidable }) {
    const issues = [];
    for (const fn of service.functions) {
      if (!fn.tracing) {
        report({
          resource: fn.id,
          evidence: "no tracing",
          location: fn.loc,
          message: `${functionsPhrase([fn.id])} has no active X-Ray tracing`
        });
        continue;
      }
      const mode = literal(fn.tracing);
      if (mode === void 0) {
        undecidable({
          resource: fn.id,
          reason: `the tracing mode ${display(fn.tracing)} is not known before deployment`,
          location: fn.tracing.loc
        });
        continue;
      }
      if (mode.trim().toLowerCase() === "active") continue;
      issues.push({
        fn,
        location: fn.tracing.loc,
        evidence: `tracing ${mode}`,
        message: (subject) => `tracing of ${subject} is set to \`${mode}\`, not \`Active\`: requests through it are not traced`
      });
    }
    reportPerSetting({ report }, issues);
  }
};

// src/policy/rules/functions/lambda-no-dlq.ts
var lambdaNoDlq = {
  id: "lambda-no-dlq",
  title: "Asynchronously invoked function without a failure destination",
  severity: "low",
  area: "functions",
  rationale: "When AWS invokes a function asynchronously (S3, SNS, EventBridge, schedules...), an event that still fails after the retries is dropped silently. Without a dead-letter queue or an on-failure destination, lost orders, uploads or audit events leave no trace, and a flood of failing events cannot be inspected or replayed.",
  remediation: {
    text: "Send failed asynchronous events to an SQS queue or SNS topic: an on-failure destination (preferred, it keeps the error and the event) or a dead-letter queue.",
    snippets: {
      serverless: "functions:\n  onUpload:\n    destinations:\n      onFailure: arn:aws:sqs:eu-west-1:123456789012:upload-failures",
      sam: "EventInvokeConfig:\n  DestinationConfig:\n    OnFailure:\n      Type: SQS\n      Destination: !GetAtt FailureQueue.Arn",
      cloudformation: "Type: AWS::Lambda::Function\nProperties:\n  DeadLetterConfig:\n    TargetArn: !GetAtt FailureQueue.Arn",
      terraform: 'resource "aws_lambda_function_event_invoke_config" "this" {\n  function_name = aws_lambda_function.this.function_name\n  destination_config {\n    on_failure {\n      destination = aws_sqs_queue.failures.arn\n    }\n  }\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-10"],
  equivalents: {
    checkov: ["CKV_AWS_116"],
    kics: ["c2eae442", "cb2f612b", "dec7bc85"],
    cdkNag: [
      "Serverless-LambdaDLQ",
      "Serverless-LambdaAsyncFailureDestination",
      "HIPAA.Security-LambdaDLQ",
      "NIST.800.53.R5-LambdaDLQ"
    ]
  },
  check({ service, report }) {
    for (const fn of service.functions) {
      if (fn.deadLetterTarget || fn.onFailureDestination) continue;
      const kinds = [...new Set(fn.triggers.filter((t) => t.async).map((t) => t.kind))];
      if (kinds.length === 0) continue;
      report({
        resource: fn.id,
        evidence: "no DLQ or on-failure destination",
        location: fn.loc,
        message: `${functionsPhrase([fn.id])} is invoked asynchronously (${kinds.join(", ")}) but has no dead-letter queue or on-failure destination: events that keep failing are dropped`
      });
    }
  }
};

// src/policy/rules/functions/lambda-no-concurrency-limit.ts
var lambdaNoConcurrencyLimit = {
  id: "lambda-no-concurrency-limit",
  title: "Function without reserved concurrency",
  severity: "low",
  area: "functions",
  rationale: "Without reserved concurrency a function can scale until it uses the whole account's concurrency: a traffic spike or a flood of requests against one function runs up the bill and throttles every other function in the account and region.",
  remediation: {
    text: "Reserve the concurrency the function needs at peak. It caps how far it scales and guarantees it that capacity.",
    snippets: {
      serverless: "functions:\n  createOrder:\n    reservedConcurrency: 50",
      sam: "Properties:\n  ReservedConcurrentExecutions: 50",
      cloudformation: "Type: AWS::Lambda::Function\nProperties:\n  ReservedConcurrentExecutions: 50",
      terraform: 'resource "aws_lambda_function" "this" {\n  reserved_concurrent_executions = 50\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-8"],
  equivalents: {
    checkov: ["CKV_AWS_115"],
    cfnNag: ["W92"],
    cdkNag: ["HIPAA.Security-LambdaConcurrency", "NIST.800.53.R5-LambdaConcurrency"]
  },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      const reserved = fn.reservedConcurrency;
      if (reserved && isUndecidable(reserved)) {
        undecidable({
          resource: fn.id,
          reason: `the reserved concurrency ${display(reserved)} is not known before deployment`,
          location: reserved.loc
        });
        continue;
      }
      const unreserved = reserved !== void 0 && literal(reserved) === -1;
      if (reserved && !unreserved) continue;
      report({
        resource: fn.id,
        evidence: "no reserved concurrency",
        location: reserved?.loc ?? fn.loc,
        message: `${functionsPhrase([fn.id])} has no reserved concurrency: it can scale to the account limit and starve every other function`
      });
    }
  }
};

// src/policy/rules/functions/lambda-code-signing-missing.ts
var lambdaCodeSigningMissing = {
  id: "lambda-code-signing-missing",
  title: "Function without code signing",
  severity: "info",
  area: "functions",
  rationale: "Without a code signing configuration, Lambda deploys any .zip package it is given. Code signing makes Lambda reject packages that were not signed by your trusted publishers, so a leaked deployment credential or a tampered build artifact cannot ship code unnoticed.",
  remediation: {
    text: "Sign packages with AWS Signer and attach a code signing configuration that allows only your signing profiles and enforces the check.",
    snippets: {
      sam: "Properties:\n  CodeSigningConfigArn: !Ref SigningConfig",
      cloudformation: "Type: AWS::Lambda::Function\nProperties:\n  CodeSigningConfigArn: !Ref SigningConfig",
      terraform: 'resource "aws_lambda_function" "this" {\n  code_signing_config_arn = aws_lambda_code_signing_config.this.arn\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-6"],
  equivalents: { checkov: ["CKV_AWS_272"] },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      if (fn.codeSigningConfig) continue;
      const packageType = fn.packageType && literal(fn.packageType);
      if (fn.packageType && packageType === void 0) {
        undecidable({
          resource: fn.id,
          reason: `the package type ${display(fn.packageType)} is not known before deployment`,
          location: fn.packageType.loc
        });
        continue;
      }
      if (packageType?.trim().toLowerCase() === "image") continue;
      report({
        resource: fn.id,
        evidence: "no code signing config",
        location: fn.loc,
        message: `${functionsPhrase([fn.id])} has no code signing configuration: Lambda accepts any package deployed to it`
      });
    }
  }
};

// src/policy/rules/functions/lambda-log-retention-missing.ts
var lambdaLogRetentionMissing = {
  id: "lambda-log-retention-missing",
  title: "Function logs kept forever",
  severity: "low",
  area: "functions",
  rationale: "A function's log group is created without a retention period unless you set one, so its logs, with any personal data or tokens that ever got logged, are kept forever. Setting a retention keeps the logs you need for investigations for a known time, and no longer.",
  remediation: {
    text: "Set a log retention for the function: the retention your incident response and compliance need (for example 90 or 365 days).",
    snippets: {
      serverless: "provider:\n  logRetentionInDays: 90",
      sam: "Type: AWS::Logs::LogGroup\nProperties:\n  LogGroupName: !Sub /aws/lambda/${Function}\n  RetentionInDays: 90",
      cloudformation: "Type: AWS::Logs::LogGroup\nProperties:\n  LogGroupName: !Sub /aws/lambda/${Function}\n  RetentionInDays: 90",
      terraform: 'resource "aws_cloudwatch_log_group" "this" {\n  name              = "/aws/lambda/${aws_lambda_function.this.function_name}"\n  retention_in_days = 90\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
    "https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-5"],
  equivalents: {
    checkov: ["CKV_AWS_66"],
    cfnNag: ["W86"],
    cdkNag: ["Serverless-CloudWatchLogGroupRetentionPeriod"]
  },
  check({ service, report }) {
    for (const fn of service.functions) {
      const retention = fn.logRetentionDays;
      const forever = retention !== void 0 && literal(retention) === 0;
      if (retention && !forever) continue;
      report({
        resource: fn.id,
        evidence: "no log retention",
        location: retention?.loc ?? fn.loc,
        message: forever ? `the log group of ${functionsPhrase([fn.id])} is set to never expire: its logs are kept forever` : `${functionsPhrase([fn.id])} has no log retention: its logs are kept forever`
      });
    }
  }
};

// src/policy/rules/functions/lambda-shared-role.ts
var lambdaSharedRole = {
  id: "lambda-shared-role",
  title: "Several functions share a role that can write",
  severity: "low",
  area: "functions",
  rationale: "When functions share one execution role, each gets the union of the permissions all of them need. A flaw in the least important function (an injection in a public endpoint, a vulnerable dependency) then gives an attacker the write access of the most powerful one.",
  remediation: {
    text: "Give each function its own role with only the actions and resources it uses (Serverless: per-function `iamRoleStatements` with the serverless-iam-roles-per-function plugin, or a `role` per function; SAM: `Policies` per function).",
    snippets: {
      serverless: "functions:\n  createOrder:\n    iamRoleStatements:\n      - Effect: Allow\n        Action: dynamodb:PutItem\n        Resource: !GetAtt OrdersTable.Arn",
      sam: "CreateOrderFunction:\n  Type: AWS::Serverless::Function\n  Properties:\n    Policies:\n      - DynamoDBWritePolicy:\n          TableName: !Ref OrdersTable",
      cloudformation: "CreateOrderRole:\n  Type: AWS::IAM::Role\n  # one role per function, with only the actions that function needs",
      terraform: 'resource "aws_iam_role" "create_order" {\n  # one role per function, with only the actions that function needs\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: { kics: ["ae03f542", "4ba74f01", "165aae3b"] },
  check({ service, report, undecidable }) {
    for (const role of service.roles) {
      const fns = functionsUsing(service, role.id);
      if (fns.length < 2) continue;
      const ids = fns.map((f) => f.id);
      const grant = writeGrantOf(service, role);
      if (grant.evidence === "") {
        if (grant.undecided) {
          undecidable({
            resource: role.id,
            reason: `role ${role.id} is shared by ${fns.length} functions, and some of its permissions are not known before deployment`,
            location: role.loc
          });
        }
        continue;
      }
      report({
        resource: role.id,
        evidence: grant.evidence,
        location: role.loc,
        message: `role \`${role.id}\` is shared by ${functionsPhrase(ids)} and ${grant.phrase}: a flaw in any of them gets the write access all of them need`
      });
    }
  }
};

// src/policy/rules/functions/lambda-layer-public.ts
var lambdaLayerPublic = {
  id: "lambda-layer-public",
  title: "Layer shared with every AWS account",
  severity: "medium",
  area: "functions",
  rationale: "A layer version permission for principal `*` without an organization lets every AWS account download the layer. Layers often bundle internal libraries, configuration and sometimes credentials, which then become public.",
  remediation: {
    text: "Grant the layer to the accounts that use it, or to your organization with `OrganizationId`.",
    snippets: {
      sam: 'Type: AWS::Lambda::LayerVersionPermission\nProperties:\n  Action: lambda:GetLayerVersion\n  LayerVersionArn: !Ref SharedLayer\n  Principal: "*"\n  OrganizationId: o-a1b2c3d4e5',
      cloudformation: 'Type: AWS::Lambda::LayerVersionPermission\nProperties:\n  Action: lambda:GetLayerVersion\n  LayerVersionArn: !Ref SharedLayer\n  Principal: "*"\n  OrganizationId: o-a1b2c3d4e5',
      terraform: 'resource "aws_lambda_layer_version_permission" "org" {\n  principal       = "*"\n  organization_id = "o-a1b2c3d4e5"\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-layerversionpermission.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-7"],
  equivalents: {},
  check({ service, report, undecidable }) {
    for (const layer of policyHoldersOfKind(service, "layer")) {
      const { open, undecided: undecided2 } = publicStatementsOf(layer);
      for (const u of undecided2) undecidable({ resource: layer.id, ...u });
      for (const { statement, publicity } of open) {
        const everyone = publicity.via === "NotPrincipal" ? "every account not listed" : "every AWS account";
        report({
          resource: layer.id,
          evidence: publicity.via === "NotPrincipal" ? "NotPrincipal" : "Principal *",
          location: principalLoc(statement),
          message: `${resourceLabel(layer)} is shared with ${everyone} (no organization or account condition): anyone can download its contents`
        });
      }
    }
  }
};
function principalLoc(st) {
  return st.principals.find(isWildcardPrincipal)?.value.loc ?? st.loc;
}

// src/policy/rules/lib/secret-walk.ts
var MAX_DEPTH = 40;
function findSecrets(properties, options) {
  const out = { found: [], undecided: [] };
  if (!properties) return out;
  const written = properties.kind === "map" ? writtenText(properties) : void 0;
  if (written === void 0 || mayHoldSecret(written)) walk(properties, "", "", options, out, 0);
  return out;
}
function walk(v, name, path, options, out, depth) {
  if (depth > MAX_DEPTH) return;
  const data = options.skip.size === 0 ? parsedData(v) : void 0;
  if (data !== void 0) {
    walkData(data, () => v, name, path, options, out, depth);
    return;
  }
  switch (v.kind) {
    case "map":
      walkMap(v, path, options, out, depth);
      return;
    case "list":
      v.items.forEach((item, i) => walk(item, name, `${path}[${i}]`, options, out, depth + 1));
      return;
    case "symbolic": {
      const before = out.found.length;
      if (v.args) formatsOnly(v.args, path, out, depth + 1);
      const built = out.found.length === before ? substitutedText(v) : void 0;
      const match = built === void 0 ? void 0 : tokenFormatIn(built);
      if (match) out.found.push({ path, match, location: v.loc });
      return;
    }
    case "scalar": {
      const match = typeof v.value === "string" ? secretIn(name, v.value) : void 0;
      if (match) out.found.push({ path, match, location: v.loc });
      return;
    }
  }
}
function walkMap(map, path, options, out, depth) {
  const pairName = nameValuePair(map);
  for (const e of map.entries.values()) {
    const at = path ? `${path}.${e.key}` : e.key;
    if (options.skip.size > 0 && options.skip.has(formatLocation(e.keyLoc))) continue;
    if (options.skipPaths?.has(at)) continue;
    const name = pairName !== void 0 && e.key.toLowerCase() === "value" ? pairName : e.key;
    walkEntry(e, name, at, options, out, depth);
  }
}
function walkEntry(e, name, path, options, out, depth) {
  if (e.value.kind === "scalar") {
    const match = typeof e.value.value === "string" ? secretIn(name, e.value.value) : void 0;
    if (match) out.found.push({ path, match, location: locOfEntry(e) });
  } else if (e.value.kind === "symbolic" && secretNameStrength(name) === "strong") {
    if (!e.value.fn.startsWith("resolve:") && !e.value.expr.includes("{{resolve:")) {
      out.undecided.push({ path, expr: e.value.expr, location: locOfEntry(e) });
    }
    walk(e.value, name, path, options, out, depth + 1);
  } else {
    walk(e.value, e.key, path, options, out, depth + 1);
  }
}
function walkData(data, located, name, path, options, out, depth) {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(data)) {
    const item = (i) => () => located().items[i];
    data.forEach((d, i) => walkMember(d, item(i), name, `${path}[${i}]`, options, out, depth + 1));
    return;
  }
  const o = data;
  const keys = Object.keys(o);
  if (keys.length > 0 && /^\d+$/.test(keys[0])) {
    walkMap(located(), path, options, out, depth);
    return;
  }
  const pairName = nameValuePairOf(o);
  const entry = (key) => () => located().entries.get(key);
  for (const key of keys) {
    const d = o[key];
    if (d === null || typeof d !== "object" && typeof d !== "string") continue;
    const at = path ? `${path}.${key}` : key;
    if (options.skipPaths?.has(at)) continue;
    const name2 = pairName !== void 0 && key.toLowerCase() === "value" ? pairName : key;
    if (typeof d === "object" && isIntrinsicData(d)) {
      walkEntry(entry(key)(), name2, at, options, out, depth);
    } else if (typeof d === "object") {
      walkData(d, () => entry(key)().value, key, at, options, out, depth + 1);
    } else {
      const match = secretIn(name2, d);
      if (match) out.found.push({ path: at, match, location: locOfEntry(entry(key)()) });
    }
  }
}
function walkMember(d, located, name, path, options, out, depth) {
  if (depth > MAX_DEPTH) return;
  if (d !== null && typeof d === "object") {
    if (isIntrinsicData(d)) walk(located(), name, path, options, out, depth);
    else walkData(d, located, name, path, options, out, depth);
    return;
  }
  const match = typeof d === "string" ? secretIn(name, d) : void 0;
  if (match) out.found.push({ path, match, location: located().loc });
}
function nameValuePairOf(o) {
  const written = Object.hasOwn(o, "Name") ? o.Name : o.name;
  const name = written === null || written === void 0 || typeof written === "object" ? void 0 : String(written);
  const hasValue = Object.hasOwn(o, "Value") || Object.hasOwn(o, "value");
  return name !== void 0 && hasValue && name.trim() !== "" ? name : void 0;
}
function nameValuePair(map) {
  const name = asString(get(map, "Name") ?? get(map, "name"));
  const hasValue = map.entries.has("Value") || map.entries.has("value");
  return name !== void 0 && hasValue && name.trim() !== "" ? name : void 0;
}
function formatsOnly(v, path, out, depth) {
  if (depth > MAX_DEPTH) return;
  if (v.kind === "scalar") {
    const match = typeof v.value === "string" ? tokenFormatIn(v.value) : void 0;
    if (match) out.found.push({ path, match, location: v.loc });
  } else if (v.kind === "list") {
    for (const item of v.items) formatsOnly(item, path, out, depth + 1);
  } else if (v.kind === "map") {
    for (const e of v.entries.values()) formatsOnly(e.value, path, out, depth + 1);
  } else if (v.args) {
    formatsOnly(v.args, path, out, depth + 1);
  }
}

// src/policy/rules/data/hardcoded-secret.ts
var ENVIRONMENT_PATHS = /* @__PURE__ */ new Map([
  ["AWS::Lambda::Function", /* @__PURE__ */ new Set(["Environment.Variables"])],
  ["AWS::Serverless::Function", /* @__PURE__ */ new Set(["Environment.Variables"])],
  [
    "aws_lambda_function",
    /* @__PURE__ */ new Set(["environment", "environment.variables", "environment[0].variables"])
  ]
]);
var hardcodedSecret = {
  id: "hardcoded-secret",
  title: "Secret written in the template",
  severity: "critical",
  area: "data",
  rationale: "A password, API key or token written in a template or as a parameter default is in the repository history for good, in every clone and fork, and usually in the deployed resource configuration and stack metadata in clear text. It cannot be rotated without a code change, and removing it later does not remove it from history.",
  remediation: {
    text: "Revoke and rotate the exposed credential first. Then keep it in AWS Secrets Manager and reference it: a dynamic reference (`{{resolve:secretsmanager:...}}`), `ManageMasterUserPassword` for RDS, a NoEcho parameter without a default, or a Terraform variable without a default (or an ephemeral value).",
    snippets: {
      serverless: "resources:\n  Resources:\n    Database:\n      Type: AWS::RDS::DBInstance\n      Properties:\n        ManageMasterUserPassword: true",
      sam: "MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'",
      cloudformation: "Type: AWS::RDS::DBInstance\nProperties:\n  MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'",
      terraform: 'resource "aws_db_instance" "orders" {\n  manage_master_user_password = true\n}\n\nvariable "api_token" {\n  type      = string\n  sensitive = true # no default: supplied at apply time\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-7"],
  equivalents: { cfnNag: ["F23"] },
  check(ctx) {
    checkResources(ctx);
    checkParameters(ctx);
  }
};
function checkResources(ctx) {
  const skip = environmentLocations(ctx.service);
  for (const r of ctx.service.rawResources) {
    const skipPaths = ENVIRONMENT_PATHS.get(r.type);
    const { found, undecided: undecided2 } = findSecrets(r.properties, { skip, skipPaths });
    for (const s of found) {
      ctx.report({
        resource: r.id,
        evidence: `${s.path} (${s.match.kind})`,
        location: s.location,
        message: `property \`${s.path}\` of \`${r.id}\` holds ${s.match.label}, written in the template: anyone who can read the repository can read it`
      });
    }
    for (const u of undecided2) {
      ctx.undecidable({
        resource: r.id,
        reason: `property ${u.path} is set from ${u.expr}, whose value is not known before deployment`,
        location: u.location
      });
    }
  }
}
function environmentLocations(service) {
  return new Set(service.functions.flatMap((f) => f.environment.map((v) => formatLocation(v.loc))));
}
function checkParameters(ctx) {
  for (const p of ctx.service.parameters) {
    const match = secretDefault(p);
    if (!match || !p.default) continue;
    ctx.report({
      resource: p.name,
      evidence: `${p.name} default (${match.kind})`,
      location: p.default.loc,
      message: `the default of parameter \`${p.name}\` holds ${match.label}: the secret is written in the template, and used whenever no value is given`
    });
  }
}
function secretDefault(p) {
  const value = p.default?.value;
  if (typeof value !== "string") return void 0;
  const match = secretIn(p.name, value);
  if (match) return match;
  if (!p.secret || value.trim() === "" || isPlaceholder(value) || isNonSecretLiteral(value)) {
    return void 0;
  }
  return {
    kind: "secret-parameter",
    label: "a literal value for a secret (NoEcho or sensitive) parameter"
  };
}

// src/policy/rules/iam/iam-wildcard-action.ts
var iamWildcardAction = {
  id: "iam-wildcard-action",
  title: "IAM statement allows every action of a service",
  severity: "medium",
  area: "iam",
  rationale: "A wildcard action grants every current and future action of the service (or of AWS, for `*`), including deletes and permission changes the function never needs. If the function is compromised, the blast radius is the whole service.",
  remediation: {
    text: "List the actions the function calls (for example `s3:GetObject`, `s3:PutObject`) instead of `service:*`.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action:\n            - s3:GetObject\n          Resource: arn:aws:s3:::my-bucket/*",
      sam: "Policies:\n  - S3ReadPolicy:\n      BucketName: my-bucket",
      cloudformation: 'Statement:\n  - Effect: Allow\n    Action:\n      - s3:GetObject\n    Resource: !Sub "${Bucket.Arn}/*"',
      terraform: 'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["${aws_s3_bucket.b.arn}/*"]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4", "CIS-AWS-Foundations:1.16"],
  equivalents: {
    checkov: ["CKV_AWS_49", "CKV_AWS_63"],
    cfnNag: ["F3", "F4", "F5"],
    cdkNag: ["AwsSolutions-IAM5"]
  },
  check({ service, report }) {
    for (const placed of identityStatements(service)) {
      const { statement, role } = placed;
      if (!isAllow(statement)) continue;
      const { resource, holder } = placed.principal ? statementOwner(service, placed) : { resource: role?.id ?? service.id, holder: holderOf(service, role) };
      for (const action of statement.actions) {
        const name = literal(action);
        if (name === void 0) continue;
        const all = isFullWildcard(name);
        if (!all && !isServiceWildcard(name)) continue;
        report({
          resource,
          evidence: name,
          location: action.loc,
          severity: all ? "high" : "medium",
          message: all ? `${holder} allows every AWS action (\`${name}\`)` : `${holder} allows \`${name}\`: every ${name.split(":")[0]} action`
        });
      }
    }
  }
};

// src/policy/rules/api/api-access-logging-disabled.ts
var apiAccessLoggingDisabled = {
  id: "api-access-logging-disabled",
  title: "API stage without access logging",
  severity: "medium",
  area: "api",
  rationale: "Access logs record who called which route, from where and with what result. Without them you cannot tell whether an endpoint was abused, trace an incident back to a caller, or notice scanning and credential stuffing against the API.",
  remediation: {
    text: "Send the stage access logs to a CloudWatch log group (or Firehose stream) with a format that includes the request id, source IP, caller identity, route and status.",
    snippets: {
      serverless: "provider:\n  logs:\n    restApi:\n      accessLogging: true\n      fullExecutionData: false\n    httpApi: true",
      sam: "OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    AccessLogSetting:\n      DestinationArn: !GetAtt ApiAccessLogs.Arn\n      Format: $context.requestId $context.identity.sourceIp $context.routeKey $context.status",
      cloudformation: "Type: AWS::ApiGateway::Stage\nProperties:\n  AccessLogSetting:\n    DestinationArn: !GetAtt ApiAccessLogs.Arn\n    Format: $context.requestId $context.identity.sourceIp $context.status",
      terraform: 'resource "aws_api_gateway_stage" "prod" {\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = "$context.requestId $context.identity.sourceIp $context.status"\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-5", "AWS-FSBP:APIGateway.9"],
  equivalents: {
    checkov: ["CKV_AWS_76", "CKV_AWS_95"],
    kics: ["80d45af4", "06ec63e3", "0a994e04", "a4d32883", "1b6799eb"],
    cfnNag: ["W45", "W46", "W69"],
    cdkNag: ["AwsSolutions-APIG1"]
  },
  check({ service, report }) {
    for (const stage of deployedStages(service)) {
      if (stage.attributes.accessLogDestination) continue;
      report({
        resource: stage.id,
        evidence: "no access log destination",
        location: stage.loc,
        message: `${stageLabel(stage)} does not write access logs, so calls to the API leave no record of who made them`
      });
    }
  }
};

// src/policy/rules/api/api-cache-unencrypted.ts
var apiCacheUnencrypted = {
  id: "api-cache-unencrypted",
  title: "API stage cache not encrypted",
  severity: "low",
  area: "api",
  rationale: "An API Gateway cache stores whole responses, often personal or authorized data, for the cache lifetime. Unless cache encryption is on, that data sits unencrypted at rest in the cache cluster.",
  remediation: {
    text: "Turn on cache data encryption for every method that caches responses, or turn caching off.",
    snippets: {
      serverless: 'resources:\n  Resources:\n    ApiStage:\n      Type: AWS::ApiGateway::Stage\n      Properties:\n        CacheClusterEnabled: true\n        MethodSettings:\n          - ResourcePath: /*\n            HttpMethod: "*"\n            CachingEnabled: true\n            CacheDataEncrypted: true',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    CacheClusterEnabled: true\n    MethodSettings:\n      - ResourcePath: /*\n        HttpMethod: "*"\n        CachingEnabled: true\n        CacheDataEncrypted: true',
      cloudformation: 'MethodSettings:\n  - ResourcePath: /*\n    HttpMethod: "*"\n    CachingEnabled: true\n    CacheDataEncrypted: true',
      terraform: 'resource "aws_api_gateway_method_settings" "all" {\n  method_path = "*/*"\n  settings {\n    caching_enabled      = true\n    cache_data_encrypted = true\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "AWS-FSBP:APIGateway.5"],
  equivalents: {
    checkov: ["CKV_AWS_308"],
    kics: ["37cca703", "b7c9a40c"],
    cfnNag: ["W87"]
  },
  check({ service, report, undecidable }) {
    for (const stage of stagesWithSettings(service)) {
      const { cacheEnabled, cacheEncrypted } = stage.attributes;
      if (!cacheEnabled) continue;
      const enabled = literal(cacheEnabled);
      const encrypted = literal(cacheEncrypted);
      if (enabled === false || encrypted === true) continue;
      const unknown = [cacheEnabled, cacheEncrypted].find((a) => a && literal(a) === void 0);
      if (unknown) {
        undecidable({
          resource: stage.id,
          reason: "whether the stage cache is on and encrypted is not known before deployment",
          location: unknown.loc
        });
        continue;
      }
      report({
        resource: stage.id,
        evidence: "cache not encrypted",
        location: (cacheEncrypted ?? cacheEnabled).loc,
        message: `${stageLabel(stage)} caches responses without encrypting the cache`
      });
    }
  }
};

// src/policy/rules/api/api-cors-wildcard.ts
var apiCorsWildcard = {
  id: "api-cors-wildcard",
  title: "API CORS allows any origin on credentialed or authorized routes",
  severity: "medium",
  area: "api",
  rationale: "CORS `*` tells browsers that any website may call the API from a visitor's browser. On routes that take cookies, credentials or an authorization token, a malicious page can then act with the visitor's session or read authorized responses as soon as the browser, or a later change that reflects the origin, lets it through.",
  remediation: {
    text: "List the web origins that use the API (for example `https://app.example.com`) instead of `*`, and allow credentials only for those origins.",
    snippets: {
      serverless: "functions:\n  getOrder:\n    events:\n      - http:\n          path: /orders/{id}\n          method: get\n          cors:\n            origin: https://app.example.com\n            allowCredentials: true",
      sam: `OrdersApi:
  Type: AWS::Serverless::Api
  Properties:
    Cors:
      AllowOrigin: "'https://app.example.com'"
      AllowCredentials: true`,
      cloudformation: "Type: AWS::ApiGatewayV2::Api\nProperties:\n  CorsConfiguration:\n    AllowOrigins: [https://app.example.com]\n    AllowCredentials: true",
      terraform: 'cors_configuration {\n  allow_origins     = ["https://app.example.com"]\n  allow_credentials = true\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: {},
  check(ctx) {
    for (const [cors, endpoints] of corsSettings(ctx.service.endpoints).values()) {
      checkCors(ctx, cors, endpoints);
    }
  }
};
function corsSettings(endpoints) {
  const out = /* @__PURE__ */ new Map();
  for (const e of endpoints) {
    if (!e.cors || e.kind === "function-url" || e.kind === "alb") continue;
    const key = formatLocation(e.cors.loc);
    const group = out.get(key) ?? [e.cors, []];
    group[1].push(e);
    out.set(key, group);
  }
  return out;
}
function checkCors(ctx, cors, endpoints) {
  const first = endpoints[0];
  const anyOrigin = cors.allowOrigins.find((o) => literal(o) === "*");
  const unknownOrigin = cors.allowOrigins.find((o) => literal(o) === void 0);
  const credentials = cors.allowCredentials;
  const authorized = endpoints.find((e) => !["none", "unknown"].includes(e.auth.type));
  const withCredentials = credentials !== void 0 && literal(credentials) === true;
  const undecided2 = (reason, location = cors.loc) => ctx.undecidable({ resource: first.apiId ?? first.id, reason, location });
  if (!anyOrigin) {
    if (unknownOrigin && (withCredentials || authorized))
      undecided2("the allowed CORS origins are not known before deployment", unknownOrigin.loc);
    return;
  }
  if (!withCredentials && !authorized) {
    if (credentials && literal(credentials) === void 0)
      undecided2("whether CORS allows credentials is not known before deployment", credentials.loc);
    return;
  }
  const target = withCredentials ? first : authorized;
  const shared = endpoints.length > 1 && first.apiId !== void 0;
  const subject = shared ? `CORS of API \`${first.apiId}\` (${endpoints.length} routes)` : `CORS of route ${endpointLabel(target)}`;
  ctx.report({
    resource: shared ? first.apiId : target.id,
    evidence: withCredentials ? "origin * with credentials" : "origin * on authorized route",
    location: anyOrigin.loc,
    message: withCredentials ? `${subject} allows any origin (\`*\`) together with credentials` : `${subject} allows any origin (\`*\`) although ${shared ? `route ${endpointLabel(target)}` : "the route"} requires ${target.auth.type === "iam" ? "IAM authorization" : "an authorizer"}`
  });
}

// src/policy/rules/api/api-data-trace-enabled.ts
var apiDataTraceEnabled = {
  id: "api-data-trace-enabled",
  title: "API stage logs full requests and responses",
  severity: "medium",
  area: "api",
  rationale: "Data tracing (full request and response logging) writes every payload, header and token that passes through the API into CloudWatch Logs. Passwords, access tokens and personal data then live in logs that far more people and tools can read than the API itself.",
  remediation: {
    text: "Turn data tracing off on the stage; use access logs and execution logging at INFO or ERROR level instead.",
    snippets: {
      serverless: "provider:\n  logs:\n    restApi:\n      fullExecutionData: false",
      sam: 'MethodSettings:\n  - ResourcePath: /*\n    HttpMethod: "*"\n    LoggingLevel: ERROR\n    DataTraceEnabled: false',
      cloudformation: 'MethodSettings:\n  - ResourcePath: /*\n    HttpMethod: "*"\n    LoggingLevel: ERROR\n    DataTraceEnabled: false',
      terraform: 'resource "aws_api_gateway_method_settings" "all" {\n  method_path = "*/*"\n  settings {\n    logging_level      = "ERROR"\n    data_trace_enabled = false\n  }\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-7"],
  equivalents: { checkov: ["CKV_AWS_276"] },
  check({ service, report, undecidable }) {
    for (const stage of stagesWithSettings(service)) {
      const dataTrace = stage.attributes.dataTrace;
      if (!dataTrace) continue;
      const on = literal(dataTrace);
      if (on === void 0) {
        undecidable({
          resource: stage.id,
          reason: "whether full request and response logging is on is not known before deployment",
          location: dataTrace.loc
        });
      } else if (on) {
        report({
          resource: stage.id,
          evidence: "data trace on",
          location: dataTrace.loc,
          message: `${stageLabel(stage)} logs full request and response data, so payloads, tokens and personal data end up in CloudWatch Logs`
        });
      }
    }
  }
};

// src/policy/rules/api/api-no-authorization.ts
var apiNoAuthorization = {
  id: "api-no-authorization",
  title: "API route without authorization",
  severity: "high",
  area: "api",
  rationale: "A route with no authorizer can be called by anyone on the internet who finds the URL: the function then has to authenticate every request itself, and one forgotten check exposes its data. An API key does not change that: keys identify clients for usage plans, ship inside apps and are not meant to authenticate callers.",
  remediation: {
    text: "Protect the route with an authorizer (Cognito, JWT, Lambda) or IAM authorization, or set a default authorizer on the API. Routes that are public on purpose can be suppressed with a reason.",
    snippets: {
      serverless: "functions:\n  createOrder:\n    events:\n      - httpApi:\n          method: POST\n          path: /orders\n          authorizer:\n            name: jwtAuthorizer",
      sam: "OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    StageName: prod\n    Auth:\n      DefaultAuthorizer: CognitoAuthorizer\n      Authorizers:\n        CognitoAuthorizer:\n          UserPoolArn: !GetAtt UserPool.Arn",
      cloudformation: "Type: AWS::ApiGateway::Method\nProperties:\n  AuthorizationType: COGNITO_USER_POOLS\n  AuthorizerId: !Ref CognitoAuthorizer",
      terraform: 'resource "aws_api_gateway_method" "create_order" {\n  authorization = "COGNITO_USER_POOLS"\n  authorizer_id = aws_api_gateway_authorizer.cognito.id\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2", "AWS-FSBP:APIGateway.8"],
  equivalents: {
    checkov: ["CKV_AWS_59", "CKV2_AWS_70", "CKV_AWS_309"],
    kics: ["1056dfbb", "15ccec05"],
    cfnNag: ["W59"],
    cdkNag: ["AwsSolutions-APIG4"]
  },
  check({ service, report, undecidable }) {
    for (const endpoint of service.endpoints) {
      if (!needsAuthorization(endpoint)) continue;
      const location = endpoint.auth.loc ?? endpoint.loc;
      if (endpoint.auth.type === "unknown") {
        undecidable({
          resource: endpoint.id,
          reason: "the authorization of this route is not known before deployment",
          location
        });
        continue;
      }
      if (endpoint.auth.type !== "none" || denied(service, endpoint)) continue;
      const who = callers(service, endpoint);
      if (who === void 0) {
        undecidable({
          resource: endpoint.id,
          reason: "the resource policy of its API is not known before deployment",
          location
        });
        continue;
      }
      const keyOnly = literal(endpoint.apiKeyRequired) === true;
      report({
        resource: endpoint.id,
        evidence: keyOnly ? "API key only" : "no authorization",
        location,
        severity: who === INTERNET ? void 0 : "medium",
        message: messageFor(endpoint, keyOnly, who)
      });
    }
  }
};
function needsAuthorization(endpoint) {
  if (endpoint.kind === "rest" || endpoint.kind === "http") return !isPreflight(endpoint);
  return endpoint.kind === "websocket" && literal(endpoint.path) === "$connect";
}
function denied(service, endpoint) {
  const api = endpoint.kind === "rest" ? apiResource(service, endpoint.apiId) : void 0;
  return api !== void 0 && routeDenied(api, endpoint);
}
var INTERNET = "anyone on the internet";
var ANY_VPC_ENDPOINT = "anyone through a VPC endpoint in any AWS account (the resource policy of its private API lets `*` invoke it with no `aws:SourceVpce` or `aws:SourceVpc` condition)";
function callers(service, endpoint) {
  if (isPrivateApi(service, endpoint)) {
    const api = apiResource(service, endpoint.apiId);
    const opening = api && routeOpening(api, endpoint);
    return opening && opening !== "unknown" ? ANY_VPC_ENDPOINT : "anyone who can reach the private API";
  }
  const gate = resourcePolicyGate(service, endpoint);
  if (gate === "undecided") return void 0;
  return gate === "restricted" ? "anyone the resource policy of its API lets in" : INTERNET;
}
function messageFor(endpoint, keyOnly, who) {
  const route = `route ${endpointLabel(endpoint)}`;
  if (keyOnly) {
    return `${route} requires only an API key, which is not authorization: ${who} holding the key can call it`;
  }
  return `${route} has no authorization: ${who} can call it`;
}

// src/policy/rules/api/api-no-waf.ts
var apiNoWaf = {
  id: "api-no-waf",
  title: "REST API stage without a WAF web ACL",
  severity: "low",
  area: "api",
  rationale: "A web ACL in front of a REST API blocks common attacks (SQL injection, known bad inputs, bots) and lets you rate-limit by IP before requests reach and bill your functions. Without one, every request, malicious or not, is passed to the function. A stage is protected by an AWS WAF (WAFv2) or AWS WAF Classic regional association; an association whose stage ARN cannot be matched to a stage of the template (a literal ARN, or one built from outside values) leaves the stage undecided.",
  remediation: {
    text: "Associate an AWS WAFv2 web ACL (for example with the AWS managed common rule set and a rate-based rule) with the REST API stage.",
    snippets: {
      serverless: "resources:\n  Resources:\n    ApiWafAssociation:\n      Type: AWS::WAFv2::WebACLAssociation\n      Properties:\n        ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${ApiGatewayRestApi}/stages/${sls:stage}\n        WebACLArn: !GetAtt ApiWebAcl.Arn",
      sam: "ApiWafAssociation:\n  Type: AWS::WAFv2::WebACLAssociation\n  Properties:\n    ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${OrdersApi}/stages/prod\n    WebACLArn: !GetAtt ApiWebAcl.Arn",
      cloudformation: "Type: AWS::WAFv2::WebACLAssociation\nProperties:\n  ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${OrdersApi}/stages/${ProdStage}\n  WebACLArn: !GetAtt ApiWebAcl.Arn",
      terraform: 'resource "aws_wafv2_web_acl_association" "api" {\n  resource_arn = aws_api_gateway_stage.prod.arn\n  web_acl_arn  = aws_wafv2_web_acl.api.arn\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-1", "AWS-FSBP:APIGateway.4"],
  equivalents: {
    checkov: ["CKV2_AWS_29"],
    kics: ["fcbf9019", "a186e82c"],
    cdkNag: ["AwsSolutions-APIG3"]
  },
  check({ service, report, undecidable }) {
    for (const stage of deployedStages(service)) {
      if (!isRestStage(service, stage) || stage.attributes.wafAclId) continue;
      const association = stage.attributes.wafAssociationUndecided;
      if (association) {
        undecidable({
          resource: stage.id,
          reason: `a web ACL association names the stage ARN \`${display(association)}\`, which cannot be matched to this stage before deployment`,
          location: association.loc
        });
        continue;
      }
      report({
        resource: stage.id,
        evidence: "no web ACL",
        location: stage.loc,
        message: `${stageLabel(stage)} has no AWS WAF web ACL: malicious and abusive requests reach the functions unfiltered`
      });
    }
  }
};

// src/policy/rules/api/api-request-validation-missing.ts
var apiRequestValidationMissing = {
  id: "api-request-validation-missing",
  title: "REST method without request validation",
  severity: "low",
  area: "api",
  rationale: "Request validation lets API Gateway reject malformed bodies, missing parameters and unexpected fields before they reach the function. Without it, every function must validate its own input, and injection payloads reach the code (and the bill) unfiltered.",
  remediation: {
    text: "Attach a request validator with a request model (JSON schema) or required parameters to the method.",
    snippets: {
      serverless: "functions:\n  createOrder:\n    events:\n      - http:\n          path: /orders\n          method: post\n          request:\n            schemas:\n              application/json: ${file(schemas/order.json)}",
      sam: "Events:\n  CreateOrder:\n    Type: Api\n    Properties:\n      Path: /orders\n      Method: post\n      RequestModel:\n        Model: Order\n        Required: true\n        ValidateBody: true",
      cloudformation: "Type: AWS::ApiGateway::Method\nProperties:\n  RequestValidatorId: !Ref BodyValidator\n  RequestModels:\n    application/json: !Ref OrderModel",
      terraform: 'resource "aws_api_gateway_method" "create_order" {\n  request_validator_id = aws_api_gateway_request_validator.body.id\n  request_models       = { "application/json" = aws_api_gateway_model.order.name }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-1"],
  equivalents: { checkov: ["CKV2_AWS_53"], cdkNag: ["AwsSolutions-APIG2"] },
  check({ service, report }) {
    for (const endpoint of service.endpoints) {
      if (endpoint.kind !== "rest" || isPreflight(endpoint)) continue;
      const validation = endpoint.requestValidation;
      if (validation && literal(validation) !== false) continue;
      report({
        resource: endpoint.id,
        evidence: "no request validation",
        location: validation?.loc ?? endpoint.loc,
        message: `REST method ${endpointLabel(endpoint)} does not validate requests: any input reaches the function`
      });
    }
  }
};

// src/policy/rules/api/api-throttling-missing.ts
var apiThrottlingMissing = {
  id: "api-throttling-missing",
  title: "API stage without throttling limits",
  severity: "low",
  area: "api",
  rationale: "Without stage throttling, one client can use the whole account-level request quota: a flood of requests scales the functions up, runs up the bill and starves other APIs in the account (denial of wallet). A usage plan (`AWS::ApiGateway::UsagePlan`, `aws_api_gateway_usage_plan`, Serverless `provider.apiGateway.usagePlan`) counts only for endpoints that require an API key: it limits requests carrying one of its keys and nothing else.",
  remediation: {
    text: "Set a burst and a rate limit on the stage (or its default route settings) sized for expected traffic.",
    snippets: {
      serverless: "provider:\n  apiGateway:\n    usagePlan:\n      throttle:\n        burstLimit: 200\n        rateLimit: 100",
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    MethodSettings:\n      - ResourcePath: /*\n        HttpMethod: "*"\n        ThrottlingBurstLimit: 200\n        ThrottlingRateLimit: 100',
      cloudformation: "Type: AWS::ApiGatewayV2::Stage\nProperties:\n  DefaultRouteSettings:\n    ThrottlingBurstLimit: 200\n    ThrottlingRateLimit: 100",
      terraform: 'resource "aws_apigatewayv2_stage" "prod" {\n  default_route_settings {\n    throttling_burst_limit = 200\n    throttling_rate_limit  = 100\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html",
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-8"],
  equivalents: { cdkNag: ["Serverless-APIGWDefaultThrottling"] },
  check({ service, report, undecidable }) {
    for (const stage of deployedStages(service)) {
      const { throttlingBurstLimit, throttlingRateLimit } = stage.attributes;
      if (throttlingBurstLimit || throttlingRateLimit) continue;
      const { usagePlanBurstLimit, usagePlanRateLimit } = stage.attributes;
      if (usagePlanBurstLimit || usagePlanRateLimit) {
        const keyless = stageEndpoints(service, stage).filter(
          (e) => literal(e.apiKeyRequired) !== true
        );
        const unknown = keyless.find((e) => isUndecidable(e.apiKeyRequired));
        if (keyless.length === 0) continue;
        if (unknown) {
          undecidable({
            resource: stage.id,
            reason: `whether ${endpointLabel(unknown)} requires an API key (and so is held to the usage plan's limits) is not known before deployment`,
            location: unknown.apiKeyRequired?.loc ?? unknown.loc
          });
          continue;
        }
        report({
          resource: stage.id,
          evidence: "usage plan only, endpoints without API key",
          location: stage.loc,
          message: `${stageLabel(stage)} is throttled only by a usage plan, which limits requests carrying an API key; ${listForMessage(keyless.map(endpointLabel))} ${keyless.length === 1 ? "does" : "do"} not require one, so requests to ${keyless.length === 1 ? "it" : "them"} are not limited`
        });
        continue;
      }
      report({
        resource: stage.id,
        evidence: "no throttling limits",
        location: stage.loc,
        message: `${stageLabel(stage)} sets no throttling limits, so a single client can exhaust the account's request quota and scale the functions without bound`
      });
    }
  }
};

// src/policy/rules/api/api-tls-outdated.ts
var apiTlsOutdated = {
  id: "api-tls-outdated",
  title: "API custom domain accepts TLS 1.0",
  severity: "medium",
  area: "api",
  rationale: "The `TLS_1_0` security policy lets clients connect with TLS 1.0 and 1.1 and weak cipher suites, which are deprecated and open to downgrade attacks. Traffic to the API, including tokens and personal data, is then only as safe as the weakest client allowed to connect.",
  remediation: {
    text: "Set the custom domain security policy to `TLS_1_2` (or a newer `SecurityPolicy_TLS13_*` policy).",
    snippets: {
      serverless: "resources:\n  Resources:\n    ApiDomain:\n      Type: AWS::ApiGateway::DomainName\n      Properties:\n        DomainName: api.example.com\n        SecurityPolicy: TLS_1_2",
      sam: "OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    Domain:\n      DomainName: api.example.com\n      CertificateArn: !Ref Certificate\n      SecurityPolicy: TLS_1_2",
      cloudformation: "Type: AWS::ApiGateway::DomainName\nProperties:\n  DomainName: api.example.com\n  SecurityPolicy: TLS_1_2",
      terraform: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: {
    checkov: ["CKV_AWS_206"],
    kics: ["8275fab0", "4e1cc5d3"],
    cfnNag: ["W62"]
  },
  check({ service, report, undecidable }) {
    for (const domain of service.resources) {
      if (domain.kind !== "api-domain") continue;
      const policy = domain.attributes.securityPolicy;
      if (!policy) continue;
      const value = literal(policy);
      if (value === void 0) {
        undecidable({
          resource: domain.id,
          reason: "the security policy of the custom domain is not known before deployment",
          location: policy.loc
        });
      } else if (value.toUpperCase() === "TLS_1_0") {
        const name = literal(domain.name);
        report({
          resource: domain.id,
          evidence: "TLS_1_0",
          location: policy.loc,
          message: `custom domain \`${name ?? domain.id}\` uses the security policy TLS_1_0, which accepts TLS 1.0 and 1.1 connections`
        });
      }
    }
  }
};

// src/policy/rules/api/api-tracing-disabled.ts
var apiTracingDisabled = {
  id: "api-tracing-disabled",
  title: "REST API stage without X-Ray tracing",
  severity: "low",
  area: "api",
  rationale: "X-Ray tracing follows each request from the API into the functions and services it calls. Without it, investigating an incident or an abuse pattern means stitching separate logs together by hand.",
  remediation: {
    text: "Turn on X-Ray tracing for the REST API stage.",
    snippets: {
      serverless: "provider:\n  tracing:\n    apiGateway: true",
      sam: "Globals:\n  Api:\n    TracingEnabled: true",
      cloudformation: "Type: AWS::ApiGateway::Stage\nProperties:\n  TracingEnabled: true",
      terraform: 'resource "aws_api_gateway_stage" "prod" {\n  xray_tracing_enabled = true\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-5", "AWS-FSBP:APIGateway.3"],
  equivalents: {
    checkov: ["CKV_AWS_73"],
    kics: ["4ab10c48", "c757c6a3", "434945e5", "5813ef56"],
    cdkNag: ["Serverless-APIGWXrayEnabled"]
  },
  check({ service, report, undecidable }) {
    for (const stage of deployedStages(service)) {
      if (!isRestStage(service, stage)) continue;
      const tracing = stage.attributes.tracing;
      const on = literal(tracing);
      if (on === true) continue;
      if (tracing && on === void 0) {
        undecidable({
          resource: stage.id,
          reason: "whether X-Ray tracing is on is not known before deployment",
          location: tracing.loc
        });
        continue;
      }
      report({
        resource: stage.id,
        evidence: "tracing off",
        location: tracing?.loc ?? stage.loc,
        message: `${stageLabel(stage)} ${tracing ? "turns X-Ray tracing off" : "does not turn on X-Ray tracing"}`
      });
    }
  }
};

// src/policy/rules/lib/managed-policies.ts
function awsManagedPolicies(service) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (policy, role, principal) => {
    if (seen.has(policy) || !policy.arn) return;
    const written = literal(policy.arn);
    const managed = policy.kind === "aws-managed" || written !== void 0 && isAwsManagedArn(written);
    if (!managed) return;
    seen.add(policy);
    const name = written === void 0 ? void 0 : managedPolicyName(written);
    out.push({ policy, arn: policy.arn, name, role, principal });
  };
  for (const role of service.roles) for (const policy of role.policies) add(policy, role);
  for (const p of service.principals ?? [])
    for (const policy of p.policies) add(policy, void 0, p);
  for (const policy of service.policies) {
    add(
      policy,
      service.roles.find((r) => policy.attachedTo?.includes(r.id))
    );
  }
  return out;
}

// src/policy/rules/iam/iam-admin-access.ts
var iamAdminAccess = {
  id: "iam-admin-access",
  title: "IAM role or policy grants administrator access",
  severity: "critical",
  area: "iam",
  rationale: "A function with administrator access can do anything in the AWS account: read every secret and table, create users and keys, delete resources. One injection bug or vulnerable dependency in the function hands the whole account to an attacker. Every action on every resource (`*` on `*`, `AdministratorAccess`), and every action but a few on every resource (`Allow` with `NotAction` on `*`, `PowerUserAccess`), are reported.",
  remediation: {
    text: "Grant only the actions the function calls on the resources it uses. Replace `AdministratorAccess` and `PowerUserAccess` (and `Allow` with `NotAction` on `*`, which is what `PowerUserAccess` grants) with narrow statements or SAM policy templates.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [dynamodb:GetItem, dynamodb:PutItem]\n          Resource: !GetAtt OrdersTable.Arn",
      sam: "Policies:\n  - DynamoDBCrudPolicy:\n      TableName: !Ref OrdersTable",
      cloudformation: "Policies:\n  - PolicyName: orders\n    PolicyDocument:\n      Statement:\n        - Effect: Allow\n          Action: [dynamodb:GetItem, dynamodb:PutItem]\n          Resource: !GetAtt OrdersTable.Arn",
      terraform: 'statement {\n  actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]\n  resources = [aws_dynamodb_table.orders.arn]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4", "CIS-AWS-Foundations:1.16", "AWS-FSBP:IAM.1"],
  equivalents: {
    checkov: ["CKV_AWS_1", "CKV_AWS_62", "CKV_AWS_274", "CKV2_AWS_56"],
    kics: ["953b3cdb", "2f37c4a3", "59ebb4f3", "a0ae0a4e", "f62aa827"],
    cfnNag: ["W43", "W44"],
    cdkNag: [
      "HIPAA.Security-IAMPolicyNoStatementsWithAdminAccess",
      "NIST.800.53.R5-IAMPolicyNoStatementsWithAdminAccess"
    ]
  },
  check(ctx) {
    reportAdminStatements(ctx);
    reportAllButStatements(ctx);
    reportAdminManagedPolicies(ctx);
    reportUnknownDocuments(ctx);
  }
};
function reportAdminStatements({ service, report, undecidable }) {
  for (const placed of identityStatements(service)) {
    const { statement } = placed;
    if (!isAllow(statement)) continue;
    const action = statement.actions.find((a) => isFullWildcard(literal(a) ?? ""));
    const { reach, at } = resourceReach(statement, service);
    const { resource, holder } = statementOwner(service, placed);
    if (action && reach === "any") {
      report({
        resource,
        evidence: `${literal(action)} on *`,
        location: action.loc,
        message: `${holder} allows every action (\`${literal(action)}\`) on every resource (\`*\`): full administrator access to the AWS account`
      });
    } else if ((action || hasSymbolic(statement.actions)) && reach !== "scoped") {
      undecidable({
        resource,
        reason: "the actions or resources of this statement are not known before deployment",
        location: (action ?? at ?? statement).loc
      });
    }
  }
}
function reportAllButStatements({ service, report }) {
  for (const placed of identityStatements(service)) {
    const { statement } = placed;
    const first = statement.notActions[0];
    if (!first || !isAllow(statement)) continue;
    if (statement.notResources.length === 0 && resourceReach(statement, service).reach !== "any")
      continue;
    const { resource, holder } = statementOwner(service, placed);
    const except = statement.notActions.map((a) => display(a));
    report({
      resource,
      evidence: `NotAction: ${except.join(", ")} on *`,
      location: first.loc,
      message: `${holder} allows every action except ${listForMessage(except)} on every resource: administrator access but for the actions listed, as \`PowerUserAccess\` grants`
    });
  }
}
function reportUnknownDocuments({ service, undecidable }) {
  const seen = /* @__PURE__ */ new Set();
  const check = (policy, role) => {
    const symbolic = policy.document?.symbolic;
    if (!symbolic || seen.has(policy)) return;
    seen.add(policy);
    undecidable({
      resource: statementOwner(service, { policy, role }).resource,
      reason: `the policy document (${symbolic.expr}) is not known before deployment`,
      location: policy.document?.loc ?? policy.loc
    });
  };
  for (const role of service.roles) for (const policy of role.policies) check(policy, role);
  for (const policy of service.policies) check(policy);
}
function reportAdminManagedPolicies({ service, report, undecidable }) {
  for (const use of awsManagedPolicies(service)) {
    const { resource, holder } = statementOwner(service, use);
    if (use.name === void 0) {
      undecidable({
        resource,
        reason: "the AWS managed policy attached is not known before deployment",
        location: use.arn.loc
      });
      continue;
    }
    const admin = adminPolicyName(use.name);
    if (!admin) continue;
    report({
      resource,
      evidence: admin,
      location: use.arn.loc,
      message: `${holder} has the AWS managed policy \`${admin}\` attached, ${consequence(admin)}`
    });
  }
}
function adminPolicyName(name) {
  return managedPolicyIn(ADMIN_MANAGED_POLICIES, name);
}
function consequence(policy) {
  if (policy === "PowerUserAccess") return "which allows every action outside IAM on every resource";
  return "which allows every action on every resource";
}

// src/policy/rules/iam/iam-broad-managed-policy.ts
var iamBroadManagedPolicy = {
  id: "iam-broad-managed-policy",
  title: "Role has a broad AWS managed FullAccess policy",
  severity: "medium",
  area: "iam",
  rationale: "AWS managed `*FullAccess` policies (such as `AmazonS3FullAccess` or `AmazonDynamoDBFullAccess`) grant every action of a service on every resource in the account, and AWS adds new actions to them over time. A function rarely needs more than a few actions on its own resources.",
  remediation: {
    text: "Replace the managed policy with statements listing the actions the function calls on its own resources, or with a narrower SAM policy template.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]\n          Resource: arn:aws:s3:::uploads/*",
      sam: "Policies:\n  - S3CrudPolicy:\n      BucketName: !Ref UploadsBucket",
      cloudformation: 'Policies:\n  - PolicyName: uploads\n    PolicyDocument:\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]\n          Resource: !Sub "${UploadsBucket.Arn}/*"',
      terraform: 'statement {\n  actions   = ["s3:GetObject", "s3:PutObject"]\n  resources = ["${aws_s3_bucket.uploads.arn}/*"]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies",
    "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: {},
  check({ service, report }) {
    for (const use of awsManagedPolicies(service)) {
      const name = use.name;
      if (name === void 0 || !isBroad(name)) continue;
      const { resource, holder } = statementOwner(service, use);
      report({
        resource,
        evidence: name,
        location: use.arn.loc,
        message: `${holder} has the AWS managed policy \`${name}\` attached, which allows every ${serviceOf(name)} action on every resource of the account`
      });
    }
  }
};
function isBroad(name) {
  return !managedPolicyIn(ADMIN_MANAGED_POLICIES, name) && FULL_ACCESS_POLICY.test(name);
}
function serviceOf(name) {
  return name.replace(/_?FullAccess(?:_v\d+)?$/i, "").replace(/^(Amazon|AWS)(?=[A-Z0-9])/, "") || name;
}

// src/policy/rules/iam/iam-not-action.ts
var iamNotAction = {
  id: "iam-not-action",
  title: "IAM Allow statement uses NotAction or NotResource",
  severity: "medium",
  area: "iam",
  rationale: "`Allow` with `NotAction` grants every action except the ones listed, and `Allow` with `NotResource` grants on every resource except the ones listed, including every action and resource AWS adds in the future. Such statements almost always grant far more than the function needs.",
  remediation: {
    text: "List the actions and resources the function needs with `Action` and `Resource`. Keep `NotAction`/`NotResource` for `Deny` statements, where they narrow a denial.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [s3:GetObject]\n          Resource: arn:aws:s3:::reports/*",
      sam: "Policies:\n  - Statement:\n      - Effect: Allow\n        Action: [s3:GetObject]\n        Resource: arn:aws:s3:::reports/*",
      cloudformation: "Statement:\n  - Effect: Allow\n    Action: [s3:GetObject]\n    Resource: arn:aws:s3:::reports/*",
      terraform: 'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["arn:aws:s3:::reports/*"]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: { cfnNag: ["W15", "W16", "W17", "W21", "W22", "W23"] },
  check(ctx) {
    for (const placed of identityStatements(ctx.service)) {
      const { statement } = placed;
      if (statement.notActions.length === 0 && statement.notResources.length === 0) continue;
      const owner = statementOwner(ctx.service, placed);
      if (literal(statement.effect) === void 0) {
        ctx.undecidable({
          resource: owner.resource,
          reason: "the Effect of a statement with NotAction/NotResource is not known before deployment",
          location: statement.effect.loc
        });
        continue;
      }
      if (!isAllow(statement)) continue;
      reportNegation(ctx, owner, "NotAction", statement.notActions);
      reportNegation(ctx, owner, "NotResource", statement.notResources);
    }
  }
};
function reportNegation({ report }, owner, element, items) {
  const first = items[0];
  if (!first) return;
  const written = items.map((i) => display(i));
  const what = element === "NotAction" ? "every action except" : "its actions on every resource except";
  report({
    resource: owner.resource,
    evidence: `${element}: ${written.join(", ")}`,
    location: first.loc,
    message: `${owner.holder} has an Allow statement with \`${element}\`, which allows ${what} ${listForMessage(written)}`
  });
}

// src/policy/rules/lib/escalation-conditions.ts
var POSITIVE = /* @__PURE__ */ new Set([
  "stringequals",
  "stringequalsignorecase",
  "stringlike",
  "arnequals",
  "arnlike"
]);
var BOUNDARY_REMOVAL = ["iam:DeleteRolePermissionsBoundary", "iam:DeleteUserPermissionsBoundary"];
function conditionBoundsEscalation(statement) {
  const removesBoundary = statement.actions.some((a) => {
    const name = literal(a);
    return name === void 0 || BOUNDARY_REMOVAL.some((r) => actionMatches(name, r));
  });
  return !removesBoundary && boundingTest(statement.condition);
}
function boundingTest(condition) {
  if (!isMap(condition)) return false;
  for (const test of condition.entries.values()) {
    if (!POSITIVE.has(test.key.toLowerCase()) || !isMap(test.value)) continue;
    for (const e of test.value.entries.values()) {
      const key = e.key.toLowerCase();
      const values = pinnedValues(e.value);
      if (values === void 0) continue;
      if (key === "iam:permissionsboundary" && !values.some(isPowerfulManagedPolicy)) return true;
      if (key === "iam:policyarn" && values.every(isHarmlessManagedPolicy)) return true;
    }
  }
  return false;
}
function pinnedValues(v) {
  const items = asList(v);
  if (items.length === 0) return void 0;
  const out = [];
  for (const item of items) {
    if (isSymbolicValue(item)) out.push(void 0);
    else if (item.kind === "scalar" && typeof item.value === "string" && !/[*?]/.test(item.value))
      out.push(item.value);
    else return void 0;
  }
  return out;
}
function isHarmlessManagedPolicy(arn) {
  const name = awsManagedPolicyName(arn);
  return name !== void 0 && !isPowerfulName(name);
}
function isPowerfulManagedPolicy(arn) {
  const name = awsManagedPolicyName(arn);
  return name !== void 0 && isPowerfulName(name);
}
function awsManagedPolicyName(arn) {
  if (arn === void 0) return void 0;
  return /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
}
function isPowerfulName(name) {
  return managedPolicyIn([...ADMIN_MANAGED_POLICIES, ...ESCALATION_MANAGED_POLICIES], name) !== void 0;
}

// src/policy/rules/lib/pass-role.ts
var NEED_PASS_ROLE = /* @__PURE__ */ new Set(["lambda:createfunction", "cloudformation:createstack"]);
function escalatesOnlyWithPassRole(action) {
  return NEED_PASS_ROLE.has(action.toLowerCase());
}
var BROAD_MANAGED = /FullAccess|Admin|PowerUser/i;
function mayPassRole(service, placed) {
  const policies = placed.role ? policiesOf(service, placed.role) : placed.principal ? placed.principal.policies : [placed.policy];
  let unknown = placed.principal !== void 0 && !placed.principal.defined;
  for (const policy of policies) {
    const found = passRoleIn(policy);
    if (found === "yes") return "yes";
    if (found === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "no";
}
function passRoleIn(policy) {
  if (policy.kind === "external") return "unknown";
  if (policy.kind === "aws-managed") {
    const arn = policy.arn && literal(policy.arn);
    return arn === void 0 || BROAD_MANAGED.test(managedPolicyName(arn)) ? "unknown" : "no";
  }
  if (!policy.document || policy.document.symbolic) return "unknown";
  let unknown = false;
  for (const st of policy.document.statements) {
    const effect = literal(st.effect);
    if (effect === "Deny") continue;
    if (effect === void 0 || st.notActions.length > 0) unknown = true;
    for (const action of st.actions) {
      const name = literal(action);
      if (name === void 0) unknown = true;
      else if (effect === "Allow" && actionMatches(name, "iam:PassRole")) return "yes";
    }
  }
  return unknown ? "unknown" : "no";
}

// src/policy/rules/iam/iam-privilege-escalation.ts
var iamPrivilegeEscalation = {
  id: "iam-privilege-escalation",
  title: "IAM statement allows privilege escalation",
  severity: "high",
  area: "iam",
  rationale: "Some actions let whoever holds them gain more permissions than they were given: passing any role to a new function, attaching or writing policies, creating access keys, rewriting the code of other functions, assuming any role. Granted on `*`, or on an ARN that names every resource of the kind they act on (`arn:aws:iam::*:role/*`, `arn:${AWS::Partition}:iam::${AWS::AccountId}:role*`, whatever the account), a compromised function can turn them into administrator access. A path or name prefix (`role/service-role/*`, `role/orders-*`) is a scope chosen for the app and is not reported. Nor is a statement whose condition pins `iam:PermissionsBoundary` to a boundary policy (the IAM user guide's pattern for delegating role administration) or `iam:PolicyARN` to AWS managed policies other than the administrator and escalation ones: what it grants stays within them. The AWS managed policies `IAMFullAccess` and `AWSLambda_FullAccess` grant such actions on `*` and are reported as the same actions written in a statement.",
  remediation: {
    text: "Grant these actions only on the specific roles, users or functions they are meant for (for `iam:PassRole`, the role ARN and an `iam:PassedToService` condition), or remove them from the role.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: iam:PassRole\n          Resource: !GetAtt WorkerRole.Arn",
      sam: "Policies:\n  - Statement:\n      - Effect: Allow\n        Action: iam:PassRole\n        Resource: !GetAtt WorkerRole.Arn",
      cloudformation: "Statement:\n  - Effect: Allow\n    Action: iam:PassRole\n    Resource: !GetAtt WorkerRole.Arn\n    Condition:\n      StringEquals:\n        iam:PassedToService: states.amazonaws.com",
      terraform: 'statement {\n  actions   = ["iam:PassRole"]\n  resources = [aws_iam_role.worker.arn]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
    "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: {
    checkov: ["CKV_AWS_110", "CKV_AWS_286"],
    kics: ["e39bee8c", "eb64f1e9", "f465fff1", "c583f0f9", "fa62ac4f", "e835bd0d", "1b3af2f9"],
    cfnNag: ["F38", "F39", "F40"]
  },
  check(ctx) {
    reportEscalationStatements(ctx);
    reportEscalationManagedPolicies(ctx);
  }
};
function reportEscalationStatements({ service, report, undecidable }) {
  for (const placed of identityStatements(service)) {
    const { statement } = placed;
    if (!isAllow(statement) || conditionBoundsEscalation(statement)) continue;
    const { reach, at } = resourceReach(statement, service);
    const wildcards = statement.resources.flatMap((r) => {
      const covered = everyOfType(r);
      return covered ? [{ resource: r, covered }] : [];
    });
    if (!at && wildcards.length === 0) continue;
    const { resource, holder } = statementOwner(service, placed);
    for (const action of statement.actions) {
      const name = literal(action);
      const covered = name === void 0 ? [] : escalationActionsIn(name);
      if (name === void 0 || covered.length === 0) continue;
      const exact = covered.length === 1 && covered[0]?.toLowerCase() === name.toLowerCase();
      const broad = reach === "any" || wildcards.some((w) => covered.some((c) => escalationTargetIn(c, w.covered)));
      if (broad && covered.every(escalatesOnlyWithPassRole)) {
        const pass = mayPassRole(service, placed);
        if (pass === "no") continue;
        if (pass === "unknown") {
          undecidable({
            resource,
            reason: `\`${name}\` escalates only with \`iam:PassRole\`, and whether ${holder} may pass a role is not known before deployment`,
            location: action.loc
          });
          continue;
        }
      }
      if (reach === "any") {
        report({
          resource,
          evidence: name,
          location: action.loc,
          message: exact ? `${holder} allows \`${name}\` on every resource (\`*\`), which ${howItEscalates(name)}` : `${holder} allows \`${name}\` on every resource (\`*\`), which includes privilege-escalation actions ${listForMessage(covered)}`
        });
        continue;
      }
      const wildcard = wildcards.find((w) => covered.some((c) => escalationTargetIn(c, w.covered)));
      if (wildcard) {
        const onIt = covered.filter((c) => escalationTargetIn(c, wildcard.covered));
        const type = escalationTargetIn(onIt[0] ?? "", wildcard.covered) ?? "resource";
        const arn = display(wildcard.resource);
        report({
          resource,
          evidence: `${name} on ${arn}`,
          location: action.loc,
          message: exact ? `${holder} allows \`${name}\` on \`${arn}\`, every ${typeName(type)} of the account, which ${howItEscalates(name)}` : `${holder} allows \`${name}\` on \`${arn}\`, every ${typeName(type)} of the account, which includes privilege-escalation actions ${listForMessage(onIt)}`
        });
        continue;
      }
      if (reach === "unknown" && at) {
        undecidable({
          resource,
          reason: `whether \`${name}\` is granted on \`*\` is not known before deployment`,
          location: at.loc
        });
      }
    }
  }
}
function reportEscalationManagedPolicies({ service, report }) {
  for (const use of awsManagedPolicies(service)) {
    const name = use.name && managedPolicyIn(ESCALATION_MANAGED_POLICIES, use.name);
    if (!name) continue;
    const { resource, holder } = statementOwner(service, use);
    const grants = name === "IAMFullAccess" ? "`iam:*`" : "`lambda:*`";
    report({
      resource,
      evidence: name,
      location: use.arn.loc,
      message: `${holder} has the AWS managed policy \`${name}\` attached, which allows ${grants} on every resource (\`*\`) and ${howItEscalates(name === "IAMFullAccess" ? "iam:PutRolePolicy" : "lambda:UpdateFunctionCode")}`
    });
  }
}
function typeName(type) {
  return type === "devendpoint" ? "development endpoint" : type;
}
function howItEscalates(action) {
  const a = action.toLowerCase();
  if (a === "iam:passrole")
    return "lets it hand any role, including more powerful ones, to a function or service it controls";
  if (a === "sts:assumerole") return "lets it assume any role that trusts this account";
  if (/^iam:(put|attach)\w*policy$|^iam:(createpolicyversion|setdefaultpolicyversion)$/.test(a))
    return "lets it grant itself any permission";
  if (/^iam:(createaccesskey|createloginprofile|updateloginprofile|addusertogroup)$/.test(a))
    return "lets it take over IAM users";
  if (a === "iam:updateassumerolepolicy") return "lets it make any role assumable by itself";
  if (a.startsWith("lambda:"))
    return "lets it run code of its choosing under other functions' roles";
  return "lets it escalate its own privileges";
}

// src/policy/rules/lib/github-oidc.ts
var GITHUB_ISSUER = /(?:^|[/:])token\.actions\.githubusercontent\.com(?:\/[\w-]+)?\/?$/i;
var SUBJECT_KEY = "token.actions.githubusercontent.com:sub";
var OWNER_PREFIX = /^(?:repo:[^/*?]+\/|(?:repository_owner|repository_owner_id|repository|repository_id):[^:*?]+:)/;
function isGitHubActionsProvider(principal, raw) {
  if (principal.type.toLowerCase() !== "federated") return false;
  const v = principal.value.value;
  if (!isSymbolicValue(v)) return typeof v === "string" && GITHUB_ISSUER.test(v);
  const written = v.expr.replace(/^"([^]*)"$/, "$1");
  if (/token\.actions\.githubusercontent\.com/i.test(written)) return GITHUB_ISSUER.test(written);
  return v.refs.some((ref) => {
    const provider = raw.find((r) => r.id === ref || r.id === ref.replace(/\.arn$/, ""));
    const url = asString(get(provider?.properties, "Url") ?? get(provider?.properties, "url"));
    return url !== void 0 && GITHUB_ISSUER.test(url);
  });
}
function pinsGitHubSubject(condition) {
  if (condition === void 0) return false;
  if (isSymbolicValue(condition)) return void 0;
  if (!isMap(condition)) return false;
  for (const test of condition.entries.values()) {
    const op = test.key.toLowerCase().replace(/^foranyvalue:/, "");
    if (op !== "stringequals" && op !== "stringlike" && op !== "stringequalsignorecase") continue;
    if (!isMap(test.value)) continue;
    for (const e of test.value.entries.values()) {
      if (e.key.toLowerCase() === SUBJECT_KEY && valuesPin(op, e.value)) return true;
    }
  }
  return false;
}
function valuesPin(op, values) {
  const items = asList(values);
  return items.length > 0 && items.every((item) => {
    if (item.kind === "symbolic") return true;
    if (item.kind !== "scalar" || typeof item.value !== "string") return false;
    const text = item.value.trim();
    if (text === "") return false;
    const wild = op === "stringlike" ? text.search(/[*?]/) : -1;
    return wild === -1 || OWNER_PREFIX.test(text.slice(0, wild));
  });
}

// src/policy/rules/iam/iam-trust-public.ts
var iamTrustPublic = {
  id: "iam-trust-public",
  title: "Role can be assumed by anyone",
  severity: "critical",
  area: "iam",
  rationale: "A trust policy that allows the principal `*` without a condition naming the account, organisation, source or external id (wildcard values such as `arn:aws:iam::*` and negated operators such as `StringNotEquals` name nobody) lets any AWS account in the world assume the role and use every permission it has. Whatever the role can read or change is effectively public. A role trusting GitHub's OIDC provider (`token.actions.githubusercontent.com`) without a `sub` condition naming the repository owner is the same: every workflow of every repository on GitHub gets a token from that provider.",
  remediation: {
    text: "Name the service or account that assumes the role (for a function: `Service: lambda.amazonaws.com`). For cross-account access, name the account and require `sts:ExternalId` or `aws:PrincipalOrgID` in a condition. For GitHub Actions, require `token.actions.githubusercontent.com:sub` to match your repository (`repo:my-org/my-repo:ref:refs/heads/main`, or at least `repo:my-org/*`).",
    snippets: {
      serverless: "resources:\n  Resources:\n    WorkerRole:\n      Type: AWS::IAM::Role\n      Properties:\n        AssumeRolePolicyDocument:\n          Statement:\n            - Effect: Allow\n              Principal: { Service: lambda.amazonaws.com }\n              Action: sts:AssumeRole",
      sam: "AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: lambda.amazonaws.com }\n      Action: sts:AssumeRole",
      cloudformation: "AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: arn:aws:iam::111122223333:root }\n      Action: sts:AssumeRole\n      Condition:\n        StringEquals:\n          sts:ExternalId: partner-id",
      terraform: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["lambda.amazonaws.com"]\n    }\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
    "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: { checkov: ["CKV_AWS_60", "CKV_AWS_358"] },
  check(ctx) {
    checkAnyone(ctx);
    checkGitHubActions(ctx);
  }
};
var OpenPlaces = class {
  places = /* @__PURE__ */ new Map();
  add(roleId, evidence, location, why) {
    const key = `${location.file}:${location.line}:${location.column}`;
    const seen = this.places.get(key);
    if (seen) seen.roles.push(roleId);
    else this.places.set(key, { roles: [roleId], evidence, location, why });
  }
  reportTo(report) {
    for (const { roles, evidence, location, why } of this.places.values()) {
      const many = roles.length > 1;
      const whose = many ? `roles ${listForMessage(roles, roles.length)}` : `role \`${roles[0]}\``;
      report({
        resource: roles.join(", "),
        evidence,
        location,
        message: why(whose, many ? "their" : "its")
      });
    }
  }
};
function checkAnyone({ service, report, undecidable }) {
  const open = new OpenPlaces();
  for (const role of service.roles) {
    for (const statement of role.trustPolicy?.statements ?? []) {
      if (!isAllow(statement)) continue;
      const narrowed = statement.condition === void 0 ? false : conditionRestricts(statement.condition);
      if (narrowed === true) continue;
      for (const principal of statement.principals) {
        if (!canBeAnyone(principal)) continue;
        if (narrowed === void 0) {
          undecidable(conditionUnknown(role.id, statement));
          break;
        }
        if (literal(principal.value) === void 0) {
          undecidable({
            resource: role.id,
            reason: "a principal of the trust policy is not known before deployment",
            location: principal.value.loc
          });
          continue;
        }
        const evidence = principal.type === "*" ? "Principal: *" : `Principal: ${principal.type}: *`;
        open.add(
          role.id,
          evidence,
          principal.value.loc,
          (whose, its) => `${whose} can be assumed by anyone: ${its} trust policy allows the principal \`*\` ${conditionWording(statement)}`
        );
      }
    }
  }
  open.reportTo(report);
}
function checkGitHubActions({ service, report, undecidable }) {
  const open = new OpenPlaces();
  for (const role of service.roles) {
    for (const statement of role.trustPolicy?.statements ?? []) {
      if (!isAllow(statement)) continue;
      const github = statement.principals.find(
        (p) => isGitHubActionsProvider(p, service.rawResources)
      );
      if (!github) continue;
      const pinned = pinsGitHubSubject(statement.condition);
      if (pinned === true) continue;
      if (pinned === void 0) {
        undecidable(conditionUnknown(role.id, statement));
        continue;
      }
      open.add(
        role.id,
        "Federated: token.actions.githubusercontent.com, no sub condition naming an owner",
        github.value.loc,
        (whose, its) => `${whose} can be assumed by the GitHub Actions workflows of any repository: ${its} trust policy trusts GitHub's OIDC provider without a \`token.actions.githubusercontent.com:sub\` condition naming the repository owner`
      );
    }
  }
  open.reportTo(report);
}
function conditionUnknown(roleId, statement) {
  return {
    resource: roleId,
    reason: "the condition of the trust policy is not known before deployment",
    location: statement.condition?.loc ?? statement.loc
  };
}
function conditionWording(statement) {
  return statement.condition ? "with a condition that does not name the account, organisation, source or external id" : "without a condition";
}
function canBeAnyone(principal) {
  if (principal.type !== "*" && principal.type !== "AWS") return false;
  const value = literal(principal.value);
  return value === void 0 || value === "*";
}

// src/policy/rules/iam/iam-wildcard-resource.ts
var iamWildcardResource = {
  id: "iam-wildcard-resource",
  title: "IAM statement allows write actions on every resource",
  severity: "medium",
  area: "iam",
  rationale: "Write actions granted on `*`, or on an ARN that names every resource of their service (`arn:aws:s3:::*`, `arn:aws:sqs:*:*:*`), apply to every bucket, table, queue or function in the account, not only the ones the function owns. A compromised function can then overwrite or delete other teams' data and change resources it never needed to touch.",
  remediation: {
    text: "Name the resources the function writes to (their ARNs, or a `!GetAtt`/`!Ref`/Terraform reference) instead of `*`. Actions that AWS cannot scope to a resource (such as `xray:PutTraceSegments`) are not reported.",
    snippets: {
      serverless: "provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [sqs:SendMessage]\n          Resource: !GetAtt OrdersQueue.Arn",
      sam: "Policies:\n  - SQSSendMessagePolicy:\n      QueueName: !GetAtt OrdersQueue.QueueName",
      cloudformation: "Statement:\n  - Effect: Allow\n    Action: [sqs:SendMessage]\n    Resource: !GetAtt OrdersQueue.Arn",
      terraform: 'statement {\n  actions   = ["sqs:SendMessage"]\n  resources = [aws_sqs_queue.orders.arn]\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: {
    checkov: ["CKV_AWS_111", "CKV_AWS_290", "CKV_AWS_355"],
    kics: ["575a2155"],
    cfnNag: ["W11", "W12", "W13"],
    cdkNag: ["AwsSolutions-IAM5"]
  },
  check(ctx) {
    for (const placed of identityStatements(ctx.service)) {
      const { statement } = placed;
      if (!isAllow(statement) || hasCondition(statement)) continue;
      const { reach, at } = resourceReach(statement, ctx.service);
      if (at) checkEveryResource(ctx, placed, reach === "any", at);
      else checkWholeService(ctx, placed);
    }
  }
};
function checkEveryResource({ service, report, undecidable }, placed, any, at) {
  const { statement } = placed;
  const { resource, holder } = statementOwner(service, placed);
  const writes = writeActionsOf(statement);
  if (any && writes.length > 0) {
    report({
      resource,
      evidence: writes.join(", "),
      location: at.loc,
      message: `${holder} allows ${writeWords(writes)} on every resource (\`*\`)`
    });
  } else if (writes.length > 0 || hasSymbolic(statement.actions)) {
    undecidable({
      resource,
      reason: any ? "the actions granted on `*` are not known before deployment" : "whether the write actions are granted on `*` is not known before deployment",
      location: at.loc
    });
  }
}
function checkWholeService({ service, report }, placed) {
  const whole = wholeServiceResource(placed.statement, writeActionsOf(placed.statement));
  if (!whole) return;
  const { resource, holder } = statementOwner(service, placed);
  report({
    resource,
    evidence: `${whole.writes.join(", ")} on ${whole.arn}`,
    location: whole.at.loc,
    message: `${holder} allows ${writeWords(whole.writes)} on every \`${whole.service}\` resource (\`${whole.arn}\`)`
  });
}
function writeWords(writes) {
  return `${writes.length > 1 ? "write actions" : "the write action"} ${listForMessage(writes)}`;
}
function writeActionsOf(statement) {
  const writes = literals(statement.actions).filter(
    (a) => !isFullWildcard(a) && !isUnscopable(a) && (canWrite(a) || isPermissionsManagement(a))
  );
  return [...new Set(writes)].sort((a, b) => a.localeCompare(b));
}
function wholeServiceResource(statement, writes) {
  for (const at of statement.resources) {
    const covered = everyOfType(at);
    if (!covered || covered.prefix !== "") continue;
    const own = writes.filter((a) => (a.split(":")[0] ?? "").toLowerCase() === covered.service);
    if (own.length === 0) continue;
    const arn = isSymbolicValue(at.value) ? at.value.expr : at.value;
    return { at, arn, service: covered.service, writes: own };
  }
  return void 0;
}

// src/policy/rules/iam/serverless-role-statements-ignored.ts
var serverlessRoleStatementsIgnored = {
  id: "serverless-role-statements-ignored",
  title: "Function-level iamRoleStatements have no effect without their plugin",
  severity: "info",
  area: "iam",
  rationale: "The Serverless Framework reads `iamRoleStatements` under a function only through the serverless-iam-roles-per-function plugin. When `plugins` does not list it, the framework ignores them: the function runs as the provider's role, with every statement of `provider.iam.role`, and the narrower permissions written under the function do nothing. The gate checks the provider's role for that function.",
  remediation: {
    text: "Add `serverless-iam-roles-per-function` to `plugins` (and to the project dependencies) so the function gets its own role, or move the statements to `provider.iam.role.statements` if every function needs them.",
    snippets: {
      serverless: "plugins:\n  - serverless-iam-roles-per-function\nfunctions:\n  createOrder:\n    iamRoleStatements:\n      - Effect: Allow\n        Action: dynamodb:PutItem\n        Resource: !GetAtt OrdersTable.Arn"
    }
  },
  references: [
    "https://github.com/functionalone/serverless-iam-roles-per-function",
    "https://www.serverless.com/framework/docs/providers/aws/guide/iam"
  ],
  compliance: [],
  equivalents: {},
  check({ service, report }) {
    for (const fn of service.functions) {
      if (!fn.ignoredRoleStatements) continue;
      report({
        resource: fn.id,
        evidence: "iamRoleStatements without serverless-iam-roles-per-function",
        location: fn.ignoredRoleStatements,
        message: `function \`${fn.id}\`'s own \`iamRoleStatements\` have no effect: \`plugins\` does not list serverless-iam-roles-per-function, so the function runs as the provider's role`
      });
    }
  }
};

// src/policy/rules/data/s3-public-access.ts
var PUBLIC_ACLS = {
  publicread: "anyone on the internet can list its objects",
  publicreadwrite: "anyone on the internet can list, upload and overwrite its objects",
  authenticatedread: "every AWS account in the world can list its objects"
};
var s3PublicAccess = {
  id: "s3-public-access",
  title: "S3 bucket open to the public",
  severity: "high",
  area: "data",
  rationale: "A bucket becomes public through a public canned ACL (`PublicRead`, `PublicReadWrite`, `AuthenticatedRead`) or a bucket policy statement that allows Principal `*` without a condition restricting the caller. Uploads, exports and backups are then readable (or writable) by anyone who finds the bucket name. An ACL is not reported when the bucket's public access block blocks or ignores public ACLs, and a policy is not reported when it blocks public policies or restricts public buckets; a missing block is not relied on, because buckets created before April 2023 and accounts that changed the default do not have it.",
  remediation: {
    text: "Remove the public ACL or the public policy statement, and turn on all four settings of the bucket's public access block. Serve public files through CloudFront with origin access control instead of a public bucket.",
    snippets: {
      serverless: "resources:\n  Resources:\n    AssetsBucket:\n      Type: AWS::S3::Bucket\n      Properties:\n        PublicAccessBlockConfiguration:\n          BlockPublicAcls: true\n          BlockPublicPolicy: true\n          IgnorePublicAcls: true\n          RestrictPublicBuckets: true",
      sam: "AssetsBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      BlockPublicPolicy: true\n      IgnorePublicAcls: true\n      RestrictPublicBuckets: true",
      cloudformation: "Type: AWS::S3::Bucket\nProperties:\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    BlockPublicPolicy: true\n    IgnorePublicAcls: true\n    RestrictPublicBuckets: true",
      terraform: 'resource "aws_s3_bucket_public_access_block" "assets" {\n  bucket                  = aws_s3_bucket.assets.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "CIS-AWS-Foundations:2.1.4"],
  equivalents: {
    checkov: ["CKV_AWS_20", "CKV_AWS_57", "CKV_AWS_70"],
    kics: ["219f4c95", "7772bb8c"],
    cfnNag: ["W31", "F14", "F16"]
  },
  check(ctx) {
    for (const bucket of policyHoldersOfKind(ctx.service, "bucket")) {
      checkAcl(ctx, bucket);
      checkPolicy(ctx, bucket);
    }
  }
};
function checkAcl(ctx, bucket) {
  const acl = bucket.attributes.acl;
  if (!acl) return;
  const name = literal(acl);
  const block = bucket.attributes.publicAccessBlock;
  if (name === void 0) {
    undecided(ctx, bucket, acl, "the bucket ACL is not known before deployment");
    return;
  }
  const effect = ownValue(PUBLIC_ACLS, name.toLowerCase().replace(/-/g, ""));
  if (!effect) return;
  const blocked = anyOn(block?.blockPublicAcls, block?.ignorePublicAcls);
  if (blocked === "on") return;
  if (blocked === "unknown") {
    undecided(ctx, bucket, acl, "whether the public access block stops public ACLs is not known");
    return;
  }
  ctx.report({
    resource: bucket.id,
    evidence: `ACL ${name}`,
    location: acl.loc,
    message: `${resourceLabel(bucket)} has the public canned ACL \`${name}\`: ${effect}`
  });
}
function checkPolicy(ctx, bucket) {
  const { open, undecided: unknown } = publicStatementsOf(bucket);
  for (const u of unknown) ctx.undecidable({ resource: bucket.id, ...u });
  if (open.length === 0) return;
  const block = bucket.attributes.publicAccessBlock;
  const external = isExternal(bucket);
  const blocked = external ? "unknown" : anyOn(block?.blockPublicPolicy, block?.restrictPublicBuckets);
  if (blocked === "on") return;
  for (const statement of open) {
    const location = statement.statement.loc;
    if (blocked === "unknown") {
      ctx.undecidable({
        resource: bucket.id,
        reason: external ? `the bucket policy is public, but ${resourceLabel(bucket)} is not defined here: whether its public access block stops the policy is not known` : "whether the public access block stops public policies is not known",
        location
      });
      continue;
    }
    ctx.report({
      resource: bucket.id,
      evidence: publicEvidence(statement),
      location,
      message: `${resourceLabel(bucket)}'s bucket policy ${publicGrantSentence(statement)}, and ${blockState(block)}`
    });
  }
}
function anyOn(...settings) {
  const values = settings.filter((s) => s !== void 0).map((s) => literal(s));
  if (values.includes(true)) return "on";
  return values.includes(void 0) ? "unknown" : "off";
}
function blockState(block) {
  return block ? "its public access block does not block public policies" : "the bucket sets no public access block";
}
function undecided(ctx, bucket, attr, reason) {
  ctx.undecidable({ resource: bucket.id, reason, location: attr.loc });
}

// src/policy/rules/data/s3-insecure-transport.ts
var s3InsecureTransport = {
  id: "s3-insecure-transport",
  title: "S3 bucket accepts requests over plain HTTP",
  severity: "low",
  area: "data",
  rationale: "S3 answers on plain HTTP as well as HTTPS. Unless the bucket policy denies requests made without TLS, a misconfigured client, SDK endpoint or pre-signed URL can move objects and credentials-bearing requests in clear text, where anyone on the network path can read or alter them. The check looks for a Deny statement for every principal with the condition `aws:SecureTransport` = `false`.",
  remediation: {
    text: "Add a statement to the bucket policy that denies every S3 action to every principal when `aws:SecureTransport` is `false`.",
    snippets: {
      serverless: 'resources:\n  Resources:\n    UploadsBucketPolicy:\n      Type: AWS::S3::BucketPolicy\n      Properties:\n        Bucket: !Ref UploadsBucket\n        PolicyDocument:\n          Statement:\n            - Effect: Deny\n              Principal: "*"\n              Action: s3:*\n              Resource:\n                - !GetAtt UploadsBucket.Arn\n                - !Sub ${UploadsBucket.Arn}/*\n              Condition:\n                Bool:\n                  aws:SecureTransport: false',
      sam: 'Statement:\n  - Effect: Deny\n    Principal: "*"\n    Action: s3:*\n    Resource:\n      - !GetAtt UploadsBucket.Arn\n      - !Sub ${UploadsBucket.Arn}/*\n    Condition:\n      Bool:\n        aws:SecureTransport: false',
      cloudformation: 'Statement:\n  - Effect: Deny\n    Principal: "*"\n    Action: s3:*\n    Resource:\n      - !GetAtt UploadsBucket.Arn\n      - !Sub ${UploadsBucket.Arn}/*\n    Condition:\n      Bool:\n        aws:SecureTransport: false',
      terraform: 'statement {\n  effect    = "Deny"\n  actions   = ["s3:*"]\n  resources = [aws_s3_bucket.uploads.arn, "${aws_s3_bucket.uploads.arn}/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "Bool"\n    variable = "aws:SecureTransport"\n    values   = ["false"]\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
    "https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "CIS-AWS-Foundations:2.1.1"],
  equivalents: { kics: ["38c64e76"], cdkNag: ["AwsSolutions-S10"] },
  check(ctx) {
    for (const bucket of resourcesOfKind(ctx.service, "bucket")) {
      reportSetting(
        ctx,
        bucket,
        tlsDenyState(bucket),
        void 0,
        {
          evidence: "no TLS-only deny",
          message: `${resourceLabel(bucket)} has no bucket policy statement denying requests without TLS (\`aws:SecureTransport\` = \`false\`): it also serves plain HTTP`
        },
        "whether the bucket policy denies requests without TLS is not known before deployment"
      );
    }
  }
};
function tlsDenyState(bucket) {
  let state = "off";
  for (const document of bucket.policies) {
    if (document.symbolic) state = "unknown";
    for (const statement of document.statements) {
      const s = deniesPlainHttp(statement);
      if (s === "on") return "on";
      if (s === "unknown") state = "unknown";
    }
  }
  return state;
}
function deniesPlainHttp(st) {
  const effect = literal(st.effect);
  const forEveryone = st.principals.some(isWildcardPrincipal);
  const condition = secureTransportFalse(st.condition);
  if (effect === "Allow" || condition === "off") return "off";
  if (effect === void 0 || condition === "unknown") return "unknown";
  if (forEveryone) return "on";
  return st.principals.some((p) => literal(p.value) === void 0) ? "unknown" : "off";
}
function secureTransportFalse(condition) {
  if (!condition) return "off";
  if (condition.kind === "symbolic") return "unknown";
  if (!isMap(condition)) return "off";
  let state = "off";
  for (const test of condition.entries.values()) {
    if (!/^boolifexists$|^bool$/i.test(test.key) || !isMap(test.value)) continue;
    for (const e of test.value.entries.values()) {
      if (e.key.toLowerCase() !== "aws:securetransport") continue;
      for (const v of asList(e.value)) {
        if (v.kind === "symbolic") state = "unknown";
        else if (v.kind === "scalar" && String(v.value).toLowerCase() === "false") return "on";
      }
    }
  }
  return state;
}

// src/policy/rules/data/dynamodb-pitr-disabled.ts
var EVIDENCE = "point-in-time recovery off";
var PITR_ENABLED = ["PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"];
var dynamodbPitrDisabled = {
  id: "dynamodb-pitr-disabled",
  title: "DynamoDB table without point-in-time recovery",
  severity: "low",
  area: "data",
  rationale: "Without point-in-time recovery a table cannot be restored to the state it was in before a bad deployment, a buggy batch job or a compromised function overwrote or deleted items. With it, DynamoDB keeps continuous backups for 35 days and any second in that window can be restored.",
  remediation: {
    text: "Turn on point-in-time recovery for the table. A SAM `AWS::Serverless::SimpleTable` cannot enable it: declare an `AWS::DynamoDB::Table` instead.",
    snippets: {
      serverless: "resources:\n  Resources:\n    OrdersTable:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: true",
      sam: "OrdersTable:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    PointInTimeRecoverySpecification:\n      PointInTimeRecoveryEnabled: true",
      cloudformation: "Type: AWS::DynamoDB::Table\nProperties:\n  PointInTimeRecoverySpecification:\n    PointInTimeRecoveryEnabled: true",
      terraform: 'resource "aws_dynamodb_table" "orders" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: {
    checkov: ["CKV_AWS_28"],
    kics: ["0f04217d", "741f1291"],
    cfnNag: ["W78"],
    cdkNag: ["AwsSolutions-DDB3"]
  },
  check(ctx) {
    for (const table of resourcesOfKind(ctx.service, "table")) {
      if (table.type === "AWS::DynamoDB::GlobalTable") checkGlobalTable(ctx, table);
      else checkTable(ctx, table);
    }
  }
};
function checkTable(ctx, table) {
  const attr = table.attributes.pointInTimeRecovery;
  const simple = table.type === "AWS::Serverless::SimpleTable";
  reportSetting(
    ctx,
    table,
    flagState(attr),
    attr,
    {
      evidence: EVIDENCE,
      message: simple ? `${resourceLabel(table)} is a SimpleTable, which cannot turn on point-in-time recovery: its data cannot be restored after an accidental write or delete` : `${resourceLabel(table)} has point-in-time recovery off: its data cannot be restored after an accidental write or delete`
    },
    "whether point-in-time recovery is on is not known before deployment"
  );
}
function checkGlobalTable(ctx, table) {
  const state = table.attributes.pointInTimeRecovery ? flagState(table.attributes.pointInTimeRecovery) : replicasState(ctx.service, table);
  reportSetting(
    ctx,
    table,
    state,
    table.attributes.pointInTimeRecovery,
    {
      evidence: EVIDENCE,
      message: `global table \`${table.id}\` has a replica without point-in-time recovery: its data there cannot be restored after an accidental write or delete`
    },
    "whether every replica turns on point-in-time recovery is not known before deployment"
  );
}
function replicasState(service, table) {
  const replicas = getPath(rawPropertiesOf(service, table), ["Replicas"]);
  if (replicas === void 0) return "off";
  if (isSymbolic(replicas)) return "unknown";
  let state = "on";
  for (const replica of asList(replicas)) {
    const enabled = isMap(replica) ? getPath(replica, PITR_ENABLED) : replica;
    if (isSymbolic(enabled)) state = "unknown";
    else if (asBoolean(enabled) !== true) return "off";
  }
  return state;
}

// src/policy/rules/data/sqs-unencrypted.ts
var sqsUnencrypted = {
  id: "sqs-unencrypted",
  title: "SQS queue with server-side encryption turned off",
  severity: "medium",
  area: "data",
  rationale: "Messages often carry order details, personal data or tokens, and they sit in the queue until a consumer reads them. Since 2022 AWS encrypts new queues with SQS-managed keys (SSE-SQS) unless the template turns it off, so a queue that sets neither setting is encrypted and is not reported. A queue that sets `SqsManagedSseEnabled: false` (`sqs_managed_sse_enabled = false`) without a KMS key stores its messages unencrypted at rest.",
  remediation: {
    text: "Remove `SqsManagedSseEnabled: false` so the default SQS-managed encryption applies, or set a KMS key (`KmsMasterKeyId`) to control who can decrypt the messages.",
    snippets: {
      serverless: "resources:\n  Resources:\n    OrdersQueue:\n      Type: AWS::SQS::Queue\n      Properties:\n        SqsManagedSseEnabled: true",
      sam: "OrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties:\n    KmsMasterKeyId: alias/aws/sqs",
      cloudformation: "Type: AWS::SQS::Queue\nProperties:\n  SqsManagedSseEnabled: true",
      terraform: 'resource "aws_sqs_queue" "orders" {\n  sqs_managed_sse_enabled = true\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: {
    checkov: ["CKV_AWS_27"],
    kics: ["12726829", "6e8849c1"],
    cdkNag: ["AwsSolutions-SQS2"]
  },
  check({ service, report, undecidable }) {
    for (const queue of resourcesOfKind(service, "queue")) {
      const { kmsKeyId, sseEnabled } = queue.attributes;
      const key = keyState(kmsKeyId);
      if (key === "on" || !sseEnabled) continue;
      const sse = literal(sseEnabled);
      if (sse === true) continue;
      if (key === "unknown" || sse === void 0) {
        undecidable({
          resource: queue.id,
          reason: "whether the queue is encrypted is not known before deployment",
          location: sseEnabled.loc
        });
        continue;
      }
      report({
        resource: queue.id,
        evidence: "managed encryption off, no KMS key",
        location: sseEnabled.loc,
        message: `${resourceLabel(queue)} turns off SQS-managed encryption and sets no KMS key: its messages are stored unencrypted`
      });
    }
  }
};

// src/policy/rules/data/sns-unencrypted.ts
var snsUnencrypted = {
  id: "sns-unencrypted",
  title: "SNS topic without KMS encryption",
  severity: "medium",
  area: "data",
  rationale: "Unlike SQS, SNS does not encrypt topics by default. Without a KMS key, messages published to the topic (order events, notifications with personal data) are stored unencrypted while SNS delivers them, and who may read them is governed by the topic policy alone rather than also by a key policy.",
  remediation: {
    text: "Set a KMS key on the topic (`KmsMasterKeyId`, `kms_master_key_id`): the AWS managed `alias/aws/sns` key, or a customer managed key whose policy lets the publishers and subscribers use it.",
    snippets: {
      serverless: "resources:\n  Resources:\n    OrdersTopic:\n      Type: AWS::SNS::Topic\n      Properties:\n        KmsMasterKeyId: alias/aws/sns",
      sam: "OrdersTopic:\n  Type: AWS::SNS::Topic\n  Properties:\n    KmsMasterKeyId: !Ref TopicKey",
      cloudformation: "Type: AWS::SNS::Topic\nProperties:\n  KmsMasterKeyId: alias/aws/sns",
      terraform: 'resource "aws_sns_topic" "orders" {\n  kms_master_key_id = "alias/aws/sns"\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: {
    checkov: ["CKV_AWS_26"],
    kics: ["9d13b150", "28545147"],
    cfnNag: ["W47"],
    cdkNag: ["NIST.800.53.R5-SNSEncryptedKMS"]
  },
  check(ctx) {
    for (const topic of resourcesOfKind(ctx.service, "topic")) {
      const key = topic.attributes.kmsKeyId;
      reportSetting(
        ctx,
        topic,
        keyState(key),
        key,
        {
          evidence: "no KMS key",
          message: `${resourceLabel(topic)} has no KMS key: its messages are stored unencrypted`
        },
        "whether the topic has a KMS key is not known before deployment"
      );
    }
  }
};

// src/policy/rules/lib/public-policy-check.ts
function reportPublicPolicies(ctx, kind, policyName) {
  for (const resource of policyHoldersOfKind(ctx.service, kind)) {
    const { open, undecided: undecided2 } = publicStatementsOf(resource);
    for (const u of undecided2) ctx.undecidable({ resource: resource.id, ...u });
    for (const statement of open) {
      ctx.report({
        resource: resource.id,
        evidence: publicEvidence(statement),
        location: statement.statement.loc,
        message: `${resourceLabel(resource)}'s ${policyName} ${publicGrantSentence(statement)}`
      });
    }
  }
}

// src/policy/rules/data/sqs-policy-public.ts
var sqsPolicyPublic = {
  id: "sqs-policy-public",
  title: "SQS queue policy open to anyone",
  severity: "high",
  area: "data",
  rationale: "A queue policy statement that allows Principal `*` without a condition lets any AWS account, and for some actions anyone at all, send messages to the queue, read and delete them, or purge it. Forged messages then reach the functions that consume the queue as if they came from your own producers, and real ones can be stolen or dropped.",
  remediation: {
    text: "Name the principal that needs access (an account, a role, or a service such as `sns.amazonaws.com`) and, for a service, tie the statement to the source with an `aws:SourceArn` or `aws:SourceAccount` condition.",
    snippets: {
      serverless: "resources:\n  Resources:\n    OrdersQueuePolicy:\n      Type: AWS::SQS::QueuePolicy\n      Properties:\n        Queues: [!Ref OrdersQueue]\n        PolicyDocument:\n          Statement:\n            - Effect: Allow\n              Principal: { Service: sns.amazonaws.com }\n              Action: sqs:SendMessage\n              Resource: !GetAtt OrdersQueue.Arn\n              Condition:\n                ArnEquals:\n                  aws:SourceArn: !Ref OrdersTopic",
      sam: "Statement:\n  - Effect: Allow\n    Principal: { Service: sns.amazonaws.com }\n    Action: sqs:SendMessage\n    Resource: !GetAtt OrdersQueue.Arn\n    Condition:\n      ArnEquals:\n        aws:SourceArn: !Ref OrdersTopic",
      cloudformation: "Statement:\n  - Effect: Allow\n    Principal: { Service: sns.amazonaws.com }\n    Action: sqs:SendMessage\n    Resource: !GetAtt OrdersQueue.Arn\n    Condition:\n      ArnEquals:\n        aws:SourceArn: !Ref OrdersTopic",
      terraform: 'statement {\n  actions   = ["sqs:SendMessage"]\n  resources = [aws_sqs_queue.orders.arn]\n  principals {\n    type        = "Service"\n    identifiers = ["sns.amazonaws.com"]\n  }\n  condition {\n    test     = "ArnEquals"\n    variable = "aws:SourceArn"\n    values   = [aws_sns_topic.orders.arn]\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-4"],
  equivalents: {
    checkov: ["CKV_AWS_168"],
    kics: ["9b6a3f5b"],
    cfnNag: ["F21"]
  },
  check(ctx) {
    reportPublicPolicies(ctx, "queue", "queue policy");
  }
};

// src/policy/rules/data/sns-policy-public.ts
var snsPolicyPublic = {
  id: "sns-policy-public",
  title: "SNS topic policy open to anyone",
  severity: "high",
  area: "data",
  rationale: "A topic policy statement that allows Principal `*` without a condition lets any AWS account publish to the topic or subscribe to it. Forged events then fan out to every subscriber (functions, queues, emails, SMS) as if your own service sent them, and an outside subscriber receives every message the topic carries.",
  remediation: {
    text: "Name the principal that needs access (an account, a role, or a service such as `events.amazonaws.com`) and, for a service, tie the statement to the source with an `aws:SourceArn` or `aws:SourceAccount` condition.",
    snippets: {
      serverless: "resources:\n  Resources:\n    AlertsTopicPolicy:\n      Type: AWS::SNS::TopicPolicy\n      Properties:\n        Topics: [!Ref AlertsTopic]\n        PolicyDocument:\n          Statement:\n            - Effect: Allow\n              Principal: { Service: cloudwatch.amazonaws.com }\n              Action: sns:Publish\n              Resource: !Ref AlertsTopic\n              Condition:\n                StringEquals:\n                  aws:SourceAccount: !Ref AWS::AccountId",
      sam: "Statement:\n  - Effect: Allow\n    Principal: { Service: cloudwatch.amazonaws.com }\n    Action: sns:Publish\n    Resource: !Ref AlertsTopic\n    Condition:\n      StringEquals:\n        aws:SourceAccount: !Ref AWS::AccountId",
      cloudformation: "Statement:\n  - Effect: Allow\n    Principal: { Service: cloudwatch.amazonaws.com }\n    Action: sns:Publish\n    Resource: !Ref AlertsTopic\n    Condition:\n      StringEquals:\n        aws:SourceAccount: !Ref AWS::AccountId",
      terraform: 'statement {\n  actions   = ["sns:Publish"]\n  resources = [aws_sns_topic.alerts.arn]\n  principals {\n    type        = "Service"\n    identifiers = ["cloudwatch.amazonaws.com"]\n  }\n  condition {\n    test     = "StringEquals"\n    variable = "aws:SourceAccount"\n    values   = [data.aws_caller_identity.current.account_id]\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-4"],
  equivalents: {
    checkov: ["CKV_AWS_169"],
    kics: ["ae53ce91"],
    cfnNag: ["F18"]
  },
  check(ctx) {
    reportPublicPolicies(ctx, "topic", "topic policy");
  }
};

// src/policy/rules/data/kinesis-unencrypted.ts
var kinesisUnencrypted = {
  id: "kinesis-unencrypted",
  title: "Kinesis stream without server-side encryption",
  severity: "medium",
  area: "data",
  rationale: "A stream created through the API or a template is not encrypted unless it asks for it. Its records (clickstreams, change events, logs with personal data) are then stored unencrypted for the whole retention period.",
  remediation: {
    text: "Encrypt the stream with KMS: `StreamEncryption` with `EncryptionType: KMS` and a key (`alias/aws/kinesis` or a customer managed key).",
    snippets: {
      serverless: "resources:\n  Resources:\n    EventsStream:\n      Type: AWS::Kinesis::Stream\n      Properties:\n        StreamEncryption:\n          EncryptionType: KMS\n          KeyId: alias/aws/kinesis",
      sam: "EventsStream:\n  Type: AWS::Kinesis::Stream\n  Properties:\n    StreamEncryption:\n      EncryptionType: KMS\n      KeyId: alias/aws/kinesis",
      cloudformation: "Type: AWS::Kinesis::Stream\nProperties:\n  StreamEncryption:\n    EncryptionType: KMS\n    KeyId: alias/aws/kinesis",
      terraform: 'resource "aws_kinesis_stream" "events" {\n  encryption_type = "KMS"\n  kms_key_id      = "alias/aws/kinesis"\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-3"],
  equivalents: {
    checkov: ["CKV_AWS_43"],
    kics: ["7f65be75", "5c6dd5e7"],
    cfnNag: ["W49"],
    cdkNag: ["AwsSolutions-KDS1"]
  },
  check(ctx) {
    for (const stream of resourcesOfKind(ctx.service, "stream")) {
      const attr = stream.attributes.encryption;
      reportSetting(
        ctx,
        stream,
        encryptionState(stream),
        attr,
        {
          evidence: "encryption off",
          message: `${resourceLabel(stream)} is not encrypted: its records are stored unencrypted`
        },
        "whether the stream is encrypted is not known before deployment"
      );
    }
  }
};
function encryptionState(stream) {
  const { encryption, kmsKeyId } = stream.attributes;
  if (!encryption) return "off";
  const type = literal(encryption);
  if (type === void 0) return "unknown";
  if (type.toUpperCase() !== "KMS") return "off";
  return kmsKeyId ? keyState(kmsKeyId) : "on";
}

// src/policy/rules/data/logs-unencrypted.ts
var logsUnencrypted = {
  id: "logs-unencrypted",
  title: "CloudWatch log group without a KMS key",
  severity: "low",
  area: "data",
  rationale: "Function logs end up holding request payloads, user identifiers and, by accident, tokens. CloudWatch Logs encrypts them with a key AWS owns, so anyone with `logs:GetLogEvents` on the group can read them. A customer managed KMS key adds a second gate: reading the logs then also needs `kms:Decrypt` on that key, and disabling the key cuts access to them at once.",
  remediation: {
    text: "Set a customer managed KMS key on the log group (`KmsKeyId`, `kms_key_id`) and let the CloudWatch Logs service principal of the region use it in the key policy.",
    snippets: {
      serverless: "resources:\n  Resources:\n    AuditLogGroup:\n      Type: AWS::Logs::LogGroup\n      Properties:\n        KmsKeyId: !GetAtt LogsKey.Arn",
      sam: "AuditLogGroup:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    KmsKeyId: !GetAtt LogsKey.Arn",
      cloudformation: "Type: AWS::Logs::LogGroup\nProperties:\n  KmsKeyId: !GetAtt LogsKey.Arn",
      terraform: 'resource "aws_cloudwatch_log_group" "audit" {\n  kms_key_id = aws_kms_key.logs.arn\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-5"],
  equivalents: {
    checkov: ["CKV_AWS_158"],
    kics: ["0afbcfe9"],
    cfnNag: ["W84"],
    cdkNag: ["NIST.800.53.R5-CloudWatchLogGroupEncrypted"]
  },
  check(ctx) {
    for (const group of resourcesOfKind(ctx.service, "log-group")) {
      const key = group.attributes.kmsKeyId;
      reportSetting(
        ctx,
        group,
        keyState(key),
        key,
        {
          evidence: "no KMS key",
          message: `${resourceLabel(group)} has no KMS key: anyone allowed to read the logs can read everything in them`
        },
        "whether the log group has a KMS key is not known before deployment"
      );
    }
  }
};

// src/policy/rules/data/kms-rotation-disabled.ts
var kmsRotationDisabled = {
  id: "kms-rotation-disabled",
  title: "Customer managed KMS key without automatic rotation",
  severity: "medium",
  area: "data",
  rationale: "A symmetric key that never rotates encrypts every new piece of data with the same key material for as long as it exists, so one leak of that material exposes everything. Automatic rotation gives the key new material every year while old data stays readable, with no change to the application. Asymmetric, HMAC and imported keys cannot rotate automatically and are not checked.",
  remediation: {
    text: "Turn on automatic rotation for the key (`EnableKeyRotation: true`, `enable_key_rotation = true`).",
    snippets: {
      serverless: "resources:\n  Resources:\n    DataKey:\n      Type: AWS::KMS::Key\n      Properties:\n        EnableKeyRotation: true",
      sam: "DataKey:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true",
      cloudformation: "Type: AWS::KMS::Key\nProperties:\n  EnableKeyRotation: true",
      terraform: 'resource "aws_kms_key" "data" {\n  enable_key_rotation = true\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-7", "CIS-AWS-Foundations:3.6"],
  equivalents: {
    checkov: ["CKV_AWS_7"],
    kics: ["235ca980", "22fbfeac"],
    cfnNag: ["F19"],
    cdkNag: ["AwsSolutions-KMS5"]
  },
  check(ctx) {
    for (const key of resourcesOfKind(ctx.service, "kms-key")) {
      const rotatable = canRotate(ctx.service, key);
      if (rotatable === false) continue;
      const attr = key.attributes.keyRotation;
      const state = flagState(attr);
      reportSetting(
        ctx,
        key,
        rotatable === void 0 && state === "off" ? "unknown" : state,
        attr,
        {
          evidence: "key rotation off",
          message: `${resourceLabel(key)} does not rotate its key material: the same material encrypts data for as long as the key exists`
        },
        "whether the key rotates, or can rotate, is not known before deployment"
      );
    }
  }
};
var SPEC_KEYS = ["KeySpec", "customer_master_key_spec", "key_spec"];
var ORIGIN_KEYS = ["Origin"];
var STORE_KEYS = ["custom_key_store_id"];
function canRotate(service, key) {
  if (/external|replica/i.test(key.type)) return false;
  const props = rawPropertiesOf(service, key);
  const spec = firstOf(props, SPEC_KEYS);
  const origin = firstOf(props, ORIGIN_KEYS);
  const store = firstOf(props, STORE_KEYS);
  if ([spec, origin, store].some(isSymbolic)) return void 0;
  if (store !== void 0) return false;
  if (spec?.kind === "scalar" && String(spec.value) !== "SYMMETRIC_DEFAULT") return false;
  if (origin?.kind === "scalar" && String(origin.value) !== "AWS_KMS") return false;
  return true;
}
function firstOf(props, keys) {
  for (const k of keys) {
    const v = get(props, k);
    if (v !== void 0 && !(v.kind === "scalar" && v.value === null)) return v;
  }
  return void 0;
}

// src/policy/rules/data/kms-key-policy-public.ts
var kmsKeyPolicyPublic = {
  id: "kms-key-policy-public",
  title: "KMS key policy open to anyone",
  severity: "high",
  area: "data",
  rationale: 'The key policy is the primary gate on a KMS key. A statement that allows Principal `*` without a condition lets principals of any AWS account use or manage the key: decrypt everything it protects, or schedule its deletion and make that data unreadable. The usual "enable IAM policies" statement names the account root, not `*`.',
  remediation: {
    text: "Grant the key to the account root (`arn:aws:iam::<account>:root`) and named roles, or keep Principal `*` only together with a `kms:CallerAccount` or `aws:PrincipalOrgID` condition that limits it to your accounts.",
    snippets: {
      serverless: 'resources:\n  Resources:\n    DataKey:\n      Type: AWS::KMS::Key\n      Properties:\n        KeyPolicy:\n          Statement:\n            - Effect: Allow\n              Principal:\n                AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n              Action: kms:*\n              Resource: "*"',
      sam: 'KeyPolicy:\n  Statement:\n    - Effect: Allow\n      Principal:\n        AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n      Action: kms:*\n      Resource: "*"',
      cloudformation: 'KeyPolicy:\n  Statement:\n    - Effect: Allow\n      Principal:\n        AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n      Action: kms:*\n      Resource: "*"',
      terraform: 'statement {\n  actions   = ["kms:*"]\n  resources = ["*"]\n  principals {\n    type        = "AWS"\n    identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
    "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-3", "OWASP-Serverless-Top10:SAS-7"],
  equivalents: {
    checkov: ["CKV_AWS_33"],
    kics: ["f6049677"],
    cfnNag: ["F76"]
  },
  check(ctx) {
    reportPublicPolicies(ctx, "kms-key", "key policy");
  }
};

// src/policy/rules/data/secret-rotation-missing.ts
var secretRotationMissing = {
  id: "secret-rotation-missing",
  title: "Secrets Manager secret without automatic rotation",
  severity: "low",
  area: "data",
  rationale: "A secret that never changes (a database password, an API token) stays valid forever once it leaks through a log line, a debugging session or a former teammate. Rotation replaces it on a schedule, so a leaked value stops working, and it proves the application can pick up a new value without a deployment. A schedule longer than 90 days (the default limit of the AWS Security Hub control SecretsManager.4 control) leaves a leaked value usable for months.",
  remediation: {
    text: "Add a rotation schedule for the secret with a rotation function (a hosted rotation function for RDS, Redshift and DocumentDB credentials, or your own for other secrets), every 90 days or more often.",
    snippets: {
      serverless: "resources:\n  Resources:\n    DbSecretRotation:\n      Type: AWS::SecretsManager::RotationSchedule\n      Properties:\n        SecretId: !Ref DbSecret\n        HostedRotationLambda:\n          RotationType: PostgreSQLSingleUser\n        RotationRules:\n          ScheduleExpression: rate(30 days)",
      sam: "DbSecretRotation:\n  Type: AWS::SecretsManager::RotationSchedule\n  Properties:\n    SecretId: !Ref DbSecret\n    RotationLambdaARN: !GetAtt RotateFunction.Arn\n    RotationRules:\n      ScheduleExpression: rate(30 days)",
      cloudformation: "Type: AWS::SecretsManager::RotationSchedule\nProperties:\n  SecretId: !Ref DbSecret\n  RotationLambdaARN: !GetAtt RotateFunction.Arn\n  RotationRules:\n    ScheduleExpression: rate(30 days)",
      terraform: 'resource "aws_secretsmanager_secret_rotation" "db" {\n  secret_id           = aws_secretsmanager_secret.db.id\n  rotation_lambda_arn = aws_lambda_function.rotate.arn\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-7"],
  equivalents: {
    checkov: ["CKV2_AWS_57", "CKV_AWS_304"],
    cdkNag: ["AwsSolutions-SMG4"]
  },
  check(ctx) {
    for (const secret of resourcesOfKind(ctx.service, "secret")) {
      const attr = secret.attributes.rotation;
      reportSetting(
        ctx,
        secret,
        rotationState(attr),
        attr,
        {
          evidence: "no rotation",
          message: `${resourceLabel(secret)} is never rotated: a leaked value stays valid until someone changes it by hand`
        },
        "whether the secret is rotated is not known before deployment"
      );
      if (rotationState(attr) === "on") checkInterval(ctx, secret);
    }
  }
};
var MAX_ROTATION_DAYS = 90;
function checkInterval(ctx, secret) {
  const interval = secret.attributes.rotationInterval;
  if (!interval) return;
  if (isSymbolicValue(interval.value)) {
    ctx.undecidable({
      resource: secret.id,
      reason: "the rotation schedule of the secret is not known before deployment",
      location: interval.loc
    });
    return;
  }
  const days = typeof interval.value === "number" ? interval.value : rateDays(interval.value);
  if (days === void 0 || days <= MAX_ROTATION_DAYS) return;
  ctx.report({
    resource: secret.id,
    evidence: `rotation every ${days} days`,
    location: interval.loc,
    message: `${resourceLabel(secret)} is rotated only every ${days} days: a leaked value stays valid for up to that long (rotate at least every ${MAX_ROTATION_DAYS} days)`
  });
}
function rateDays(expression) {
  const m = /^rate\(\s*(\d+)\s+(days?|hours?)\s*\)$/i.exec(expression.trim());
  if (!m) return void 0;
  const n = Number(m[1]);
  return /^hour/i.test(m[2] ?? "") ? n / 24 : n;
}
function rotationState(a) {
  if (!a) return "off";
  if (isSymbolicValue(a.value)) return "unknown";
  if (typeof a.value === "string") return a.value.trim() === "" ? "off" : "on";
  return a.value ? "on" : "off";
}

// src/policy/rules/data/stepfunctions-logging-disabled.ts
var stepfunctionsLoggingDisabled = {
  id: "stepfunctions-logging-disabled",
  title: "Step Functions state machine without execution logging",
  severity: "low",
  area: "data",
  rationale: "A state machine orchestrates functions, payments and data changes. With logging off (the default), failed or unexpected executions leave no trace in CloudWatch Logs: an incident cannot be investigated and abuse of the workflow goes unnoticed. Express workflows keep no execution history at all without it.",
  remediation: {
    text: "Send execution history to a log group: a logging level of `ERROR` or `ALL` and a CloudWatch Logs destination. Leave `IncludeExecutionData` off if the payloads hold personal data.",
    snippets: {
      serverless: "resources:\n  Resources:\n    OrderFlow:\n      Type: AWS::StepFunctions::StateMachine\n      Properties:\n        LoggingConfiguration:\n          Level: ERROR\n          Destinations:\n            - CloudWatchLogsLogGroup:\n                LogGroupArn: !GetAtt OrderFlowLogs.Arn",
      sam: "OrderFlow:\n  Type: AWS::Serverless::StateMachine\n  Properties:\n    Logging:\n      Level: ERROR\n      Destinations:\n        - CloudWatchLogsLogGroup:\n            LogGroupArn: !GetAtt OrderFlowLogs.Arn",
      cloudformation: "Type: AWS::StepFunctions::StateMachine\nProperties:\n  LoggingConfiguration:\n    Level: ERROR\n    Destinations:\n      - CloudWatchLogsLogGroup:\n          LogGroupArn: !GetAtt OrderFlowLogs.Arn",
      terraform: 'resource "aws_sfn_state_machine" "order_flow" {\n  logging_configuration {\n    level           = "ERROR"\n    log_destination = "${aws_cloudwatch_log_group.order_flow.arn}:*"\n  }\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-5"],
  equivalents: { checkov: ["CKV_AWS_285"], cdkNag: ["AwsSolutions-SF1"] },
  check(ctx) {
    for (const machine of resourcesOfKind(ctx.service, "state-machine")) {
      const attr = machine.attributes.loggingLevel;
      reportSetting(
        ctx,
        machine,
        levelState(attr),
        attr,
        {
          evidence: "logging off",
          message: `${resourceLabel(machine)} does not log its executions: failures and misuse of the workflow leave no trace`
        },
        "the logging level is not known before deployment"
      );
    }
  }
};
function levelState(a) {
  if (!a) return "off";
  const level = literal(a);
  if (level === void 0) return "unknown";
  return level.toUpperCase() === "OFF" ? "off" : "on";
}

// src/policy/rules/data/eventbridge-bus-policy-public.ts
var eventbridgeBusPolicyPublic = {
  id: "eventbridge-bus-policy-public",
  title: "EventBridge event bus policy open to anyone",
  severity: "high",
  area: "data",
  rationale: "An event bus policy statement that allows Principal `*` without a condition lets any AWS account put events on the bus. Rules match those events like any other, so forged events trigger your functions, workflows and targets as if your own services had sent them.",
  remediation: {
    text: "Name the accounts that may put events, or keep Principal `*` only together with an `aws:PrincipalOrgID` condition for your organisation.",
    snippets: {
      serverless: 'resources:\n  Resources:\n    OrgPutEvents:\n      Type: AWS::Events::EventBusPolicy\n      Properties:\n        EventBusName: !Ref OrdersBus\n        StatementId: OrgPutEvents\n        Statement:\n          Effect: Allow\n          Principal: "*"\n          Action: events:PutEvents\n          Resource: !GetAtt OrdersBus.Arn\n          Condition:\n            StringEquals:\n              aws:PrincipalOrgID: o-exampleorgid',
      sam: 'Statement:\n  Effect: Allow\n  Principal: "*"\n  Action: events:PutEvents\n  Resource: !GetAtt OrdersBus.Arn\n  Condition:\n    StringEquals:\n      aws:PrincipalOrgID: o-exampleorgid',
      cloudformation: 'Type: AWS::Events::EventBusPolicy\nProperties:\n  EventBusName: !Ref OrdersBus\n  StatementId: OrgPutEvents\n  Statement:\n    Effect: Allow\n    Principal: "*"\n    Action: events:PutEvents\n    Resource: !GetAtt OrdersBus.Arn\n    Condition:\n      StringEquals:\n        aws:PrincipalOrgID: o-exampleorgid',
      terraform: 'statement {\n  actions   = ["events:PutEvents"]\n  resources = [aws_cloudwatch_event_bus.orders.arn]\n  principals {\n    type        = "AWS"\n    identifiers = ["123456789012"]\n  }\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html",
    "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-1", "OWASP-Serverless-Top10:SAS-3"],
  equivalents: { cdkNag: ["AwsSolutions-EVB1"] },
  check(ctx) {
    reportPublicPolicies(ctx, "event-bus", "bus policy");
  }
};

// src/policy/rules/data/cognito-unauthenticated-identities.ts
var cognitoUnauthenticatedIdentities = {
  id: "cognito-unauthenticated-identities",
  title: "Cognito identity pool hands out AWS credentials to unauthenticated users",
  severity: "medium",
  area: "data",
  rationale: "An identity pool that allows unauthenticated identities gives temporary AWS credentials for its unauthenticated role to anyone who calls it: no sign-in needed. Whatever that role allows (reading a bucket, invoking a function, writing to a table) is then open to the internet, and the role's permissions tend to grow over time.",
  remediation: {
    text: "Turn off unauthenticated identities (`AllowUnauthenticatedIdentities: false`, `allow_unauthenticated_identities = false`). If guest access is a product feature, keep the unauthenticated role to the few actions guests need, on named resources only.",
    snippets: {
      serverless: "resources:\n  Resources:\n    IdentityPool:\n      Type: AWS::Cognito::IdentityPool\n      Properties:\n        AllowUnauthenticatedIdentities: false",
      sam: "IdentityPool:\n  Type: AWS::Cognito::IdentityPool\n  Properties:\n    AllowUnauthenticatedIdentities: false",
      cloudformation: "Type: AWS::Cognito::IdentityPool\nProperties:\n  AllowUnauthenticatedIdentities: false",
      terraform: 'resource "aws_cognito_identity_pool" "app" {\n  allow_unauthenticated_identities = false\n}'
    }
  },
  references: [
    "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html",
    "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2"],
  equivalents: {
    checkov: ["CKV_AWS_366"],
    cfnNag: ["W57"],
    cdkNag: ["AwsSolutions-COG7"]
  },
  check({ service, report, undecidable }) {
    for (const pool of resourcesOfKind(service, "identity-pool")) {
      const attr = pool.attributes.allowUnauthenticated;
      if (!attr) continue;
      const allowed = literal(attr);
      if (allowed === void 0) {
        undecidable({
          resource: pool.id,
          reason: "whether unauthenticated identities are allowed is not known before deployment",
          location: attr.loc
        });
      } else if (allowed) {
        report({
          resource: pool.id,
          evidence: "unauthenticated identities allowed",
          location: attr.loc,
          message: `${resourceLabel(pool)} gives AWS credentials to unauthenticated users: anyone can act with its unauthenticated role`
        });
      }
    }
  }
};

// src/policy/rules/index.ts
var CATALOG = [
  lambdaUrlAuthNone,
  lambdaRuntimeDeprecated,
  lambdaEnvPlaintextSecret,
  lambdaEnvSecretResolvedAtDeploy,
  lambdaEnvNoCmk,
  lambdaUrlCorsWildcard,
  lambdaPermissionPublic,
  lambdaPermissionNoSource,
  lambdaPermissionBroadAction,
  lambdaTracingDisabled,
  lambdaNoDlq,
  lambdaNoConcurrencyLimit,
  lambdaCodeSigningMissing,
  lambdaLogRetentionMissing,
  lambdaSharedRole,
  lambdaLayerPublic,
  hardcodedSecret,
  iamWildcardAction,
  iamAdminAccess,
  iamWildcardResource,
  iamPrivilegeEscalation,
  iamNotAction,
  iamTrustPublic,
  iamBroadManagedPolicy,
  serverlessRoleStatementsIgnored,
  apiNoAuthorization,
  apiAccessLoggingDisabled,
  apiNoWaf,
  apiCorsWildcard,
  apiTlsOutdated,
  apiCacheUnencrypted,
  apiThrottlingMissing,
  apiTracingDisabled,
  apiRequestValidationMissing,
  apiDataTraceEnabled,
  s3PublicAccess,
  s3InsecureTransport,
  dynamodbPitrDisabled,
  sqsUnencrypted,
  snsUnencrypted,
  sqsPolicyPublic,
  snsPolicyPublic,
  kinesisUnencrypted,
  logsUnencrypted,
  kmsRotationDisabled,
  kmsKeyPolicyPublic,
  secretRotationMissing,
  stepfunctionsLoggingDisabled,
  eventbridgeBusPolicyPublic,
  cognitoUnauthenticatedIdentities
];

export {
  runtimeStatus,
  CATALOG
};
