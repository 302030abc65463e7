import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/model/attr.ts
function literal(a) {
  if (!a) return void 0;
  return isSymbolicValue(a.value) ? void 0 : a.value;
}
function isUndecidable(a) {
  return a !== void 0 && isSymbolicValue(a.value);
}
function isSymbolicValue(v) {
  return typeof v === "object" && v !== null && v.kind === "symbolic";
}
function display(a) {
  if (!a) return "";
  return isSymbolicValue(a.value) ? a.value.expr : String(a.value);
}

// src/model/value.ts
var WRITTEN_TEXT = /* @__PURE__ */ Symbol("written text");
function writtenText(v) {
  return v[WRITTEN_TEXT]?.();
}
var PARSED_DATA = /* @__PURE__ */ Symbol("parsed data");
function parsedData(v) {
  return v[PARSED_DATA]?.();
}
function isIntrinsicData(o) {
  let only;
  for (const key in o) {
    if (only !== void 0) return false;
    only = key;
  }
  if (only === "Ref" || only?.startsWith("Fn::") === true) return true;
  if (only !== "Condition") return false;
  const arg = o[only];
  return arg === null || typeof arg !== "object";
}
function relocated(v, loc) {
  if (v.kind === "map") return { kind: "map", entries: v.entries, loc };
  if (v.kind === "list") return { kind: "list", items: v.items, loc };
  return { ...v, loc };
}
function withEntries(map, entries) {
  return { kind: "map", entries, loc: map.loc };
}
function withItems(list, items) {
  return { kind: "list", items, loc: list.loc };
}
function withValue(e, value) {
  return { key: e.key, keyLoc: e.keyLoc, value };
}
function isSymbolic(v) {
  return v?.kind === "symbolic";
}
function isMap(v) {
  return v?.kind === "map";
}
function isList(v) {
  return v?.kind === "list";
}
function isScalar(v) {
  return v?.kind === "scalar";
}
function entry(v, key) {
  return isMap(v) ? v.entries.get(key) : void 0;
}
function get(v, key) {
  return entry(v, key)?.value;
}
function getPath(v, path) {
  let cur = v;
  for (const key of path) cur = get(cur, key);
  return cur;
}
function asString(v) {
  if (!isScalar(v) || v.value === null) return void 0;
  return String(v.value);
}
function asBoolean(v) {
  if (!isScalar(v)) return void 0;
  if (typeof v.value === "boolean") return v.value;
  if (v.value === "true" || v.value === "True") return true;
  if (v.value === "false" || v.value === "False") return false;
  return void 0;
}
function asList(v) {
  if (v === void 0) return [];
  return isList(v) ? v.items : [v];
}
function toPlain(v) {
  if (v === void 0) return void 0;
  switch (v.kind) {
    case "scalar":
      return v.value;
    case "list":
      return v.items.map(toPlain);
    case "map":
      return Object.fromEntries([...v.entries].map(([k, e]) => [k, toPlain(e.value)]));
    case "symbolic":
      return v.expr;
  }
}

export {
  literal,
  isUndecidable,
  isSymbolicValue,
  display,
  WRITTEN_TEXT,
  writtenText,
  PARSED_DATA,
  parsedData,
  isIntrinsicData,
  relocated,
  withEntries,
  withItems,
  withValue,
  isSymbolic,
  isMap,
  isList,
  isScalar,
  entry,
  get,
  getPath,
  asString,
  asBoolean,
  asList,
  toPlain
};
