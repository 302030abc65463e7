import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  alignMoved,
  applySuppressions,
  ruleSettingsOf,
  suppressionOptions
} from "./chunk-7SEDE4AE.js";
import {
  DIFF_RULES,
  byKey,
  customRule,
  describeEndpoint,
  grantKey,
  pairEndpoints,
  pairServices,
  roleGrants
} from "./chunk-WNHZODXO.js";
import {
  NO_RENAMES
} from "./chunk-OJQZW7RI.js";
import {
  classifyFindings,
  foldDiffFindings,
  markAddedSuppressions
} from "./chunk-EYSVWNS6.js";
import "./chunk-7C5J5Z2A.js";
import {
  CATALOG
} from "./chunk-IFPMTODG.js";
import {
  publicStatementsOf
} from "./chunk-X55WVBGH.js";
import "./chunk-4BT7JHZN.js";
import {
  fingerprintKey,
  fingerprintOf
} from "./chunk-CNIQ5CR7.js";
import {
  buildModel
} from "./chunk-3WEDGVE5.js";
import "./chunk-ZBLJTQBM.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-BR7PZRYD.js";
import "./chunk-SSFE73ML.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-WLV54ML5.js";
import "./chunk-UEE2SDQD.js";
import {
  display
} from "./chunk-P4JAG5LX.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import {
  errorMessage
} from "./chunk-G4PDCYJP.js";
import "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";

// src/diff/public-resources.ts
var POLICY_KINDS = /* @__PURE__ */ new Set(["bucket", "queue", "topic", "kms-key", "event-bus", "layer"]);
function newlyPublicResources(service, base, head) {
  const before = byKey(base?.resources ?? [], (r) => `${r.kind}:${r.id}`);
  const out = [];
  for (const r of head.resources) {
    if (!POLICY_KINDS.has(r.kind)) continue;
    const open = publicStatementsOf(r).open;
    if (open.length === 0) continue;
    const was = before.get(`${r.kind}:${r.id}`);
    if (was && publicStatementsOf(was).open.length > 0) continue;
    const first = open[0];
    out.push({
      kind: "resource-public",
      service,
      resource: r.id,
      summary: `${kindName(r)} \`${r.id}\` ${was ? "becomes" : "is new and"} public: its policy allows anyone`,
      location: first.statement.loc
    });
  }
  return out;
}
function kindName(r) {
  const names = { "kms-key": "KMS key", "event-bus": "event bus" };
  return names[r.kind] ?? r.kind;
}

