import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  asList,
  display,
  get,
  isMap,
  isSymbolicValue,
  literal
} from "./chunk-P4JAG5LX.js";
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";

// src/policy/rules/lib/iam-actions.ts
function actionMatches(pattern, action) {
  return actionPattern(pattern).test(action);
}
var ACTION_PATTERNS = /* @__PURE__ */ new Map();
function actionPattern(pattern) {
  let re = ACTION_PATTERNS.get(pattern);
  if (!re) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    ACTION_PATTERNS.set(pattern, re = new RegExp(`^${source}$`, "i"));
  }
  return re;
}
function isFullWildcard(action) {
  if (action === "*" || action === "*:*") return true;
  const sides = action.split(":");
  return sides.length <= 2 && sides.every(matchesAnyName);
}
function isAnyResource(resource) {
  if (resource === "*" || matchesAnyName(resource)) return true;
  const [arn, partition, ...rest] = resource.split(":");
  return arn === "arn" && rest.length === 4 && (matchesAnyName(partition ?? "") || /^aws(-[a-z]+)*$/.test(partition ?? "")) && rest.every(matchesAnyName);
}
function isServiceWildcard(action) {
  const [service, name, ...rest] = action.split(":");
  return rest.length === 0 && name !== void 0 && /^[a-z0-9*?-]*[a-z0-9-][a-z0-9*?-]*$/i.test(service ?? "") && matchesAnyName(name);
}
function matchesAnyName(side) {
  return /^[*?]*\*[*?]*$/.test(side) && side.split("?").length <= 2;
}
var READ_VERBS = [
  "Get",
  "List",
  "Describe",
  "Query",
  "Scan",
  "BatchGet",
  "Head",
  "Select",
  "Lookup",
  "Search",
  "View",
  "Check",
  "Read",
  "Receive",
  "Filter",
  "Test",
  "Validate",
  "Estimate",
  "Preview",
  // Rekognition, Comprehend and Textract analysis (`DetectLabels`, `BatchDetectEntities`): Read in IAM.
  "Detect",
  "BatchDetect"
];
function verbOf(action) {
  const i = action.indexOf(":");
  return i < 0 ? action : action.slice(i + 1);
}
function canWrite(action) {
  if (isFullWildcard(action)) return true;
  const verb = verbOf(action);
  if (verb === "*" || verb === "") return true;
  const literalPrefix = verb.split(/[*?]/)[0] ?? "";
  if (literalPrefix === "") return true;
  return !READ_VERBS.some((v) => literalPrefix.toLowerCase().startsWith(v.toLowerCase()));
}
function isPermissionsManagement(action) {
  const service = action.split(":")[0]?.toLowerCase();
  return isFullWildcard(action) || (service === "iam" || service === "sts" || service === "organizations") && canWrite(action);
}
var ESCALATION_TARGETS = {
  "iam:PassRole": "iam:role",
  "iam:CreatePolicyVersion": "iam:policy",
  "iam:SetDefaultPolicyVersion": "iam:policy",
  "iam:AttachRolePolicy": "iam:role",
  "iam:AttachUserPolicy": "iam:user",
  "iam:AttachGroupPolicy": "iam:group",
  "iam:PutRolePolicy": "iam:role",
  "iam:PutUserPolicy": "iam:user",
  "iam:PutGroupPolicy": "iam:group",
  "iam:CreateAccessKey": "iam:user",
  "iam:CreateLoginProfile": "iam:user",
  "iam:UpdateLoginProfile": "iam:user",
  "iam:AddUserToGroup": "iam:group",
  "iam:UpdateAssumeRolePolicy": "iam:role",
  "lambda:UpdateFunctionCode": "lambda:function",
  "lambda:UpdateFunctionConfiguration": "lambda:function",
  "lambda:CreateFunction": "lambda:function",
  "sts:AssumeRole": "iam:role",
  "glue:UpdateDevEndpoint": "glue:devendpoint",
  "cloudformation:CreateStack": "cloudformation:stack"
};
var PRIVILEGE_ESCALATION_ACTIONS = Object.keys(ESCALATION_TARGETS);
function escalationActionsIn(action) {
  if (isFullWildcard(action)) return [];
  return PRIVILEGE_ESCALATION_ACTIONS.filter((a) => actionMatches(action, a));
}
var ADMIN_MANAGED_POLICIES = ["AdministratorAccess", "PowerUserAccess"];
var ESCALATION_MANAGED_POLICIES = [
  "IAMFullAccess",
  "AWSLambda_FullAccess",
  "AWSLambdaFullAccess"
];
var FULL_ACCESS_POLICY = /FullAccess(?:_v\d+)?$/i;
function managedPolicyIn(policies, name) {
  return policies.find((p) => p.toLowerCase() === name.toLowerCase());
}
function managedPolicyName(arnOrName) {
  return arnOrName.split("/").pop() ?? arnOrName;
}
function isAwsManagedArn(arn) {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}

