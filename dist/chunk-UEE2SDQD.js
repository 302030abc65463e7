import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  asList,
  entry,
  jsonEntryLocation
} from "./chunk-P4JAG5LX.js";

// src/iac/shared/attrs.ts
function locOfEntry(e) {
  const json = jsonEntryLocation(e);
  if (json) return json;
  const { file, line, column } = e.keyLoc;
  return { file, line, column, value: e.value.loc.value };
}
function coerce(kind, v) {
  if (v === null) return void 0;
  if (kind === "string") return String(v);
  if (kind === "number") {
    const n = typeof v === "number" ? v : Number(v);
    return typeof v !== "boolean" && v !== "" && Number.isFinite(n) ? n : void 0;
  }
  if (typeof v === "boolean") return v;
  const s = String(v).toLowerCase();
  return s === "true" ? true : s === "false" ? false : void 0;
}
function attrFromValue(kind, v, loc) {
  if (!v) return void 0;
  if (v.kind === "symbolic") return { value: v, loc };
  if (v.kind !== "scalar") return void 0;
  const value = coerce(kind, v.value);
  return value === void 0 ? void 0 : { value, loc };
}
function attrFromEntry(kind, e) {
  return e ? attrFromValue(kind, e.value, locOfEntry(e)) : void 0;
}
function attrAt(kind, map, key) {
  return attrFromEntry(kind, entry(map, key));
}
var stringAt = (map, key) => attrAt("string", map, key);
var numberAt = (map, key) => attrAt("number", map, key);
var booleanAt = (map, key) => attrAt("boolean", map, key);
function stringListAt(map, key) {
  const e = entry(map, key);
  return e ? stringList(e.value) : [];
}
function stringList(v) {
  if (!v) return [];
  if (v.kind === "symbolic") return [{ value: v, loc: v.loc }];
  const out = [];
  for (const item of asList(v)) {
    const a = attrFromValue("string", item, item.loc);
    if (a) out.push(a);
  }
  return out;
}
function writtenSub(expr, template, refs, loc) {
  const args = { kind: "scalar", value: template, loc };
  return { value: { kind: "symbolic", fn: "Fn::Sub", expr: `!Sub ${expr}`, refs, args, loc }, loc };
}

export {
  locOfEntry,
  attrFromValue,
  attrFromEntry,
  attrAt,
  stringAt,
  numberAt,
  booleanAt,
  stringListAt,
  stringList,
  writtenSub
};
