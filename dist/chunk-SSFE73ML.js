import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  isTerraformFile,
  isTfvars
} from "./chunk-WLV54ML5.js";
import {
  LineIndex,
  OffsetLocation,
  blockScalarTextStart,
  intrinsicFromMap,
  intrinsicFromTag,
  jsonTree
} from "./chunk-P4JAG5LX.js";
import {
  inSkippedDir
} from "./chunk-BGWANNZY.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import {
  errorMessage
} from "./chunk-G4PDCYJP.js";
import {
  require_dist
} from "./chunk-67PM2TIG.js";
import {
  __toESM
} from "./chunk-GH4QJ2HJ.js";

// src/iac/discover.ts
import { posix } from "node:path";
var SERVERLESS_FILE = /(?:^|\/)serverless\.(?:ya?ml|json)$/;
var TEMPLATE_EXTENSION = /\.(ya?ml|json|template)$/;
var NEVER_TEMPLATES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "yarn.lock",
  "composer.json",
  "composer.lock",
  "tsconfig.json",
  "packages.lock.json",
  "Pipfile.lock",
  ".eslintrc.json",
  ".prettierrc.json",
  "renovate.json",
  "cdk.json",
  "tree.json",
  "manifest.json",
  // The gate's own configuration: its custom rules name AWS types, yet it is no template.
  ".serverless-gate.yml"
]);
function isServerlessFile(path) {
  return SERVERLESS_FILE.test(path);
}
var discovered = /* @__PURE__ */ new WeakMap();
function discoverIac(files) {
  let found = discovered.get(files);
  if (!found) discovered.set(files, found = sortCandidates(files));
  return { templates: [...found.templates], terraform: new Map(found.terraform) };
}
function withoutIacFiles(files, left) {
  const kept = files.filter((f) => !left.has(f));
  const all = discoverIac(files);
  const terraform = /* @__PURE__ */ new Map();
  for (const [dir, tf] of all.terraform) {
    const rest = tf.filter((f) => !left.has(f));
    if (rest.length > 0 && rest.length < tf.length) return kept;
    if (rest.length > 0) terraform.set(dir, tf);
  }
  discovered.set(kept, { templates: all.templates.filter((t) => !left.has(t)), terraform });
  return kept;
}
function sortCandidates(files) {
  const templates = [];
  const terraform = /* @__PURE__ */ new Map();
  const tfvars = [];
  for (let i = 0; i < files.length; i++) {
    const path = files[i];
    if (inSkippedDir(path)) continue;
    const slash = path.lastIndexOf("/");
    if (isTfvars(path)) tfvars.push(path);
    else if (isTerraformFile(path)) {
      const key = slash < 0 ? "" : path.slice(0, slash);
      const folder = terraform.get(key);
      if (folder) folder.push(path);
      else terraform.set(key, [path]);
    } else if (isServerlessFile(path) || TEMPLATE_EXTENSION.test(path) && // A hidden `.tf.json` that Terraform skips is Terraform's all the same, never a template.
    !path.endsWith(".tf.json") && !NEVER_TEMPLATES.has(slash < 0 ? path : path.slice(slash + 1)) && !isWorkflow(path)) {
      templates.push(path);
    }
  }
  for (const path of tfvars)
    terraform.get(path.slice(0, Math.max(0, path.lastIndexOf("/"))))?.push(path);
  return { templates, terraform };
}
function isWorkflow(path) {
  return path.startsWith(".github/workflows/") || path.startsWith(".github/actions/");
}
function looksLikeTemplate(text) {
  if (namesTemplateMarker(text)) return true;
  return ESCAPE.test(text) && namesTemplateMarker(text.replace(ESCAPES, decodedEscape));
}
function looksLikeServerlessService(path, text) {
  return SERVERLESS_LIKE_NAME.test(path) && (/^service[ \t]*:/m.test(text) && /^provider[ \t]*:/m.test(text) || /^\s*\{/.test(text) && /"service"\s*:/.test(text) && /"provider"\s*:/.test(text));
}
var SERVERLESS_LIKE_NAME = /(?:^|\/)serverless[^/]*\.(?:ya?ml|json)$/i;
function namesTemplateMarker(text) {
  return text.includes("AWS::") || text.includes("AWSTemplateFormatVersion");
}
var ESCAPE = /\\(?:[uUx]|\r?\n)/;
var ESCAPES = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|\r?\n[ \t]*)/g;
function decodedEscape(_escape, u, wide, x) {
  const hex = u ?? wide ?? x;
  if (hex === void 0) return "";
  const code = parseInt(hex, 16);
  return code <= 1114111 ? String.fromCodePoint(code) : "";
}
var TEMPLATE_NAME = /^(serverless\.(ya?ml|json)|.+\.template\.(json|ya?ml))$/;
function isTemplateByName(path) {
  return TEMPLATE_NAME.test(posix.basename(path));
}
var SERVERLESS_CODE = /(?:^|\/)serverless\.(?:[cm]?js|ts)$/;
function serverlessCodeFiles(files) {
  const described = new Set(files.filter(isServerlessFile).map((f) => posix.dirname(f)));
  return files.filter((f) => SERVERLESS_CODE.test(f) && !described.has(posix.dirname(f)));
}
var OUT_OF_SCOPE_CODE = "not-checked-format";

// src/iac/document/depth.ts
var MAX_NESTING = 256;
function nestingError(file, text, limit = MAX_NESTING) {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  let indenting = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      indenting = true;
      continue;
    }
    if (indenting && c !== 32 && c !== 9) {
      indenting = false;
      if (i - lineStart > limit * 2) return tooDeep(file, line, i - lineStart + 1, limit);
    }
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return tooDeep(file, line, i - lineStart + 1, limit);
    } else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
  return void 0;
}
function tooDeep(file, line, column, limit) {
  return diagnostic(
    file,
    `nested more than ${limit} levels deep: not read (no real template nests this deep)`,
    "too-deep",
    { line, column }
  );
}

// src/iac/document/yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// src/iac/document/cfn-tags.ts
var CFN_SHORT_TAGS = [
  "Ref",
  "Sub",
  "GetAtt",
  "Join",
  "If",
  "Equals",
  "And",
  "Or",
  "Not",
  "Condition",
  "FindInMap",
  "Select",
  "Split",
  "Base64",
  "Cidr",
  "GetAZs",
  "ImportValue",
  "Transform",
  "ToJsonString",
  "Length",
  "ForEach",
  "GetParam",
  "ValueOf",
  "Contains",
  "EachMemberEquals",
  "EachMemberIn",
  "RefAll"
];