// src/policy/rules/lib/arn-wildcards.ts
var UNKNOWN = "\0";
function everyOfType(resource) {
  const text = arnText(resource.value);
  if (text === void 0) return void 0;
  const parts = text.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return void 0;
  const service = (parts[2] ?? "").toLowerCase();
  const rest = parts.slice(5).join(":");
  if (!/^[a-z0-9-]+$/.test(service) || rest.includes(UNKNOWN)) return void 0;
  if (/^\*(?:[/:]\*)+$/.test(rest)) return { service, prefix: "" };
  const typed = /^([A-Za-z-]*[/:]?)\*$/.exec(rest);
  return typed ? { service, prefix: (typed[1] ?? "").toLowerCase() } : void 0;
}
function escalationTargetIn(action, covered) {
  const target = Object.entries(ESCALATION_TARGETS).find(([a]) => actionMatches(a, action))?.[1];
  if (!target) return void 0;
  const [service, type = ""] = target.split(":");
  if (service !== covered.service) return void 0;
  return `${type}/`.startsWith(covered.prefix) || `${type}:`.startsWith(covered.prefix) ? type : void 0;
}
function arnText(v) {
  if (typeof v === "string") return v;
  if (!isSymbolicValue(v)) return void 0;
  if (v.fn === "Fn::Sub") return subText(v.args);
  if (v.fn === "Fn::Join") return joinText(v.args);
  if (v.fn === "template") return templateText(v.expr);
  if (v.fn.startsWith("Fn::") || v.fn === "Ref" || v.expr.startsWith('"')) return void 0;
  return v.expr.includes("${") ? v.expr.replace(/\$\{[^}]*\}/g, UNKNOWN) : void 0;
}
function subText(args) {
  const template = args?.kind === "list" ? args.items[0] : args;
  if (template?.kind !== "scalar" || typeof template.value !== "string") return void 0;
  return template.value.replace(
    /\$\{([^}]*)\}/g,
    (_whole, name) => name.startsWith("!") ? `\${${name.slice(1)}}` : UNKNOWN
  );
}
function joinText(args) {
  if (args?.kind !== "list") return void 0;
  const [delimiter, parts] = args.items;
  if (delimiter?.kind !== "scalar" || parts?.kind !== "list") return void 0;
  const texts = parts.items.map(
    (p) => p.kind === "scalar" ? String(p.value ?? "") : p.kind === "symbolic" ? UNKNOWN : void 0
  );
  if (texts.some((t) => t === void 0)) return void 0;
  return texts.join(String(delimiter.value ?? ""));
}
function templateText(expr) {
  if (!expr.startsWith('"') || !expr.endsWith('"') || expr.length < 2) return void 0;
  const inner = expr.slice(1, -1);
  if (/%\{|\\/.test(inner)) return void 0;
  return inner.replace(/\$\{[^}]*\}/g, UNKNOWN);
}

// src/policy/rules/lib/statements.ts
var STATEMENTS_OF = /* @__PURE__ */ new WeakMap();
function identityStatements(service) {
  let known = STATEMENTS_OF.get(service);
  if (!known) STATEMENTS_OF.set(service, known = placedStatements(service));
  return known;
}
function placedStatements(service) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (policy, role, principal) => {
    for (const statement of policy.document?.statements ?? []) {
      if (seen.has(statement)) continue;
      seen.add(statement);
      out.push({ statement, policy, role, principal });
    }
  };
  for (const role of service.roles) for (const policy of role.policies) add(policy, role);
  for (const p of service.principals ?? [])
    for (const policy of p.policies) add(policy, void 0, p);
  for (const policy of service.policies)
    add(
      policy,
      service.roles.find((r) => policy.attachedTo?.includes(r.id))
    );
  return out;
}
function isAllow(st) {
  return literal(st.effect) === "Allow";
}
function literals(attrs) {
  return attrs.map((a) => literal(a)).filter((s) => s !== void 0);
}
function hasSymbolic(attrs) {
  return attrs.some((a) => literal(a) === void 0);
}
function functionsUsing(service, roleId) {
  return service.functions.filter((f) => f.roleId === roleId);
}
function holderOf(service, role) {
  if (!role) return "a policy";
  const fns = functionsUsing(service, role.id);
  if (fns.length === 1) return `function \`${fns[0]?.id}\`'s role`;
  if (fns.length > 1)
    return `the role of ${fns.length} functions (${fns.map((f) => `\`${f.id}\``).join(", ")})`;
  return `role \`${role.id}\``;
}

