import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

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
  if (!isMap(v)) return void 0;
  const member = v[MEMBER];
  return member ? member.call(v, key) : v.entries.get(key);
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

// src/iac/document/intrinsics.ts
var LONG_NAME = { Ref: "Ref", Condition: "Condition" };
function intrinsicFromTag(tag, args, loc) {
  const fn = LONG_NAME[tag] ?? `Fn::${tag}`;
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

// src/iac/document/json-offsets.ts
var ValueTooDeep = class extends Error {
  constructor(offset) {
    super("too deep");
    this.offset = offset;
  }
  offset;
};
var QUOTE = 34;
var BACKSLASH = 92;
var NEWLINE = 10;
function jsonOffsets(text, limits) {
  const scan = new OffsetScanner(text, limits);
  return scan.run() ? scan.result() : "too-nested";
}
var OffsetScanner = class {
  constructor(text, limits) {
    this.text = text;
    this.limits = limits;
    const capacity = Math.max(1024, Math.ceil(text.length / 24));
    this.lineStarts = new Int32Array(Math.max(1024, text.length >> 4));
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }
  text;
  limits;
  count = 0;
  from;
  to;
  next;
  lines = 1;
  lineStarts;
  result() {
    const n = this.count;
    return {
      count: n,
      from: this.from.subarray(0, n),
      to: this.to.subarray(0, n),
      next: this.next.subarray(0, n),
      lineStarts: this.lineStarts.subarray(0, this.lines)
    };
  }
  /** False when the text nests past `limits.nesting`. */
  run() {
    const t = this.text;
    const end = t.length;
    const { maxDepth } = this.limits;
    const nesting = this.limits.nesting ?? Infinity;
    const maxIndent = nesting * 2;
    const open = [];
    const isObject = [];
    let expectKey = false;
    let i = indentEnd(t, 0);
    if (i > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return false;
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 58) {
        i++;
      } else if (c === NEWLINE) {
        const start = i + 1;
        this.lineStart(start);
        i = indentEnd(t, start);
        if (i - start > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return false;
      } else if (c === 44) {
        i++;
        expectKey = isObject[open.length - 1] === true;
      } else if (c === QUOTE) {
        if (expectKey) {
          expectKey = false;
          i = this.stringEnd(i);
        } else {
          const n = this.add(i, open.length, maxDepth);
          i = this.stringEnd(i);
          this.to[n] = i;
          this.next[n] = n + 1;
        }
      } else if (c === 123 || c === 91) {
        const n = this.add(i, open.length, maxDepth);
        open.push(n);
        isObject.push(c === 123);
        if (open.length > nesting) return false;
        expectKey = c === 123;
        i++;
      } else if (c === 125 || c === 93) {
        const n = open.pop();
        isObject.pop();
        i++;
        this.to[n] = i;
        this.next[n] = this.count;
        expectKey = false;
      } else {
        const n = this.add(i, open.length, maxDepth);
        i = wordEnd(t, i);
        this.to[n] = i;
        this.next[n] = n + 1;
      }
    }
    return true;
  }
  lineStart(at) {
    if (this.lines === this.lineStarts.length) this.lineStarts = grown(this.lineStarts);
    this.lineStarts[this.lines++] = at;
  }
  add(from, depth, maxDepth) {
    if (depth > maxDepth) throw new ValueTooDeep(from);
    const n = this.count++;
    if (n === this.from.length) this.grow();
    this.from[n] = from;
    return n;
  }
  grow() {
    this.from = grown(this.from);
    this.to = grown(this.to);
    this.next = grown(this.next);
  }
  /** The offset just after the string opening at `at`. */
  stringEnd(at) {
    return stringEnd(this.text, at);
  }
};
function keyStart(t, valueFrom) {
  let i = valueFrom - 1;
  while (t.charCodeAt(i) !== QUOTE) i--;
  i = t.lastIndexOf('"', i - 1);
  while (t.charCodeAt(i - 1) === BACKSLASH && escaped(t, i)) i = t.lastIndexOf('"', i - 1);
  return i;
}
function stringEnd(t, at) {
  let i = t.indexOf('"', at + 1);
  while (t.charCodeAt(i - 1) === BACKSLASH && escaped(t, i)) i = t.indexOf('"', i + 1);
  return i + 1;
}
function grown(a) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
function indentEnd(t, at) {
  let i = at;
  for (; ; ) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else return i;
  }
}
function wordEnd(t, at) {
  let i = at + 1;
  for (; ; ) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57 || c >= 97 && c <= 122 || c === 46 || c === 45 || c === 43 || c === 69)
      i++;
    else return i;
  }
}
function escaped(t, at) {
  let n = 0;
  while (t.charCodeAt(at - 1 - n) === BACKSLASH) n++;
  return n % 2 === 1;
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
function jsonTree(file, text, raw, offsets) {
  return new JsonDocument(file, text, offsets).value(raw, 0);
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
  /** The value `raw` parsed from, numbered `at` among the offsets. */
  value(raw, at) {
    if (raw === null || typeof raw !== "object") return new JsonScalar(this, raw, at);
    if (Array.isArray(raw)) return new JsonList(this, raw, at);
    const map = new JsonMap(this, raw, at);
    return this.mayBeIntrinsic(at) && isIntrinsicData(raw) ? intrinsicFromMap(map) ?? map : map;
  }
  /**
   * False when the object numbered `at` has two keys: its first two members are written with
   * different keys, neither escaped. Asked of a large object only, before `isIntrinsicData`,
   * which lists every key (the 200,000 of a template's `Resources`) to find a second one.
   */
  mayBeIntrinsic(at) {
    const { from, to, next } = this.offsets;
    if (to[at] - from[at] < LARGE_OBJECT) return true;
    const first = at + 1;
    const second = next[first];
    if (second >= next[at]) return true;
    const a = this.writtenKey(first);
    const b = this.writtenKey(second);
    return a === b || a.includes("\\") || b.includes("\\");
  }
  /** The key of the member numbered `at`, as written (quotes and escapes included). */
  writtenKey(at) {
    const from = this.keyFrom(at);
    return this.text.slice(from, stringEnd(this.text, from));
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
  items(raw, at) {
    const next = this.offsets.next;
    const items = new Array(raw.length);
    let child = at + 1;
    for (let i = 0; i < raw.length; i++) {
      items[i] = this.value(raw[i], child);
      child = next[child];
    }
    return items;
  }
  /**
   * Puts the members in `into`, in the order they are written, reusing those already `built`. A
   * repeated key keeps its first place and takes the later value (as `JSON.parse` does), located
   * where the later one is written.
   */
  fillEntries(raw, at, into, built) {
    const { next } = this.offsets;
    const end = next[at];
    let child = at + 1;
    let inOrder = true;
    for (const key in raw) {
      if (child === at + 1 && isIndexLike(key)) inOrder = false;
      if (!inOrder || child >= end) break;
      setEntry.call(into, key, built?.get(key) ?? this.entry(key, raw[key], child));
      child = next[child];
    }
    if (inOrder && child === end) return;
    clearEntries.call(into);
    this.fillAsWritten(raw, at, into);
  }
  /** Members read in the order they are written, each key once, from its last occurrence. */
  fillAsWritten(raw, at, into) {
    const members = this.members(at);
    const last = /* @__PURE__ */ new Map();
    for (const m of members) last.set(this.keyText(m), m);
    for (const m of members) {
      const key = this.keyText(m);
      if (!hasEntry.call(into, key))
        setEntry.call(into, key, this.entry(key, raw[key], last.get(key)));
    }
  }
  /**
   * Whether the members can be built one by one as they are looked up: a small object whose keys
   * are each written once, in the order JavaScript lists them.
   */
  readsSingly(raw, at) {
    const { next } = this.offsets;
    const end = next[at];
    let child = at + 1;
    let keys = 0;
    for (const key in raw) {
      if (keys === 0 && isIndexLike(key) || ++keys > MAX_READ_SINGLY || child >= end) return false;
      child = next[child];
    }
    return child === end;
  }
  /** The member under `key` of an object that `readsSingly`. */
  member(raw, at, key) {
    const { next } = this.offsets;
    let child = at + 1;
    for (const k in raw) {
      if (k === key) break;
      child = next[child];
    }
    return this.entry(key, raw[key], child);
  }
  entry(key, raw, at) {
    return new JsonEntry(this, key, this.value(raw, at), at);
  }
  /** The indexes of the members of the collection numbered `at`. */
  members(at) {
    const { next } = this.offsets;
    const end = next[at];
    const out = [];
    for (let child = at + 1; child < end; child = next[child]) out.push(child);
    return out;
  }
  /** Where the key of the member numbered `at` opens. */
  keyFrom(at) {
    return keyStart(this.text, this.offsets.from[at]);
  }
  keyText(at) {
    const from = this.keyFrom(at);
    return JSON.parse(this.text.slice(from, stringEnd(this.text, from)));
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
var LARGE_OBJECT = 4096;
var MAX_READ_SINGLY = 24;
var setEntry = Map.prototype.set;
var hasEntry = Map.prototype.has;
var clearEntries = Map.prototype.clear;
var JsonEntries = class extends Map {
  #doc;
  #raw;
  #at;
  #singly;
  constructor(doc, raw, at, built = [], singly) {
    super();
    this.#doc = doc;
    this.#raw = raw;
    this.#at = at;
    this.#singly = singly;
    for (const e of built) super.set(e.key, e);
  }
  /** The parsed data, until every member is built. */
  data() {
    return this.#raw;
  }
  get(key) {
    const doc = this.#doc;
    const raw = this.#raw;
    if (!doc || !raw) return super.get(key);
    if (!Object.hasOwn(raw, key)) return void 0;
    const known = super.get(key);
    if (known) return known;
    if (!(this.#singly ??= doc.readsSingly(raw, this.#at))) return this.complete().get(key);
    const e = doc.member(raw, this.#at, key);
    super.set(key, e);
    return e;
  }
  has(key) {
    return this.#raw ? Object.hasOwn(this.#raw, key) : super.has(key);
  }
  get size() {
    return this.#raw ? Object.keys(this.#raw).length : super.size;
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
    return super.set(key, e);
  }
  delete(key) {
    this.complete();
    return super.delete(key);
  }
  clear() {
    this.complete();
    super.clear();
  }
  /** Every member built, in the order written; those looked up before are kept. */
  complete() {
    const doc = this.#doc;
    const raw = this.#raw;
    if (!doc || !raw) return this;
    this.#doc = void 0;
    this.#raw = void 0;
    const built = super.size > 0 ? new Map(super.entries()) : void 0;
    if (built) super.clear();
    doc.fillEntries(raw, this.#at, this, built);
    return this;
  }
};
var JsonMap = class {
  kind = "map";
  #doc;
  #raw;
  #at;
  #entries;
  /** Members looked up before `entries` is read: one, or a few (see `MEMBER`). */
  #built;
  #singly;
  #loc;
  constructor(doc, raw, at) {
    this.#doc = doc;
    this.#raw = raw;
    this.#at = at;
  }
  get loc() {
    return this.#loc ??= this.#doc.loc(this.#at);
  }
  get entries() {
    if (this.#entries === void 0) {
      const raw = this.#raw;
      const built = this.#built;
      const members = built === void 0 ? [] : Array.isArray(built) ? built : [built];
      this.#entries = new JsonEntries(this.#doc, raw, this.#at, members, this.#singly);
      this.#raw = void 0;
      this.#built = void 0;
    }
    return this.#entries;
  }
  /**
   * The member under `key`, built without a `Map` of members while the object `readsSingly`.
   * Collections are kept, so a member read twice is one value; scalars are built each time.
   */
  [MEMBER](key) {
    const raw = this.#raw;
    if (this.#entries || !raw) return this.entries.get(key);
    if (!Object.hasOwn(raw, key)) return void 0;
    const built = this.#built;
    const known = Array.isArray(built) ? built.find((e2) => e2.key === key) : built;
    if (known?.key === key) return known;
    if (!(this.#singly ??= this.#doc.readsSingly(raw, this.#at))) return this.entries.get(key);
    const e = this.#doc.member(raw, this.#at, key);
    if (!isCollection(raw[key])) return e;
    this.#built = built === void 0 ? e : Array.isArray(built) ? [...built, e] : [built, e];
    return e;
  }
  [PARSED_DATA]() {
    return this.#entries ? this.#entries.data() : this.#raw;
  }
  [WRITTEN_TEXT]() {
    return this.#doc.written(this.#at);
  }
};
function isCollection(raw) {
  return raw !== null && typeof raw === "object";
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
  #raw;
  #at;
  #items;
  #loc;
  constructor(doc, raw, at) {
    this.#doc = doc;
    this.#raw = raw;
    this.#at = at;
  }
  get loc() {
    return this.#loc ??= this.#doc.loc(this.#at);
  }
  get items() {
    if (this.#items === void 0) {
      this.#items = this.#doc.items(this.#raw, this.#at);
      this.#raw = void 0;
    }
    return this.#items;
  }
  [PARSED_DATA]() {
    return this.#raw;
  }
  [WRITTEN_TEXT]() {
    return this.#doc.written(this.#at);
  }
};
function isIndexLike(key) {
  return key !== void 0 && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}
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
  toPlain,
  intrinsicFromTag,
  intrinsicFromMap,
  refsOf,
  render,
  dynamicReference,
  ValueTooDeep,
  jsonOffsets,
  LineIndex,
  blockScalarTextStart,
  OffsetLocation,
  jsonTree,
  jsonEntryLocation,
  withPlainValues
};