// src/iac/document/merge-keys.ts
var MERGE_KEY = "<<";
function withMerges(entries, merges) {
  if (merges.length === 0) return entries;
  const merged = new Map(entries);
  for (const merge2 of merges) {
    const sources = mergedMaps(merge2.value);
    if (!sources) {
      if (!merged.has(MERGE_KEY)) merged.set(MERGE_KEY, merge2);
      continue;
    }
    for (const source of sources)
      for (const [key, entry] of source) if (!merged.has(key)) merged.set(key, entry);
  }
  return merged;
}
function isPlainMergeKey(key, text, start) {
  return key === MERGE_KEY && text.startsWith(MERGE_KEY, start);
}
function mergedMaps(value) {
  if (value.kind === "map") return [value.entries];
  if (value.kind !== "list" || value.items.length === 0) return void 0;
  const maps = [];
  for (const item of value.items) {
    if (item.kind !== "map") return void 0;
    maps.push(item.entries);
  }
  return maps;
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
  const outcome = scan.run();
  return outcome === "ok" ? scan.result() : outcome;
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
    this.key = new Int32Array(capacity);
  }
  text;
  limits;
  count = 0;
  from;
  to;
  next;
  key;
  lines = 1;
  lineStarts;
  /** Whether the last string read holds an escape. */
  escaped = false;
  result() {
    const n = this.count;
    return {
      count: n,
      from: this.from.subarray(0, n),
      to: this.to.subarray(0, n),
      next: this.next.subarray(0, n),
      key: this.key.subarray(0, n),
      lineStarts: this.lineStarts.subarray(0, this.lines)
    };
  }
  run() {
    const t = this.text;
    const end = t.length;
    const { maxDepth } = this.limits;
    const nesting = this.limits.nesting ?? Infinity;
    const maxIndent = nesting * 2;
    const open = [];
    const isObject = [];
    let expect = 0 /* Value */;
    let pendingKey = 0;
    let i = indentEnd(t, 0);
    if (i > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return "too-nested";
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) {
        i++;
        continue;
      }
      if (c === NEWLINE) {
        const start = i + 1;
        this.lineStart(start);
        i = indentEnd(t, start);
        if (i - start > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return "too-nested";
        continue;
      }
      switch (expect) {
        case 5 /* After */: {
          const depth2 = open.length;
          if (c === 44) {
            expect = isObject[depth2 - 1] ? 3 /* Key */ : 0 /* Value */;
            i++;
          } else if (c === 125 || c === 93) {
            if (isObject[depth2 - 1] !== (c === 125)) return "invalid";
            i = this.close(open, isObject, i);
            expect = open.length === 0 ? 6 /* End */ : 5 /* After */;
          } else return "invalid";
          continue;
        }
        case 3 /* Key */:
        case 2 /* FirstKey */: {
          if (c === 125 && expect === 2 /* FirstKey */) {
            i = this.close(open, isObject, i);
            expect = open.length === 0 ? 6 /* End */ : 5 /* After */;
            continue;
          }
          if (c !== QUOTE) return "invalid";
          const after3 = this.stringEnd(i);
          if (after3 < 0) return "invalid";
          pendingKey = this.escaped ? -1 - i : i;
          if (t.charCodeAt(after3) === 58) {
            i = t.charCodeAt(after3 + 1) === 32 ? after3 + 2 : after3 + 1;
            expect = 0 /* Value */;
          } else {
            i = after3;
            expect = 4 /* Colon */;
          }
          continue;
        }
        case 4 /* Colon */:
          if (c !== 58) return "invalid";
          i++;
          expect = 0 /* Value */;
          continue;
        case 6 /* End */:
          return "invalid";
        default:
          break;
      }
      if (c === 93 && expect === 1 /* FirstItem */) {
        i = this.close(open, isObject, i);
        expect = open.length === 0 ? 6 /* End */ : 5 /* After */;
        continue;
      }
      const depth = open.length;
      if (depth > maxDepth) throw new ValueTooDeep(i);
      const n = this.add(i, isObject[depth - 1] === true ? pendingKey : 0);
      if (c === 123 || c === 91) {
        open.push(n);
        isObject.push(c === 123);
        if (open.length > nesting) return "too-nested";
        expect = c === 123 ? 2 /* FirstKey */ : 1 /* FirstItem */;
        i++;
        continue;
      }
      const after2 = c === QUOTE ? this.stringEnd(i) : scalarEnd(t, i);
      if (after2 < 0) return "invalid";
      this.to[n] = after2;
      this.next[n] = n + 1;
      i = after2;
      expect = depth === 0 ? 6 /* End */ : 5 /* After */;
    }
    return expect === 6 /* End */ ? "ok" : "invalid";
  }
  /** Closes the innermost collection at its bracket `at`; the offset after the bracket. */
  close(open, isObject, at) {
    const n = open.pop();
    isObject.pop();
    this.to[n] = at + 1;
    this.next[n] = this.count;
    return at + 1;
  }
  lineStart(at) {
    if (this.lines === this.lineStarts.length) this.lineStarts = grown(this.lineStarts);
    this.lineStarts[this.lines++] = at;
  }
  add(from, key) {
    const n = this.count++;
    if (n === this.from.length) this.grow();
    this.from[n] = from;
    this.key[n] = key;
    return n;
  }
  grow() {
    this.from = grown(this.from);
    this.to = grown(this.to);
    this.next = grown(this.next);
    this.key = grown(this.key);
  }
  /**
   * The offset just after the string opening at `at`, or -1 when it is not a valid JSON string:
   * a control character in it (a line break, a tab), an invalid escape, or no closing quote.
   * `escaped` says whether it holds an escape. Most strings are short: a loop over their
   * characters is faster than searching for the closing quote.
   */
  stringEnd(at) {
    const t = this.text;
    let i = at + 1;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c === QUOTE) {
        this.escaped = false;
        return i + 1;
      }
      if (c === BACKSLASH) {
        this.escaped = true;
        return escapedStringEnd(t, i);
      }
      if (!(c >= 32)) return -1;
      i++;
    }
  }
};
function escapedStringEnd(t, backslash) {
  let i = backslash;
  for (; ; ) {
    const c = t.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH) {
      const e = t.charCodeAt(i + 1);
      if (SIMPLE_ESCAPE.has(e)) i += 2;
      else if (e === 117 && isHex4(t, i + 2)) i += 6;
      else return -1;
    } else if (!(c >= 32)) return -1;
    else i++;
  }
}
var SIMPLE_ESCAPE = /* @__PURE__ */ new Set([34, 92, 47, 98, 102, 110, 114, 116]);
function isHex4(t, at) {
  for (let i = at; i < at + 4; i++) {
    const c = t.charCodeAt(i);
    const hex = c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
    if (!hex) return false;
  }
  return true;
}
function scalarEnd(t, at) {
  const c = t.charCodeAt(at);
  if (c === 116) return t.startsWith("true", at) ? at + 4 : -1;
  if (c === 102) return t.startsWith("false", at) ? at + 5 : -1;
  if (c === 110) return t.startsWith("null", at) ? at + 4 : -1;
  return numberEnd(t, at);
}
function numberEnd(t, at) {
  let i = at;
  if (t.charCodeAt(i) === 45) i++;
  const first = t.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) i = digitsEnd(t, i + 1);
  else return -1;
  if (t.charCodeAt(i) === 46) {
    if (!isDigit(t.charCodeAt(i + 1))) return -1;
    i = digitsEnd(t, i + 1);
  }
  const e = t.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = t.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    if (!isDigit(t.charCodeAt(i))) return -1;
    i = digitsEnd(t, i);
  }
  return i;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function digitsEnd(t, at) {
  let i = at;
  while (isDigit(t.charCodeAt(i))) i++;
  return i;
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

// src/iac/document/plain-scalar.ts
function resolvePlainScalar(text) {
  const c = text.charCodeAt(0);
  if (!(c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 46 || c === 43 || c === 45 || c >= 48 && c <= 57) && text !== "")
    return text;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text))
    return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