// src/policy/rules/lib/iam-scope.ts
function anyResourceOf(statement) {
  return statement.resources.find((r) => isAnyResource(literal(r) ?? ""));
}
function mayBeAnyResource(resource, service) {
  const v = resource.value;
  if (!isSymbolicValue(v)) return isAnyResource(v);
  if (v.fn === "Fn::GetAtt" || v.expr.includes("arn:")) return false;
  if (v.fn === "Ref") return v.refs.some((r) => service.parameters.some((p) => p.name === r));
  return !/\.arn\b|\.Arn\b/.test(v.expr);
}
function resourceReach(statement, service) {
  const any = anyResourceOf(statement);
  if (any) return { reach: "any", at: any };
  const unknown = statement.resources.find((r) => mayBeAnyResource(r, service));
  return unknown ? { reach: "unknown", at: unknown } : { reach: "scoped" };
}
var UNSCOPABLE_ACTIONS = [
  "xray:Put*",
  "cloudwatch:PutMetricData",
  "ec2:CreateNetworkInterface",
  "ec2:DeleteNetworkInterface",
  "ec2:DescribeNetworkInterfaces",
  "ec2:AssignPrivateIpAddresses",
  "ec2:UnassignPrivateIpAddresses",
  "logs:CreateLogGroup"
];
function isUnscopable(action) {
  return UNSCOPABLE_ACTIONS.some((allowed) => actionMatches(allowed, action));
}
function hasCondition(statement) {
  const c = statement.condition;
  if (c === void 0) return false;
  return !(c.kind === "map" && c.entries.size === 0);
}
function listForMessage(items, max = 3) {
  const shown = items.slice(0, max).map((i) => `\`${i}\``);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}
function statementOwner(service, { policy, role, principal }) {
  if (role) return { resource: role.id, holder: holderOf(service, role) };
  if (principal) {
    const where = principal.defined ? "" : " (defined elsewhere)";
    return { resource: principal.id, holder: `IAM ${principal.kind} \`${principal.id}\`${where}` };
  }
  return { resource: policy.id, holder: `policy \`${policy.id}\`` };
}

// src/policy/rules/lib/role-grants.ts
var PLUMBING_ACTIONS = new Set(
  [
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
    "xray:PutTraceSegments",
    "xray:PutTelemetryRecords",
    "ec2:CreateNetworkInterface",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses"
  ].map((a) => a.toLowerCase())
);
var PLUMBING_POLICIES = /* @__PURE__ */ new Set([
  "AWSLambdaBasicExecutionRole",
  "AWSLambdaVPCAccessExecutionRole",
  "AWSXRayDaemonWriteAccess",
  "AWSLambdaENIManagementAccess"
]);
var WRITE_POLICY = /FullAccess|Admin|PowerUser|Write|Crud/i;
function policiesOf(service, role) {
  const attached = service.policies.filter((p) => p.attachedTo?.includes(role.id));
  return [...role.policies, ...attached.filter((p) => !role.policies.includes(p))];
}
function writeGrantOf(service, role) {
  let undecided2 = false;
  for (const policy of policiesOf(service, role)) {
    const found = policy.kind === "aws-managed" || policy.kind === "external" ? managedGrant(policy) : documentGrant(policy);
    if (found === "undecided") undecided2 = true;
    else if (found) return { ...found, undecided: undecided2 };
  }
  return { evidence: "", phrase: "", undecided: undecided2 };
}
function managedGrant(policy) {
  const arn = policy.arn && literal(policy.arn);
  if (policy.kind === "external" || arn === void 0) return "undecided";
  const name = managedPolicyName(arn);
  if (!WRITE_POLICY.test(name) || PLUMBING_POLICIES.has(name)) return void 0;
  return { evidence: name, phrase: `has the AWS managed policy \`${name}\`` };
}
function documentGrant(policy) {
  let found = policy.document?.symbolic ? "undecided" : void 0;
  for (const st of policy.document?.statements ?? []) {
    if (!isAllow(st)) continue;
    if (st.notActions.length > 0) {
      return { evidence: "NotAction", phrase: "allows every action but those in NotAction" };
    }
    for (const action of st.actions) {
      const name = literal(action);
      if (name === void 0) found = "undecided";
      else if (isApplicationWrite(name)) return { evidence: name, phrase: `allows \`${name}\`` };
    }
  }
  return found;
}
function isApplicationWrite(action) {
  return !PLUMBING_ACTIONS.has(action.toLowerCase()) && (canWrite(action) || action.includes("*"));
}

