import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  oneOf,
  parseCommandArgs
} from "./chunk-ELS72SX4.js";
import {
  readLockfiles
} from "./chunk-NXOYWNCA.js";
import {
  attackPathsOf,
  factsOf,
  osvSourceFor
} from "./chunk-WURO2SF7.js";
import "./chunk-OIJINK6H.js";
import "./chunk-6ATYAQCS.js";
import "./chunk-X55WVBGH.js";
import "./chunk-4BT7JHZN.js";
import "./chunk-OSVJ6EM3.js";
import "./chunk-7R77QNO6.js";
import "./chunk-CNIQ5CR7.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-QUQGESWO.js";
import {
  jsonOutput,
  oneLine,
  withoutWorkflowCommands
} from "./chunk-A7L7NCZO.js";
import {
  buildModel
} from "./chunk-3WEDGVE5.js";
import "./chunk-ZBLJTQBM.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-BR7PZRYD.js";
import {
  DirectorySource
} from "./chunk-TOJCQWTX.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-SSFE73ML.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-WLV54ML5.js";
import "./chunk-UEE2SDQD.js";
import {
  display,
  literal
} from "./chunk-P4JAG5LX.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import {
  scanPackages
} from "./chunk-HWCTCYKZ.js";
import "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import {
  formatLocation
} from "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";

// src/cli/commands/inventory.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";

// src/report/inventory.ts
function inventoryOf(model, facts) {
  return {
    services: model.services.map((s) => serviceInventory(s, facts)),
    diagnostics: model.diagnostics
  };
}
function serviceInventory(s, facts) {
  return {
    id: s.id,
    name: s.name,
    format: s.format,
    functions: s.functions.map((f) => ({
      ...functionInventory(s, f),
      ...factsInventory(facts?.find((x) => x.service === s.id && x.functionId === f.id))
    })),
    external: externalInventory(s),
    stages: s.resources.filter((r) => r.kind === "api-stage").map(stageInventory),
    principals: (s.principals ?? []).map((p) => ({
      id: p.id,
      kind: p.kind,
      defined: p.defined,
      location: formatLocation(p.loc),
      permissions: permissionsOf(p)
    })),
    counts: {
      functions: s.functions.length,
      endpoints: s.endpoints.length,
      roles: s.roles.length,
      resources: s.resources.length
    },
    ...s.moduleCalls ? { modules: s.moduleCalls.map(moduleInventory) } : {}
  };
}
function moduleInventory(m) {
  return {
    id: m.id,
    source: m.source,
    ...m.version !== void 0 ? { version: m.version } : {},
    location: formatLocation(m.loc),
    modelled: [...m.modelled],
    undecided: m.undecided.map((u) => ({
      input: u.input,
      reason: u.reason,
      location: formatLocation(u.loc)
    })),
    ...m.installedAt !== void 0 ? { installedAt: m.installedAt } : {}
  };
}
function stageInventory(r) {
  const a = r.attributes;
  const shown = (v) => v ? display(v) : void 0;
  const throttle = a.throttlingRateLimit || a.throttlingBurstLimit ? compact({ rate: shown(a.throttlingRateLimit), burst: shown(a.throttlingBurstLimit) }) : void 0;
  const plan = a.usagePlan;
  const quota = a.usagePlanQuotaLimit ? `${display(a.usagePlanQuotaLimit)}${a.usagePlanQuotaPeriod ? ` per ${display(a.usagePlanQuotaPeriod)}` : ""}` : void 0;
  return compact({
    id: r.id,
    protocol: shown(a.protocol),
    stage: shown(a.stageName),
    location: formatLocation(r.loc),
    throttle,
    usagePlan: plan ? compact({
      id: display(plan),
      rate: shown(a.usagePlanRateLimit),
      burst: shown(a.usagePlanBurstLimit),
      quota,
      location: formatLocation(plan.loc),
      appliesTo: "requests with an API key of the plan"
    }) : void 0
  });
}
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function externalInventory(s) {
  const targets = (s.externalTargets ?? []).map((t) => ({
    id: t.id,
    kind: t.kind,
    target: display(t.target),
    location: formatLocation(t.loc)
  }));
  const urls = s.endpoints.filter((e) => e.kind === "function-url" && e.target).map((e) => ({
    id: e.id,
    kind: "function",
    target: display(e.target),
    location: formatLocation(e.loc)
  }));
  return [...targets, ...urls];
}
function functionInventory(s, f) {
  const role = s.roles.find((r) => r.id === f.roleId);
  return {
    id: f.id,
    location: formatLocation(f.loc),
    runtime: f.runtime ? display(f.runtime) : void 0,
    handler: f.handler ? display(f.handler) : void 0,
    triggers: f.triggers.map((t) => triggerInventory(s, t)),
    role: role?.id ?? (f.roleRef ? display(f.roleRef) : void 0),
    permissions: role ? permissionsOf(role) : []
  };
}
function triggerInventory(s, t) {
  const endpoint = t.endpointId ? s.endpoints.find((e) => e.id === t.endpointId) : void 0;
  return {
    kind: t.kind,
    source: endpoint ? describeEndpoint(endpoint) : t.source ? display(t.source) : void 0,
    auth: endpoint ? describeAuth(endpoint) : void 0,
    location: formatLocation(t.loc)
  };
}
function describeEndpoint(e) {
  if (e.kind === "function-url") return "function URL";
  return [e.method ? display(e.method) : void 0, e.path ? display(e.path) : void 0].filter(Boolean).join(" ");
}
function describeAuth(e) {
  const by = e.auth.authorizer ? ` (${display(e.auth.authorizer)})` : "";
  const key = literal(e.apiKeyRequired) === true ? ", API key" : "";
  const type = e.auth.type === "none" ? "none: public" : e.auth.type;
  return `${type}${by}${key}`;
}
function permissionsOf(role) {
  const out = [];
  for (const policy of role.policies) {
    if (!policy.document) {
      if (policy.arn)
        out.push({
          effect: "Allow",
          actions: [`policy ${display(policy.arn)}`],
          resources: [],
          location: formatLocation(policy.loc)
        });
      continue;
    }
    if (policy.document.symbolic) {
      out.push({
        effect: "?",
        actions: [policy.document.symbolic.expr],
        resources: [],
        location: formatLocation(policy.loc)
      });
    }
    for (const st of policy.document.statements) out.push(statementInventory(st));
  }
  return out;
}
function statementInventory(st) {
  const actions = [...st.actions.map(display), ...st.notActions.map((a) => `NOT ${display(a)}`)];
  const resources = [...st.resources.map(display), ...st.notResources.map((r) => `NOT ${display(r)}`)];
  return { effect: display(st.effect), actions, resources, location: formatLocation(st.loc) };
}
function factsInventory(f) {
  if (!f) return {};
  const ships = f.ships.known ? {
    known: true,
    lockfiles: f.ships.lockfiles,
    vulnerable: f.ships.vulnerable.map((p) => ({
      package: `${p.ecosystem}:${p.name}@${p.version}`,
      severity: p.severity,
      ids: p.ids,
      location: formatLocation(p.location)
    }))
  } : { known: false, lockfiles: f.ships.lockfiles, reason: f.ships.reason };
  return {
    reach: {
      level: f.reach.level,
      entries: f.reach.entries.map((e) => ({
        level: e.level,
        via: e.label,
        location: formatLocation(e.location)
      }))
    },
    ships,
    mayDo: f.mayDo.map((c) => ({
      class: c.class,
      action: c.action,
      resource: c.resource,
      location: formatLocation(c.location)
    }))
  };
}

