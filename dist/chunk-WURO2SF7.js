import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  pathSeverity
} from "./chunk-OIJINK6H.js";
import {
  PATH_RULES
} from "./chunk-6ATYAQCS.js";
import {
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  actionMatches,
  apiResource,
  canWrite,
  escalationActionsIn,
  escalationTargetIn,
  everyOfType,
  grantedActions,
  hasCondition,
  hasSourceCondition,
  isAllow,
  isAnyResource,
  isFullWildcard,
  isPreflight,
  isPrivateApi,
  isUrlCompanion,
  managedPolicyIn,
  managedPolicyName,
  openStatementGranting,
  policiesOf,
  resourcePolicyGate,
  resourcesOfKind,
  routeOpening
} from "./chunk-X55WVBGH.js";
import {
  indexVulnerabilities,
  linkedLockfiles,
  packageKey,
  shipsOf
} from "./chunk-OSVJ6EM3.js";
import {
  fingerprintKey,
  fingerprintOf
} from "./chunk-CNIQ5CR7.js";
import {
  exactName
} from "./chunk-SSFE73ML.js";
import {
  display,
  literal
} from "./chunk-P4JAG5LX.js";
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";
import {
  ConfigError
} from "./chunk-G4PDCYJP.js";

// package.json
var package_default = { version: "0.1.0" };

// src/report/tool.ts
var TOOL_NAME = "serverless-gate";
var TOOL_VERSION = package_default.version;

