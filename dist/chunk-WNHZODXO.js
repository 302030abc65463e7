import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  NO_RENAMES
} from "./chunk-OJQZW7RI.js";
import {
  compilePattern
} from "./chunk-7C5J5Z2A.js";
import {
  runtimeStatus
} from "./chunk-IFPMTODG.js";
import {
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  FULL_ACCESS_POLICY,
  canWrite,
  escalationActionsIn,
  isAnyResource,
  isFullWildcard,
  isPrivateApi,
  managedPolicyIn,
  managedPolicyName,
  resourcePolicyGate
} from "./chunk-X55WVBGH.js";
import {
  endpointKey
} from "./chunk-KVYDHHJU.js";
import {
  display,
  isSymbolicValue,
  literal
} from "./chunk-P4JAG5LX.js";
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";

// src/policy/custom/attributes.ts
function targetsOf(service, kind) {
  switch (kind) {
    case "function":
      return service.functions.map((f) => ({ id: f.id, loc: f.loc, node: f }));
    case "role":
      return service.roles.map((r) => ({ id: r.id, loc: r.loc, node: r }));
    case "endpoint":
      return service.endpoints.map((e) => ({
        id: e.id,
        loc: e.loc,
        node: { ...e, auth: e.auth.type, authorizer: e.auth.authorizer }
      }));
    case "permission":
      return service.permissions.map((p) => ({ id: p.id, loc: p.loc, node: p }));
    default:
      return service.resources.filter((r) => r.kind === kind).map((r) => ({ id: r.id, loc: r.loc, node: { ...r, ...r.attributes } }));
  }
}
function readAttribute(node, path) {
  let cur = node;
  let loc;
  for (const key of path.split(".")) {
    if (cur === void 0 || cur === null || typeof cur !== "object") return { kind: "absent" };
    cur = ownValue(cur, key);
    if (isAttr(cur)) {
      loc = cur.loc;
      if (isSymbolicValue(cur.value)) return { kind: "unknown" };
      cur = cur.value;
    }
  }
  if (cur === void 0) return { kind: "absent" };
  if (Array.isArray(cur)) {
    const items = cur.map((i) => isAttr(i) ? i.value : i);
    if (items.some(isSymbolicValue)) return { kind: "unknown" };
    return { kind: "value", value: items, loc };
  }
  return { kind: "value", value: cur, loc };
}
function isAttr(v) {
  return typeof v === "object" && v !== null && "value" in v && "loc" in v && Object.keys(v).length === 2;
}

// src/policy/custom/evaluate.ts
function customRule(config) {
  return {
    id: config.id,
    title: config.title,
    severity: config.severity,
    area: "custom",
    rationale: config.message,
    remediation: { text: config.message, snippets: {} },
    references: [],
    compliance: [],
    equivalents: {},
    check({ service, report, undecidable }) {
      for (const target of targetsOf(service, config.resource)) {
        const verdict = test(config.assert, target.node);
        const location = verdict.loc ?? target.loc;
        if (verdict.truth === "unknown")
          undecidable({
            resource: target.id,
            reason: "an attribute is not known before deployment",
            location
          });
        else if (!verdict.truth) {
          report({
            resource: target.id,
            evidence: config.id,
            location,
            message: config.message.replaceAll("{id}", target.id)
          });
        }
      }
    }
  };
}
function test(c, node) {
  if ("all" in c)
    return combine(
      c.all.map((x) => test(x, node)),
      "all"
    );
  if ("any" in c)
    return combine(
      c.any.map((x) => test(x, node)),
      "any"
    );
  if ("not" in c) {
    const v = test(c.not, node);
    return { truth: v.truth === "unknown" ? "unknown" : !v.truth, loc: v.loc };
  }
  const read = readAttribute(node, c.attribute);
  return { truth: attributeTest(c, read), loc: read.kind === "value" ? read.loc : void 0 };
}
function combine(verdicts, mode) {
  const decisive = verdicts.find((v) => v.truth === (mode === "any"));
  if (decisive) return decisive;
  const unknown = verdicts.find((v) => v.truth === "unknown");
  if (unknown) return unknown;
  return { truth: mode === "all", loc: verdicts.find((v) => v.loc)?.loc };
}
function attributeTest(c, read) {
  if (read.kind === "unknown") return "unknown";
  if (c.exists !== void 0) return read.kind === "value" === c.exists;
  if (read.kind === "absent") return false;
  const values = Array.isArray(read.value) ? read.value : [read.value];
  return values.length > 0 && values.every((v) => scalarTest(c, v));
}
function scalarTest(c, v) {
  if (c.equals !== void 0 && !looseEquals(v, c.equals)) return false;
  if (c.in !== void 0 && !c.in.some((x) => looseEquals(v, x))) return false;
  if (c.matches !== void 0 && !compilePattern(c.matches).test(String(v))) return false;
  const n = typeof v === "number" ? v : Number(v);
  if (c.lt !== void 0 && !(n < c.lt)) return false;
  if (c.lte !== void 0 && !(n <= c.lte)) return false;
  if (c.gt !== void 0 && !(n > c.gt)) return false;
  if (c.gte !== void 0 && !(n >= c.gte)) return false;
  return true;
}
function looseEquals(a, b) {
  return String(a).toLowerCase() === String(b).toLowerCase();
}