// src/report/inventory-text.ts
function renderInventoryText(inv) {
  const out = [];
  for (const s of inv.services) {
    const c = s.counts;
    out.push(`${s.id}  [${s.format}] ${s.name}`);
    out.push(
      `  ${c.functions} functions, ${c.endpoints} endpoints, ${c.roles} roles, ${c.resources} other resources`
    );
    for (const f of s.functions) out.push(...functionLines(f));
    for (const p of s.principals) {
      const where = p.defined ? "" : " (defined elsewhere)";
      out.push(`  - IAM ${p.kind} ${p.id}${where}  ${p.location}`);
      out.push(...p.permissions.map(permissionLine));
    }
    if (s.stages.length > 0) out.push("  API stages:");
    for (const st of s.stages) out.push(...stageLines(st));
    for (const m of s.modules ?? []) out.push(...moduleLines(m));
    if (s.external.length > 0) out.push("  set on resources defined elsewhere:");
    for (const e of s.external) out.push(`  - ${e.kind} ${e.target}  by ${e.id}  ${e.location}`);
    out.push("");
  }
  if (inv.services.length === 0) out.push("No serverless infrastructure found.", "");
  if (inv.diagnostics.length > 0) {
    out.push(`Not scanned (${inv.diagnostics.length}):`);
    for (const d of inv.diagnostics) out.push(`  ${formatLocation(d)}  ${d.severity}: ${d.message}`);
  }
  return withoutWorkflowCommands(out.map(oneLine).join("\n"));
}
function moduleLines(m) {
  const version = m.version ? ` ${m.version}` : "";
  const lines = [`  - module ${m.id} (${m.source}${version})  ${m.location}`];
  if (m.installedAt !== void 0)
    lines.push(`      read from the installed source at ${m.installedAt}`);
  if (m.modelled.length > 0) lines.push(`      modelled: ${m.modelled.join(", ")}`);
  for (const u of m.undecided) lines.push(`      undecided ${u.input}: ${u.reason}  ${u.location}`);
  return lines;
}
function functionLines(f) {
  const head = [f.runtime, f.handler].filter(Boolean).join("  ");
  const lines = [`  - ${f.id}${head ? `  (${head})` : ""}  ${f.location}`];
  for (const t of f.triggers) {
    const auth = t.auth ? `  auth: ${t.auth}` : "";
    lines.push(`      on ${t.kind}${t.source ? ` ${t.source}` : ""}${auth}`);
  }
  if (f.reach) lines.push(`      reach: ${f.reach.level}`);
  if (f.ships)
    lines.push(
      f.ships.known ? `      ships: ${f.ships.vulnerable.length === 0 ? "no known vulnerable package" : f.ships.vulnerable.map((p) => `${p.package} (${p.severity}, ${p.location})`).join(", ")}` : `      ships: unknown (${f.ships.reason})`
    );
  for (const c of f.mayDo ?? [])
    lines.push(
      `      may ${c.class}: ${c.action}${c.resource ? ` on ${c.resource}` : ""}  ${c.location}`
    );
  if (f.role) lines.push(`      role ${f.role}`);
  lines.push(...f.permissions.map(permissionLine));
  return lines;
}
function permissionLine(p) {
  const on = p.resources.length > 0 ? ` on ${p.resources.join(", ")}` : "";
  return `        ${p.effect} ${p.actions.join(", ")}${on}`;
}
function stageLines(st) {
  const name = [st.protocol, st.stage ? `stage ${st.stage}` : void 0].filter(Boolean).join(" ");
  const lines = [`  - ${st.id}${name ? `  (${name})` : ""}  ${st.location}`];
  lines.push(
    st.throttle ? `      throttling: ${limits(st.throttle)}, for every request` : "      throttling: none on the stage or its methods (the account default holds)"
  );
  const plan = st.usagePlan;
  if (plan) {
    const quota = plan.quota ? `, quota ${plan.quota}` : "";
    lines.push(
      `      usage plan ${plan.id}: ${limits(plan) || "no throttle"}${quota}  ${plan.location}`,
      "        (a usage plan limits only requests that carry one of its API keys)"
    );
  }
  return lines;
}
function limits(l) {
  return [l.rate ? `rate ${l.rate}/s` : void 0, l.burst ? `burst ${l.burst}` : void 0].filter(Boolean).join(", ");
}