// src/diff/changes.ts
function securityChanges(base, head, renames = NO_RENAMES) {
  return pairServices(base, head, renames).flatMap(({ id, base: b, head: h }) => [
    ...functionChanges(id, b, h),
    ...h ? roleChanges(id, b, h) : [],
    ...h ? newlyPublicResources(id, b, h) : [],
    ...endpointChanges(id, b?.endpoints ?? [], h?.endpoints ?? [])
  ]);
}
function functionChanges(service, base, head) {
  const out = [];
  const before = byKey(base?.functions ?? [], (f) => f.id);
  const after = byKey(head?.functions ?? [], (f) => f.id);
  for (const [id, fn] of after) {
    const was = before.get(id);
    if (!was)
      out.push(
        change(
          "function-added",
          service,
          fn,
          `function \`${id}\` added${runtimeOf(fn)}${roleOf(fn)}`,
          fn.loc
        )
      );
    out.push(...functionDelta(service, was, fn));
  }
  out.push(...sharedEnvironment(service, before, after));
  for (const [id, fn] of before) {
    if (!after.has(id))
      out.push(change("function-removed", service, fn, `function \`${id}\` removed`, fn.loc));
  }
  return out;
}
function functionDelta(service, was, fn) {
  const out = [];
  const r0 = was?.runtime ? display(was.runtime) : void 0;
  const r1 = fn.runtime ? display(fn.runtime) : void 0;
  if (was && r0 !== r1) {
    out.push(
      change(
        "runtime-changed",
        service,
        fn,
        `function \`${fn.id}\` runtime ${r0 ?? "(default)"} \u2192 ${r1 ?? "(default)"}`,
        fn.runtime?.loc ?? fn.loc
      )
    );
  }
  const names = new Set(was?.environment.map((e) => e.name));
  for (const env of fn.environment) {
    if (!names.has(env.name) && env.origin === "function") {
      out.push(
        change(
          "environment-added",
          service,
          fn,
          `function \`${fn.id}\` gets environment variable \`${env.name}\``,
          env.loc
        )
      );
    }
  }
  return out;
}
function sharedEnvironment(service, before, after) {
  const had = new Set(
    [...before.values()].flatMap(
      (f) => f.environment.filter((e) => e.origin === "shared").map((e) => e.name)
    )
  );
  const added = /* @__PURE__ */ new Map();
  for (const fn of after.values())
    for (const e of fn.environment)
      if (e.origin === "shared" && !had.has(e.name)) added.set(e.name, e.loc);
  return [...added].map(([name, loc]) => ({
    kind: "environment-added",
    service,
    resource: name,
    summary: `every function gets environment variable \`${name}\``,
    location: loc
  }));
}
function roleChanges(service, base, head) {
  const out = [];
  for (const role of head.roles) {
    const was = base?.roles.find((r) => r.id === role.id);
    const before = was ? roleGrants(was) : [];
    const after = roleGrants(role);
    const had = new Set(before.map(grantKey));
    const has = new Set(after.map(grantKey));
    const who = holder(head, role.id);
    for (const g of after.filter((g2) => !had.has(grantKey(g2))))
      out.push(change("permission-granted", service, role, `${who} may now ${grantText(g)}`, g.loc));
    for (const g of before.filter((g2) => !has.has(grantKey(g2))))
      out.push(
        change("permission-revoked", service, role, `${who} may no longer ${grantText(g)}`, g.loc)
      );
  }
  return out;
}
function holder(service, roleId) {
  const fns = service.functions.filter((f) => f.roleId === roleId).map((f) => `\`${f.id}\``);
  return fns.length === 0 ? `role \`${roleId}\`` : `role \`${roleId}\` (${fns.join(", ")})`;
}
function roleOf(fn) {
  return fn.roleId ? `, role \`${fn.roleId}\`` : "";
}
function grantText(g) {
  if (g.kind === "managed-policy")
    return `use managed policy \`${g.action.replace(/^policy\//, "")}\``;
  const verb = g.kind === "not-action" ? `do anything except \`${g.action}\`` : `\`${g.action}\``;
  return `${verb} on \`${g.resource}\``;
}
function endpointChanges(service, base, head) {
  const out = [];
  for (const { base: was, head: e } of pairEndpoints(base, head)) {
    if (!e) {
      if (was)
        out.push(
          change("endpoint-removed", service, was, `${describeEndpoint(was)} removed`, was.loc)
        );
    } else if (!was) {
      const summary = `${describeEndpoint(e)} added (auth: ${authText(e)})`;
      out.push(change("endpoint-added", service, e, summary, e.loc));
    } else if (authText(was) !== authText(e)) {
      const summary = `${describeEndpoint(e)} auth ${authText(was)} \u2192 ${authText(e)}`;
      out.push(change("auth-changed", service, e, summary, e.auth.loc ?? e.loc));
    }
  }
  return out;
}
function authText(e) {
  const by = e.auth.authorizer ? ` ${display(e.auth.authorizer)}` : "";
  return e.auth.type === "none" ? "none (public)" : `${e.auth.type}${by}`;
}
function runtimeOf(fn) {
  return fn.runtime ? ` (${display(fn.runtime)})` : "";
}
function change(kind, service, node, summary, location) {
  return { kind, service, resource: node.id, summary, location };
}