// src/policy/engine/pairing.ts
function pairServices(base, head, renames = NO_RENAMES) {
  const baseById = /* @__PURE__ */ new Map();
  movedIds(base, renames).forEach((id, i) => {
    if (!baseById.has(id)) baseById.set(id, base.services[i]);
  });
  const ids = /* @__PURE__ */ new Set([...baseById.keys(), ...head.services.map((s) => s.id)]);
  return [...ids].sort().map((id) => ({
    id,
    base: baseById.get(id),
    head: head.services.find((s) => s.id === id)
  }));
}
function movedIds(base, renames) {
  const moved = base.services.map((s) => renames.toHead(s.id));
  const count = /* @__PURE__ */ new Map();
  for (const id of moved) count.set(id, (count.get(id) ?? 0) + 1);
  return moved.map((id, i) => (count.get(id) ?? 0) > 1 ? base.services[i]?.id ?? id : id);
}
function byKey(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item);
  return out;
}
function pairEndpoints(base, head) {
  const waiting = /* @__PURE__ */ new Map();
  for (const e of base) {
    const key = endpointKey(e);
    const list = waiting.get(key);
    if (list) list.push(e);
    else waiting.set(key, [e]);
  }
  const partner = /* @__PURE__ */ new Map();
  const take = (h, match) => {
    const list = waiting.get(endpointKey(h));
    const i = list ? list.findIndex(match) : -1;
    if (list && i !== -1) partner.set(h, list.splice(i, 1)[0]);
  };
  for (const h of head) take(h, (b) => b.id === h.id);
  for (const h of head) if (!partner.has(h)) take(h, () => true);
  const pairs = head.map((h) => ({ base: partner.get(h), head: h }));
  for (const list of waiting.values()) for (const b of list) pairs.push({ base: b });
  return pairs;
}

// src/policy/rules/lib/endpoints.ts
function describeEndpoint(e) {
  if (e.kind === "function-url") return `the function URL of \`${e.functionIds.join(", ")}\``;
  const method = e.method ? display(e.method).toUpperCase() : "";
  const path = e.path ? display(e.path) : "";
  const what = e.kind === "websocket" ? "websocket route" : "route";
  return `${what} \`${`${method} ${path}`.trim()}\``;
}
function isPublicEndpoint(service, e) {
  return e.auth.type === "none" && !isPrivateApi(service, e) && resourcePolicyGate(service, e) === "open";
}