// src/core/osv-source.ts
function osvSourceFor(settings, logger) {
  if (!settings.offlineDir) checkApiUrl(settings.apiUrl);
  let opened;
  return {
    async lookup(packages) {
      opened ??= open(settings, logger);
      return (await opened).lookup(packages);
    }
  };
}
async function open(settings, logger) {
  const { createOsvClient, openOfflineDatabase } = await import("./chunk-D62W6ADG.js");
  if (settings.offlineDir) {
    const dir = settings.offlineDir;
    const db = await openOfflineDatabase(dir);
    logger?.info(`offline vulnerability database ${dir}: ${db.recordCount} records`);
    return db;
  }
  return createOsvClient({
    baseUrl: settings.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    onLog: (m) => logger?.debug(m)
  });
}
function checkApiUrl(apiUrl) {
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new ConfigError("the OSV API URL is not a valid URL");
  }
  if (url.username || url.password) {
    url.username = "";
    url.password = "";
    throw new ConfigError(
      `the OSV API URL must not hold a user name or password (given for ${url.origin}): requests cannot send them, and reports would show them`
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(`the OSV API URL must be http or https (got ${url.protocol})`);
}

// src/paths/capabilities.ts
var SECRET_READS = [
  "secretsmanager:GetSecretValue",
  "ssm:GetParameter",
  "ssm:GetParameters",
  "ssm:GetParametersByPath",
  "kms:Decrypt"
];
var DATA_SERVICES = /* @__PURE__ */ new Set([
  "s3",
  "dynamodb",
  "sqs",
  "kinesis",
  "firehose",
  "rds",
  "rds-data",
  "elasticfilesystem",
  "es",
  "timestream"
]);
var STORE_POLICY = "(?:S3|DynamoDB|SQS|Kinesis|KinesisFirehose|RDS|RDSData|ElasticFileSystem|OpenSearchService|Timestream)";
var MANAGED_CLASSES = [
  [/^SecretsManagerReadWrite$|^AmazonSSMReadOnlyAccess$|^AmazonSSMFullAccess$/i, "secrets-read"],
  [new RegExp(`^Amazon${STORE_POLICY}FullAccess(?:_v\\d+)?$`, "i"), "data-write"],
  [new RegExp(`^Amazon${STORE_POLICY}ReadOnlyAccess$`, "i"), "data-read"]
];
function capabilitiesOf(service, fn) {
  const role = service.roles.find((r) => r.id === fn.roleId);
  const mayDo = [];
  const undecidedGrants = [];
  for (const policy of role ? policiesOf(service, role) : []) {
    if (policy.kind === "aws-managed" || policy.kind === "external") {
      const found = managedCapability(policy);
      if (found) mayDo.push(found);
      else if (!policy.arn || literal(policy.arn) === void 0) undecidedGrants.push(policy.loc);
      continue;
    }
    if (policy.document?.symbolic) undecidedGrants.push(policy.document.loc);
    for (const st of policy.document?.statements ?? []) mayDo.push(...statementCapabilities(st));
  }
  mayDo.push(networkOf(fn));
  return { mayDo, undecidedGrants };
}
function managedCapability(policy) {
  const arn = policy.arn && literal(policy.arn);
  if (!arn || !policy.arn) return void 0;
  const name = managedPolicyName(arn);
  const cls = managedPolicyIn(ADMIN_MANAGED_POLICIES, name) ? "administrator" : managedPolicyIn(ESCALATION_MANAGED_POLICIES, name) ? "privilege-escalation" : MANAGED_CLASSES.find(([re]) => re.test(name))?.[1];
  if (!cls) return void 0;
  return {
    class: cls,
    action: name,
    resource: "*",
    scope: "any",
    conditional: false,
    location: policy.arn.loc
  };
}
function statementCapabilities(st) {
  if (!isAllow(st)) return [];
  const resources = st.resources.map((r) => literal(r));
  const everything = st.notResources.length > 0 || resources.some((r) => isAnyResource(r ?? ""));
  const scope = everything ? "any" : resources.some((r) => r !== void 0 && isWildcardArn(r)) || st.resources.some((r) => everyOfType(r) !== void 0) ? "wildcard" : "scoped";
  const at = (action, loc, cls) => ({
    class: cls,
    action,
    resource: everything ? "*" : st.resources.map(display).join(", "),
    scope,
    conditional: hasCondition(st),
    location: loc
  });
  const out = [];
  if (st.notActions.length > 0 && everything && st.notActions[0]) {
    out.push(
      at(
        `NotAction ${st.notActions.map(display).join(", ")}`,
        st.notActions[0].loc,
        "administrator"
      )
    );
  }
  const wildcards = st.resources.flatMap((r) => everyOfType(r) ?? []);
  for (const a of st.actions) {
    const action = literal(a);
    if (action === void 0) continue;
    const cls = escalatesOn(action, wildcards) ? "privilege-escalation" : classOf(action, scope);
    if (cls) out.push(at(action, a.loc, cls));
  }
  return out;
}
function classOf(action, scope) {
  if (isFullWildcard(action)) return scope === "any" ? "administrator" : "data-write";
  if (scope === "any" && escalationActionsIn(action).length > 0) return "privilege-escalation";
  if (SECRET_READS.some((s) => actionMatches(action, s))) return "secrets-read";
  const service = action.split(":")[0]?.toLowerCase() ?? "";
  if (!DATA_SERVICES.has(service)) return void 0;
  return canWrite(action) ? "data-write" : "data-read";
}
function escalatesOn(action, wildcards) {
  if (isFullWildcard(action)) return false;
  return escalationActionsIn(action).some(
    (e) => wildcards.some((w) => escalationTargetIn(e, w) !== void 0)
  );
}
function isWildcardArn(resource) {
  return /^arn:[^:]*:[^:]*:[^:]*:[^:]*:(?:\*|[a-z-]+[/:]\*)$|^arn:[^:]*:s3:::\*/i.test(resource);
}
function networkOf(fn) {
  return {
    class: "network",
    action: fn.vpc ? "runs in a VPC" : "internet egress (no VPC)",
    resource: "",
    scope: "scoped",
    conditional: false,
    location: fn.vpc?.loc ?? fn.loc
  };
}

// src/paths/event-sources.ts
var SOURCES = {
  sqs: { kind: "queue", action: "sqs:SendMessage", noun: "queue" },
  sns: { kind: "topic", action: "sns:Publish", noun: "topic" },
  s3: { kind: "bucket", action: "s3:PutObject", noun: "bucket" },
  eventbridge: { kind: "event-bus", action: "events:PutEvents", noun: "event bus" }
};
function openEventSource(service, t) {
  const source = SOURCES[t.kind];
  if (!source) return void 0;
  const resource = sourceResource(service, t, source.kind);
  if (!resource) return void 0;
  const statement = openStatementGranting(resource, source.action);
  return statement && { resource, noun: source.noun, statement };
}
function sourceResource(service, t, kind) {
  const value = t.source?.value;
  if (value === void 0) return void 0;
  const candidates = resourcesOfKind(service, kind);
  if (typeof value === "object") {
    const refs = new Set(value.refs);
    const referenced = candidates.find((r) => refs.has(r.id));
    if (referenced) return referenced;
  }
  const name = exactName(value, kind);
  const named = name === void 0 ? [] : candidates.filter((r) => literal(r.name) === name);
  return named.length === 1 ? named[0] : void 0;
}
function openSourceSentence(open2) {
  return `${open2.noun} \`${open2.resource.id}\`, whose policy lets any AWS account call ${grantedActions(open2.statement.statement)}`;
}

// src/paths/guest-access.ts
var MANAGED_ACTIONS = {
  administratoraccess: "*",
  awslambdarole: "lambda:InvokeFunction",
  awslambda_fullaccess: "lambda:*",
  awslambdafullaccess: "lambda:*",
  amazonapigatewayinvokefullaccess: "execute-api:*"
};
function guestEntries(service, fn) {
  const out = [];
  const doors = doorsOf(service, fn);
  for (const pool of resourcesOfKind(service, "identity-pool")) {
    const allowed = pool.attributes.allowUnauthenticated;
    if (literal(allowed) !== true || !allowed) continue;
    const role = unauthenticatedRole(service, pool);
    const grant = role && policiesOf(service, role).map((p) => grantIn(p, doors)).find(Boolean);
    if (!grant) continue;
    const what = `unauthenticated identities of identity pool \`${pool.id}\``;
    out.push({
      level: "internet",
      key: `guest:${pool.id}`,
      label: `guests of ${pool.id}`,
      what,
      description: `${what} (its unauthenticated role may \`${grant}\`)`,
      location: allowed.loc
    });
  }
  return out;
}
function unauthenticatedRole(service, pool) {
  const written = pool.attributes.unauthenticatedRole?.value;
  if (written === void 0) return void 0;
  const refs = new Set(typeof written === "object" ? written.refs : []);
  const name = exactName(written, "role");
  return service.roles.find((r) => refs.has(r.id) || isNamed(name, r.name));
}
function doorsOf(service, fn) {
  const doors = [{ action: "lambda:InvokeFunction", covers: (r) => namesFunction(r, fn) }];
  for (const e of service.endpoints) {
    if (!e.functionIds.includes(fn.id) || e.auth.type !== "iam") continue;
    if (e.kind === "function-url")
      doors.push({ action: "lambda:InvokeFunctionUrl", covers: (r) => namesFunction(r, fn) });
    else if (e.apiId !== void 0) {
      const apiId = e.apiId;
      doors.push({ action: "execute-api:Invoke", covers: (r) => namesApi(r, apiId) });
    }
  }
  return doors;
}
function grantIn(policy, doors) {
  if (policy.kind === "aws-managed") {
    const name = managedPolicyName(literal(policy.arn) ?? "");
    const action = ownValue(MANAGED_ACTIONS, name.toLowerCase());
    const opens = action !== void 0 && doors.some((d) => actionMatches(action, d.action));
    return opens ? `${name}` : void 0;
  }
  for (const statement of policy.document?.statements ?? []) {
    if (!isAllow(statement) || hasCondition(statement) || statement.notActions.length > 0) continue;
    for (const written of statement.actions) {
      const action = literal(written);
      if (action === void 0) continue;
      const door = doors.find((d) => actionMatches(action, d.action));
      if (door && statement.resources.some((r) => door.covers(r))) return action;
    }
  }
  return void 0;
}
function namesFunction(r, fn) {
  const value = literal(r);
  if (value === "*" || /^arn:[^:]+:lambda:[^:]*:[^:]*:function:\*$/.test(value ?? "")) return true;
  return refersTo(r, fn.id) || isNamed(exactName(r.value, "function"), fn.name);
}
function isNamed(name, own) {
  return name !== void 0 && literal(own) === name;
}
function namesApi(r, apiId) {
  const value = literal(r);
  if (value !== void 0)
    return value === "*" || /^arn:[^:]+:execute-api:[^:]*:[^:]*:\*/.test(value);
  return refersTo(r, apiId);
}
function refersTo(r, id) {
  return typeof r.value === "object" && r.value !== null && r.value.refs.includes(id);
}

// src/paths/reach.ts
var ORDER = ["internet", "any-account", "authenticated", "account", "none"];
function reachOf(service, fn) {
  const entries = [
    ...service.endpoints.filter((e) => e.functionIds.includes(fn.id) && !isPreflight(e)).map((e) => endpointEntry(service, e)),
    ...service.permissions.filter((p) => p.functionId === fn.id && !isUrlCompanion(p, service.permissions)).map(permissionEntry),
    ...fn.triggers.filter((t) => t.endpointId === void 0).map((t) => eventEntry(service, t)),
    ...guestEntries(service, fn)
  ];
  return { level: levelOf(entries), entries };
}
function levelOf(entries) {
  const known = entries.map((e) => e.level).filter((l) => l !== "unknown");
  const best = ORDER.find((l) => known.includes(l)) ?? "none";
  const undecided = entries.some((e) => e.level === "unknown");
  return undecided && ORDER.indexOf(best) > ORDER.indexOf("any-account") ? "unknown" : best;
}
function routeLabel(e) {
  if (e.kind === "function-url") return "function URL";
  const method = e.method ? display(e.method).toUpperCase() : "";
  return `${method} ${e.path ? display(e.path) : ""}`.trim();
}
function endpointEntry(service, e) {
  const label = routeLabel(e);
  const what = e.kind === "function-url" ? "its function URL" : `route \`${label}\``;
  const base = {
    key: `${e.kind}:${e.apiId ?? ""}:${label}`,
    label,
    what,
    location: e.auth.loc ?? e.loc
  };
  const auth = websocketAuth(service, e) ?? e.auth;
  if (auth.type === "unknown")
    return { ...base, level: "unknown", description: `${what} (authorization not known)` };
  if (auth.type !== "none") {
    const by = auth.authorizer ? ` (\`${display(auth.authorizer)}\`)` : "";
    return {
      ...base,
      level: "authenticated",
      auth: `${auth.type}${by}`,
      description: `${what} (${auth.type} authorization)`
    };
  }
  if (isPrivateApi(service, e)) return privateEntry(service, e, base);
  const gate = resourcePolicyGate(service, e);
  if (gate === "undecided")
    return { ...base, level: "unknown", description: `${what} (resource policy not known)` };
  if (gate === "restricted")
    return {
      ...base,
      level: "account",
      description: `${what} (no authorization, only callers its API's resource policy names)`
    };
  const keyOnly = literal(e.apiKeyRequired) === true;
  return {
    ...base,
    level: "internet",
    description: `${what} (${keyOnly ? "API key only" : "no authorization"})`
  };
}
function websocketAuth(service, e) {
  if (e.kind !== "websocket" || literal(e.path) === "$connect") return void 0;
  const connect = service.endpoints.find(
    (c) => c.kind === "websocket" && c.apiId === e.apiId && literal(c.path) === "$connect"
  );
  return connect?.auth ?? { type: "none" };
}
function privateEntry(service, e, base) {
  const api = apiResource(service, e.apiId);
  const open2 = api && routeOpening(api, e);
  if (open2 === "unknown")
    return { ...base, level: "unknown", description: `${base.what} (resource policy not known)` };
  if (!open2)
    return {
      ...base,
      level: "account",
      description: `${base.what} (private API, no authorization)`
    };
  return {
    ...base,
    level: "any-account",
    description: `${base.what} (private API whose resource policy lets the VPC endpoints of any AWS account call it, no authorization)`,
    location: open2.statement.loc
  };
}
function permissionEntry(p) {
  const base = {
    key: `permission:${p.id}`,
    label: `permission ${p.id}`,
    what: `permission \`${p.id}\``,
    location: p.principal.loc
  };
  const principal = literal(p.principal)?.trim();
  if (principal === void 0)
    return {
      ...base,
      level: "unknown",
      description: `permission \`${p.id}\` (principal not known)`
    };
  if (principal !== "*" || hasSourceCondition(p) || p.principalOrgId) {
    return {
      ...base,
      level: "account",
      description: `permission \`${p.id}\` (principal \`${principal}\`)`
    };
  }
  const viaUrl = literal(p.functionUrlAuthType)?.toUpperCase() === "NONE";
  return {
    ...base,
    level: viaUrl ? "internet" : "any-account",
    description: viaUrl ? `permission \`${p.id}\` (principal \`*\` through a function URL with auth NONE)` : `permission \`${p.id}\` (principal \`*\`, no source condition)`
  };
}
function eventEntry(service, t) {
  const source = t.source ? display(t.source) : t.kind;
  const base = {
    key: `event:${t.kind}:${source}`,
    label: `${t.kind} ${source}`,
    what: `${t.kind} event \`${source}\``
  };
  const open2 = openEventSource(service, t);
  if (open2) {
    return {
      ...base,
      level: "any-account",
      description: `${base.what} from ${openSourceSentence(open2)}`,
      location: open2.statement.statement.loc
    };
  }
  return { ...base, level: "account", description: base.what, location: t.loc };
}

// src/paths/facts.ts
var NOT_SCANNED = "dependencies are not scanned";
function factsOf(model, lockfiles) {
  const out = [];
  for (const service of model.services) {
    for (const fn of service.functions) {
      const linked = lockfiles ? linkedLockfiles(service, fn, lockfiles) : [];
      out.push({
        service: service.id,
        functionId: fn.id,
        location: fn.loc,
        reach: reachOf(service, fn),
        ships: lockfiles ? shipsOf(linked, void 0) : { known: false, lockfiles: [], reason: NOT_SCANNED },
        ...capabilitiesOf(service, fn)
      });
    }
  }
  return out;
}
function withVulnerabilities(facts, index) {
  if (!index) return [...facts];
  return facts.map(
    (f) => !f.ships.known && f.ships.reason === NOT_SCANNED ? f : { ...f, ships: shipsOf(f.ships.lockfiles, index) }
  );
}
function canStartPath(facts) {
  return facts.reach.entries.some((e) => e.level === "internet" || e.level === "any-account");
}
function lockfilesToCheck(facts) {
  return [...new Set(facts.filter(canStartPath).flatMap((f) => f.ships.lockfiles))];
}

// src/paths/find.ts
function findPaths(facts, settings) {
  const rules = PATH_RULES.filter((r) => !settings.disabled.has(r.id));
  const out = [];
  for (const f of facts) {
    const internet = f.reach.entries.some((e) => e.level === "internet");
    for (const rule of rules) {
      if (rule.reach === "any-account" && internet) continue;
      const path = pathOf(rule, f, settings.severities.get(rule.id));
      if (path) out.push(path);
    }
  }
  return out;
}
function pathOf(rule, f, override) {
  const entries = f.reach.entries.filter((e) => e.level === rule.reach);
  if (entries.length === 0) return void 0;
  const valuable = worthTaking(f.mayDo);
  if (rule.needs === "vulnerable") {
    const packages = f.ships.known ? serious(f.ships.vulnerable) : [];
    if (packages.length === 0) return void 0;
    const part = packages[0]?.severity === "critical" ? "vulnerable-critical" : "vulnerable-high";
    const severity2 = override ?? pathSeverity(rule.reach, part, valuable.length > 0);
    return { rule, severity: severity2, facts: f, entries, packages, grants: valuable };
  }
  const grants = valuable.filter((c) => NEED_OF[c.class] === rule.needs);
  if (grants.length === 0) return void 0;
  const severity = override ?? pathSeverity(rule.reach, rule.needs);
  return { rule, severity, facts: f, entries, packages: [], grants };
}
var NEED_OF = {
  administrator: "privileged",
  "privilege-escalation": "privileged",
  "secrets-read": "secrets",
  "data-write": "data-write"
};
var CLASS_ORDER = [
  "administrator",
  "privilege-escalation",
  "secrets-read",
  "data-write"
];
function worthTaking(mayDo) {
  return mayDo.filter((c) => {
    if (c.class === "administrator" || c.class === "privilege-escalation") return true;
    if (c.class === "secrets-read") return c.scope !== "scoped";
    return c.class === "data-write" && c.scope !== "scoped" && !c.conditional;
  }).sort((a, b) => CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class));
}
function serious(packages) {
  return packages.filter((p) => p.severity === "critical" || p.severity === "high").sort((a, b) => a.severity === b.severity ? 0 : a.severity === "critical" ? -1 : 1);
}