// src/policy/engine/evaluate.ts
var DEFAULT_RULE_SETTINGS = { disabled: /* @__PURE__ */ new Set(), severities: /* @__PURE__ */ new Map() };
function evaluate(model, rules, settings = DEFAULT_RULE_SETTINGS) {
  const out = { findings: [], undecided: [], errors: [] };
  const occurrences = /* @__PURE__ */ new Map();
  const enabled = rules.filter((rule) => !settings.disabled.has(rule.id));
  for (const service of model.services) {
    const run = serviceRun(model, service, settings.now ?? /* @__PURE__ */ new Date(), occurrences, out);
    for (const rule of enabled) run(rule, settings.severities.get(rule.id));
  }
  return out;
}
function serviceRun(model, service, now, occurrences, out) {
  let rule;
  let severity;
  const ctx = {
    model,
    service,
    now,
    report(r) {
      out.findings.push(toFinding(rule, service, r, severity, occurrences));
    },
    undecidable(u) {
      out.undecided.push({ ...u, ruleId: rule.id, service: service.id });
    }
  };
  return (next, override) => {
    rule = next;
    severity = override;
    try {
      next.check(ctx);
    } catch (err) {
      const message = errorMessage(err);
      out.errors.push(
        diagnostic(service.id, `rule ${next.id} failed: ${message}`, "rule-error", service.loc)
      );
    }
  };
}
function toFinding(rule, service, r, override, occurrences) {
  const key = fingerprintKey({
    ruleId: rule.id,
    file: r.location.file,
    service: service.id,
    resource: r.resource,
    evidence: r.evidence
  });
  const n = occurrences.get(key) ?? 0;
  occurrences.set(key, n + 1);
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: override ?? r.severity ?? rule.severity,
    message: r.message,
    service: service.id,
    resource: r.resource,
    evidence: r.evidence,
    location: r.location,
    fingerprint: fingerprintOf(key, n),
    ...r.suggestion ? { suggestion: r.suggestion } : {}
  };
}

// src/policy/engine/evaluate-diff.ts
function evaluateDiff(base, head, rules, settings = DEFAULT_RULE_SETTINGS, renames = NO_RENAMES) {
  const findings = [];
  const errors = [];
  const occurrences = /* @__PURE__ */ new Map();
  const now = settings.now ?? /* @__PURE__ */ new Date();
  for (const pair of pairServices(base, head, renames)) {
    if (!pair.head) continue;
    const service = pair.head;
    for (const rule of rules) {
      if (settings.disabled.has(rule.id)) continue;
      const report = (r) => {
        findings.push(toFinding(rule, service, r, settings.severities.get(rule.id), occurrences));
      };
      try {
        rule.compare({ pair, now, report });
      } catch (err) {
        const message = errorMessage(err);
        errors.push(
          diagnostic(service.id, `rule ${rule.id} failed: ${message}`, "rule-error", service.loc)
        );
      }
    }
  }
  return { findings, errors };
}

// src/policy/active-rules.ts
function activeRules(config) {
  return { catalog: [...CATALOG, ...config["custom-rules"].map(customRule)], diff: DIFF_RULES };
}

// src/units/attribution.ts
function nameIncludingService(items, model) {
  const byId = new Map(model.services.map((s) => [s.id, s]));
  return items.map((item) => {
    const service = byId.get(item.service);
    if (!service || item.location.file === service.loc.file) return item;
    if (!service.files.includes(item.location.file)) return item;
    const prefix = `service \`${service.name}\`: `;
    if (item.message !== void 0) return { ...item, message: prefix + item.message };
    if (item.summary !== void 0) return { ...item, summary: prefix + item.summary };
    return item;
  });
}

// src/core/iac-stage.ts
async function evaluateSide(source, config, now, iac, workers) {
  const model = await buildModel(source, source.label, { workers });
  const evaluation = evaluate(
    model,
    iac ? activeRules(config).catalog : [],
    ruleSettingsOf(config, now)
  );
  const findings = await applySuppressions(
    nameIncludingService(evaluation.findings, model),
    suppressionOptions(config, model, source, now)
  );
  return { source, model, findings, undecided: evaluation.undecided, errors: evaluation.errors };
}
async function diffSides(config, base, head, now, renames) {
  const diff = evaluateDiff(
    base.model,
    head.model,
    activeRules(config).diff,
    ruleSettingsOf(config, now),
    renames
  );
  const diffFindings = await applySuppressions(
    nameIncludingService(diff.findings, head.model),
    suppressionOptions(config, head.model, head.source, now)
  );
  const baseFindings = alignMoved(base.findings, head.findings, renames);
  const findings = markAddedSuppressions(
    foldDiffFindings(classifyFindings(baseFindings, head.findings), diffFindings),
    baseFindings
  );
  return {
    findings,
    errors: [...diff.errors, ...head.model.diagnostics.filter((d) => d.severity === "error")],
    changes: nameIncludingService(securityChanges(base.model, head.model, renames), head.model)
  };
}
export {
  diffSides,
  evaluateSide
};