var YAML_11_BOOLEAN = /^(?:yes|Yes|YES|on|On|ON|no|No|NO|off|Off|OFF)$/;
function yaml11Boolean(text) {
  if (!YAML_11_BOOLEAN.test(text)) return void 0;
  return text.toLowerCase() === "yes" || text.toLowerCase() === "on";
}

// src/iac/document/json-reader.ts
var JsonSyntaxError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
var JsonTooDeep = class extends JsonSyntaxError {
};
function looksLikeJson(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) return true;
    if (!isBlank(c)) return false;
  }
  return false;
}
function readJson(file, text, maxDepth) {
  const tree = readJsonChecked(file, text, { maxDepth });
  if (tree === "too-nested") throw new Error("unreachable: no nesting limit was set");
  return tree ?? new JsonReader(file, text, maxDepth).read();
}
function readJsonChecked(file, text, limits) {
  try {
    const offsets = jsonOffsets(text, limits);
    if (offsets === "invalid") return void 0;
    return offsets === "too-nested" ? offsets : jsonTree(file, text, offsets);
  } catch (err) {
    if (!(err instanceof ValueTooDeep)) throw err;
    const at = new LineIndex(text).position(err.offset);
    throw new JsonTooDeep(`nesting deeper than ${limits.maxDepth} levels`, at.line, at.column);
  }
}
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var ESCAPES2 = {
  34: '"',
  92: "\\",
  47: "/",
  98: "\b",
  102: "\f",
  110: "\n",
  114: "\r",
  116: "	"
};
var JsonReader = class {
  constructor(file, text, maxDepth) {
    this.file = file;
    this.text = text;
    this.maxDepth = maxDepth;
  }
  file;
  text;
  maxDepth;
  pos = 0;
  /** Line of `pos` and the offset its line starts at: lines change only between tokens. */
  line = 1;
  lineStart = 0;
  /** Where each line starts, filled in as the reader passes them: extents are located from it. */
  lineStarts = [0];
  lines = new LineIndex(this.lineStarts);
  /** One copy of each repeated key or short string (see `MAX_SHARED`), not one per occurrence. */
  shared = /* @__PURE__ */ new Map();
  read() {
    this.skipBlanks();
    const value = this.value(0);
    this.skipBlanks();
    if (this.pos < this.text.length) this.fail("unexpected text after the end of the document");
    return value;
  }
  value(depth) {
    if (depth > this.maxDepth) {
      throw new JsonTooDeep(
        `nesting deeper than ${this.maxDepth} levels`,
        this.line,
        this.pos - this.lineStart + 1
      );
    }
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.object(depth);
    if (c === 91) return this.list(depth);
    const from = this.pos;
    const column = from - this.lineStart + 1;
    const value = c === QUOTE2 ? this.string() : this.literal();
    return { kind: "scalar", value, loc: this.located(from, this.line, column) };
  }
  object(depth) {
    const from = this.pos;
    const line = this.line;
    const column = from - this.lineStart + 1;
    const entries = /* @__PURE__ */ new Map();
    this.pos++;
    this.skipBlanks();
    if (this.text.charCodeAt(this.pos) === 125) this.pos++;
    else {
      for (; ; ) {
        if (this.text.charCodeAt(this.pos) !== QUOTE2) this.fail("expected a quoted key");
        const keyLoc = {
          file: this.file,
          line: this.line,
          column: this.pos - this.lineStart + 1
        };
        const key = this.sharedString();
        this.skipBlanks();
        if (this.text.charCodeAt(this.pos) !== 58) this.fail(`expected ':' after the key`);
        this.pos++;
        this.skipBlanks();
        entries.set(key, { key, keyLoc, value: this.value(depth + 1) });
        if (this.separator(125, "an object")) break;
      }
    }
    const map2 = { kind: "map", entries, loc: this.located(from, line, column) };
    return intrinsicFromMap(map2) ?? map2;
  }
  list(depth) {
    const from = this.pos;
    const line = this.line;
    const column = from - this.lineStart + 1;
    const items = [];
    this.pos++;
    this.skipBlanks();
    if (this.text.charCodeAt(this.pos) === 93) this.pos++;
    else {
      for (; ; ) {
        items.push(this.value(depth + 1));
        if (this.separator(93, "a list")) break;
      }
    }
    return { kind: "list", items, loc: this.located(from, line, column) };
  }
  /** After a member: a comma (then the next member) or the closing bracket (true). */
  separator(close, what) {
    this.skipBlanks();
    const c = this.text.charCodeAt(this.pos);
    if (c === close) {
      this.pos++;
      return true;
    }
    if (c !== 44) this.fail(`expected ',' or '${String.fromCharCode(close)}' in ${what}`);
    this.pos++;
    this.skipBlanks();
    if (this.text.charCodeAt(this.pos) === close) this.fail(`a trailing comma in ${what}`);
    return false;
  }
  /**
   * A string, shared with its earlier occurrences when short: generated templates repeat the
   * same keys and types in every resource, and one copy each is kept instead of hundreds of
   * thousands. The table is bounded, so unique names (logical ids) stop filling it early.
   */
  sharedString() {
    const s = this.string();
    if (s.length > MAX_SHARED_LENGTH) return s;
    const known = this.shared.get(s);
    if (known !== void 0) return known;
    if (this.shared.size < MAX_SHARED) this.shared.set(s, s);
    return s;
  }
  string() {
    const t = this.text;
    const from = this.pos + 1;
    let i = from;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c === QUOTE2) {
        this.pos = i + 1;
        return t.slice(from, i);
      }
      if (c === BACKSLASH2) return this.escapedString(from, i);
      if (c < 32 || i >= t.length) this.failAt(i, unterminated(c, i >= t.length));
      i++;
    }
  }
  /** A string with escapes, built from its runs of plain text. */
  escapedString(from, firstEscape) {
    const t = this.text;
    let out = t.slice(from, firstEscape);
    let run = firstEscape;
    let i = firstEscape;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c === QUOTE2) {
        this.pos = i + 1;
        return out + t.slice(run, i);
      }
      if (c === BACKSLASH2) {
        out += t.slice(run, i);
        const e = t.charCodeAt(i + 1);
        const simple = ESCAPES2[e];
        if (simple !== void 0) {
          out += simple;
          i += 2;
        } else if (e === 117 && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16));
          i += 6;
        } else this.failAt(i, "invalid escape sequence in a string");
        run = i;
        continue;
      }
      if (c < 32 || i >= t.length) this.failAt(i, unterminated(c, i >= t.length));
      i++;
    }
  }
  /** A number, `true`, `false` or `null`, resolved as the YAML readers resolve it. */
  literal() {
    const t = this.text;
    const from = this.pos;
    let i = from;
    while (isWordChar(t.charCodeAt(i))) i++;
    const word = t.slice(from, i);
    if (word === "true" || word === "false" || word === "null" || NUMBER.test(word)) {
      this.pos = i;
      return resolvePlainScalar(word);
    }
    if (word === "") return this.fail("expected a value");
    return this.failAt(
      from,
      `'${word.slice(0, 40)}' is not a JSON value (strings are in double quotes)`
    );
  }
  skipBlanks() {
    const t = this.text;
    let i = this.pos;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) i++;
      else if (c === 10) {
        i++;
        this.line++;
        this.lineStart = i;
        this.lineStarts.push(i);
      } else break;
    }
    this.pos = i;
  }
  /** From `from` (at `line`, `column`) to where the reader stands, right after the value. */
  located(from, line, column) {
    return new OffsetLocation(this.file, line, column, this.lines, from, this.pos);
  }
  /** What was expected where the reader stands, and what it found there. */
  fail(expected) {
    return this.failAt(this.pos, `${expected}, found ${describe(this.text, this.pos)}`);
  }
  failAt(offset, message) {
    throw new JsonSyntaxError(message, this.line, offset - this.lineStart + 1);
  }
};
var MAX_SHARED = 8192;
var MAX_SHARED_LENGTH = 64;
var NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
function unterminated(c, atEnd) {
  if (atEnd) return "a string is not closed before the end of the file";
  return c === 10 || c === 13 ? "a string is not closed before the end of its line" : "a control character in a string must be escaped";
}
function describe(text, at) {
  if (at >= text.length) return "the end of the file";
  const c = text.charCodeAt(at);
  return c === 10 || c === 13 ? "the end of the line" : `'${text[at]}'`;
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 45 || c === 43 || c === 46;
}
function isBlank(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain2 = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain2 && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/iac/document/yaml-fast.ts
var NotFastReadable = class extends Error {
};
var SCHEMA = yaml.FAILSAFE_SCHEMA.extend(
  CFN_SHORT_TAGS.flatMap(
    (name) => ["scalar", "sequence", "mapping"].map(
      (kind) => new yaml.Type(`!${name}`, { kind, construct: (d) => d })
    )
  )
);
var STR_TAG = "tag:yaml.org,2002:str";
var SEQ_TAG = "tag:yaml.org,2002:seq";
var MAP_TAG = "tag:yaml.org,2002:map";
function loadFast(file, text, limits) {
  if (text.charCodeAt(0) === 65279 || /^%/m.test(text)) throw new NotFastReadable("directives");
  return new FastReader(file, text, limits).read();
}
var FastReader = class {
  constructor(file, text, limits) {
    this.file = file;
    this.text = text;
    this.limits = limits;
    this.index = new LineIndex(text);
  }
  file;
  text;
  limits;
  stack = [];
  root;
  index;
  anchors = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  /** Levels of each anchored value: aliases to aliases nest deeper than the text shows. */
  heights = /* @__PURE__ */ new Map();
  /** Values read, aliases counted at their expanded size: an anchored value's size is its share. */
  nodes = 0;
  /** What aliases added: the limit applies to this alone (see `LoadLimits`). */
  aliased = 0;
  /** Values of empty nodes: js-yaml's look for a key that found nothing. */
  empty = /* @__PURE__ */ new WeakSet();
  /** End offset of the value built last, and whether it ends with an empty value. */
  builtEnd = 0;
  builtEmptyEnd = false;
  read() {
    const listener = (event, state) => {
      if (event === "open")
        this.stack.push({
          open: state.position,
          children: [],
          starts: [],
          lastEnd: 0,
          nodesAtOpen: this.nodes,
          lastEmptyEnd: false,
          height: 0
        });
      else {
        this.close(state);
        forgetComposed(state);
      }
    };
    try {
      yaml.load(this.text, {
        schema: SCHEMA,
        json: true,
        listener,
        maxDepth: this.limits.maxDepth
      });
    } catch (err) {
      throw err instanceof NotFastReadable ? err : new NotFastReadable(String(err));
    }
    return this.root;
  }
  close(state) {
    const frame = this.stack.pop();
    if (!frame) throw new NotFastReadable("unbalanced events");
    const start = this.contentStart(frame.open);
    const value = this.build(frame, state, start);
    const aliased = this.text.charCodeAt(start) === 42;
    const height = aliased ? this.heights.get(value) ?? 1 : frame.height + 1;
    if (this.stack.length + height > this.limits.maxDepth)
      throw new NotFastReadable("aliases nest too deep");
    if (state.anchor) {
      this.anchors.set(state.anchor, value);
      this.sizes.set(value, this.nodes - frame.nodesAtOpen);
      this.heights.set(value, height);
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.height = Math.max(parent.height, height);
    if (!parent) {
      this.root = value;
      return;
    }
    const previous = parent.starts[parent.starts.length - 1];
    if (previous !== void 0 && start < previous) throw new NotFastReadable("events out of order");
    parent.children.push(value);
    parent.starts.push(start);
    parent.lastEnd = this.builtEnd;
    parent.lastEmptyEnd = this.builtEmptyEnd;
  }
  build(frame, state, start) {
    if (this.text.charCodeAt(start) === 42) return this.alias(start);
    const inner = frame.children[0];
    if (frame.children.length === 1 && inner && frame.starts[0] === start && !this.empty.has(inner)) {
      this.builtEnd = frame.lastEnd;
      this.builtEmptyEnd = frame.lastEmptyEnd;
      return inner;
    }
    const value = this.node(frame, state, start);
    this.nodes += 1;
    return value;
  }
  node(frame, state, start) {
    const tag = this.customTag(state.tag);
    if (state.kind === "mapping") {
      const end = this.collectionEnd(frame, state.position, start);
      const loc = this.loc(start, end);
      const map2 = { kind: "map", entries: this.entries(frame), loc };
      return this.ended(
        frame,
        tag ? intrinsicFromTag(tag, map2, loc) : intrinsicFromMap(map2) ?? map2,
        end
      );
    }
    if (state.kind === "sequence") {
      if (!Array.isArray(state.result) || state.result.length !== frame.children.length)
        throw new NotFastReadable("sequence items do not pair with events");
      const end = this.collectionEnd(frame, state.position, start);
      const loc = this.loc(start, end);
      const list = { kind: "list", items: frame.children, loc };
      return this.ended(frame, tag ? intrinsicFromTag(tag, list, loc) : list, end);
    }
    return this.scalar(frame, state, start, tag);
  }
  scalar(frame, state, start, tag) {
    if (state.kind === null || state.kind === void 0) {
      if (state.tag !== null && state.tag !== void 0) throw new NotFastReadable("tagged empty");
      if (state.anchor) throw new NotFastReadable("anchored empty");
      let next = frame.open;
      while (isBlank2(this.text.charCodeAt(next))) next++;
      if (this.text.charCodeAt(next) === 35)
        throw new NotFastReadable("comment after an empty value");
      const at = this.index.position(frame.open);
      const empty = { kind: "scalar", value: null, loc: this.locAt(at, at) };
      this.empty.add(empty);
      this.ended(frame, empty, frame.open);
      this.builtEmptyEnd = true;
      return empty;
    }
    const raw = typeof state.result === "string" ? state.result : "";
    const first = this.text.charCodeAt(start);
    const block = first === 124 || first === 62;
    const end = block ? this.blockScalarEnd(start, state.position) : this.trimEnd(state.position, start);
    const yaml11 = state.tag === "?" && this.limits.yaml11Booleans ? yaml11Boolean(raw) : void 0;
    const value = yaml11 ?? (state.tag === "?" ? resolvePlainScalar(raw) : raw);
    const loc = this.loc(start, end);
    const scalar = { kind: "scalar", value, loc };
    if (block && /^\s*[[{]/.test(raw))
      scalar.textStart = this.index.position(blockScalarTextStart(this.text, start));
    return this.ended(frame, tag ? intrinsicFromTag(tag, scalar, loc) : scalar, end);
  }
  ended(frame, value, end) {
    this.builtEnd = end;
    this.builtEmptyEnd = this.endsEmpty(frame);
    return value;
  }
  alias(start) {
    let i = start + 1;
    while (i < this.text.length && !/[\s,[\]{}]/.test(this.text[i])) i++;
    const value = this.anchors.get(this.text.slice(start + 1, i));
    if (!value) throw new NotFastReadable("alias to an incomplete anchor");
    this.builtEnd = i;
    this.builtEmptyEnd = false;
    const size = this.sizes.get(value) ?? 1;
    this.nodes += size;
    this.aliased += size;
    if (this.aliased > this.limits.maxNodes)
      throw new NotFastReadable("aliases add too many values");
    return value;
  }
  entries(frame) {
    const { children, starts } = frame;
    if (children.length % 2 !== 0) throw new NotFastReadable("mapping keys do not pair");
    const entries = /* @__PURE__ */ new Map();
    const merges = [];
    for (let i = 0; i < children.length; i += 2) {
      const keyValue = children[i];
      if (keyValue.kind !== "scalar") throw new NotFastReadable("complex key");
      const key = String(keyValue.value);
      const start = starts[i];
      const at = this.index.position(start);
      const entry = {
        key,
        keyLoc: { file: this.file, line: at.line, column: at.column },
        value: children[i + 1]
      };
      if (isPlainMergeKey(key, this.text, start)) merges.push(entry);
      else entries.set(key, entry);
    }
    return withMerges(entries, merges);
  }
  /** `!Ref`-style tags become intrinsics; the standard ones change nothing; others are not ours. */
  customTag(tag) {
    if (tag === null || tag === void 0 || tag === "?") return void 0;
    if (tag === STR_TAG || tag === SEQ_TAG || tag === MAP_TAG) return void 0;
    if (tag.startsWith("!") && !tag.startsWith("!!") && tag.length > 1) return tag.slice(1);
    throw new NotFastReadable(`tag ${tag}`);
  }
  /** Where a node's content starts: after blanks, comments, its tag and its anchor. */
  contentStart(from) {
    const t = this.text;
    let i = this.skipBlanks(from);
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c !== 33 && c !== 38) return i;
      while (i < t.length && !isBlank2(t.charCodeAt(i))) i++;
      i = this.skipBlanks(i);
    }
  }
  skipBlanks(from) {
    const t = this.text;
    let i = from;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (isBlank2(c)) i++;
      else if (c === 35 && (i === 0 || isBlank2(t.charCodeAt(i - 1)))) {
        while (i < t.length && t.charCodeAt(i) !== 10) i++;
      } else if (c === 45 && this.isDocumentStart(i)) i += 3;
      else return i;
    }
  }
  isDocumentStart(i) {
    const t = this.text;
    return (i === 0 || t.charCodeAt(i - 1) === 10) && t.startsWith("---", i) && (i + 3 >= t.length || isBlank2(t.charCodeAt(i + 3)));
  }
  trimEnd(end, start) {
    let e = end;
    while (e > start && isBlank2(this.text.charCodeAt(e - 1))) e--;
    return e;
  }
  /** A block scalar ends after the line break of its last non-blank line. */
  blockScalarEnd(start, close) {
    const header = this.text.slice(start, this.text.indexOf("\n", start) >>> 0);
    if (header.includes("+")) throw new NotFastReadable("kept block scalar");
    return this.afterLine(this.trimEnd(close, start));
  }
  endsEmpty(frame) {
    return frame.children.length > 0 && frame.lastEmptyEnd;
  }
  /** A block collection ends after the line of its last value; a flow one at its bracket. */
  collectionEnd(frame, close, start) {
    const c = this.text.charCodeAt(start);
    if (c === 91 || c === 123) return this.trimEnd(close, start);
    if (this.endsEmpty(frame)) return frame.lastEnd;
    const end = this.afterLine(frame.lastEnd);
    for (let i = end; i < close; i++)
      if (this.text.charCodeAt(i) === 35) throw new NotFastReadable("comment after a collection");
    return end;
  }
  /** After the line break that ends the line `at` is on (trailing blanks and a comment allowed). */
  afterLine(at) {
    const t = this.text;
    if (at > 0 && t.charCodeAt(at - 1) === 10) return at;
    let i = at;
    while (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9) i++;
    if (t.charCodeAt(i) === 35) while (i < t.length && t.charCodeAt(i) !== 10) i++;
    if (t.charCodeAt(i) === 13) i++;
    if (t.charCodeAt(i) === 10) i++;
    return i;
  }
  /** Where a value starts, now; its extent as offsets, turned into lines when it is read. */
  loc(start, end) {
    const at = this.index.position(start);
    return new OffsetLocation(this.file, at.line, at.column, this.index, start, end);
  }
  locAt(s, e) {
    return { file: this.file, line: s.line, column: s.column, value: { start: s, end: e } };
  }
};
var COMPOSED_MAP = Object.freeze({});
var COMPOSED_LIST = Object.freeze([]);
function forgetComposed(state) {
  if (state.result === null || typeof state.result !== "object") return;
  state.result = Array.isArray(state.result) ? COMPOSED_LIST : COMPOSED_MAP;
}
function isBlank2(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// src/iac/document/yaml-lenient.ts
var SCHEMA2 = yaml.DEFAULT_SCHEMA.extend(
  CFN_SHORT_TAGS.flatMap(
    (name) => ["scalar", "sequence", "mapping"].map(
      (kind) => new yaml.Type(`!${name}`, { kind, construct: (d) => d })
    )
  )
);
function loadLenient(file, text, limits) {
  const stack = [{ start: 0, end: 0, result: void 0, children: [] }];
  const listener = (event, state) => {
    if (event === "open") {
      stack.push({ start: state.position, end: state.position, result: void 0, children: [] });
      if (stack.length > limits.maxDepth * 2 + 4) throw new RangeError("nesting too deep");
      return;
    }
    const node = stack.pop();
    Object.assign(node, {
      end: state.position,
      kind: state.kind ?? void 0,
      tag: state.tag ?? void 0,
      result: state.result
    });
    stack[stack.length - 1]?.children.push(node);
  };
  yaml.load(text, { schema: SCHEMA2, json: true, listener });
  const root = stack[0]?.children[0];
  return root ? new EventConverter(file, text, limits).convert(root) : void 0;
}
var EventConverter = class {
  constructor(file, text, limits) {
    this.file = file;
    this.text = text;
    this.limits = limits;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  file;
  text;
  limits;
  lineStarts = [0];
  /** Values converted, aliases counted at their expanded size. */
  nodes = 0;
  /** What aliases added: the limit applies to this alone (see `LoadLimits`). */
  aliased = 0;
  shared = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  /** Levels below each shared value, and the deepest level the value being built reaches. */
  heights = /* @__PURE__ */ new Map();
  deepest = 0;
  convert(node, depth = 0) {
    const key = typeof node.result === "object" && node.result !== null ? node.result : void 0;
    const known = key && node.children.length === 0 ? this.shared.get(key) : void 0;
    if (known) {
      const reached = depth + (this.heights.get(known) ?? 0);
      if (reached > this.limits.maxDepth) throw new RangeError("YAML aliases nest too deep");
      this.deepest = Math.max(this.deepest, reached);
      this.countAlias(this.sizes.get(known) ?? 1);
      return known;
    }
    const outside = this.deepest;
    this.deepest = depth;
    const before = this.nodes;
    const loc = this.loc(node);
    const tag = node.tag?.startsWith("!") && !node.tag.startsWith("!!") ? node.tag.slice(1) : void 0;
    const value = this.build(node, loc, depth);
    const out = tag ? intrinsicFromTag(tag, value, loc) : value.kind === "map" ? intrinsicFromMap(value) ?? value : value;
    this.nodes += 1;
    if (key) {
      this.shared.set(key, out);
      this.sizes.set(out, this.nodes - before);
      this.heights.set(out, this.deepest - depth);
    }
    this.deepest = Math.max(outside, this.deepest);
    return out;
  }
  /** Aliases share values; what they add still counts, so alias bombs stop here too. */
  countAlias(n) {
    this.nodes += n;
    this.aliased += n;
    if (this.aliased > this.limits.maxNodes)
      throw new RangeError("YAML aliases expand the document by too many values");
  }
  build(node, loc, depth) {
    if (node.kind === "mapping") {
      const entries = /* @__PURE__ */ new Map();
      const merges = [];
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const keyNode = node.children[i];
        const key = String(this.yaml11(keyNode) ?? keyNode.result);
        const entry = {
          key,
          keyLoc: this.loc(keyNode),
          value: this.convert(node.children[i + 1], depth + 1)
        };
        if (isPlainMergeKey(key, this.text, this.contentStart(keyNode))) merges.push(entry);
        else entries.set(key, entry);
      }
      return { kind: "map", entries: withMerges(entries, merges), loc };
    }
    if (node.kind === "sequence")
      return { kind: "list", items: node.children.map((c) => this.convert(c, depth + 1)), loc };
    const r = node.result;
    const yaml11 = this.yaml11(node);
    if (yaml11 !== void 0) return { kind: "scalar", value: yaml11, loc };
    const scalar = r === void 0 || r === null ? null : typeof r === "object" ? String(r) : r;
    return { kind: "scalar", value: scalar, loc };
  }
  /** Under YAML 1.1, a plain `yes`, `on`, `no` or `off` (js-yaml leaves such a scalar the tag `?`). */
  yaml11(node) {
    const r = node.result;
    if (!this.limits.yaml11Booleans || node.tag !== "?" || typeof r !== "string") return void 0;
    return yaml11Boolean(r);
  }
  /** The node's first non-blank character (the reader reports where it started looking). */
  contentStart(node) {
    let start = node.start;
    while (start < node.end && /\s/.test(this.text[start] ?? "")) start++;
    return start;
  }
  loc(node) {
    const s = this.position(this.contentStart(node));
    const e = this.position(node.end);
    return { file: this.file, line: s.line, column: s.column, value: { start: s, end: e } };
  }
  position(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
};

// src/iac/document/yaml.ts
var CUSTOM_TAGS = CFN_SHORT_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (s) => s },
  { tag: `!${name}`, collection: "seq", resolve: (s) => s },
  { tag: `!${name}`, collection: "map", resolve: (s) => s }
]);
var DEFAULT_LOAD_LIMITS = { maxDepth: 400, maxNodes: 2e6 };
var LimitExceeded = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function loadDocument(file, text, limits = DEFAULT_LOAD_LIMITS) {
  const json2 = looksLikeJson(text) ? loadJson(file, text, limits) : void 0;
  if (json2 && !(json2 instanceof JsonSyntaxError)) return json2;
  if (json2 && text.length > MAX_JSON_LIKE_YAML)
    return { file, diagnostics: [jsonDiagnostic(file, json2)] };
  const deep = nestingError(file, text);
  if (deep) return { file, diagnostics: [deep] };
  const yaml2 = loadYaml(file, text, limits);
  if (json2 && yaml2.diagnostics.length > 0)
    return { file, diagnostics: [jsonDiagnostic(file, json2)] };
  return yaml2;
}
function loadYaml(file, text, limits = DEFAULT_LOAD_LIMITS) {
  try {
    return { file, value: loadFast(file, text, limits), diagnostics: [] };
  } catch (err) {
    if (!(err instanceof NotFastReadable)) throw err;
  }
  return loadDocumentFully(file, text, limits);
}
var MAX_JSON_LIKE_YAML = 4 * 1024 * 1024;
function loadJson(file, text, limits) {
  try {
    return { file, value: readJson(file, text, limits.maxDepth), diagnostics: [] };
  } catch (err) {
    if (err instanceof JsonTooDeep) return { file, diagnostics: [jsonDiagnostic(file, err)] };
    if (err instanceof JsonSyntaxError) return err;
    throw err;
  }
}
function jsonDiagnostic(file, err) {
  const at = { line: err.line, column: err.column };
  if (err instanceof JsonTooDeep) return diagnostic(file, err.message, "document-too-complex", at);
  return diagnostic(file, `invalid JSON: ${err.message}`, "parse-error", at);
}
function loadDocumentFully(file, text, limits = DEFAULT_LOAD_LIMITS) {
  const lines = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, {
      customTags: CUSTOM_TAGS,
      lineCounter: lines,
      uniqueKeys: false,
      prettyErrors: false,
      strict: false
    });
  } catch (err) {
    return {
      file,
      diagnostics: [diagnostic(file, `cannot read YAML: ${errorMessage(err)}`, "parse-error")]
    };
  }
  if (doc.errors.length > 0) return readLeniently(file, text, doc, lines, limits);
  const diagnostics = [];
  try {
    const converter = new Converter(file, lines, limits, text);
    const value = doc.contents ? converter.convert(doc.contents, 0) : void 0;
    return { file, value, diagnostics };
  } catch (err) {
    if (err instanceof LimitExceeded) {
      const pos = lines.linePos(err.offset);
      return {
        file,
        diagnostics: [
          diagnostic(file, err.message, "document-too-complex", { line: pos.line, column: pos.col })
        ]
      };
    }
    if (err instanceof RangeError) {
      return {
        file,
        diagnostics: [
          diagnostic(file, "document is nested too deeply to read", "document-too-complex")
        ]
      };
    }
    throw err;
  }
}
function readLeniently(file, text, doc, lines, limits) {
  try {
    return { file, value: loadLenient(file, text, limits), diagnostics: [] };
  } catch {
    const first = doc.errors[0];
    const pos = lines.linePos(first.pos[0]);
    const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more errors follow from it)` : "";
    const message = `${first.code === "MULTIPLE_DOCS" ? SECOND_DOCUMENT : firstLine(first.message)}${more}`;
    return {
      file,
      diagnostics: [diagnostic(file, message, "parse-error", { line: pos.line, column: pos.col })]
    };
  }
}
var SECOND_DOCUMENT = "a second YAML document starts here (after `---`): the file is read as one document, as CloudFormation and the Serverless Framework read it";
var Converter = class {
  constructor(file, lines, limits, text) {
    this.file = file;
    this.lines = lines;
    this.limits = limits;
    this.text = text;
  }
  file;
  lines;
  limits;
  text;
  /** Values converted, aliases counted at their expanded size. */
  nodes = 0;
  /** What aliases added: the limit applies to this alone (see `LoadLimits`). */
  aliased = 0;
  /**
   * Aliases resolve to the value already built for their anchor: a DAG, never a copy. Looked up
   * by name, the latest anchor of that name before the alias (undefined while it is being built):
   * the library's own lookup walks the document for each alias, quadratic in a hostile file.
   */
  anchored = /* @__PURE__ */ new Map();
  /** Expanded size of each anchored value, so alias bombs are caught without expanding them. */
  sizes = /* @__PURE__ */ new Map();
  /**
   * Levels below each anchored value, and the deepest level the value being built reaches:
   * a chain of aliases, each in a list, nests the tree deeper than its text.
   */
  heights = /* @__PURE__ */ new Map();
  deepest = 0;
  convert(node, depth) {
    if (depth > this.limits.maxDepth) {
      throw new LimitExceeded(
        `nesting deeper than ${this.limits.maxDepth} levels`,
        node.range?.[0] ?? 0
      );
    }
    if ((0, import_yaml.isAlias)(node)) return this.alias(node, depth);
    const before = this.nodes;
    const outside = this.deepest;
    this.deepest = depth;
    if (node.anchor) this.anchored.set(node.anchor, void 0);
    const value = this.build(node, depth);
    this.nodes += 1;
    if (node.anchor) {
      this.anchored.set(node.anchor, value);
      this.sizes.set(value, this.nodes - before);
      this.heights.set(value, this.deepest - depth);
    }
    this.deepest = Math.max(outside, this.deepest);
    return value;
  }
  alias(node, depth) {
    const value = this.anchored.get(node.source);
    if (!value) {
      return { kind: "symbolic", fn: "alias", expr: String(node), refs: [], loc: this.loc(node) };
    }
    const reached = depth + (this.heights.get(value) ?? 0);
    if (reached > this.limits.maxDepth) {
      throw new LimitExceeded(
        `YAML aliases nest the document deeper than ${this.limits.maxDepth} levels`,
        node.range?.[0] ?? 0
      );
    }
    this.deepest = Math.max(this.deepest, reached);
    const size = this.sizes.get(value) ?? 1;
    this.nodes += size;
    this.aliased += size;
    if (this.aliased > this.limits.maxNodes) {
      throw new LimitExceeded(
        `YAML aliases expand the document by more than ${this.limits.maxNodes} values`,
        node.range?.[0] ?? 0
      );
    }
    return value;
  }
  build(node, depth) {
    const loc = this.loc(node);
    const tag = node.tag && node.tag.startsWith("!") && !node.tag.startsWith("!!") ? node.tag.slice(1) : void 0;
    if ((0, import_yaml.isMap)(node)) {
      const entries = /* @__PURE__ */ new Map();
      const merges = [];
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = (0, import_yaml.isScalar)(keyNode) ? String(this.scalarValue(keyNode)) : String(keyNode ?? "");
        const keyLoc = keyNode ? this.keyLoc(keyNode) : loc;
        const valueNode = pair.value;
        const value = valueNode ? this.convert(valueNode, depth + 1) : { kind: "scalar", value: null, loc: { ...keyLoc } };
        const plainMerge = (0, import_yaml.isScalar)(keyNode) && keyNode.type === "PLAIN" && !keyNode.tag;
        if (key === "<<" && plainMerge) merges.push({ key, keyLoc, value });
        else entries.set(key, { key, keyLoc, value });
      }
      const map2 = { kind: "map", entries: withMerges(entries, merges), loc };
      return tag ? intrinsicFromTag(tag, map2, loc) : intrinsicFromMap(map2) ?? map2;
    }
    if ((0, import_yaml.isSeq)(node)) {
      const items = node.items.map(
        (item) => item ? this.convert(item, depth + 1) : { kind: "scalar", value: null, loc }
      );
      const list = { kind: "list", items, loc };
      return tag ? intrinsicFromTag(tag, list, loc) : list;
    }
    const scalar = {
      kind: "scalar",
      value: (0, import_yaml.isScalar)(node) ? this.scalarValue(node) : null,
      loc
    };
    if ((0, import_yaml.isScalar)(node) && isBlockJson(node)) scalar.textStart = this.blockTextStart(node);
    return tag ? intrinsicFromTag(tag, scalar, loc) : scalar;
  }
  /** A scalar's value; under YAML 1.1 a plain `yes`, `on`, `no` or `off` is a boolean (keys too). */
  scalarValue(node) {
    const raw = node.value;
    const plain2 = node.type === "PLAIN" && !node.tag && typeof raw === "string";
    const yaml11 = plain2 && this.limits.yaml11Booleans ? yaml11Boolean(raw) : void 0;
    return yaml11 ?? normaliseScalar(raw);
  }
  loc(node) {
    const [start, end] = node.range ?? [0, 0];
    const s = this.position(start);
    const e = this.position(end);
    return { file: this.file, line: s.line, column: s.column, value: { start: s, end: e } };
  }
  /** The first content character of a block scalar: below its indicator line, after indentation. */
  blockTextStart(node) {
    return this.position(blockScalarTextStart(this.text, node.range?.[0] ?? 0));
  }
  /** A key is reported at its start; its own extent is never needed (attributes use the value's). */
  keyLoc(node) {
    const s = this.position(node.range?.[0] ?? 0);
    return { file: this.file, line: s.line, column: s.column };
  }
  /** Made on first use: the line counter is complete once the document is parsed. */
  index;
  position(offset) {
    this.index ??= new LineIndex(this.lines.lineStarts);
    return this.index.position(offset);
  }
};
function isBlockJson(node) {
  const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
  return block && typeof node.value === "string" && /^\s*[[{]/.test(node.value);
}
function normaliseScalar(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}

// src/model/stack-arn.ts
var HERE = "\0";
var CFN_PSEUDO = /^AWS::(Partition|Region|AccountId|URLSuffix)$/;
var TF_HERE = /^(data\.aws_region\.[\w-]+\.(name|id|region)|data\.aws_caller_identity\.[\w-]+\.account_id|data\.aws_partition\.[\w-]+\.(partition|id))$/;
var SLS_HERE = /^aws:(region|accountId|partition)$/;
function stackText(v) {
  if (typeof v === "string") return v;
  if (!v) return void 0;
  if (v.kind === "scalar") return typeof v.value === "string" ? v.value : void 0;
  if (v.kind !== "symbolic") return void 0;
  if (v.fn === "Fn::Sub") return subText(v.args);
  if (v.fn === "template") return withHere(v.expr.replace(/^"|"$/g, ""), TF_HERE);
  if (v.fn === "aws") return withHere(v.expr, SLS_HERE);
  return void 0;
}
function subText(args) {
  const template = args?.kind === "list" ? args.items[0] : args;
  const vars = args?.kind === "list" ? args.items[1] : void 0;
  if (vars && !(vars.kind === "map" && vars.entries.size === 0)) return void 0;
  if (template?.kind !== "scalar" || typeof template.value !== "string") return void 0;
  return withHere(template.value, CFN_PSEUDO);
}
function withHere(text, here) {
  let unknown = false;
  const out = text.replace(/\$\{\s*([^}]*?)\s*\}/g, (_whole, name) => {
    if (name.startsWith("!")) return `\${${name.slice(1)}}`;
    if (here.test(name)) return HERE;
    unknown = true;
    return "";
  });
  return unknown ? void 0 : out;
}
function arnParts(text) {
  const [arn, partition, service, region, account, ...rest] = text.split(":");
  if (arn !== "arn" || partition === void 0 || service === void 0 || rest.length === 0)
    return void 0;
  if (partition !== HERE && !/^aws(-[a-z]+)*$/.test(partition)) return void 0;
  return { service, region: region ?? "", account: account ?? "", resource: rest.join(":") };
}
function onePlace(part, pattern) {
  return part === HERE || pattern.test(part);
}
var REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
var ACCOUNT = /^\d{12}$/;
var PLAIN_NAME = /^[\w.+=,@-]+$/;
function exactName(v, kind) {
  const text = stackText(v);
  if (text === void 0) return void 0;
  const arn = arnParts(text);
  if (!arn) return (kind === "bucket" || kind === "event-bus") && plain(text) ? text : void 0;
  const regional = onePlace(arn.region, REGION) && onePlace(arn.account, ACCOUNT);
  const r = arn.resource;
  switch (kind) {
    case "function":
      return arn.service === "lambda" && regional ? after(r, "function:") : void 0;
    case "queue":
      return arn.service === "sqs" && regional && plain(r) ? r : void 0;
    case "topic":
      return arn.service === "sns" && regional && plain(r) ? r : void 0;
    case "event-bus":
      return arn.service === "events" && regional ? after(r, "event-bus/") : void 0;
    case "bucket":
      return arn.service === "s3" && arn.region === "" && arn.account === "" && plain(r) ? r : void 0;
    case "role": {
      if (arn.service !== "iam" || arn.region !== "" || !onePlace(arn.account, ACCOUNT))
        return void 0;
      return r.startsWith("role/") ? plainOrUndefined(r.split("/").pop()) : void 0;
    }
  }
}
function after(resource, prefix) {
  return resource.startsWith(prefix) ? plainOrUndefined(resource.slice(prefix.length)) : void 0;
}
function plain(text) {
  return PLAIN_NAME.test(text);
}
function plainOrUndefined(text) {
  return text !== void 0 && plain(text) ? text : void 0;
}

// src/iac/serverless/variables/file-path.ts
import { posix as posix2 } from "node:path";
function repositoryPath(serviceDir, written) {
  const path = unquote(written.trim()).replace(/\\/g, "/");
  if (path === "" || path.startsWith("/") || path.startsWith("~") || /^[A-Za-z]:/.test(path)) {
    return void 0;
  }
  const joined = posix2.normalize(posix2.join(serviceDir || ".", path));
  if (joined === ".." || joined.startsWith("../")) return void 0;
  return joined.startsWith("./") ? joined.slice(2) : joined;
}
function unquote(text) {
  const m = /^(['"])(.*)\1$/.exec(text);
  return m ? m[2] ?? "" : text;
}
function includeKind(path) {
  const ext = posix2.extname(path).toLowerCase();
  if (ext === ".yml" || ext === ".yaml" || ext === ".json" || ext === ".tfstate") return "document";
  if ([".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", ".py", ".sh"].includes(ext)) return "code";
  return "text";
}

// src/iac/referenced-files.ts
import { posix as posix3 } from "node:path";
var SAMCONFIG_NAMES = ["samconfig.toml", "samconfig.yaml", "samconfig.yml"];
var FILE_CALL = /^file\(\s*"(?:\$\{path\.module\}\/)?([^"$]+\.json)"\s*\)$/;
function policyFilePath(expr, dir) {
  return inRepository(FILE_CALL.exec(expr.trim())?.[1], dir);
}
var TEMPLATE_CALL = /^templatefile\(\s*"(?:\$\{path\.module\}\/)?([^"$]+\.(?:json|ya?ml)(?:\.tpl|\.tftpl)?)"\s*,/;
function templateFilePath(expr, dir) {
  return inRepository(TEMPLATE_CALL.exec(expr.trim())?.[1], dir);
}
function inRepository(relative, dir) {
  if (relative === void 0 || posix3.isAbsolute(relative)) return void 0;
  const path = posix3.normalize(posix3.join(dir, relative));
  return path.startsWith("..") ? void 0 : path;
}

export {
  exactName,
  isServerlessFile,
  discoverIac,
  withoutIacFiles,
  looksLikeTemplate,
  looksLikeServerlessService,
  SERVERLESS_LIKE_NAME,
  isTemplateByName,
  serverlessCodeFiles,
  OUT_OF_SCOPE_CODE,
  repositoryPath,
  includeKind,
  SAMCONFIG_NAMES,
  policyFilePath,
  templateFilePath,
  MAX_NESTING,
  nestingError,
  looksLikeJson,
  readJsonChecked,
  DEFAULT_LOAD_LIMITS,
  loadDocument
};