// src/policy/rules/lib/resource-settings.ts
var KIND_NOUN = {
  bucket: "bucket",
  table: "table",
  queue: "queue",
  topic: "topic",
  stream: "stream",
  "log-group": "log group",
  "kms-key": "KMS key",
  secret: "secret",
  "state-machine": "state machine",
  api: "API",
  "api-stage": "API stage",
  "api-domain": "API domain",
  layer: "layer",
  "event-bus": "event bus",
  "identity-pool": "identity pool",
  "user-pool": "user pool"
};
function resourceLabel(r) {
  if (isExternal(r)) return `${KIND_NOUN[r.kind]} ${externalName(r)}`;
  return `${KIND_NOUN[r.kind]} \`${r.id}\``;
}
function externalName(r) {
  return `\`${display(r.target) || r.id}\` (defined elsewhere; set by \`${r.id}\`)`;
}
function isExternal(r) {
  return "target" in r;
}
function resourcesOfKind(service, kind) {
  return [...byKind(service.resources).get(kind) ?? []];
}
var BY_KIND = /* @__PURE__ */ new WeakMap();
function byKind(resources) {
  const known = BY_KIND.get(resources);
  if (known && known.size === resources.length) return known.groups;
  const groups = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const group = groups.get(r.kind);
    if (group) group.push(r);
    else groups.set(r.kind, [r]);
  }
  BY_KIND.set(resources, { size: resources.length, groups });
  return groups;
}
function externalTargetsOfKind(service, kind) {
  return (service.externalTargets ?? []).filter((r) => r.kind === kind);
}
function policyHoldersOfKind(service, kind) {
  return [...resourcesOfKind(service, kind), ...externalTargetsOfKind(service, kind)];
}
function keyState(a) {
  if (!a) return "off";
  if (isSymbolicValue(a.value)) return isConditional(a.value.fn) ? "unknown" : "on";
  return a.value.trim() === "" ? "off" : "on";
}
function isConditional(fn) {
  return fn === "Fn::If" || fn === "conditional";
}
function flagState(a) {
  if (!a) return "off";
  const v = literal(a);
  if (v === void 0) return "unknown";
  return v ? "on" : "off";
}
function reportSetting(ctx, resource, state, attr, finding, undecidedReason) {
  if (state === "on") return;
  if (state === "unknown") {
    ctx.undecidable({
      resource: resource.id,
      reason: undecidedReason,
      location: attr?.loc ?? resource.loc
    });
    return;
  }
  ctx.report({ ...finding, resource: resource.id, location: attr?.loc ?? resource.loc });
}
function rawPropertiesOf(service, resource) {
  const raw = service.rawResources.find((r) => r.id === resource.id && r.type === resource.type);
  return raw?.properties;
}

// src/policy/rules/lib/condition-narrowing.ts
function conditionTestNarrows(operator, key, values) {
  const op = operator.toLowerCase().replace(/^foranyvalue:/, "");
  const kind = ownValue(OPERATORS, op);
  const shape = ownValue(KEY_SHAPES, key.toLowerCase());
  if (!kind || !shape) return false;
  const items = asList(values);
  if (items.length === 0) return false;
  return items.every((item) => {
    if (item.kind === "symbolic") return true;
    if (item.kind !== "scalar" || item.value === null) return false;
    return valueNarrows(kind, shape, String(item.value));
  });
}
var OPERATORS = {
  stringequals: "exact",
  stringequalsignorecase: "exact",
  stringlike: "wildcard",
  arnequals: "wildcard",
  arnlike: "wildcard",
  ipaddress: "ip"
};
var KEY_SHAPES = {
  "aws:sourcearn": "arn",
  "aws:principalarn": "arn",
  "aws:sourceaccount": "id",
  "aws:sourceowner": "id",
  "aws:principalaccount": "id",
  "kms:calleraccount": "id",
  "aws:sourceorgid": "id",
  "aws:principalorgid": "id",
  "aws:sourcevpce": "id",
  "aws:sourcevpc": "id",
  "aws:principalservicename": "id",
  // Only in role trust policies: the value the caller must pass to sts:AssumeRole.
  "sts:externalid": "id",
  "aws:sourceorgpaths": "org-path",
  "aws:principalorgpaths": "org-path",
  "aws:userid": "user-id",
  "aws:sourceip": "ip"
};
function valueNarrows(kind, shape, value) {
  if (kind === "exact") return true;
  if (kind === "ip" || shape === "ip") return !/^(0\.0\.0\.0|::)\/0$/.test(value.trim());
  switch (shape) {
    case "arn":
      return arnNarrows(value);
    case "org-path":
      return literal2(value.split("/")[0] ?? "");
    case "user-id":
      return literal2(value.split(":")[0] ?? "");
    default:
      return literal2(value);
  }
}
function arnNarrows(pattern) {
  const parts = pattern.split(":");
  if (parts[0] !== "arn" || parts.length < 6) return literal2(pattern);
  const account = parts[4];
  if (account !== "") return literal2(account);
  const resource = parts.slice(5).join(":").split("/")[0] ?? "";
  return literal2(resource);
}
function literal2(text) {
  return text !== "" && !/[*?]/.test(text);
}