// src/paths/finding.ts
var WHO = { internet: "anyone on the internet", "any-account": "any AWS account" };
function defaultPick(path) {
  return { entry: path.entries[0], package: path.packages[0], grant: path.grants[0] };
}
function pathFinding(path, pick = defaultPick(path), change) {
  const { rule, facts } = path;
  const steps = stepsOf(path, pick);
  const at = steps.find((s) => s.kind === change?.part) ?? steps[0];
  const key = fingerprintKey({
    ruleId: rule.id,
    file: facts.service,
    service: facts.service,
    resource: facts.functionId,
    evidence: rule.reach
  });
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: path.severity,
    message: messageOf(path, steps, change),
    service: facts.service,
    resource: facts.functionId,
    evidence: rule.reach,
    location: at.location,
    fingerprint: fingerprintOf(key, 0),
    path: {
      reach: rule.reach,
      function: `${facts.service}#${facts.functionId}`,
      steps,
      ...change ? { added: change.part } : {}
    }
  };
}
function stepsOf(path, pick) {
  const fn = path.facts.functionId;
  const steps = [
    {
      kind: "entry",
      message: `${WHO[path.rule.reach]} can call ${pick.entry.description}`,
      label: pick.entry.label,
      location: pick.entry.location
    },
    {
      kind: "function",
      message: `function \`${fn}\` handles the call`,
      label: fn,
      location: path.facts.location
    }
  ];
  if (pick.package) steps.push(packageStep(pick.package));
  if (pick.grant) steps.push(grantStep(pick.grant));
  return steps;
}
function packageStep(p) {
  const fix = p.fixedIn ? `, fixed in ${p.fixedIn}` : ", no fix yet";
  return {
    kind: "package",
    message: `it ships \`${p.name}\` ${p.version} (${listIds(p.ids)}, ${p.severity}${fix})`,
    label: `${p.name} ${p.version}`,
    location: p.location
  };
}
function grantStep(c) {
  const on = c.resource ? ` on \`${c.resource}\`` : "";
  return {
    kind: "grant",
    message: `it may \`${c.action}\`${on} (${CLASS_WORDS[c.class]})`,
    label: `${c.action}${c.resource ? ` on ${c.resource}` : ""}`,
    location: c.location
  };
}
var CLASS_WORDS = {
  administrator: "administrator access",
  "privilege-escalation": "privilege escalation",
  "secrets-read": "reads every secret",
  "data-write": "writes or deletes data",
  "data-read": "reads data",
  network: "network"
};
function listIds(ids) {
  const shown = ids.slice(0, 2).join(", ");
  return ids.length > 2 ? `${shown} and ${ids.length - 2} more` : shown;
}
function messageOf(path, steps, change) {
  const parts = steps.filter((s) => s.kind !== change?.part || s.kind === "function").map((s) => `${s.message} (\`${where(s.location)}\`)`);
  const others = path.entries.length - 1;
  const more = others > 0 ? `; ${others} other way${others === 1 ? "" : "s"} in` : "";
  const lead = change ? `${change.sentence}; ` : "";
  return `${lead}${parts.join("; ")}${more}`;
}
function where(loc) {
  return `${loc.file}:${loc.line}`;
}

