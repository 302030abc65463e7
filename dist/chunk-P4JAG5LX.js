import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";

// src/model/value.ts
var WRITTEN_TEXT = /* @__PURE__ */ Symbol("written text");
function writtenText(v) {
  return v[WRITTEN_TEXT]?.();
}
var PARSED_DATA = /* @__PURE__ */ Symbol("parsed data");
function parsedData(v) {
  return v[PARSED_DATA]?.();
}
var MEMBER = /* @__PURE__ */ Symbol("member");
var MEMBER_VALUE = /* @__PURE__ */ Symbol("member value");
var EACH_MEMBER = /* @__PURE__ */ Symbol("each member");
function membersOnce(map) {
  const each = map[EACH_MEMBER];
  return each ? each.call(map) : map.entries.values();
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
function relocate(v, loc) {
  switch (v.kind) {
    case "scalar":
      return { ...v, loc };
    case "symbolic":
      return { ...v, loc };
    case "list":
      return { kind: "list", items: v.items.map((i) => relocate(i, loc)), loc };
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, e] of v.entries) {
        entries.set(k, { key: k, keyLoc: loc, value: relocate(e.value, loc) });
      }
      return { kind: "map", entries, loc };
    }
  }
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
  if (!isMap(v)) return void 0;
  const member = v[MEMBER];
  return member ? member.call(v, key) : v.entries.get(key);
}
function get(v, key) {
  return entry(v, key)?.value;
}
function readOnce(v, key) {
  if (!isMap(v)) return void 0;
  const member = v[MEMBER_VALUE];
  return member ? member.call(v, key) : v.entries.get(key)?.value;
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
function isTruthy(v) {
  if (v === void 0) return false;
  if (v.kind === "symbolic") return void 0;
  return v.kind !== "scalar" || Boolean(v.value);
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

// src/iac/document/intrinsics.ts
var LONG_NAME = { Ref: "Ref", Condition: "Condition" };
function intrinsicFromTag(tag, args, loc) {
  const fn = ownValue(LONG_NAME, tag) ?? `Fn::${tag}`;
  return {
    kind: "symbolic",
    fn,
    expr: `!${tag} ${render(args)}`,
    refs: refsOf(fn, args),
    args,
    loc
  };
}
function intrinsicFromMap(map) {
  if (map.entries.size !== 1) return void 0;
  const key = map.entries.keys().next().value;
  if (key !== "Ref" && key !== "Condition" && !key.startsWith("Fn::")) return void 0;
  const entry2 = map.entries.get(key);
  if (key === "Condition" && entry2.value.kind !== "scalar") return void 0;
  const short = key === "Ref" || key === "Condition" ? key : key.slice(4);
  return {
    kind: "symbolic",
    fn: key,
    expr: `!${short} ${render(entry2.value)}`,
    refs: refsOf(key, entry2.value),
    args: entry2.value,
    loc: map.loc
  };
}
var SUB_VARIABLE = /\$\{(?!!)([^}]+)\}/g;
function refsOf(fn, args) {
  const out = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (name && !name.startsWith("AWS::")) out.add(name);
  };
  if (fn === "Ref" && args.kind === "scalar") add(String(args.value));
  else if (fn === "Fn::GetAtt") {
    if (args.kind === "scalar") add(String(args.value).split(".")[0]);
    else if (args.kind === "list" && args.items[0]?.kind === "scalar")
      add(String(args.items[0].value));
  } else if (fn === "Fn::Sub") {
    const template = args.kind === "list" ? args.items[0] : args;
    if (template?.kind === "scalar") {
      for (const m of String(template.value).matchAll(SUB_VARIABLE))
        add(m[1]?.split(".")[0]?.trim());
    }
  }
  collectNested(args, out);
  return [...out];
}
function collectNested(v, out) {
  if (v.kind === "symbolic") v.refs.forEach((r) => out.add(r));
  else if (v.kind === "list") v.items.forEach((i) => collectNested(i, out));
  else if (v.kind === "map") v.entries.forEach((e) => collectNested(e.value, out));
}
function render(v, max = 80) {
  const text = renderFull(v);
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function renderFull(v) {
  if (v === void 0) return "";
  switch (v.kind) {
    case "scalar":
      return typeof v.value === "string" ? v.value : JSON.stringify(v.value);
    case "symbolic":
      return v.expr;
    case "list":
      return `[${v.items.map(renderFull).join(", ")}]`;
    case "map":
      return `{${[...v.entries.values()].map((e) => `${e.key}: ${renderFull(e.value)}`).join(", ")}}`;
  }
}
var DYNAMIC_REFERENCE = /\{\{resolve:(ssm|ssm-secure|secretsmanager):([^}]*)\}\}/;
function dynamicReference(v) {
  if (v.kind !== "scalar" || typeof v.value !== "string" || !v.value.includes("{{resolve:"))
    return void 0;
  const m = DYNAMIC_REFERENCE.exec(v.value);
  if (!m) return void 0;
  return { kind: "symbolic", fn: `resolve:${m[1]}`, expr: v.value, refs: [], loc: v.loc };
}