// src/policy/rules/lib/deny-guards.ts
function denyGuards(documents) {
  return documents.flatMap((d) => d.statements).filter(keepsOthersOut);
}
function guardCovers(guard, allow) {
  return coversActions(guard, allow) && coversResources(guard, allow);
}
var NEGATED = {
  stringnotequals: "StringEquals",
  stringnotequalsignorecase: "StringEqualsIgnoreCase",
  stringnotlike: "StringLike",
  arnnotequals: "ArnEquals",
  arnnotlike: "ArnLike",
  notipaddress: "IpAddress"
};
function keepsOthersOut(st) {
  if (literal(st.effect) !== "Deny" || st.notActions.length > 0) return false;
  if (!st.principals.some((p) => literal(p.value) === "*")) return false;
  const condition = st.condition;
  if (!condition || !isMap(condition) || condition.entries.size !== 1) return false;
  const [test] = condition.entries.values();
  if (!test || !isMap(test.value) || test.value.entries.size !== 1) return false;
  const positive = ownValue(NEGATED, test.key.toLowerCase().replace(/ifexists$/, ""));
  const [keyed] = test.value.entries.values();
  return positive !== void 0 && keyed !== void 0 && conditionTestNarrows(positive, keyed.key, keyed.value);
}
function coversActions(guard, allow) {
  const denied = guard.actions.map((a) => literal(a));
  if (denied.some((a) => a === void 0)) return false;
  const patterns = denied;
  if (allow.notActions.length > 0) return patterns.includes("*");
  return allow.actions.every((a) => {
    const action = literal(a);
    return action !== void 0 && patterns.some((p) => actionMatches(p, action));
  });
}
function coversResources(guard, allow) {
  const denied = guard.resources.map((r) => display(r));
  if (denied.includes("*")) return true;
  if (allow.notResources.length > 0 || allow.resources.length === 0) return false;
  return allow.resources.every((r) => denied.includes(display(r)));
}

// src/policy/rules/lib/resource-policies.ts
var PRIVATE = { kind: "private" };
function statementPublicity(st) {
  const via = wildcardGrantee(st);
  const unknownPrincipal = via ? void 0 : st.principals.find((p) => couldBeWildcard(p.value.value));
  if (!via && !unknownPrincipal) return PRIVATE;
  const effect = literal(st.effect);
  if (effect !== void 0 && effect !== "Allow") return PRIVATE;
  const restricted = st.condition === void 0 ? false : conditionRestricts(st.condition);
  if (restricted === true) return PRIVATE;
  if (!via) {
    const location = unknownPrincipal?.value.loc ?? st.loc;
    return undecided("a Principal is not known before deployment", location);
  }
  if (effect === void 0) {
    return undecided("the statement Effect is not known before deployment", st.effect.loc);
  }
  if (restricted === void 0) {
    const location = st.condition?.loc ?? st.loc;
    return undecided("the statement Condition is not known before deployment", location);
  }
  return { kind: "public", via, conditioned: st.condition !== void 0 };
}
function wildcardGrantee(st) {
  if (st.principals.some(isWildcardPrincipal)) return "Principal";
  if (st.notPrincipals.length > 0) return "NotPrincipal";
  return void 0;
}
function isWildcardPrincipal(p) {
  const type = p.type.toUpperCase();
  return (type === "*" || type === "AWS") && literal(p.value) === "*";
}
function couldBeWildcard(v) {
  if (!isSymbolicValue(v)) return false;
  if (v.fn === "Fn::GetAtt") return false;
  return !/arn:|amazonaws\.com/.test(v.expr);
}
function undecided(reason, location) {
  return { kind: "undecidable", reason, location };
}
function conditionRestricts(condition) {
  if (condition.kind === "symbolic") return void 0;
  if (!isMap(condition)) return false;
  const tests = legacyEventBusCondition(condition) ?? condition;
  for (const test of tests.entries.values()) {
    if (!isMap(test.value)) continue;
    for (const e of test.value.entries.values()) {
      if (conditionTestNarrows(test.key, e.key, e.value)) return true;
    }
  }
  return false;
}
function legacyEventBusCondition(condition) {
  const type = get(condition, "Type");
  const key = get(condition, "Key");
  const value = get(condition, "Value");
  if (type?.kind !== "scalar" || key?.kind !== "scalar" || !value) return void 0;
  const keyName = String(key.value);
  const inner = {
    kind: "map",
    entries: /* @__PURE__ */ new Map([[keyName, { key: keyName, keyLoc: key.loc, value }]]),
    loc: condition.loc
  };
  const op = String(type.value);
  return {
    kind: "map",
    entries: /* @__PURE__ */ new Map([[op, { key: op, keyLoc: type.loc, value: inner }]]),
    loc: condition.loc
  };
}
function publicStatementsOf(resource) {
  const open = [];
  const undecidedOnes = [];
  const guards = denyGuards(resource.policies);
  for (const document of resource.policies) {
    if (document.symbolic) {
      undecidedOnes.push({
        reason: `the policy is an expression (${document.symbolic.expr}) that is not known before deployment`,
        location: document.loc
      });
    }
    for (const statement of document.statements) {
      const publicity = statementPublicity(statement);
      if (publicity.kind !== "private" && guards.some((g) => guardCovers(g, statement))) continue;
      if (publicity.kind === "public") open.push({ statement, publicity });
      else if (publicity.kind === "undecidable") undecidedOnes.push(publicity);
    }
  }
  return { open, undecided: undecidedOnes };
}
function openStatementGranting(resource, action) {
  return openStatementsGranting(resource, action)[0];
}
function openStatementsGranting(resource, action) {
  return publicStatementsOf(resource).open.filter((p) => allowsAction(p.statement, action));
}
function allowsAction(statement, action) {
  const written = (statement.notActions.length > 0 ? statement.notActions : statement.actions).map(
    (a) => literal(a)
  );
  if (statement.notActions.length === 0)
    return written.some((a) => a !== void 0 && actionMatches(a, action));
  return written.every((a) => a !== void 0 && !actionMatches(a, action));
}
function grantedActions(st) {
  const names = literals(st.actions);
  if (st.notActions.length > 0) return "every action except those in NotAction";
  if (names.length === 0) return "the listed actions";
  return names.map((n) => `\`${n}\``).join(", ");
}
function publicEvidence(p) {
  const names = literals(p.statement.actions);
  const what = p.statement.notActions.length > 0 ? "NotAction" : names.join(",") || "actions";
  const who = p.publicity.via === "NotPrincipal" ? "NotPrincipal" : "Principal *";
  return `${who} ${what}${p.statement.sid ? ` (${p.statement.sid})` : ""}`;
}
function publicGrantSentence(p) {
  const who = p.publicity.via === "NotPrincipal" ? "lets every principal not listed in NotPrincipal" : "lets anyone (Principal `*`)";
  const why = p.publicity.conditioned ? ": its condition does not restrict the caller, account, organisation, network or source" : ", with no condition restricting the caller";
  return `${who} call ${grantedActions(p.statement)}${why}`;
}