// src/policy/rules/diff/diff-auth-removed.ts
var diffAuthRemoved = {
  id: "diff-auth-removed",
  title: "Endpoint lost its authorization",
  severity: "critical",
  area: "diff",
  rationale: "An endpoint that required an authorizer, IAM signature or JWT on the base branch accepts anonymous requests after this change. Whatever it exposes, it now exposes to the internet.",
  remediation: {
    text: "Restore the authorizer on the endpoint, or, if the endpoint really must be public, suppress this finding with the reason.",
    snippets: {
      serverless: "events:\n  - httpApi:\n      method: GET\n      path: /orders\n      authorizer:\n        name: ordersJwt",
      sam: "Events:\n  List:\n    Type: Api\n    Properties:\n      Auth:\n        Authorizer: CognitoAuth",
      cloudformation: "AuthorizationType: COGNITO_USER_POOLS\nAuthorizerId: !Ref CognitoAuthorizer",
      terraform: 'authorization = "COGNITO_USER_POOLS"\nauthorizer_id = aws_api_gateway_authorizer.cognito.id'
    }
  },
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-2"],
  equivalents: {},
  compare({ pair, report }) {
    if (!pair.base || !pair.head) return;
    for (const { base: was, head: endpoint } of pairEndpoints(
      pair.base.endpoints,
      pair.head.endpoints
    )) {
      if (!was || !endpoint || endpoint.auth.type !== "none") continue;
      if (was.auth.type === "none" || was.auth.type === "unknown") continue;
      report({
        resource: endpoint.id,
        evidence: `${was.auth.type} \u2192 none`,
        location: endpoint.auth.loc ?? endpoint.loc,
        message: `${describeEndpoint(endpoint)} required ${was.auth.type} authorization on the base branch and is public after this change`
      });
    }
  }
};