// src/iac/document/line-index.ts
var LineIndex = class {
  starts;
  last = 0;
  /** From the text, or from line starts another reader already found (the `yaml` LineCounter's). */
  constructor(source) {
    if (typeof source !== "string") {
      this.starts = source;
      return;
    }
    const starts = [0];
    for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }
  position(offset) {
    const starts = this.starts;
    let i = this.last;
    for (let ahead = 0; ahead < 8 && this.isAfterLine(i, offset); ahead++) i++;
    if (!(starts[i] <= offset && (i + 1 >= starts.length || starts[i + 1] > offset))) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      i = lo;
    }
    this.last = i;
    return { line: i + 1, column: offset - starts[i] + 1 };
  }
  /** Whether the offset is after line `i` (0-based). */
  isAfterLine(i, offset) {
    return i + 1 < this.starts.length && this.starts[i + 1] <= offset;
  }
};
function blockScalarTextStart(text, indicator) {
  const lineEnd = text.indexOf("\n", indicator);
  let at = lineEnd < 0 ? text.length : lineEnd + 1;
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

// src/iac/document/text-range.ts
var TextRange = class {
  #lines;
  #from;
  #to;
  constructor(lines, from, to) {
    this.#lines = lines;
    this.#from = from;
    this.#to = to;
  }
  get start() {
    return this.#lines.position(this.#from);
  }
  get end() {
    return this.#lines.position(this.#to);
  }
  toJSON() {
    return { start: this.start, end: this.end };
  }
};
var OffsetLocation = class {
  constructor(file, line, column, lines, from, to) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.#lines = lines;
    this.#from = from;
    this.#to = to;
  }
  file;
  line;
  column;
  #lines;
  #from;
  #to;
  get value() {
    return new TextRange(this.#lines, this.#from, this.#to);
  }
  toJSON() {
    return { file: this.file, line: this.line, column: this.column, value: this.value };
  }
};

// src/iac/document/json-tree.ts
function jsonTree(file, text, offsets) {
  return new JsonDocument(file, text, offsets).value(0);
}
var JsonDocument = class {
  constructor(file, text, offsets) {
    this.file = file;
    this.text = text;
    this.offsets = offsets;
  }
  file;
  text;
  offsets;
  lineIndex;
  get lines() {
    return this.lineIndex ??= new LineIndex(this.offsets.lineStarts);
  }
  /** The value numbered `at`. */
  value(at) {
    const c = this.text.charCodeAt(this.offsets.from[at]);
    if (c === 91) return new JsonList(this, at);
    if (c !== 123) return new JsonScalar(this, this.scalar(at), at);
    const map = new JsonMap(this, at);
    return this.mayBeIntrinsic(at) ? intrinsicFromMap(map) ?? map : map;
  }
  /** The string, number, boolean or null numbered `at`. */
  scalar(at) {
    const t = this.text;
    const from = this.offsets.from[at];
    const to = this.offsets.to[at];
    const c = t.charCodeAt(from);
    if (c === QUOTE) {
      const s = t.slice(from + 1, to - 1);
      return s.includes("\\") ? JSON.parse(t.slice(from, to)) : s;
    }
    if (c === 116) return true;
    if (c === 102) return false;
    if (c === 110) return null;
    return Number(t.slice(from, to));
  }
  /** Whether the value numbered `at` is an object or a list. */
  isCollection(at) {
    const c = this.text.charCodeAt(this.offsets.from[at]);
    return c === 123 || c === 91;
  }
  /** The value as plain data, parsed from its text when asked (a walk over a large template's data). */
  data(at) {
    return JSON.parse(this.written(at));
  }
  /**
   * Whether the object numbered `at` may be an intrinsic: every member (one, unless repeated) is
   * under a key naming one (`Ref`, `Fn::...`, `Condition`), which `intrinsicFromMap` then reads.
   */
  mayBeIntrinsic(at) {
    const { next, key } = this.offsets;
    const end = next[at];
    const first = at + 1;
    if (first >= end) return false;
    const k = key[first];
    const initial = this.text.charCodeAt(k + 1);
    if (k >= 0 && initial !== 82 && initial !== 70 && initial !== 67) return false;
    const name = this.keyText(first);
    if (name !== "Ref" && name !== "Condition" && !name.startsWith("Fn::")) return false;
    for (let m = next[first]; m < end; m = next[m]) {
      if (!this.keyIs(m, name)) return false;
    }
    return true;
  }
  written(at) {
    return this.text.slice(this.offsets.from[at], this.offsets.to[at]);
  }
  loc(at) {
    const from = this.offsets.from[at];
    const p = this.lines.position(from);
    return new OffsetLocation(
      this.file,
      p.line,
      p.column,
      this.lines,
      from,
      this.offsets.to[at]
    );
  }
  keyLoc(at) {
    const p = this.lines.position(this.keyFrom(at));
    return { file: this.file, line: p.line, column: p.column };
  }
  /** At the key, with the extent of the value. */
  entryLoc(at) {
    const p = this.lines.position(this.keyFrom(at));
    const { from, to } = this.offsets;
    return new OffsetLocation(
      this.file,
      p.line,
      p.column,
      this.lines,
      from[at],
      to[at]
    );
  }
  items(at) {
    const next = this.offsets.next;
    const end = next[at];
    const items = [];
    for (let child = at + 1; child < end; child = next[child]) {
      items.push(this.value(child));
    }
    return items;
  }
  /**
   * Puts the members in `into`, in the order they are written, reusing those already `built`. A
   * repeated key keeps its first place and takes the later value (as `JSON.parse` does), located
   * where the later one is written.
   */
  fillEntries(at, into, built) {
    const { next } = this.offsets;
    const end = next[at];
    for (let child = at + 1; child < end; child = next[child]) {
      const key = this.keyText(child);
      const known = built?.get(key);
      setEntry.call(into, key, known ?? this.entry(key, child));
    }
  }
  /** Whether the members can be looked up one by one: a small object. */
  readsSingly(at) {
    const { next } = this.offsets;
    const end = next[at];
    let members = 0;
    for (let child = at + 1; child < end; child = next[child]) {
      if (++members > MAX_READ_SINGLY) return false;
    }
    return true;
  }
  /** The last member under `key` of the object numbered `at`, or -1. */
  member(at, key) {
    const { next } = this.offsets;
    const end = next[at];
    let found = -1;
    for (let child = at + 1; child < end; child = next[child]) {
      if (this.keyIs(child, key)) found = child;
    }
    return found;
  }
  /** Each member of the object numbered `at`, built as it is listed and not kept. */
  members(at) {
    return new MemberListing(this, at);
  }
  /** The index following the value numbered `at` and its members. */
  after(at) {
    return this.offsets.next[at];
  }
  entry(key, at) {
    return new JsonEntry(this, key, this.value(at), at);
  }
  /** Where the key of the member numbered `at` opens. */
  keyFrom(at) {
    const k = this.offsets.key[at];
    return k < 0 ? -1 - k : k;
  }
  /** The key of the member numbered `at`, as written up to its closing quote. */
  keyClose(at) {
    let i = this.offsets.from[at] - 1;
    while (this.text.charCodeAt(i) !== QUOTE) i--;
    return i;
  }
  keyText(at) {
    const k = this.offsets.key[at];
    const close = this.keyClose(at);
    if (k >= 0) return this.text.slice(k + 1, close);
    return JSON.parse(this.text.slice(-1 - k, close + 1));
  }
  keyIs(at, key) {
    const k = this.offsets.key[at];
    if (k < 0) return this.keyText(at) === key;
    return this.keyClose(at) - k - 1 === key.length && this.text.startsWith(key, k + 1);
  }
};
var QUOTE = 34;
var MemberListing = class {
  #doc;
  #end;
  #child;
  constructor(doc, at) {
    this.#doc = doc;
    this.#end = doc.after(at);
    this.#child = at + 1;
  }
  next() {
    const child = this.#child;
    if (child >= this.#end) return { done: true, value: void 0 };
    const doc = this.#doc;
    this.#child = doc.after(child);
    return { done: false, value: doc.entry(doc.keyText(child), child) };
  }
  [Symbol.iterator]() {
    return this;
  }
};
var JsonScalar = class {
  constructor(doc, value, at) {
    this.value = value;
    this.#doc = doc;
    this.#at = at;
  }
  value;
  kind = "scalar";
  #doc;
  #at;
  #loc;
  get loc() {
    return this.#loc ??= this.#doc.loc(this.#at);
  }
};
var MAX_READ_SINGLY = 24;
var setEntry = Map.prototype.set;
var JsonEntries = class extends Map {
  /** The document, until every member is built. */
  #doc;
  #at;
  #singly;
  /** Whether a member was set or deleted since the text was read: the text no longer says it. */
  #changed = false;
  constructor(doc, at, built = [], singly) {
    super();
    this.#doc = doc;
    this.#at = at;
    this.#singly = singly;
    for (const e of built) super.set(e.key, e);
  }
  /** The object as plain data, until every member is built. */
  data() {
    return this.#doc?.data(this.#at);
  }
  /** The object's text, unless a member was set or deleted since. */
  written(doc) {
    return this.#changed ? void 0 : doc.written(this.#at);
  }
  get(key) {
    const doc = this.#doc;
    if (!doc) return super.get(key);
    const known = super.get(key);
    if (known) return known;
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this.complete().get(key);
    const at = doc.member(this.#at, key);
    if (at < 0) return void 0;
    const e = doc.entry(key, at);
    super.set(key, e);
    return e;
  }
  has(key) {
    const doc = this.#doc;
    if (!doc || super.has(key)) return super.has(key);
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this.complete().has(key);
    return doc.member(this.#at, key) >= 0;
  }
  get size() {
    return this.complete().sizeBuilt();
  }
  sizeBuilt() {
    return super.size;
  }
  forEach(f, self) {
    this.complete();
    super.forEach(f, self);
  }
  keys() {
    this.complete();
    return super.keys();
  }
  values() {
    this.complete();
    return super.values();
  }
  entries() {
    this.complete();
    return super.entries();
  }
  [Symbol.iterator]() {
    this.complete();
    return super[Symbol.iterator]();
  }
  set(key, e) {
    this.complete();
    this.#changed = true;
    return super.set(key, e);
  }
  delete(key) {
    this.complete();
    this.#changed = true;
    return super.delete(key);
  }
  clear() {
    this.complete();
    this.#changed = true;
    super.clear();
  }
  /** Every member built, in the order written; those looked up before are kept. */
  complete() {
    const doc = this.#doc;
    if (!doc) return this;
    this.#doc = void 0;
    const built = super.size > 0 ? new Map(super.entries()) : void 0;
    if (built) super.clear();
    doc.fillEntries(this.#at, this, built);
    return this;
  }
};
var JsonMap = class {
  kind = "map";
  #doc;
  #at;
  /**
   * The members once `entries` is read; before, those looked up (one, or a few: see `MEMBER`).
   * One field for both: a large template has hundreds of thousands of maps.
   */
  #members;
  #singly;
  #loc;
  constructor(doc, at) {
    this.#doc = doc;
    this.#at = at;
  }
  get loc() {
    return this.#loc ??= this.#doc.loc(this.#at);
  }
  get entries() {
    const members = this.#members;
    if (members instanceof JsonEntries) return members;
    const built = members === void 0 ? [] : Array.isArray(members) ? members : [members];
    const entries = new JsonEntries(this.#doc, this.#at, built, this.#singly);
    this.#members = entries;
    return entries;
  }
  /**
   * The member under `key`, built without a `Map` of members while the object is small.
   * Collections are kept, so a member read twice is one value; scalars are built each time.
   */
  [MEMBER](key) {
    const members = this.#members;
    if (members instanceof JsonEntries) return members.get(key);
    const known = builtMember(members, key);
    if (known) return known;
    const doc = this.#doc;
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this.entries.get(key);
    const at = doc.member(this.#at, key);
    if (at < 0) return void 0;
    const e = doc.entry(key, at);
    if (!doc.isCollection(at)) return e;
    this.#members = members === void 0 ? e : Array.isArray(members) ? [...members, e] : [members, e];
    return e;
  }
  /** The value under `key`, not kept here unless it already was (see `readOnce`). */
  [MEMBER_VALUE](key) {
    const members = this.#members;
    const doc = this.#doc;
    if (members instanceof JsonEntries || builtMember(members, key)) return this[MEMBER](key)?.value;
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this[MEMBER](key)?.value;
    const at = doc.member(this.#at, key);
    return at < 0 ? void 0 : doc.value(at);
  }
  [EACH_MEMBER]() {
    const members = this.#members;
    return members instanceof JsonEntries ? members.values() : this.#doc.members(this.#at);
  }
  [PARSED_DATA]() {
    const members = this.#members;
    return members instanceof JsonEntries ? members.data() : this.#doc.data(this.#at);
  }
  [WRITTEN_TEXT]() {
    const members = this.#members;
    return members instanceof JsonEntries ? members.written(this.#doc) : this.#doc.written(this.#at);
  }
};
function builtMember(built, key) {
  const known = Array.isArray(built) ? built.find((e) => e.key === key) : built;
  return known?.key === key ? known : void 0;
}
var JsonEntry = class {
  constructor(doc, key, value, at) {
    this.key = key;
    this.value = value;
    this.#doc = doc;
    this.#at = at;
  }
  key;
  value;
  #doc;
  #at;
  #keyLoc;
  get keyLoc() {
    return this.#keyLoc ??= this.#doc.keyLoc(this.#at);
  }
  /** Where a fact this entry sets is located: its key, with its value's extent (`locOfEntry`). */
  location() {
    return this.#doc.entryLoc(this.#at);
  }
};
function jsonEntryLocation(e) {
  return e instanceof JsonEntry ? e.location() : void 0;
}
var JsonList = class {
  kind = "list";
  #doc;
  #at;
  #items;
  #loc;
  constructor(doc, at) {
    this.#doc = doc;
    this.#at = at;
  }
  get loc() {
    return this.#loc ??= this.#doc.loc(this.#at);
  }
  get items() {
    return this.#items ??= this.#doc.items(this.#at);
  }
  [PARSED_DATA]() {
    return this.#items ? void 0 : this.#doc.data(this.#at);
  }
  /** The list's text while its items are unread: once read, they may be changed in place. */
  [WRITTEN_TEXT]() {
    return this.#items ? void 0 : this.#doc.written(this.#at);
  }
};
function withPlainValues(result) {
  const done = /* @__PURE__ */ new Map();
  const visit = (x) => {
    if (x === null || typeof x !== "object") return x;
    if (done.has(x)) return done.get(x);
    if (x instanceof JsonMap) {
      const entries = /* @__PURE__ */ new Map();
      done.set(x, { kind: "map", entries, loc: visit(x.loc) });
      for (const [key, e] of x.entries) entries.set(key, visit(e));
      return done.get(x);
    }
    if (x instanceof JsonList) {
      const items = [];
      done.set(x, { kind: "list", items, loc: visit(x.loc) });
      for (const item of x.items) items.push(visit(item));
      return done.get(x);
    }
    if (x instanceof JsonScalar) {
      done.set(x, { kind: "scalar", value: x.value, loc: visit(x.loc) });
      return done.get(x);
    }
    if (x instanceof JsonEntry) {
      const entry2 = { key: x.key, keyLoc: visit(x.keyLoc), value: x.value };
      done.set(x, entry2);
      entry2.value = visit(x.value);
      return entry2;
    }
    if (x instanceof OffsetLocation) {
      const { file, line, column, value } = x;
      done.set(x, { file, line, column, value: value && { start: value.start, end: value.end } });
      return done.get(x);
    }
    if (x instanceof TextRange) {
      done.set(x, { start: x.start, end: x.end });
      return done.get(x);
    }
    done.set(x, x);
    if (Array.isArray(x)) x.forEach((item, i) => x[i] = visit(item));
    else if (x instanceof Map) x.forEach((v, k) => x.set(k, visit(v)));
    else if (Object.getPrototypeOf(x) === Object.prototype) {
      const o = x;
      for (const key of Object.keys(o)) o[key] = visit(o[key]);
    }
    return x;
  };
  return visit(result);
}

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

export {
  literal,
  isUndecidable,
  isSymbolicValue,
  display,
  writtenText,
  parsedData,
  membersOnce,
  isIntrinsicData,
  relocated,
  relocate,
  withEntries,
  withItems,
  withValue,
  isSymbolic,
  isMap,
  isList,
  isScalar,
  entry,
  get,
  readOnce,
  getPath,
  asString,
  asBoolean,
  isTruthy,
  asList,
  toPlain,
  intrinsicFromTag,
  intrinsicFromMap,
  refsOf,
  render,
  dynamicReference,
  LineIndex,
  blockScalarTextStart,
  OffsetLocation,
  jsonTree,
  jsonEntryLocation,
  withPlainValues
};