// src/policy/rules/lib/execute-api-routes.ts
var SEGMENT = /* @__PURE__ */ Symbol("segment");
var REST = /* @__PURE__ */ Symbol("rest");
function statementCoversRoute(st, endpoint) {
  const route = routeTokens(endpoint);
  if (st.notResources.length > 0) {
    const excluded = coverageOf(st.notResources, route);
    return excluded === "none" ? "match" : "unknown";
  }
  if (st.resources.length === 0) return "match";
  return coverageOf(st.resources, route);
}
function statementDeniesRoute(st, endpoint) {
  if (literal(st.effect) !== "Deny" || st.condition !== void 0) return false;
  if (!st.principals.some(isWildcardPrincipal) || st.notActions.length > 0) return false;
  const invoke = st.actions.some((a) => {
    const action = literal(a);
    return action !== void 0 && actionMatches(action, "execute-api:Invoke");
  });
  if (!invoke || st.notResources.length > 0) return false;
  const generic = routeTokens(endpoint).map((t) => typeof t === "string" ? t : FILLED);
  return st.resources.some((r) => {
    const text = literal(r);
    if (text === "*") return true;
    const pattern = text === void 0 ? void 0 : routePattern(text);
    return pattern !== void 0 && pattern.length <= MAX_PATTERN && intersects([...pattern], generic);
  });
}
var FILLED = "";
function coverageOf(resources, route) {
  const each = resources.map((r) => resourceCovers(r, route));
  if (each.includes("match")) return "match";
  return each.includes("unknown") ? "unknown" : "none";
}
function resourceCovers(resource, route) {
  const text = arnText(resource.value);
  if (text === void 0) return "unknown";
  if (text === "*") return "match";
  const pattern = routePattern(text);
  if (pattern === void 0) return text.includes(UNKNOWN) ? "unknown" : "none";
  if (pattern === EVERY_ROUTE) return "match";
  if (pattern.includes(UNKNOWN) || pattern.length > MAX_PATTERN) return "unknown";
  return intersects([...pattern], route) ? "match" : "none";
}
var EVERY_ROUTE = "*";
function routePattern(text) {
  const at = text.indexOf("execute-api:");
  const apiArnFirst = text.startsWith(`${UNKNOWN}/`);
  if (at < 0 && !apiArnFirst) return void 0;
  const last = apiArnFirst ? text : afterService(text, at);
  const slash = last.indexOf("/");
  if (slash < 0) return last.endsWith("*") ? EVERY_ROUTE : void 0;
  return last.slice(slash + 1);
}
function afterService(text, at) {
  return text.slice(at + "execute-api:".length).split(":").pop() ?? "";
}
function routeTokens(endpoint) {
  const method = literal(endpoint.method)?.toUpperCase();
  const path = literal(endpoint.path);
  const methodTokens = method === void 0 || method === "ANY" || method === "*" ? [SEGMENT] : [...method];
  const pathTokens = path === void 0 ? [REST] : pathTemplateTokens(path.replace(/^\/+/, ""));
  return [SEGMENT, "/", ...methodTokens, "/", ...pathTokens];
}
function pathTemplateTokens(path) {
  const out = [];
  for (const part of path.split(/(\{[^}]*\})/)) {
    if (/^\{.*\+\}$/.test(part)) out.push(REST);
    else if (/^\{.*\}$/.test(part)) out.push(SEGMENT);
    else out.push(...part);
  }
  return out;
}
var MAX_PATTERN = 4096;
function intersects(pattern, route) {
  const width = route.length + 1;
  const can = new Uint8Array((pattern.length + 1) * width);
  const at = (i, j) => can[i * width + j] === 1;
  const step = (i, j) => {
    const p = pattern[i];
    const r = route[j];
    if (p === void 0 && r === void 0) return true;
    if (p === "*") return at(i + 1, j) || r !== void 0 && at(i, j + 1);
    if (r === SEGMENT || r === REST) {
      const fits = p !== void 0 && (r === REST || p !== "/");
      return at(i, j + 1) || fits && at(i + 1, j);
    }
    if (p === void 0 || r === void 0) return false;
    return (p === "?" && r !== FILLED || p === r) && at(i + 1, j + 1);
  };
  for (let i = pattern.length; i >= 0; i--)
    for (let j = route.length; j >= 0; j--) can[i * width + j] = step(i, j) ? 1 : 0;
  return at(0, 0);
}