// src/policy/rules/diff/diff-new-public-entrypoint.ts
var diffNewPublicEntrypoint = {
  id: "diff-new-public-entrypoint",
  title: "New public entry point",
  severity: "high",
  area: "diff",
  rationale: "This change adds a way for anyone on the internet to invoke a function: an unauthenticated route, a function URL with AuthType NONE, an invoke permission for every principal, or an unauthenticated route whose API kept the internet out (PRIVATE, or a resource policy naming its callers) and no longer does. New attack surface deserves an explicit decision in review.",
  remediation: {
    text: "Add an authorizer (or IAM auth) to the new entry point, or suppress this finding with the reason it must be public.",
    snippets: {
      serverless: "url:\n  authorizer: aws_iam",
      sam: "FunctionUrlConfig:\n  AuthType: AWS_IAM",
      cloudformation: "AuthType: AWS_IAM",
      terraform: 'authorization_type = "AWS_IAM"'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/lambda-security.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-2"],
  equivalents: {},
  compare({ pair, report }) {
    if (!pair.head) return;
    for (const { base: was, head: endpoint } of pairEndpoints(
      pair.base?.endpoints ?? [],
      pair.head.endpoints
    )) {
      if (!endpoint || !isPublicEndpoint(pair.head, endpoint)) continue;
      if (!was) {
        report({
          resource: endpoint.id,
          evidence: endpointKey(endpoint),
          location: endpoint.auth.loc ?? endpoint.loc,
          message: `${describeEndpoint(endpoint)} is new and public: anyone can invoke it without credentials`
        });
      } else if (pair.base && keptToFewCallers(pair.base, was)) {
        report({
          resource: endpoint.id,
          evidence: `${endpointKey(endpoint)} opened`,
          location: endpoint.loc,
          message: `${describeEndpoint(endpoint)} is public after this change: its API kept callers to those its resource policy names or to its VPC endpoints on the base branch, and now anyone can invoke it without credentials`
        });
      }
    }
    const permissionsBefore = new Set(
      (pair.base?.permissions ?? []).filter(isPublicPermission).map(permissionKey)
    );
    for (const p of pair.head.permissions) {
      if (!isPublicPermission(p) || permissionsBefore.has(permissionKey(p))) continue;
      report({
        resource: p.id,
        evidence: `permission ${permissionKey(p)}`,
        location: p.principal.loc,
        message: `invoke permission \`${p.id}\` is new and lets any principal invoke ${p.functionId ? `function \`${p.functionId}\`` : "the function"}`
      });
    }
  }
};
function keptToFewCallers(service, e) {
  return e.auth.type === "none" && (isPrivateApi(service, e) || resourcePolicyGate(service, e) === "restricted");
}
function isPublicPermission(p) {
  return literal(p.principal) === "*" && !p.sourceArn && !p.sourceAccount && !p.principalOrgId;
}
function permissionKey(p) {
  return `${p.functionId ?? p.id}:${literal(p.action) ?? ""}`;
}

// src/policy/rules/lib/grants.ts
function grantKey(g) {
  return `${g.kind}|${g.action}|${g.resource}`;
}
function grantsOf(service, fn) {
  const role = service.roles.find((r) => r.id === fn.roleId);
  return role ? roleGrants(role) : [];
}
function roleGrants(role) {
  const out = [];
  for (const policy of role.policies) {
    if (policy.kind === "aws-managed" && policy.arn) {
      out.push({
        action: `policy/${managedPolicyName(display(policy.arn))}`,
        resource: "*",
        loc: policy.arn.loc,
        kind: "managed-policy"
      });
    }
    for (const st of policy.document?.statements ?? []) out.push(...statementGrants(st));
  }
  return out;
}
function statementGrants(st) {
  if (literal(st.effect) !== "Allow") return [];
  const resources = st.resources.length > 0 ? st.resources.map(display) : st.notResources.map((r) => `NOT ${display(r)}`);
  const out = [];
  for (const a of st.actions)
    for (const r of resources)
      out.push({ action: display(a), resource: r, loc: a.loc, kind: "action" });
  for (const a of st.notActions)
    for (const r of resources)
      out.push({ action: display(a), resource: r, loc: a.loc, kind: "not-action" });
  return out;
}

// src/policy/rules/diff/diff-permission-growth.ts
var diffPermissionGrowth = {
  id: "diff-permission-growth",
  title: "Function's permissions grew",
  severity: "medium",
  area: "diff",
  rationale: "This change lets an existing function do more than it could on the base branch. Growth in a function's role is how least privilege erodes one pull request at a time; admin and privilege-escalation grants let a compromised function take over the account.",
  remediation: {
    text: "Grant only the actions the new code calls, on the specific resources it touches.",
    snippets: {
      serverless: "- Effect: Allow\n  Action: [s3:GetObject]\n  Resource: arn:aws:s3:::exports/*",
      sam: "Policies:\n  - S3ReadPolicy:\n      BucketName: exports",
      cloudformation: 'Action: [s3:GetObject]\nResource: !Sub "${ExportBucket.Arn}/*"',
      terraform: 'actions   = ["s3:GetObject"]\nresources = ["${aws_s3_bucket.exports.arn}/*"]'
    }
  },
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
  ],
  compliance: ["OWASP-Serverless-Top10:SAS-4"],
  equivalents: {},
  compare({ pair, report }) {
    if (!pair.base || !pair.head) return;
    for (const fn of pair.head.functions) {
      const before = pair.base.functions.find((f) => f.id === fn.id);
      if (!before) continue;
      const had = new Set(grantsOf(pair.base, before).map(grantKey));
      const added = grantsOf(pair.head, fn).filter((g) => !had.has(grantKey(g)));
      for (const [action, grants] of groupByAction(added)) {
        const severity = classify(grants);
        if (!severity) continue;
        const resources = [...new Set(grants.map((g) => g.resource))];
        const first = grants[0];
        report({
          resource: fn.id,
          evidence: `${action} on ${resources.join(", ")}`,
          location: first.loc,
          severity,
          message: `function \`${fn.id}\` gains \`${action}\` on ${resources.map((r) => `\`${r}\``).join(", ")}, which it did not have on the base branch`
        });
      }
    }
  }
};
function groupByAction(grants) {
  const out = /* @__PURE__ */ new Map();
  for (const g of grants)
    out.set(g.kind === "not-action" ? `NOT ${g.action}` : g.action, [
      ...out.get(g.action) ?? [],
      g
    ]);
  return out;
}
function classify(grants) {
  const ranks = grants.map((g) => {
    if (g.kind === "managed-policy") {
      const name = g.action.replace(/^policy\//, "");
      if (managedPolicyIn(ADMIN_MANAGED_POLICIES, name)) return "critical";
      if (managedPolicyIn(ESCALATION_MANAGED_POLICIES, name)) return "high";
      return FULL_ACCESS_POLICY.test(name) ? "medium" : "info";
    }
    if (g.kind === "not-action")
      return isAnyResource(g.resource) || g.resource.startsWith("NOT ") ? "critical" : "high";
    if (isFullWildcard(g.action) && isAnyResource(g.resource)) return "critical";
    if (escalationActionsIn(g.action).length > 0 && isAnyResource(g.resource)) return "high";
    return canWrite(g.action) ? "medium" : "info";
  });
  const order = ["critical", "high", "medium", "low", "info"];
  const worst = order.find((s) => ranks.includes(s));
  return worst === "info" ? void 0 : worst;
}

// src/policy/rules/diff/diff-protection-removed.ts
var FUNCTION_PROTECTIONS = [
  {
    name: "active X-Ray tracing",
    severity: "low",
    had: (fn) => literal(fn.tracing) === "Active",
    where: (fn) => fn.tracing?.loc ?? fn.loc
  },
  {
    name: "its customer-managed KMS key",
    severity: "low",
    had: (fn) => fn.kmsKeyArn !== void 0,
    where: (fn) => fn.loc
  },
  {
    name: "log retention",
    severity: "low",
    had: (fn) => fn.logRetentionDays !== void 0,
    where: (fn) => fn.loc
  },
  {
    name: "its dead-letter queue or on-failure destination",
    severity: "low",
    had: (fn) => fn.deadLetterTarget !== void 0 || fn.onFailureDestination !== void 0,
    where: (fn) => fn.loc
  },
  {
    name: "reserved concurrency",
    severity: "low",
    had: (fn) => fn.reservedConcurrency !== void 0,
    where: (fn) => fn.loc
  }
];
var diffProtectionRemoved = {
  id: "diff-protection-removed",
  title: "Protection removed",
  severity: "low",
  area: "diff",
  rationale: "This change removes a protection the base branch had: tracing, encryption with a customer key, log retention, a dead-letter queue, a concurrency limit, or a modern TLS policy. Removals are easy to miss in review because nothing new appears in the diff.",
  remediation: {
    text: "Keep the protection, or say in a suppression why it is no longer needed.",
    snippets: {
      serverless: "functions:\n  create:\n    reservedConcurrency: 20",
      sam: "Tracing: Active",
      cloudformation: "TracingConfig:\n  Mode: Active",
      terraform: 'tracing_config {\n  mode = "Active"\n}'
    }
  },
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/security-best-practices.html"],
  compliance: ["OWASP-Serverless-Top10:SAS-10"],
  equivalents: {},
  compare({ pair, report, now }) {
    if (!pair.base || !pair.head) return;
    for (const fn of pair.head.functions) {
      const before = pair.base.functions.find((f) => f.id === fn.id);
      if (!before) continue;
      FUNCTION_PROTECTIONS.forEach((p) => lost(p, before, fn, report));
      runtimeDowngrade(before, fn, now, report);
    }
    for (const domain of pair.head.resources.filter((r) => r.kind === "api-domain")) {
      const before = pair.base.resources.find((r) => r.id === domain.id);
      if (before) tlsDowngrade(before, domain, report);
    }
  }
};
function lost(p, before, fn, report) {
  if (!p.had(before) || p.had(fn)) return;
  report({
    resource: fn.id,
    evidence: p.name,
    location: p.where(fn),
    severity: p.severity,
    message: `function \`${fn.id}\` no longer has ${p.name}, which it had on the base branch`
  });
}
function runtimeDowngrade(before, fn, now, report) {
  const was = literal(before.runtime);
  const is = literal(fn.runtime);
  if (was === void 0 || is === void 0 || was === is || !fn.runtime) return;
  const status = runtimeStatus(is, now);
  if (!status || runtimeStatus(was, now)) return;
  report({
    resource: fn.id,
    evidence: `${was} \u2192 ${is}`,
    location: fn.runtime.loc,
    severity: status.state === "deprecated" ? "high" : "medium",
    message: `function \`${fn.id}\` moves from ${was} to ${is}, which AWS ${status.state === "deprecated" ? "deprecated" : "deprecates"} on ${status.date}`
  });
}
function tlsDowngrade(before, domain, report) {
  const was = literal(before.attributes.securityPolicy);
  const now = literal(domain.attributes.securityPolicy);
  if (was === void 0 || now === void 0 || was === now || now.toUpperCase() !== "TLS_1_0")
    return;
  report({
    resource: domain.id,
    evidence: `${was} \u2192 ${now}`,
    location: domain.attributes.securityPolicy?.loc ?? domain.loc,
    severity: "medium",
    message: `custom domain \`${domain.id}\` now accepts TLS 1.0 (it required ${was} on the base branch)`
  });
}

// src/policy/rules/diff/index.ts
var DIFF_RULES = [
  diffAuthRemoved,
  diffNewPublicEntrypoint,
  diffPermissionGrowth,
  diffProtectionRemoved
];

export {
  describeEndpoint,
  grantKey,
  roleGrants,
  pairServices,
  byKey,
  pairEndpoints,
  customRule,
  DIFF_RULES
};
