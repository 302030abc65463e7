import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  asList,
  display,
  isSymbolicValue,
  literal
} from "./chunk-3BE36UM4.js";

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
  return action === "*" || action === "*:*";
}
function isServiceWildcard(action) {
  return /^[a-z0-9-]+:\*$/i.test(action);
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
  "Preview"
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
var PRIVILEGE_ESCALATION_ACTIONS = [
  "iam:PassRole",
  "iam:CreatePolicyVersion",
  "iam:SetDefaultPolicyVersion",
  "iam:AttachRolePolicy",
  "iam:AttachUserPolicy",
  "iam:AttachGroupPolicy",
  "iam:PutRolePolicy",
  "iam:PutUserPolicy",
  "iam:PutGroupPolicy",
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
  "iam:AddUserToGroup",
  "iam:UpdateAssumeRolePolicy",
  "lambda:UpdateFunctionCode",
  "lambda:UpdateFunctionConfiguration",
  "lambda:CreateFunction",
  "sts:AssumeRole",
  "glue:UpdateDevEndpoint",
  "cloudformation:CreateStack"
];
function escalationActionsIn(action) {
  if (isFullWildcard(action)) return [];
  return PRIVILEGE_ESCALATION_ACTIONS.filter((a) => actionMatches(action, a));
}
var ADMIN_MANAGED_POLICIES = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"];
function managedPolicyName(arnOrName) {
  return arnOrName.split("/").pop() ?? arnOrName;
}
function isAwsManagedArn(arn) {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
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
  return statement.resources.find((r) => literal(r) === "*");
}
function mayBeAnyResource(resource, service) {
  const v = resource.value;
  if (!isSymbolicValue(v)) return v === "*";
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
  let undecided = false;
  for (const policy of policiesOf(service, role)) {
    const found = policy.kind === "aws-managed" || policy.kind === "external" ? managedGrant(policy) : documentGrant(policy);
    if (found === "undecided") undecided = true;
    else if (found) return { ...found, undecided };
  }
  return { evidence: "", phrase: "", undecided };
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

// src/policy/rules/lib/api.ts
function apiResource(service, apiId) {
  if (apiId === void 0) return void 0;
  return service.resources.find((r) => r.kind === "api" && r.id === apiId);
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
  return byEndpoint ?? protocolOfType(stage.type) ?? IMPLICIT_API_PROTOCOL[apiId ?? ""];
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

// src/policy/rules/lib/condition-narrowing.ts
function conditionTestNarrows(operator, key, values) {
  const op = operator.toLowerCase().replace(/^foranyvalue:/, "");
  const kind = OPERATORS[op];
  const shape = KEY_SHAPES[key.toLowerCase()];
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
  isServiceWildcard,
  canWrite,
  isPermissionsManagement,
  escalationActionsIn,
  ADMIN_MANAGED_POLICIES,
  managedPolicyName,
  isAwsManagedArn,
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
  apiResource,
  deployedStages,
  stageEndpoints,
  stagesWithSettings,
  isRestStage,
  stageLabel,
  endpointLabel,
  isPreflight,
  conditionTestNarrows,
  permissionTarget,
  permissionResource,
  hasSourceCondition,
  isOpenToAll,
  isUrlCompanion,
  isServicePrincipal
};