// src/policy/rules/lib/api.ts
function apiResource(service, apiId) {
  if (apiId === void 0) return void 0;
  return service.resources.find((r) => r.kind === "api" && r.id === apiId);
}
function isPrivateApi(service, endpoint) {
  const type = literal(apiResource(service, endpoint.apiId)?.attributes.endpointType);
  return type?.toUpperCase() === "PRIVATE";
}
function resourcePolicyGate(service, endpoint) {
  if (endpoint.kind !== "rest") return "open";
  const api = apiResource(service, endpoint.apiId);
  const written = api?.policies.some((d) => d.symbolic || d.statements.length > 0);
  if (!api || !written) return "open";
  const opening = routeOpening(api, endpoint);
  if (opening === "unknown") return "undecided";
  if (opening) return "open";
  return publicStatementsOf(api).undecided.length > 0 ? "undecided" : "restricted";
}
function routeOpening(api, endpoint) {
  if (routeDenied(api, endpoint)) return void 0;
  const open = openStatementsGranting(api, "execute-api:Invoke");
  const coverage = open.map((p) => statementCoversRoute(p.statement, endpoint));
  const index = coverage.indexOf("match");
  if (index >= 0) return open[index];
  return coverage.includes("unknown") ? "unknown" : void 0;
}
function routeDenied(api, endpoint) {
  return api.policies.some((d) => d.statements.some((st) => statementDeniesRoute(st, endpoint)));
}
function apiExists(service, apiId) {
  if (apiId === void 0) return true;
  return apiResource(service, apiId) !== void 0 || service.endpoints.some((e) => e.apiId === apiId);
}
function deployedStages(service) {
  return service.resources.filter(
    (r) => r.kind === "api-stage" && apiExists(service, r.attributes.apiId)
  );
}
function stageEndpoints(service, stage) {
  const apiId = stage.attributes.apiId;
  return service.endpoints.filter((e) => apiId === void 0 || e.apiId === apiId);
}
function stagesWithSettings(service) {
  return [...deployedStages(service), ...externalTargetsOfKind(service, "api-stage")];
}
var ENDPOINT_PROTOCOL = {
  rest: "REST",
  http: "HTTP",
  websocket: "WEBSOCKET"
};
var IMPLICIT_API_PROTOCOL = {
  ApiGatewayRestApi: "REST",
  HttpApi: "HTTP",
  WebsocketsApi: "WEBSOCKET"
};
function stageProtocol(service, stage) {
  const apiId = stage.attributes.apiId;
  const declared = literal(apiResource(service, apiId)?.attributes.protocol) ?? literal(stage.attributes.protocol);
  const normalised = declared?.toUpperCase();
  if (normalised === "REST" || normalised === "HTTP" || normalised === "WEBSOCKET") {
    return normalised;
  }
  const endpoint = service.endpoints.find((e) => apiId !== void 0 && e.apiId === apiId);
  const byEndpoint = endpoint ? ENDPOINT_PROTOCOL[endpoint.kind] : void 0;
  return byEndpoint ?? protocolOfType(stage.type) ?? ownValue(IMPLICIT_API_PROTOCOL, apiId ?? "");
}
function protocolOfType(type) {
  if (/ApiGatewayV2|apigatewayv2|Serverless::HttpApi/i.test(type)) return "HTTP";
  if (/^AWS::ApiGateway::|^aws_api_gateway_|^AWS::Serverless::Api$/.test(type)) return "REST";
  return void 0;
}
function isRestStage(service, stage) {
  return stageProtocol(service, stage) === "REST";
}
function stageLabel(stage) {
  if (isExternal(stage)) return `stage ${externalName(stage)}`;
  const name = literal(stage.attributes.stageName);
  const apiId = stage.attributes.apiId;
  const what = name ? `stage \`${name}\`` : `stage \`${stage.id}\``;
  return apiId ? `${what} of API \`${apiId}\`` : what;
}
function routeOf(endpoint) {
  const method = literal(endpoint.method);
  const path = literal(endpoint.path);
  if (path === void 0) return endpoint.id;
  return method === void 0 ? path : `${method.toUpperCase()} ${path}`;
}
function endpointLabel(endpoint) {
  const fns = endpoint.functionIds;
  const target = fns.length === 0 ? "" : ` (function${fns.length > 1 ? "s" : ""} ${fns.map((f) => `\`${f}\``).join(", ")})`;
  return `\`${routeOf(endpoint)}\`${target}`;
}
function isPreflight(endpoint) {
  return literal(endpoint.method)?.toUpperCase() === "OPTIONS";
}