// src/paths/lookup.ts
function cachedLookup(answered, ask) {
  const known = new Map(
    answered.packages.map((p) => [packageKey(p), void 0])
  );
  for (const f of answered.findings) known.set(packageKey(f.package), f);
  return async (packages) => {
    const missing = packages.filter((p) => !known.has(packageKey(p)));
    if (missing.length > 0) {
      if (!ask)
        throw new Error(
          `${missing.length} package(s) shipped by reachable functions cannot be checked: no vulnerability database is configured`
        );
      for (const p of missing) known.set(packageKey(p), void 0);
      for (const f of await ask(missing)) known.set(packageKey(f.package), f);
    }
    return packages.map((p) => known.get(packageKey(p))).filter((f) => f !== void 0);
  };
}

// src/paths/undecided.ts
function undecidedReach(facts) {
  return facts.flatMap(
    (f) => f.reach.entries.filter((e) => e.level === "unknown").map((e) => ({
      ruleId: "attack-paths",
      service: f.service,
      resource: f.functionId,
      reason: `who can call ${e.what} is not known before deployment, so no attack path is formed through it`,
      location: e.location
    }))
  );
}

// src/paths/index.ts
async function attackPathsOf(side, lookup, settings, scope = "reachable") {
  const lockfiles = side.packages ? [...side.packages.keys()] : void 0;
  const bare = factsOf(side.model, lockfiles);
  const needed = !lockfiles ? [] : scope === "all" ? lockfiles : lockfilesToCheck(bare);
  const packages = needed.flatMap((l) => side.packages?.get(l) ?? []);
  const index = side.packages ? indexVulnerabilities(packages.length > 0 ? await lookup(packages) : [], needed) : void 0;
  const facts = withVulnerabilities(bare, index);
  return { facts, paths: findPaths(facts, settings) };
}

export {
  TOOL_NAME,
  TOOL_VERSION,
  osvSourceFor,
  factsOf,
  worthTaking,
  defaultPick,
  pathFinding,
  cachedLookup,
  undecidedReach,
  attackPathsOf
};