// src/cli/commands/inventory.ts
var USAGE = `Usage: serverless-gate inventory [dir] [--format text|json]

Lists, per service, the functions with their runtime, triggers (with their authorization), the
permissions of their role, and what the attack paths join: who can reach each function, what
it ships and what it may do; and the API stages with their throttling, stage limits apart from
usage plan limits (rate, burst, quota), which hold only for requests that carry an API key of the
plan. Reads Serverless Framework, SAM, CloudFormation (and CDK output)
and Terraform under dir (default: the current directory). Nothing is executed.

Options:
  --format text|json   output format (default: text)
  --max-file-size N    do not read files larger than N bytes (default: 268435456)
  --osv-api-url URL    look up the vulnerabilities each function ships in this OSV API
  --osv-offline-dir DIR  ... or in these OSV records (without either, ships lists the lockfiles)
`;
var inventoryCommand = {
  name: "inventory",
  summary: "list functions, triggers and permissions",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      "max-file-size": { type: "string" },
      "osv-api-url": { type: "string" },
      "osv-offline-dir": { type: "string" }
    });
    if (positionals.length > 1) throw new UsageError("inventory takes at most one directory");
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const maxFileBytes = values["max-file-size"] === void 0 ? void 0 : Number(values["max-file-size"]);
    if (maxFileBytes !== void 0 && !(Number.isInteger(maxFileBytes) && maxFileBytes > 0)) {
      throw new UsageError("--max-file-size must be a positive whole number of bytes");
    }
    const root = resolve(io.cwd, positionals[0] ?? ".");
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${root}`);
    const source = new DirectorySource(root, maxFileBytes ? { maxFileBytes } : {});
    const model = await buildModel(source, root);
    const osvDir = values["osv-offline-dir"];
    const apiUrl = values["osv-api-url"];
    const osv = osvDir || apiUrl ? osvSourceFor({
      apiUrl: apiUrl ?? "",
      offlineDir: osvDir ? resolve(io.cwd, osvDir) : void 0
    }) : void 0;
    const facts = await functionFacts(model, source, osv);
    const inventory = inventoryOf(model, facts);
    io.out.write(format === "json" ? jsonOutput(inventory) : `${renderInventoryText(inventory)}
`);
    return EXIT_OK;
  }
};
async function functionFacts(model, source, osv) {
  const lockfiles = await readLockfiles(source);
  const none = { disabled: /* @__PURE__ */ new Set(), severities: /* @__PURE__ */ new Map() };
  if (!osv) return factsOf(model, [...lockfiles.packages.keys()]);
  const lookup = async (packages) => (await scanPackages(packages, osv)).findings;
  return (await attackPathsOf({ model, packages: lockfiles.packages }, lookup, none, "all")).facts;
}
export {
  inventoryCommand
};