// src/policy/rules/lib/permissions.ts
function permissionTarget(p) {
  if (p.functionId) return `function \`${p.functionId}\``;
  const written = display(p.functionRef);
  return written ? `function \`${written}\`` : "the function";
}
function permissionResource(p) {
  return p.functionId ?? p.id;
}
function hasSourceCondition(p) {
  const narrows = (operator, key, a) => a !== void 0 && conditionTestNarrows(operator, key, valueOf(a));
  return narrows("ArnLike", "aws:SourceArn", p.sourceArn) || narrows("StringEquals", "aws:SourceAccount", p.sourceAccount);
}
function isOpenToAll(p) {
  return literal(p.principal)?.trim() === "*" && !hasSourceCondition(p) && !p.principalOrgId;
}
function isUrlCompanion(p, all) {
  if (literal(p.invokedViaFunctionUrl) !== true) return false;
  const target = p.functionId ?? display(p.functionRef);
  return all.some(
    (other) => other !== p && (other.functionId ?? display(other.functionRef)) === target && literal(other.action)?.trim().toLowerCase() === "lambda:invokefunctionurl" && isOpenToAll(other)
  );
}
function valueOf(a) {
  return isSymbolicValue(a.value) ? a.value : { kind: "scalar", value: a.value, loc: a.loc };
}
function isServicePrincipal(principal) {
  return /^[a-z0-9.-]+\.amazonaws\.com(?:\.cn)?$/i.test(principal.trim());
}

export {
  actionMatches,
  isFullWildcard,
  isAnyResource,
  isServiceWildcard,
  canWrite,
  isPermissionsManagement,
  escalationActionsIn,
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  FULL_ACCESS_POLICY,
  managedPolicyIn,
  managedPolicyName,
  isAwsManagedArn,
  everyOfType,
  escalationTargetIn,
  identityStatements,
  isAllow,
  literals,
  hasSymbolic,
  functionsUsing,
  holderOf,
  resourceReach,
  isUnscopable,
  hasCondition,
  listForMessage,
  statementOwner,
  policiesOf,
  writeGrantOf,
  resourceLabel,
  isExternal,
  resourcesOfKind,
  policyHoldersOfKind,
  keyState,
  flagState,
  reportSetting,
  rawPropertiesOf,
  isWildcardPrincipal,
  conditionRestricts,
  publicStatementsOf,
  openStatementGranting,
  grantedActions,
  publicEvidence,
  publicGrantSentence,
  apiResource,
  isPrivateApi,
  resourcePolicyGate,
  routeOpening,
  routeDenied,
  deployedStages,
  stageEndpoints,
  stagesWithSettings,
  isRestStage,
  stageLabel,
  endpointLabel,
  isPreflight,
  permissionTarget,
  permissionResource,
  hasSourceCondition,
  isOpenToAll,
  isUrlCompanion,
  isServicePrincipal
};
