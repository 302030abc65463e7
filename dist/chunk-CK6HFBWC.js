import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  compilePattern
} from "./chunk-EIS2F6JJ.js";
import {
  isSymbolicValue
} from "./chunk-RUHNGTW5.js";

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
    cur = cur[key];
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

export {
  customRule
};
