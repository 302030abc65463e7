import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ANGQG4QP.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import {
  __toESM
} from "./chunk-GH4QJ2HJ.js";

// src/deps/shared/paths.ts
function baseName(path) {
  if (path !== lastPath) {
    const slash = path.lastIndexOf("/");
    lastName = slash === -1 ? path : path.slice(slash + 1);
    lastPath = path;
  }
  return lastName;
}
var lastPath;
var lastName = "";
function dirName(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function normalisePath(path) {
  const unified = path.replace(/\\/g, "/");
  if (unified.startsWith("/") || /^[a-zA-Z]:/.test(unified)) return void 0;
  const out = [];
  for (const segment of unified.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(segment);
  }
  return out.join("/");
}
function joinPath(dir, relative) {
  if (relative.startsWith("/") || /^[a-zA-Z]:[\\/]/.test(relative)) return void 0;
  return normalisePath(dir === "" ? relative : `${dir}/${relative}`);
}
function inNodeModules(path) {
  return path.startsWith("node_modules/") || path.includes("/node_modules/");
}

// src/deps/shared/collector.ts
var PackageCollector = class {
  constructor(file, ecosystem) {
    this.file = file;
    this.ecosystem = ecosystem;
  }
  file;
  ecosystem;
  /** Packages by name; a name with several versions keeps them by version (rare, so kept cheap). */
  byName = /* @__PURE__ */ new Map();
  packages = [];
  unpinned = [];
  diagnostics = [];
  /** Dependency entries seen in the file, whatever became of them. */
  entries = 0;
  at(pos) {
    return { file: this.file, line: pos?.line ?? 1, column: pos?.column ?? 1 };
  }
  /**
   * A package that is its own installed copy (npm's nested `node_modules`): kept even when the
   * same name and version is installed elsewhere, each copy at its own line with its own flags.
   */
  addCopy(name, version, location, direct, dev) {
    const ecosystem = this.ecosystem;
    this.packages.push(
      direct === void 0 ? { ecosystem, name, version, dev, location } : { ecosystem, name, version, direct, dev, location }
    );
  }
  add(name, version, location, flags = {}) {
    const { direct, dev } = flags;
    const known = this.find(name, version);
    if (known === void 0) {
      const ref = { ecosystem: this.ecosystem, name, version, location };
      if (direct !== void 0) ref.direct = direct;
      if (dev !== void 0) ref.dev = dev;
      this.remember(ref);
      return;
    }
    if (known.dev !== void 0 || dev !== void 0) known.dev = known.dev === true && dev === true;
    if (direct === true) known.direct = true;
    else if (known.direct === void 0 && direct === false) known.direct = false;
  }
  find(name, version) {
    const known = this.byName.get(name);
    if (known === void 0) return void 0;
    if (known instanceof Map) return known.get(version);
    return known.version === version ? known : void 0;
  }
  remember(ref) {
    this.packages.push(ref);
    const known = this.byName.get(ref.name);
    if (known === void 0) this.byName.set(ref.name, ref);
    else if (known instanceof Map) known.set(ref.version, ref);
    else {
      const versions = /* @__PURE__ */ new Map([[known.version, known]]);
      versions.set(ref.version, ref);
      this.byName.set(ref.name, versions);
    }
  }
  addUnpinned(name, spec, reason, location, flags = {}) {
    this.unpinned.push({
      ecosystem: this.ecosystem,
      name,
      spec,
      reason,
      ...defined(flags),
      location
    });
  }
  error(message, code, at) {
    this.diagnostics.push(diagnostic(this.file, message, code, at ?? {}, "error"));
  }
  warn(message, code, at) {
    this.diagnostics.push(diagnostic(this.file, message, code, at ?? {}, "warning"));
  }
  /**
   * The result. A file that holds dependency entries but yields no package at all is an error,
   * never a silent "no dependencies": a reader that misses everything must not look clean.
   */
  finish() {
    const packages = this.packages;
    if (this.entries > 0 && packages.length === 0 && this.unpinned.length === 0) {
      this.error(
        `found ${this.entries} dependency ${this.entries === 1 ? "entry" : "entries"} but could not read any package from them`,
        "no-packages"
      );
    }
    return { packages, unpinned: this.unpinned, diagnostics: capped(this.diagnostics, this.file) };
  }
};
function defined(flags) {
  const out = {};
  if (flags.direct !== void 0) out.direct = flags.direct;
  if (flags.dev !== void 0) out.dev = flags.dev;
  return out;
}
var MAX_DIAGNOSTICS = 50;
function capped(diagnostics, file) {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const rest = diagnostics.length - MAX_DIAGNOSTICS;
  const summary = diagnostic(
    file,
    `${rest} more problems in this file are not shown`,
    "too-many-problems",
    {},
    "warning"
  );
  return [...diagnostics.slice(0, MAX_DIAGNOSTICS), summary];
}
function failed(...diagnostics) {
  return { packages: [], unpinned: [], diagnostics };
}

// src/deps/shared/lines.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    let at = text.indexOf("\n");
    while (at !== -1) {
      this.starts.push(at + 1);
      at = text.indexOf("\n", at + 1);
    }
  }
  text;
  starts = [0];
  /** 1-based line and column of a 0-based offset (clamped to the text). */
  position(offset) {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo] + 1 };
  }
};
function splitLines(text) {
  return text.split("\n").map((line) => line.endsWith("\r") ? line.slice(0, -1) : line);
}

// src/deps/shared/names.ts
function pep503(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function splitAtVersion(spec) {
  const at = spec.lastIndexOf("@");
  if (at <= 0) return void 0;
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}
function splitNameFromRange(spec) {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at <= 0) return void 0;
  return { name: spec.slice(0, at), range: spec.slice(at + 1) };
}
function isSemver(version) {
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version);
}
function isRegistryTarball(url) {
  return (url.startsWith("https://") || url.startsWith("http://")) && url.lastIndexOf("/-/") !== -1;
}
function sourceKind(spec) {
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec)) return "git";
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec) && !/^\d/.test(spec)) return "git";
  if (/^https?:\/\//.test(spec)) return /\.git(#|$)/.test(spec) ? "git" : "url";
  if (/^(file:|link:|portal:|\.{0,2}\/)/.test(spec)) return "path";
  return void 0;
}

// src/deps/requirements/line.ts
var INCLUDES = {
  "-r": false,
  "--requirement": false,
  "-c": true,
  "--constraint": true
};
function readRequirement(text) {
  const tokens2 = text.split(/\s+/).filter((t) => t !== "");
  const firstOption = tokens2.findIndex((t) => t.startsWith("-"));
  if (firstOption === 0) return readOptionLine(tokens2);
  const requirement = firstOption === -1 ? tokens2 : tokens2.slice(0, firstOption);
  return readSpecifier(requirement.join(" "));
}
function readOptionLine(tokens2) {
  const first = tokens2[0];
  const [flag, value] = splitOption(first, tokens2[1]);
  if (Object.hasOwn(INCLUDES, flag)) {
    return value ? { kind: "include", path: value, constraint: INCLUDES[flag] } : { kind: "invalid", message: `${flag} needs a file name` };
  }
  if (flag === "-e" || flag === "--editable") {
    if (!value) return { kind: "invalid", message: `${flag} needs a path or URL` };
    return { kind: "unpinned", name: nameOfUrl(value), spec: value, reason: "editable" };
  }
  return { kind: "option" };
}
function splitOption(token, next) {
  if (token.startsWith("--")) {
    const eq = token.indexOf("=");
    return eq === -1 ? [token, next] : [token.slice(0, eq), token.slice(eq + 1)];
  }
  const flag = token.slice(0, 2);
  const attached = token.slice(2).replace(/^=/, "");
  return [flag, attached === "" ? next : attached];
}
var VERSION_SPECIFIERS = /^(~=|===?|!=|<=?|>=?)[^,]+(,(~=|===?|!=|<=?|>=?)[^,]+)*$/;
function readSpecifier(text) {
  const [requirement = ""] = splitMarker(text);
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(requirement);
  if (direct) {
    const url = direct[3];
    return {
      kind: "unpinned",
      name: pep503(direct[1]),
      spec: url,
      reason: urlReason(url)
    };
  }
  if (/^([a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/)|\.(whl|zip|tar\.gz|tgz)$/i.test(requirement)) {
    return {
      kind: "unpinned",
      name: nameOfUrl(requirement),
      spec: requirement,
      reason: urlReason(requirement)
    };
  }
  const named = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(requirement);
  if (!named)
    return { kind: "invalid", message: `cannot read a requirement from ${JSON.stringify(text)}` };
  const name = pep503(named[1]);
  const spec = named[3].replace(/\s+/g, "").replace(/^\((.*)\)$/, "$1");
  if (spec !== "" && !VERSION_SPECIFIERS.test(spec))
    return { kind: "invalid", message: `cannot read a requirement from ${JSON.stringify(text)}` };
  const pinned = /^(===?)([^,;*<>=!~]+)$/.exec(spec);
  if (pinned && !spec.includes("${")) return { kind: "pinned", name, version: pinned[2] };
  const reason = spec.includes("${") ? "unresolved" : "range";
  return { kind: "unpinned", name, spec, reason };
}
function splitMarker(text) {
  const at = text.indexOf(";");
  if (at === -1) return [text.trim(), void 0];
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}
function urlReason(url) {
  if (/^(git\+|hg\+|svn\+|bzr\+)/.test(url)) return "git";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith("file:")) return "url";
  return "path";
}
function nameOfUrl(url) {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url);
  if (egg) return pep503(egg[1]);
  const file = /([A-Za-z0-9._]+?)-\d[^/]*\.(whl|zip|tar\.gz|tgz)$/.exec(url);
  return file ? pep503(file[1]) : url;
}

// src/deps/requirements/index.ts
var MAX_INCLUDE_DEPTH = 16;
var requirementsParser = {
  id: "pypi/requirements",
  ecosystem: "PyPI",
  matches: isRequirementsFile,
  parse: parseRequirements,
  // Any line pip cannot read is an error of its own; options alone are a valid file.
  content: { recognises: /\S/, expected: "requirements", mayBeEmpty: true }
};
function isRequirementsFile(path) {
  const name = baseName(path).toLowerCase();
  if (!name.endsWith(".txt")) return false;
  return name.includes("requirements") || baseName(dirName(path)).toLowerCase() === "requirements";
}
function parseRequirements(text, file, options) {
  const out = new PackageCollector(file, "PyPI");
  const reader = { out, options, chain: [file], seen: /* @__PURE__ */ new Set([file]) };
  readFile(text, file, reader, false);
  return out.finish();
}
function includedFiles(text, file) {
  const out = [];
  for (const logical of logicalLines(text)) {
    const req = readRequirement(logical.text);
    if (req.kind !== "include" || isUrl(req.path)) continue;
    const path = joinPath(dirName(file), req.path);
    if (path !== void 0) out.push(path);
  }
  return out;
}
function isUrl(target) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}
function readFile(text, file, reader, constraint) {
  const { out } = reader;
  const flags = { dev: isDevFile(reader.chain[0]) || isDevFile(file) };
  const pipCompiled = /#\s*via\b/.test(text);
  for (const logical of logicalLines(text)) {
    const at = { file, line: logical.line, column: 1 };
    const req = readRequirement(logical.text);
    if (req.kind === "option") continue;
    if (req.kind === "include") {
      include(req.path, req.constraint || constraint, file, logical.line, reader);
      continue;
    }
    out.entries++;
    if (req.kind === "invalid") {
      out.diagnostics.push(problem(file, logical.line, req.message, "parse-error", "error"));
      continue;
    }
    const direct = !constraint && (pipCompiled ? isDeclared(logical.via) : true);
    if (req.kind === "pinned") out.add(req.name, req.version, at, { ...flags, direct });
    else out.addUnpinned(req.name, req.spec, req.reason, at, { ...flags, direct });
  }
}
function include(target, constraint, from, line, reader) {
  const flag = constraint ? "-c" : "-r";
  const fail = (message, code, severity = "error") => {
    reader.out.diagnostics.push(
      problem(from, line, `${flag} ${target}: ${message}`, code, severity)
    );
  };
  if (isUrl(target))
    return fail("a URL is not fetched, so the packages it lists were not checked", "include-url");
  const path = joinPath(dirName(from), target);
  if (path === void 0) return fail("outside the repository: not read", "include-outside-repo");
  if (reader.chain.includes(path))
    return fail(`includes ${path} again (a cycle); it was read once`, "include-cycle", "warning");
  if (reader.seen.has(path)) return;
  if (reader.chain.length > MAX_INCLUDE_DEPTH)
    return fail("includes nested too deeply; not read", "include-too-deep");
  const read = reader.options?.readRepoFile?.(path);
  if (read === void 0) return fail(`${path} does not exist`, "missing-include");
  if (typeof read !== "string")
    return fail(`${path} cannot be read: ${read.problem}`, "unreadable-include");
  reader.seen.add(path);
  reader.chain.push(path);
  readFile(read, path, reader, constraint);
  reader.chain.pop();
}
function logicalLines(text) {
  const out = [];
  let viaOf;
  let inVia = false;
  for (const joined of joinContinuations(splitLines(text.replace(/^\uFEFF/, "")))) {
    const comment = joined.text.search(/(^|\s)#/);
    const code = (comment === -1 ? joined.text : joined.text.slice(0, comment)).trim();
    const note = comment === -1 ? "" : joined.text.slice(comment).trim().replace(/^#\s?/, "");
    if (code === "") {
      inVia = viaOf !== void 0 && (/^via\b/.test(note) || inVia && /^\s+\S/.test(note));
      if (inVia && viaOf) viaOf.via = `${viaOf.via ?? ""} ${note.trim()}`.trim();
      else viaOf = void 0;
      continue;
    }
    const logical = { text: code, line: joined.line };
    inVia = /^via\b/.test(note);
    if (inVia) logical.via = note;
    out.push(logical);
    viaOf = logical;
  }
  return out;
}
function joinContinuations(lines) {
  const out = [];
  let pending;
  for (const [index, raw] of lines.entries()) {
    const isComment = /^\s*#/.test(raw);
    if (raw.endsWith("\\") && !isComment) {
      pending ??= { pieces: [], line: index + 1 };
      pending.pieces.push(raw.replace(/\\+$/, ""));
    } else if (!pending) out.push({ text: raw, line: index + 1 });
    else {
      pending.pieces.push(isComment ? ` ${raw}` : raw);
      out.push({ text: pending.pieces.join(""), line: pending.line });
      pending = void 0;
    }
  }
  if (pending) out.push({ text: pending.pieces.join(""), line: pending.line });
  return out;
}
function isDeclared(via) {
  if (via === void 0) return true;
  return /(^|\s)-r\s|-c\s|\.in\b|\.txt\b|pyproject\.toml|setup\.(py|cfg)/.test(via);
}
function isDevFile(path) {
  const name = baseName(path).toLowerCase();
  const folder = baseName(dirName(path)).toLowerCase();
  const words = (folder === "requirements" ? name : name.replace("requirements", " ")).split(
    /[-_. ]+/
  );
  return words.some((w) => /^(dev|devel|develop|development|test|tests|testing|lint|ci)$/.test(w));
}
function problem(file, line, message, code, severity) {
  return { file, line, column: 1, message, code, severity };
}

// src/deps/shared/json.ts
function readJson(text, file) {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      diagnostic: diagnostic(
        file,
        `not valid JSON: ${message}`,
        "parse-error",
        errorAt(text, message)
      )
    };
  }
}
function errorAt(text, message) {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return new LineIndex(text).position(Number(position[1]));
  if (/end of (JSON|data) input/i.test(message)) {
    return new LineIndex(text).position(text.length);
  }
  return {};
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function asObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function asText(v) {
  return typeof v === "string" ? v : void 0;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/deps/shared/toml.ts
function readToml(text, file) {
  try {
    return { ok: true, value: parse(text.replace(/^\uFEFF/, "")) };
  } catch (err) {
    const at = err instanceof TomlError ? { line: err.line, column: err.column } : {};
    const message = err instanceof Error ? err.message.split("\n")[0] ?? err.message : String(err);
    return {
      ok: false,
      diagnostic: diagnostic(file, `not valid TOML: ${message}`, "parse-error", at)
    };
  }
}
function arrayTablePositions(text, table, names) {
  const lines = splitLines(text);
  const header = `[[${table}]]`;
  const starts = [];
  let open;
  lines.forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === header) {
      open = { line: index + 1, column: 1 };
      starts.push(open);
    } else if (line.startsWith("[")) open = void 0;
    else if (open && /^name\s*=/.test(line)) {
      open.line = index + 1;
      open.column = raw.indexOf("name") + 1;
      open = void 0;
    }
  });
  if (starts.length === names.length) return starts;
  return byName(lines, names);
}
var MAX_MISSES = 16;
function byName(lines, names) {
  let from = 0;
  let misses = 0;
  return names.map((name) => {
    if (name === void 0 || misses > MAX_MISSES) return void 0;
    const pattern = new RegExp(`^\\s*name\\s*=\\s*["']${escapeRegExp(name)}["']`);
    for (let i = from; i < lines.length; i++) {
      if (pattern.test(lines[i])) {
        from = i + 1;
        return { line: i + 1, column: lines[i].indexOf("name") + 1 };
      }
    }
    misses++;
    return void 0;
  });
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function keyPosition(text, key) {
  const pattern = new RegExp(`^\\s*${escapeRegExp(key)}\\s*=`);
  const index = splitLines(text).findIndex((line) => pattern.test(line));
  return index === -1 ? void 0 : { line: index + 1, column: 1 };
}

// src/deps/cargo/index.ts
var CRATES_IO = /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/;
var cargoLockParser = {
  id: "rust/cargo-lock",
  ecosystem: "crates.io",
  matches: (path) => baseName(path) === "Cargo.lock",
  parse: parseCargoLock,
  content: {
    recognises: /^\[\[package\]\]|^version\s*=|^\[metadata\]/m,
    expected: "a `version` or a `[[package]]` table"
  }
};
function parseCargoLock(text, file) {
  const read = readToml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "crates.io");
  const version = read.value["version"];
  if (version !== void 0 && version !== 3 && version !== 4) {
    out.warn(
      `Cargo.lock version ${JSON.stringify(version)} is not one this scanner knows (1 to 4)`,
      "unsupported-version",
      keyPosition(text, "version")
    );
  }
  const entries = (Array.isArray(read.value["package"]) ? read.value["package"] : []).map(
    (p) => asObject(p) ?? {}
  );
  const positions = arrayTablePositions(
    text,
    "package",
    entries.map((e) => asText(e["name"]))
  );
  const direct = workspaceDependencies(entries);
  entries.forEach((entry, index) => {
    const name = asText(entry["name"]);
    const crateVersion = asText(entry["version"]);
    const source = asText(entry["source"]);
    if (source === void 0) return;
    out.entries++;
    const location = out.at(positions[index]);
    if (!name || !crateVersion) {
      out.error("a [[package]] entry without a name or version", "parse-error", location);
      return;
    }
    const flags = direct ? { direct: direct.has(name) || direct.has(`${name} ${crateVersion}`) } : {};
    if (CRATES_IO.test(source)) out.add(name, crateVersion, location, flags);
    else out.addUnpinned(name, source, source.startsWith("git+") ? "git" : "url", location, flags);
  });
  return out.finish();
}
function workspaceDependencies(entries) {
  const members = entries.filter((e) => e["source"] === void 0);
  if (members.length === 0) return void 0;
  const out = /* @__PURE__ */ new Set();
  for (const member of members) {
    const deps = Array.isArray(member["dependencies"]) ? member["dependencies"] : [];
    for (const dep of deps) {
      if (typeof dep === "string") out.add(dep.split(" ").slice(0, 2).join(" "));
    }
  }
  return out;
}

// src/deps/shared/json-locator.ts
var JsonKeyLocator = class {
  constructor(text) {
    this.text = text;
  }
  text;
  cursor = 0;
  /** Line counting state: the line (1-based) that starts at `lineStart`, known up to `counted`. */
  line = 1;
  lineStart = 0;
  counted = 0;
  index;
  /** Whether keys are still found in the usual pretty-printed layout. */
  formatted = true;
  misses = 0;
  /** Where the next search starts: just at the value of the key found last. */
  get offset() {
    return this.cursor;
  }
  /**
   * The position of the next `"key":` at or after the cursor, and moves the cursor past it.
   * Undefined when it is not found (the cursor stays put, so later keys are still found).
   */
  next(key, objectValue = true) {
    const offset = this.nextOffset(key, objectValue);
    return offset === void 0 ? void 0 : this.position(offset);
  }
  /** The position of the next `"key": "value"` pair (an array item's name, for example). */
  nextPair(key, value) {
    const needle = quote(value);
    const keyText = quote(key);
    let at = this.text.indexOf(needle, this.cursor);
    while (at !== -1) {
      const colon = skipSpaceBack(this.text, at - 1);
      if (this.text.charCodeAt(colon) === COLON) {
        const keyStart = skipSpaceBack(this.text, colon - 1) + 1 - keyText.length;
        if (keyStart >= 0 && this.text.startsWith(keyText, keyStart)) {
          this.cursor = at + needle.length;
          return this.position(keyStart);
        }
      }
      at = this.text.indexOf(needle, at + needle.length);
    }
    return void 0;
  }
  /** 1-based line and column of an offset; counting forward is linear over a whole pass. */
  position(offset) {
    if (offset < this.counted) {
      this.index ??= new LineIndex(this.text);
      return this.index.position(offset);
    }
    let nl = this.text.indexOf("\n", this.counted);
    while (nl !== -1 && nl < offset) {
      this.line++;
      this.lineStart = nl + 1;
      nl = this.text.indexOf("\n", nl + 1);
    }
    this.counted = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
  nextOffset(key, objectValue) {
    if (this.misses > MAX_MISSES2) return void 0;
    const found = objectValue && this.formatted ? this.nextFormatted(key) : this.nextAnyLayout(key, objectValue);
    if (found !== void 0) return found;
    if (objectValue && this.formatted) {
      this.formatted = false;
      return this.nextOffset(key, objectValue);
    }
    this.misses++;
    return void 0;
  }
  /**
   * `"key": {` exactly as `JSON.stringify(_, null, indent)` writes it: the fast common case. The
   * key itself is the needle (no new string per search); the quotes and colon are checked around
   * each hit. Registry package names never need escaping; a key that does takes the slow path.
   */
  nextFormatted(key) {
    const text = this.text;
    let at = text.indexOf(key, this.cursor);
    while (at !== -1) {
      const end = at + key.length;
      if (text.charCodeAt(at - 1) === QUOTE && text.startsWith(FORMATTED_OBJECT, end)) {
        this.cursor = end + FORMATTED_OBJECT.length - 1;
        return at - 1;
      }
      at = text.indexOf(key, at + 1);
    }
    return void 0;
  }
  nextAnyLayout(key, objectValue) {
    const needle = quote(key);
    const text = this.text;
    let at = text.indexOf(needle, this.cursor);
    while (at !== -1) {
      const colon = skipSpace(text, at + needle.length);
      if (text.charCodeAt(colon) === COLON) {
        const value = skipSpace(text, colon + 1);
        if (!objectValue || text.charCodeAt(value) === OPEN_BRACE) {
          this.cursor = value;
          return at;
        }
      }
      at = text.indexOf(needle, at + needle.length);
    }
    return void 0;
  }
};
var MAX_MISSES2 = 16;
var QUOTE = 34;
var BACKSLASH = 92;
var FORMATTED_OBJECT = '": {';
var COLON = 58;
var OPEN_BRACE = 123;
function quote(key) {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 32 || code === QUOTE || code === BACKSLASH) return JSON.stringify(key);
  }
  return '"' + key + '"';
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function skipSpace(text, from) {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
function skipSpaceBack(text, from) {
  let i = from;
  while (i > 0 && isSpace(text.charCodeAt(i))) i--;
  return i;
}

// src/deps/composer/index.ts
var SECTIONS = /* @__PURE__ */ new Set(["packages", "packages-dev"]);
var composerLockParser = {
  id: "php/composer-lock",
  ecosystem: "Packagist",
  matches: (path) => baseName(path) === "composer.lock",
  parse: parseComposerLock,
  content: {
    recognises: /"(packages|packages-dev|content-hash)"\s*:/,
    expected: 'a "packages" list'
  }
};
function parseComposerLock(text, file, options) {
  const read = readJson(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const lock = asObject(read.value);
  const out = new PackageCollector(file, "Packagist");
  if (!lock) {
    out.error("expected a JSON object at the top of the lockfile", "parse-error");
    return out.finish();
  }
  const declared = requiredByManifest(options?.siblings);
  const locator = new JsonKeyLocator(text);
  for (const section of Object.keys(lock).filter((key) => SECTIONS.has(key))) {
    const sectionAt = locator.next(section, false);
    const list = Array.isArray(lock[section]) ? lock[section] : [];
    for (const raw of list) {
      const entry = asObject(raw);
      const name = asText(entry?.["name"]);
      const version = asText(entry?.["version"]);
      out.entries++;
      if (!entry) continue;
      const location = out.at((name ? locator.nextPair("name", name) : void 0) ?? sectionAt);
      if (!name || !version) {
        out.error("a package entry without a name or version", "parse-error", location);
        continue;
      }
      const flags = { dev: section === "packages-dev" };
      if (declared) flags.direct = declared.has(name.toLowerCase());
      const distType = asText(asObject(entry["dist"])?.["type"]);
      if (distType === "path") out.addUnpinned(name, version, "path", location, flags);
      else if (isBranch(version)) {
        const url = asText(asObject(entry["source"])?.["url"]) ?? version;
        out.addUnpinned(name, `${url}#${version}`, "git", location, flags);
      } else out.add(name, version, location, flags);
    }
  }
  return out.finish();
}
function requiredByManifest(siblings) {
  const text = siblings?.("composer.json");
  const read = text === void 0 ? void 0 : readJson(text, "composer.json");
  const manifest = read?.ok ? asObject(read.value) : void 0;
  if (!manifest) return void 0;
  const names = [
    ...Object.keys(asObject(manifest["require"]) ?? {}),
    ...Object.keys(asObject(manifest["require-dev"]) ?? {})
  ];
  return new Set(names.map((n) => n.toLowerCase()));
}
function isBranch(version) {
  return version.startsWith("dev-") || /(^|\.)x-dev$/i.test(version);
}

// src/deps/gemfile/index.ts
var gemfileLockParser = {
  id: "ruby/gemfile-lock",
  ecosystem: "RubyGems",
  matches: (path) => baseName(path) === "Gemfile.lock" || baseName(path) === "gems.locked",
  parse: parseGemfileLock,
  content: {
    recognises: /^(GEM|GIT|PATH|PLATFORMS|DEPENDENCIES|BUNDLED WITH|RUBY VERSION|PLUGIN SOURCE|CHECKSUMS)\s*$/m,
    expected: "a `GEM`, `PLATFORMS` or `DEPENDENCIES` section"
  }
};
function parseGemfileLock(text, file) {
  const out = new PackageCollector(file, "RubyGems");
  const { specs, direct } = readSections(splitLines(text), out);
  for (const spec of specs) {
    if (spec.section === "PATH") continue;
    out.entries++;
    const location = out.at({ line: spec.line, column: 5 });
    const flags = direct.size > 0 ? { direct: direct.has(spec.name) } : {};
    if (spec.section === "GIT")
      out.addUnpinned(spec.name, spec.source ?? spec.version, "git", location, flags);
    else out.add(spec.name, withoutPlatform(spec.version), location, flags);
  }
  return out.finish();
}
function readSections(lines, out) {
  const specs = [];
  const direct = /* @__PURE__ */ new Set();
  let section = "";
  let remote;
  let revision;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    if (/^\S/.test(raw)) {
      section = raw.trim();
      remote = revision = void 0;
      return;
    }
    const field = /^ {2}(remote|revision|ref|branch|tag): (.*)$/.exec(raw);
    if (field && field[1] === "remote") remote = field[2];
    if (field && field[1] === "revision") revision = field[2];
    if (section === "DEPENDENCIES") {
      const dep = /^ {2}(\S+?)!?(?: \(.*\))?$/.exec(raw);
      if (dep) direct.add(dep[1]);
      return;
    }
    if (!["GEM", "GIT", "PATH", "PLUGIN SOURCE"].includes(section) || !/^ {4}\S/.test(raw)) return;
    const spec = /^ {4}(\S+) \(([^)]+)\)$/.exec(raw);
    if (!spec) {
      out.entries++;
      out.error(
        `expected "name (version)" in the specs, found ${JSON.stringify(raw.trim())}`,
        "parse-error",
        { line, column: 5 }
      );
      return;
    }
    const source = remote && revision ? `${remote}@${revision}` : remote;
    specs.push({ name: spec[1], version: spec[2], line, section, source });
  });
  return { specs, direct };
}
function withoutPlatform(version) {
  const dash = version.indexOf("-");
  return dash === -1 ? version : version.slice(0, dash);
}

// src/deps/gomod/directives.ts
function readDirectives(text) {
  const directives = [];
  const problems = [];
  let block;
  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    const comment = raw.indexOf("//");
    const code = (comment === -1 ? raw : raw.slice(0, comment)).trim();
    const indirect = comment !== -1 && /^\/\/\s*indirect\b/.test(raw.slice(comment));
    if (code === "") return;
    const words = tokens(code);
    if (block) {
      if (code === ")") block = void 0;
      else directives.push({ verb: block.verb, args: words, line, indirect });
      return;
    }
    const [verb = "", ...args] = words;
    if (args.length === 1 && args[0] === "(") block = { verb, line };
    else directives.push({ verb, args, line, indirect });
  });
  if (block)
    problems.push({ line: block.line, message: `the ${block.verb} block is never closed with ")"` });
  return { directives, problems };
}
function tokens(code) {
  const out = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

// src/deps/gomod/index.ts
var goModParser = {
  id: "go/go-mod",
  ecosystem: "Go",
  matches: (path) => baseName(path) === "go.mod",
  parse: parseGoMod,
  content: { recognises: /^\s*(module|go|require)\b/m, expected: "a `module` directive" }
};
var DIRECTIVES = /* @__PURE__ */ new Set([
  "module",
  "go",
  "toolchain",
  "godebug",
  "require",
  "exclude",
  "replace",
  "retract",
  "tool",
  "ignore"
]);
function parseGoMod(text, file) {
  const out = new PackageCollector(file, "Go");
  const { directives, problems } = readDirectives(text);
  for (const p of problems) out.error(p.message, "parse-error", { line: p.line });
  for (const d of directives.filter((d2) => !DIRECTIVES.has(d2.verb)))
    out.error(`unknown directive ${JSON.stringify(d.verb)}: not a go.mod line`, "parse-error", {
      line: d.line
    });
  const replacements = readReplacements(directives, out);
  for (const d of directives.filter((d2) => d2.verb === "require")) {
    const [path, version] = d.args;
    out.entries++;
    if (!path || !version || d.args.length !== 2) {
      out.error(
        `expected "module/path version" in a require, found ${JSON.stringify(d.args.join(" "))}`,
        "parse-error",
        { line: d.line }
      );
      continue;
    }
    const replacement = replacementFor(replacements, path, version);
    const flags = { direct: !d.indirect };
    if (!replacement) {
      out.add(path, goVersion(version), out.at({ line: d.line }), flags);
    } else if (replacement.toVersion === void 0) {
      out.addUnpinned(path, replacement.to, "path", out.at({ line: replacement.line }), flags);
    } else {
      out.add(
        replacement.to,
        goVersion(replacement.toVersion),
        out.at({ line: replacement.line }),
        flags
      );
    }
  }
  return out.finish();
}
function readReplacements(directives, out) {
  const byPath = /* @__PURE__ */ new Map();
  for (const d of directives.filter((d2) => d2.verb === "replace")) {
    const arrow = d.args.indexOf("=>");
    const [from, fromVersion] = d.args.slice(0, arrow);
    const [to, toVersion] = d.args.slice(arrow + 1);
    if (arrow < 1 || arrow > 2 || !from || !to) {
      out.error(
        `expected "old [version] => new [version]" in a replace, found ${JSON.stringify(d.args.join(" "))}`,
        "parse-error",
        { line: d.line }
      );
      continue;
    }
    const list = byPath.get(from) ?? [];
    list.push({ fromVersion, to, toVersion, line: d.line });
    byPath.set(from, list);
  }
  return byPath;
}
function replacementFor(byPath, path, version) {
  const list = byPath.get(path) ?? [];
  return list.find((r) => r.fromVersion === version) ?? list.find((r) => r.fromVersion === void 0);
}
function goVersion(version) {
  return version.startsWith("v") ? version.slice(1) : version;
}

// src/deps/gradle/index.ts
var TEST_CONFIGURATION = /test/i;
var gradleLockParser = {
  id: "maven/gradle-lockfile",
  ecosystem: "Maven",
  matches: (path) => baseName(path) === "gradle.lockfile" || baseName(path) === "buildscript-gradle.lockfile" || path.endsWith(".lockfile") && dirName(path).endsWith("gradle/dependency-locks"),
  parse: parseGradleLock,
  content: {
    recognises: /^empty=|^[^#\s:=]+:[^:\s=]+:[^=\s]+=/m,
    expected: "`group:artifact:version=configurations` lines",
    mayBeEmpty: true
  }
};
function parseGradleLock(text, file) {
  const out = new PackageCollector(file, "Maven");
  const fileConfiguration = dirName(file).endsWith("dependency-locks") ? baseName(file).replace(/\.lockfile$/, "") : void 0;
  splitLines(text).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("empty=")) return;
    out.entries++;
    const match = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?::[^=\s]+)?(?:=(.*))?$/.exec(line);
    if (!match) {
      out.error(
        `expected "group:artifact:version=configurations", found ${JSON.stringify(line)}`,
        "parse-error",
        { line: index + 1 }
      );
      return;
    }
    const configurations = (match[4] ?? fileConfiguration ?? "").split(",").filter((c) => c !== "");
    const dev = configurations.length > 0 && configurations.every((c) => TEST_CONFIGURATION.test(c));
    out.add(`${match[1]}:${match[2]}`, match[3], out.at({ line: index + 1 }), { dev });
  });
  return out.finish();
}

// src/deps/nuget/index.ts
var nugetLockParser = {
  id: "nuget/packages-lock",
  ecosystem: "NuGet",
  matches: (path) => baseName(path) === "packages.lock.json",
  parse: parseNugetLock,
  content: { recognises: /"dependencies"\s*:/, expected: 'a "dependencies" map' }
};
function parseNugetLock(text, file) {
  const read = readJson(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const lock = asObject(read.value);
  const out = new PackageCollector(file, "NuGet");
  if (!lock) {
    out.error("expected a JSON object at the top of the lockfile", "parse-error");
    return out.finish();
  }
  if (lock["version"] !== 1 && lock["version"] !== 2) {
    out.warn(
      `packages.lock.json version ${JSON.stringify(lock["version"])} is not one this scanner knows (1 or 2)`,
      "unsupported-version",
      new JsonKeyLocator(text).next("version", false)
    );
  }
  const locator = new JsonKeyLocator(text);
  const sectionAt = locator.next("dependencies");
  for (const [framework, raw] of Object.entries(asObject(lock["dependencies"]) ?? {})) {
    const frameworkAt = locator.next(framework) ?? sectionAt;
    for (const [name, rawEntry] of Object.entries(asObject(raw) ?? {})) {
      const entry = asObject(rawEntry);
      if (!entry) {
        out.entries++;
        continue;
      }
      const location = out.at(locator.next(name) ?? frameworkAt);
      const type = asText(entry["type"]);
      if (type === "Project") continue;
      out.entries++;
      const version = asText(entry["resolved"]);
      const flags = { direct: type === "Direct" };
      if (version) out.add(name, version, location, flags);
      else out.addUnpinned(name, asText(entry["requested"]) ?? "", "unresolved", location, flags);
    }
  }
  return out.finish();
}

// src/deps/shared/npm-manifest.ts
var PROD_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"];
function readNpmManifest(siblings) {
  const text = siblings?.("package.json");
  if (text === void 0) return void 0;
  const read = readJson(text, "package.json");
  const manifest = read.ok ? asObject(read.value) : void 0;
  if (!manifest) return void 0;
  return declaredDependencies(manifest);
}
function declaredDependencies(manifest) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, range] of entriesOf(manifest["devDependencies"])) {
    out.set(name, { range, dev: true });
  }
  for (const section of PROD_SECTIONS) {
    for (const [name, range] of entriesOf(manifest[section])) out.set(name, { range, dev: false });
  }
  return out;
}
function entriesOf(section) {
  const obj = asObject(section);
  if (!obj) return [];
  return Object.entries(obj).map(([name, range]) => [name, asText(range) ?? ""]);
}

// src/deps/shared/json-lines.ts
var LOOKAHEAD = 8;
var QUOTE2 = 34;
function locateKeyLines(text, from, fromLine, keys) {
  const firstBreak = text.indexOf("\n", from);
  if (firstBreak === -1 || keys.length === 0) return void 0;
  const indent = indentAt(text, firstBreak + 1);
  if (indent === 0 || text.charCodeAt(firstBreak + 1 + indent) !== QUOTE2) return void 0;
  const indentChar = text.charCodeAt(firstBreak + indent);
  const lines = new Int32Array(keys.length);
  let line = fromLine;
  let next = 0;
  let key = keys[0];
  let nl = firstBreak;
  while (nl !== -1) {
    line++;
    const quote2 = nl + 1 + indent;
    if (text.charCodeAt(quote2) === QUOTE2 && text.charCodeAt(quote2 - 1) === indentChar) {
      const matched = text.charCodeAt(quote2 + 1 + key.length) === QUOTE2 && text.charCodeAt(quote2 + key.length) === key.charCodeAt(key.length - 1) && text.charCodeAt(quote2 + key.length - 1) === key.charCodeAt(key.length - 2) ? next : matchAhead(text, quote2 + 1, keys, next);
      if (matched !== -1) {
        lines[matched] = line;
        next = matched + 1;
        if (next === keys.length) break;
        key = keys[next];
      }
    }
    nl = text.indexOf("\n", nl + 1);
  }
  return { lines, column: indent + 1 };
}
function matchAhead(text, at, keys, expected) {
  const last = Math.min(keys.length, expected + LOOKAHEAD);
  for (let i = expected; i < last; i++) {
    const key = keys[i];
    if (text.startsWith(key, at) && text.charCodeAt(at + key.length) === QUOTE2) return i;
  }
  return -1;
}
function indentAt(text, lineStart) {
  let i = lineStart;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i - lineStart;
}

// src/deps/shared/links.ts
function checkLink(target, relativeTo, at, out, options) {
  const path = joinPath(relativeTo, target);
  if (!firstReport(out, path ?? `outside:${target}`)) return;
  if (path === void 0) {
    out.error(`link to ${target}: outside the repository: not read`, "link-outside-repo", at);
    return;
  }
  if (options?.repoHas && !options.repoHas(path))
    out.error(
      `link to ${target}: ${path === "" ? "the root" : path} does not exist in the repository`,
      "missing-link",
      at
    );
}
var reported = /* @__PURE__ */ new WeakMap();
function firstReport(out, key) {
  const seen = reported.get(out) ?? /* @__PURE__ */ new Set();
  reported.set(out, seen);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
function lockfileDir(out) {
  return dirName(out.file);
}

// src/deps/package-lock/source.ts
function nonRegistrySource(version, resolved) {
  if (version !== void 0 && !startsWithDigit(version) && !version.startsWith("npm:")) {
    const fromVersion = sourceKind(version);
    if (fromVersion) return fromVersion;
  }
  if (resolved === void 0 || isRegistryTarball(resolved)) return void 0;
  if (/^(git\+|git:|github:)/.test(resolved)) return "git";
  if (resolved.startsWith("file:")) return "path";
  if (/^https?:\/\//.test(resolved)) return "url";
  return void 0;
}
function startsWithDigit(text) {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}
function aliasTarget(version) {
  if (!version.startsWith("npm:")) return void 0;
  const spec = version.slice(4);
  const at = spec.lastIndexOf("@");
  if (at <= 0) return void 0;
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

// src/deps/package-lock/packages.ts
var NODE_MODULES = "node_modules/";
var NESTED_NODE_MODULES = "/node_modules/";
function readPackagesSection(text, packages, locator, out, options) {
  const section = locator.next("packages");
  const keys = Object.keys(packages);
  const keyLines2 = section ? locateKeyLines(text, locator.offset, section.line, keys) : void 0;
  const locate = keyLines2 ? fromKeyLines(keyLines2, section, out) : fromLocator(locator, section, out);
  const directPaths = directInstallPaths(packages, keys);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const entry = asObject(packages[key]);
    const nm = key.lastIndexOf(NODE_MODULES);
    if (!entry) {
      if (nm !== -1) out.entries++;
      continue;
    }
    const location = locate(i, key);
    if (entry["link"] === true) {
      const target = asText(entry["resolved"]);
      if (target !== void 0) checkLink(target, lockfileDir(out), location, out, options);
      continue;
    }
    if (nm === -1) continue;
    out.entries++;
    const name = asText(entry["name"]) ?? key.slice(nm + NODE_MODULES.length);
    readEntry(entry, name, location, directPaths.has(key), out);
  }
}
function fromKeyLines(found, section, out) {
  const file = out.file;
  return (index) => {
    const line = found.lines[index];
    return line === 0 ? out.at(section) : { file, line, column: found.column };
  };
}
function fromLocator(locator, section, out) {
  return (_index, key) => out.at(locator.next(key) ?? section);
}
function readEntry(entry, name, location, direct, out) {
  const dev = entry["dev"] === true;
  const version = asText(entry["version"]);
  const resolved = asText(entry["resolved"]);
  const source = nonRegistrySource(version, resolved);
  if (source) {
    out.addUnpinned(name, resolved ?? version ?? "", source, location, { direct, dev });
  } else if (version === void 0 || version === "") {
    out.addUnpinned(name, "", "unresolved", location, { direct, dev });
  } else {
    const alias = aliasTarget(version);
    if (alias) out.addCopy(alias.name, alias.version, location, direct, dev);
    else out.addCopy(name, version, location, direct, dev);
  }
}
function directInstallPaths(packages, keys) {
  const out = /* @__PURE__ */ new Set();
  for (const key of keys) {
    if (key.startsWith(NODE_MODULES) || key.includes(NESTED_NODE_MODULES)) continue;
    const entry = asObject(packages[key]);
    if (!entry) continue;
    for (const name of declaredDependencies(entry).keys()) {
      out.add(NODE_MODULES + name);
      if (key !== "") out.add(`${key}/${NODE_MODULES}${name}`);
    }
  }
  return out;
}

// src/deps/package-lock/dependencies.ts
var MAX_DEPTH = 256;
function readDependenciesTree(dependencies, locator, out, manifest, options) {
  const section = locator.next("dependencies");
  walk(dependencies, 0, section);
  function walk(deps, depth, parentPos) {
    if (depth > MAX_DEPTH) {
      out.error(
        `dependencies are nested more than ${MAX_DEPTH} levels deep`,
        "document-too-complex",
        parentPos
      );
      return;
    }
    for (const [key, raw] of Object.entries(deps)) {
      const entry = asObject(raw);
      if (!entry) {
        out.entries++;
        continue;
      }
      const pos = locator.next(key) ?? parentPos;
      readEntry5(key, entry, depth, pos);
      const nested = asObject(entry["dependencies"]);
      if (nested) walk(nested, depth + 1, pos);
    }
  }
  function readEntry5(key, entry, depth, pos) {
    out.entries++;
    const declared = depth === 0 ? manifest?.get(key) : void 0;
    const flags = {
      direct: manifest === void 0 ? void 0 : declared !== void 0,
      dev: entry["dev"] === true
    };
    const location = out.at(pos);
    const version = asText(entry["version"]);
    const source = nonRegistrySource(version, asText(entry["resolved"]));
    if (version?.startsWith("file:"))
      checkLink(version.slice("file:".length), lockfileDir(out), pos, out, options);
    if (source) {
      out.addUnpinned(key, version ?? asText(entry["resolved"]) ?? "", source, location, flags);
      return;
    }
    if (version === void 0 || version === "") {
      out.addUnpinned(key, "", "unresolved", location, flags);
      return;
    }
    const alias = aliasTarget(version);
    out.addCopy(alias?.name ?? key, alias?.version ?? version, location, flags.direct, flags.dev);
  }
}

// src/deps/package-lock/index.ts
var FILE_NAMES = /* @__PURE__ */ new Set(["package-lock.json", "npm-shrinkwrap.json"]);
var SKELETON_KEYS = /* @__PURE__ */ new Set(["name", "version", "lockfileVersion", "requires"]);
var packageLockParser = {
  id: "npm/package-lock",
  ecosystem: "npm",
  matches: (path) => FILE_NAMES.has(baseName(path)) && !inNodeModules(path),
  parse: parsePackageLock,
  content: {
    recognises: /"(lockfileVersion|packages|dependencies)"\s*:/,
    expected: 'a "lockfileVersion" and "packages"'
  }
};
function parsePackageLock(text, file, options) {
  const read = readJson(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const lock = asObject(read.value);
  const out = new PackageCollector(file, "npm");
  if (!lock) {
    out.error("expected a JSON object at the top of the lockfile", "parse-error");
    return out.finish();
  }
  const version = lock["lockfileVersion"];
  const packages = asObject(lock["packages"]);
  const dependencies = asObject(lock["dependencies"]);
  if (version !== void 0 && version !== 1 && version !== 2 && version !== 3) {
    out.warn(
      `lockfileVersion ${JSON.stringify(version)} is not one this scanner knows (1 to 3); reading it as the nearest known version`,
      "unsupported-version",
      new JsonKeyLocator(text).next("lockfileVersion", false)
    );
  }
  const locator = new JsonKeyLocator(text);
  if (packages && version !== 1) readPackagesSection(text, packages, locator, out, options);
  else if (dependencies) {
    readDependenciesTree(dependencies, locator, out, readNpmManifest(options?.siblings), options);
  } else if (Object.keys(lock).some((key) => !SKELETON_KEYS.has(key))) {
    out.error("the lockfile has neither a `packages` nor a `dependencies` section", "no-packages");
  }
  return out.finish();
}

// src/deps/shared/python-manifest.ts
function readPyproject(siblings) {
  const text = siblings?.("pyproject.toml");
  const read = text === void 0 ? void 0 : readToml(text, "pyproject.toml");
  if (!read?.ok) return void 0;
  const out = { prod: /* @__PURE__ */ new Set(), dev: /* @__PURE__ */ new Set() };
  const poetry = asObject(asObject(read.value["tool"])?.["poetry"]);
  addKeys(out.prod, poetry?.["dependencies"]);
  addKeys(out.dev, poetry?.["dev-dependencies"]);
  for (const [group, raw] of Object.entries(asObject(poetry?.["group"]) ?? {})) {
    addKeys(group === "main" ? out.prod : out.dev, asObject(raw)?.["dependencies"]);
  }
  const project = asObject(read.value["project"]);
  addRequirements(out.prod, project?.["dependencies"]);
  for (const list of Object.values(asObject(project?.["optional-dependencies"]) ?? {})) {
    addRequirements(out.prod, list);
  }
  for (const list of Object.values(asObject(read.value["dependency-groups"]) ?? {})) {
    addRequirements(out.dev, list);
  }
  out.prod.delete("python");
  return out;
}
function readPipfile(siblings) {
  const text = siblings?.("Pipfile");
  const read = text === void 0 ? void 0 : readToml(text, "Pipfile");
  if (!read?.ok) return void 0;
  const out = { prod: /* @__PURE__ */ new Set(), dev: /* @__PURE__ */ new Set() };
  addKeys(out.prod, read.value["packages"]);
  addKeys(out.dev, read.value["dev-packages"]);
  return out;
}
function addKeys(into, table) {
  for (const name of Object.keys(asObject(table) ?? {})) into.add(pep503(name));
}
function addRequirements(into, list) {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    const name = typeof item === "string" ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(item)?.[1] : void 0;
    if (name) into.add(pep503(name));
  }
}

// src/deps/pipfile/index.ts
var SECTIONS2 = /* @__PURE__ */ new Set(["default", "develop"]);
var pipfileLockParser = {
  id: "pypi/pipfile-lock",
  ecosystem: "PyPI",
  matches: (path) => baseName(path) === "Pipfile.lock",
  parse: parsePipfileLock,
  content: {
    recognises: /"(_meta|default|develop)"\s*:/,
    expected: 'a "_meta", "default" or "develop" section'
  }
};
function parsePipfileLock(text, file, options) {
  const read = readJson(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const lock = asObject(read.value);
  const out = new PackageCollector(file, "PyPI");
  if (!lock) {
    out.error("expected a JSON object at the top of the lockfile", "parse-error");
    return out.finish();
  }
  const spec = asObject(lock["_meta"])?.["pipfile-spec"];
  if (spec !== void 0 && spec !== 6) {
    out.warn(
      `pipfile-spec ${JSON.stringify(spec)} is not one this scanner knows (6)`,
      "unsupported-version",
      new JsonKeyLocator(text).next("pipfile-spec", false)
    );
  }
  const declared = readPipfile(options?.siblings);
  const locator = new JsonKeyLocator(text);
  for (const section of Object.keys(lock).filter((key) => SECTIONS2.has(key))) {
    const sectionAt = locator.next(section);
    for (const [name, raw] of Object.entries(asObject(lock[section]) ?? {})) {
      const entry = asObject(raw);
      const pos = locator.next(name) ?? sectionAt;
      out.entries++;
      if (!entry) continue;
      readEntry2(pep503(name), entry, out.at(pos), flagsOf(pep503(name), section, declared), out);
    }
  }
  return out.finish();
}
function readEntry2(name, entry, location, flags, out) {
  const source = nonRegistry(entry);
  const version = asText(entry["version"]);
  if (source) {
    const spec = asText(entry["git"]) ?? asText(entry["path"]) ?? asText(entry["file"]) ?? "";
    out.addUnpinned(name, spec, source, location, flags);
  } else if (version?.startsWith("==")) {
    out.add(name, version.replace(/^===?/, ""), location, flags);
  } else {
    out.addUnpinned(
      name,
      version ?? "",
      version === void 0 ? "unresolved" : "range",
      location,
      flags
    );
  }
}
function nonRegistry(entry) {
  if (entry["editable"] === true) return "editable";
  if (asText(entry["git"])) return "git";
  if (asText(entry["path"])) return "path";
  if (asText(entry["file"])) return /^https?:/.test(asText(entry["file"]) ?? "") ? "url" : "path";
  return void 0;
}
function flagsOf(name, section, declared) {
  const dev = section === "develop";
  if (!declared) return { dev };
  return { dev, direct: (dev ? declared.dev : declared.prod).has(name) };
}

// src/deps/shared/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function readYamlDocuments(text, file) {
  const lines = new import_yaml.LineCounter();
  let parsed;
  try {
    parsed = (0, import_yaml.parseAllDocuments)(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false
    });
  } catch (err) {
    return { documents: [], diagnostics: [unreadable(file, err)] };
  }
  if (!Array.isArray(parsed)) parsed = [];
  const diagnostics = parsed.flatMap(
    (doc) => doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0]);
      const at = { line: pos.line, column: pos.col };
      return /call stack/i.test(e.message) ? diagnostic(file, "the document is nested too deeply to read", "document-too-complex", at) : diagnostic(file, firstLine(e.message), "parse-error", at);
    })
  );
  if (diagnostics.length > 0) return { documents: [], diagnostics };
  const documents = [];
  for (const doc of parsed) {
    try {
      const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      documents.push(locatedDocument(doc, data, lines));
    } catch (err) {
      return { documents: [], diagnostics: [unreadable(file, err)] };
    }
  }
  return { documents, diagnostics };
}
function locatedDocument(doc, data, lines) {
  const at = (node) => {
    if (!node?.range) return void 0;
    const pos = lines.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  };
  return {
    data,
    keyPositions(path) {
      const out = /* @__PURE__ */ new Map();
      const map = mapAt(doc, path);
      for (const pair of map?.items ?? []) {
        const key = pair.key;
        const pos = at(key);
        if ((0, import_yaml.isScalar)(key) && pos) out.set(String(key.value), pos);
      }
      return out;
    },
    positionOf(path) {
      if (path.length === 0) return { line: 1, column: 1 };
      const parent = mapAt(doc, path.slice(0, -1));
      const last = path[path.length - 1];
      const pair = parent?.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === last);
      return at(pair?.key);
    }
  };
}
function mapAt(doc, path) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return (0, import_yaml.isMap)(node) ? node : void 0;
}
function unreadable(file, err) {
  if (err instanceof RangeError) {
    return diagnostic(file, "the document is nested too deeply to read", "document-too-complex");
  }
  const code = /alias/i.test(errorText(err)) ? "document-too-complex" : "parse-error";
  return diagnostic(file, `cannot read YAML: ${firstLine(errorText(err))}`, code);
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}
function errorText(err) {
  return err instanceof Error ? err.message : String(err);
}

// src/deps/pnpm/keys.ts
function parsePackageKey(key, style) {
  if (style === "v5") return parseV5Key(key);
  const bare = key.startsWith("/") ? key.slice(1) : key;
  return splitAtVersion(withoutPeers(bare));
}
var REGISTRY_HOST = /^((?:[a-z0-9-]+\.)+[a-z0-9-]+|localhost)(:\d+)?\//i;
function parseV5Key(key) {
  const host = REGISTRY_HOST.exec(key);
  if (host) return parseV5Key(`/${key.slice(host[0].length)}`);
  if (!key.startsWith("/")) return void 0;
  const parts = key.slice(1).split("/");
  const scoped = parts[0]?.startsWith("@") === true;
  const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0];
  const version = (scoped ? parts[2] : parts[1])?.split("_")[0];
  if (!version && name) return splitAtVersion(withoutPeers(key.slice(1)));
  return name && version ? { name, version } : void 0;
}
function withoutPeers(text) {
  const paren = text.indexOf("(");
  return paren === -1 ? text : text.slice(0, paren);
}
function dependencyTarget(name, ref, style) {
  if (ref.startsWith("link:") || ref.startsWith("file:")) return void 0;
  if (ref.startsWith("/") || style === "v5" && REGISTRY_HOST.test(ref))
    return parsePackageKey(ref, style);
  const bare = withoutPeers(ref);
  const code = bare.charCodeAt(0);
  if (code >= 48 && code <= 57) return { name, version: bare.split("_")[0] };
  return splitAtVersion(bare);
}
function keyStyleOf(lockfileVersion2) {
  if (lockfileVersion2 < 6) return "v5";
  return lockfileVersion2 < 9 ? "v6" : "v9";
}

// src/deps/pnpm/graph.ts
function devOnlyPackages(snapshots, roots, style) {
  const edges = snapshotEdges(snapshots, style);
  const walk = (kind) => {
    const seen = /* @__PURE__ */ new Set();
    const queue = roots.filter((r) => r.kind === kind).map((r) => `${r.name}@${r.version}`);
    while (queue.length > 0) {
      const key = queue.pop();
      if (seen.has(key)) continue;
      seen.add(key);
      for (const next of edges.get(key) ?? []) if (!seen.has(next)) queue.push(next);
    }
    return seen;
  };
  const prod = walk("prod");
  const dev = new Set([...walk("dev")].filter((key) => !prod.has(key)));
  return { dev, prod };
}
function snapshotEdges(snapshots, style) {
  const edges = /* @__PURE__ */ new Map();
  for (const [key, raw] of Object.entries(snapshots)) {
    const snapshot = asObject(raw);
    if (!snapshot) continue;
    const from = withoutPeers(key);
    const list = edges.get(from) ?? [];
    for (const section of ["dependencies", "optionalDependencies"]) {
      for (const [name, ref] of Object.entries(asObject(snapshot[section]) ?? {})) {
        const target = dependencyTarget(name, asText(ref) ?? String(ref), style);
        if (target) list.push(`${target.name}@${target.version}`);
      }
    }
    edges.set(from, list);
  }
  return edges;
}

// src/deps/pnpm/importers.ts
var SECTIONS3 = [
  ["dependencies", "prod"],
  ["optionalDependencies", "prod"],
  ["devDependencies", "dev"]
];
function importerDependencies(lock, style) {
  const importers = asObject(lock["importers"]);
  const projects = importers ? Object.values(importers) : [lock];
  const out = [];
  for (const project of projects) {
    const sections = asObject(project);
    if (!sections) continue;
    for (const [section, kind] of SECTIONS3) {
      for (const [name, raw] of Object.entries(asObject(sections[section]) ?? {})) {
        const ref = asText(asObject(raw)?.["version"]) ?? asText(raw) ?? String(raw);
        const target = dependencyTarget(name, ref, style);
        if (target) out.push({ ...target, kind });
      }
    }
  }
  return out;
}

// src/deps/pnpm/links.ts
var SECTIONS4 = ["dependencies", "optionalDependencies", "devDependencies"];
function checkImporterLinks(lock, doc, out, options) {
  const importers = asObject(lock["importers"]);
  const projects = importers ? Object.keys(importers).map((key) => [["importers", key], key]) : [[[], "."]];
  const root = lockfileDir(out);
  for (const [path, folder] of projects) {
    const project = path.length === 0 ? lock : asObject(importers?.[folder]);
    for (const section of SECTIONS4) {
      const deps = asObject(project?.[section]);
      if (!deps) continue;
      const positions = doc.keyPositions([...path, section]);
      for (const [name, raw] of Object.entries(deps)) {
        const ref = asText(asObject(raw)?.["version"]) ?? asText(raw) ?? "";
        const at = positions.get(name);
        if (ref.startsWith("link:")) {
          const importerDir = joinPath(root, folder) ?? root;
          checkLink(ref.slice("link:".length), importerDir, at, out, options);
        } else if (ref.startsWith("file:"))
          checkLink(ref.slice("file:".length), root, at, out, options);
      }
    }
  }
}
function checkLocalResolution(entry, at, out, options) {
  const resolution = asObject(entry["resolution"]);
  const directory = asText(resolution?.["directory"]);
  const tarball = asText(resolution?.["tarball"]);
  const target = directory ?? (tarball?.startsWith("file:") ? tarball.slice("file:".length) : void 0);
  if (target !== void 0) checkLink(target, lockfileDir(out), at, out, options);
}

// src/deps/pnpm/packages.ts
function readPackages(lock, version, doc, out, options) {
  checkImporterLinks(lock, doc, out, options);
  const style = keyStyleOf(version);
  const packages = asObject(lock["packages"]) ?? {};
  const roots = importerDependencies(lock, style);
  const direct = new Set(roots.map((r) => `${r.name}@${r.version}`));
  const graph = style === "v9" ? devOnlyPackages(asObject(lock["snapshots"]) ?? {}, roots, style) : void 0;
  const positions = doc.keyPositions(["packages"]);
  if (Object.keys(packages).length === 0) out.entries += roots.length;
  for (const [key, raw] of Object.entries(packages)) {
    const entry = asObject(raw) ?? {};
    out.entries++;
    const location = out.at(positions.get(key));
    const target = packageOf(key, entry, style);
    if (!target) {
      out.error(
        `cannot read a package name and version from ${JSON.stringify(key)}`,
        "parse-error",
        location
      );
      continue;
    }
    const id = `${target.name}@${target.version}`;
    const flags = { direct: direct.has(id), dev: devFlag(entry, id, graph) };
    const source = nonRegistrySource2(entry, target.version);
    if (source === "path") checkLocalResolution(entry, location, out, options);
    if (source === "skip") continue;
    if (source) out.addUnpinned(target.name, target.spec ?? target.version, source, location, flags);
    else out.add(target.name, target.version, location, flags);
  }
}
function packageOf(key, entry, style) {
  const name = asText(entry["name"]);
  const version = asText(entry["version"]) ?? numberText(entry["version"]);
  const fromKey = parsePackageKey(key, style);
  if (name && version) return { name, version, spec: key };
  if (!fromKey) return void 0;
  return isSemver(fromKey.version) ? fromKey : { ...fromKey, spec: fromKey.version };
}
function nonRegistrySource2(entry, version) {
  const resolution = asObject(entry["resolution"]) ?? {};
  if (resolution["type"] === "git" || asText(resolution["repo"])) return "git";
  if (resolution["type"] === "directory" || asText(resolution["directory"])) return "path";
  const tarball = asText(resolution["tarball"]);
  if (tarball?.startsWith("file:")) return "path";
  if (tarball && !isRegistryTarball(tarball)) {
    return tarball.includes("codeload.github.com") ? "git" : "url";
  }
  if (version.startsWith("link:")) return "skip";
  return isSemver(version) ? void 0 : "unresolved";
}
function devFlag(entry, id, graph) {
  if (typeof entry["dev"] === "boolean") return entry["dev"];
  if (!graph) return entry["dev"] === void 0 ? false : void 0;
  if (graph.dev.has(id)) return true;
  return graph.prod.has(id) ? false : void 0;
}
function numberText(v) {
  return typeof v === "number" ? String(v) : void 0;
}

// src/deps/pnpm/index.ts
var KNOWN = /^(5\.[34]|6\.\d|7\.\d|9\.\d)$/;
var pnpmLockParser = {
  id: "npm/pnpm-lock",
  ecosystem: "npm",
  matches: (path) => baseName(path) === "pnpm-lock.yaml" && !inNodeModules(path),
  parse: parsePnpmLock,
  content: { recognises: /^lockfileVersion\s*:/m, expected: "a `lockfileVersion`" }
};
function parsePnpmLock(text, file, options) {
  const out = new PackageCollector(file, "npm");
  const read = readYamlDocuments(text, file);
  out.diagnostics.push(...read.diagnostics);
  const documents = read.documents.filter((doc) => doc.data !== null && doc.data !== void 0);
  if (documents.length > 1) {
    out.warn(
      `the lockfile holds ${documents.length} YAML documents; reading the packages of each`,
      "multi-document"
    );
  }
  for (const doc of documents) readDocument(doc, out, options);
  return out.finish();
}
function readDocument(doc, out, options) {
  const lock = asObject(doc.data);
  if (!lock) {
    out.error("expected a map at the top of the lockfile", "parse-error");
    return;
  }
  if (!["packages", "importers", "dependencies", "devDependencies"].some((key) => key in lock)) {
    if (Object.keys(lock).some((key) => key !== "lockfileVersion" && key !== "settings")) {
      out.error("no packages or importers section: not a pnpm lockfile", "no-packages");
    }
    return;
  }
  const version = lockfileVersion(lock["lockfileVersion"]);
  if (version === void 0 || !KNOWN.test(version.toFixed(1))) {
    out.warn(
      `lockfileVersion ${JSON.stringify(lock["lockfileVersion"])} is not one this scanner knows (5.3 to 9.0); reading it as the nearest known version`,
      "unsupported-version",
      doc.positionOf(["lockfileVersion"])
    );
  }
  readPackages(lock, version ?? 9, doc, out, options);
}
function lockfileVersion(raw) {
  const n = typeof raw === "number" ? raw : Number.parseFloat(String(raw));
  return Number.isFinite(n) ? n : void 0;
}

// src/deps/poetry/index.ts
var KNOWN_LOCK_VERSIONS = /* @__PURE__ */ new Set(["1.0", "1.1", "1.2", "2.0", "2.1"]);
var poetryLockParser = {
  id: "pypi/poetry-lock",
  ecosystem: "PyPI",
  matches: (path) => baseName(path) === "poetry.lock",
  parse: parsePoetryLock,
  content: {
    recognises: /^\[\[package\]\]|^\[metadata\]/m,
    expected: "a `[[package]]` or `[metadata]` table"
  }
};
function parsePoetryLock(text, file, options) {
  const read = readToml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "PyPI");
  const lockVersion = asText(asObject(read.value["metadata"])?.["lock-version"]);
  if (lockVersion !== void 0 && !KNOWN_LOCK_VERSIONS.has(lockVersion)) {
    out.warn(
      `lock-version ${lockVersion} is not one this scanner knows (1.0 to 2.1)`,
      "unsupported-version",
      keyPosition(text, "lock-version")
    );
  }
  const packages = Array.isArray(read.value["package"]) ? read.value["package"] : [];
  const entries = packages.map((p) => asObject(p) ?? {});
  const positions = arrayTablePositions(
    text,
    "package",
    entries.map((e) => asText(e["name"]))
  );
  const declared = readPyproject(options?.siblings);
  entries.forEach((entry, index) => {
    out.entries++;
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    const version = asText(entry["version"]);
    if (!rawName || !version) {
      out.error("a [[package]] entry without a name or version", "parse-error", location);
      return;
    }
    const name = pep503(rawName);
    const flags = flagsOf2(name, entry, declared);
    const source = sourceOf(entry);
    if (source) out.addUnpinned(name, source.spec, source.reason, location, flags);
    else out.add(name, version, location, flags);
  });
  return out.finish();
}
function sourceOf(entry) {
  const source = asObject(entry["source"]);
  const type = asText(source?.["type"]);
  const spec = asText(source?.["url"]) ?? "";
  if (type === "git") return { reason: "git", spec };
  if (type === "url") return { reason: "url", spec };
  if (type === "file" || type === "directory") return { reason: "path", spec };
  return void 0;
}
function flagsOf2(name, entry, declared) {
  const flags = {};
  const category = asText(entry["category"]);
  const groups = Array.isArray(entry["groups"]) ? entry["groups"] : void 0;
  if (category !== void 0) flags.dev = category === "dev";
  else if (groups) flags.dev = !groups.includes("main");
  if (declared) flags.direct = declared.prod.has(name) || declared.dev.has(name);
  return flags;
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens2 = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens2.push(token);
  }
  return tokens2;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/deps/pom/xml.ts
var META = XMLParser.getMetaDataSymbol();
var parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  // Entities are never expanded: a POM needs none, and expansion is how XML bombs work.
  processEntities: false,
  htmlEntities: false
});
function readXml(text, file) {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return {
      ok: false,
      diagnostic: diagnostic(file, `not valid XML: ${msg}`, "parse-error", { line, column: col })
    };
  }
  try {
    return { ok: true, nodes: parser.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, diagnostic: diagnostic(file, `not valid XML: ${message}`, "parse-error") };
  }
}
function tagOf(node) {
  return Object.keys(node).find((key) => key !== ":@" && key !== "#text");
}
function childrenOf(node) {
  const tag = node ? tagOf(node) : void 0;
  const children = tag ? node?.[tag] : void 0;
  return Array.isArray(children) ? children : [];
}
function childNamed(nodes, tag) {
  return nodes.find((node) => tagOf(node) === tag);
}
function elementsAt(node, path) {
  let level = node ? [node] : [];
  for (const tag of path) level = level.flatMap((n) => childrenOf(n).filter((c) => tagOf(c) === tag));
  return level;
}
function textOf(node) {
  const texts = childrenOf(node).flatMap((c) => typeof c["#text"] === "string" ? [c["#text"]] : []);
  return texts.length > 0 ? texts.join("").trim() : void 0;
}
function childText(node, tag) {
  return textOf(childNamed(childrenOf(node), tag));
}
function startOf(node) {
  const meta = node[META];
  return meta?.startIndex;
}

// src/deps/pom/properties.ts
var MAX_EXPANSION = 10;
function pomProperties(project) {
  const out = /* @__PURE__ */ new Map();
  for (const node of childrenOf(childNamed(childrenOf(project), "properties"))) {
    const tag = tagOf(node);
    if (tag && !tag.startsWith("#")) out.set(tag, textOf(node) ?? "");
  }
  const parent = childNamed(childrenOf(project), "parent");
  const coordinates = [
    ["project.groupId", childText(project, "groupId") ?? childText(parent, "groupId")],
    ["project.artifactId", childText(project, "artifactId")],
    ["project.version", childText(project, "version") ?? childText(parent, "version")],
    ["project.parent.groupId", childText(parent, "groupId")],
    ["project.parent.version", childText(parent, "version")]
  ];
  for (const [name, value] of coordinates) {
    if (value === void 0) continue;
    out.set(name, value);
    out.set(name.replace(/^project\./, "pom."), value);
    if (name === "project.version") out.set("version", value);
  }
  return out;
}
function expand(value, properties) {
  let current = value;
  for (let i = 0; i < MAX_EXPANSION && current.includes("${"); i++) {
    let missing = false;
    current = current.replace(/\$\{([^}]+)\}/g, (_, name) => {
      const found = properties.get(name.trim());
      if (found === void 0) missing = true;
      return found ?? "";
    });
    if (missing) return void 0;
  }
  return current.includes("${") || /&[\w#.-]+;/.test(current) ? void 0 : current;
}

// src/deps/pom/index.ts
var pomParser = {
  id: "maven/pom-xml",
  ecosystem: "Maven",
  matches: (path) => baseName(path) === "pom.xml",
  parse: parsePom,
  content: { recognises: /<project[\s>]/, expected: "a `<project>` element" }
};
function parsePom(text, file) {
  const read = readXml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "Maven");
  const project = childNamed(read.nodes, "project");
  if (!project) {
    out.error("no <project> element: not a Maven POM", "parse-error");
    return out.finish();
  }
  const properties = pomProperties(project);
  const managed = managedVersions(project, properties);
  const lines = new LineIndex(text);
  for (const dependency of elementsAt(project, ["dependencies", "dependency"])) {
    out.entries++;
    const location = out.at(lines.position(startOf(dependency) ?? 0));
    const group = expand(childText(dependency, "groupId") ?? "", properties);
    const artifact = expand(childText(dependency, "artifactId") ?? "", properties);
    const written = childText(dependency, "version");
    const flags = { direct: true, dev: childText(dependency, "scope") === "test" };
    if (!group || !artifact) {
      const name2 = `${childText(dependency, "groupId") ?? "?"}:${childText(dependency, "artifactId") ?? "?"}`;
      out.addUnpinned(name2, written ?? "", "unresolved", location, flags);
      continue;
    }
    const name = `${group}:${artifact}`;
    const version = written === void 0 ? managed.get(name) : expand(written, properties);
    if (version === void 0) {
      const spec = written ?? "version managed by a parent POM or BOM";
      out.addUnpinned(name, spec, "unresolved", location, flags);
    } else if (/^[[(]/.test(version) || version.includes(",")) {
      out.addUnpinned(name, version, "range", location, flags);
    } else {
      out.add(name, version, location, flags);
    }
  }
  return out.finish();
}
function managedVersions(project, properties) {
  const out = /* @__PURE__ */ new Map();
  for (const dep of elementsAt(project, ["dependencyManagement", "dependencies", "dependency"])) {
    const group = expand(childText(dep, "groupId") ?? "", properties);
    const artifact = expand(childText(dep, "artifactId") ?? "", properties);
    const version = expand(childText(dep, "version") ?? "", properties);
    if (group && artifact && version) out.set(`${group}:${artifact}`, version);
  }
  return out;
}

// src/deps/uv/graph.ts
function dependencyRoles(entries) {
  const edges = /* @__PURE__ */ new Map();
  const projects = [];
  for (const entry of entries) {
    const name = asText(entry["name"]);
    if (!name) continue;
    edges.set(pep503(name), [
      ...namesIn(entry["dependencies"]),
      ...groupNames(entry["optional-dependencies"])
    ]);
    const source = asObject(entry["source"]) ?? {};
    if (source["virtual"] !== void 0 || source["editable"] !== void 0) projects.push(entry);
  }
  if (projects.length === 0) return void 0;
  const projectNames = new Set(projects.map((p) => pep503(asText(p["name"]) ?? "")));
  const prodRoots = projects.flatMap((p) => [
    ...namesIn(p["dependencies"]),
    ...groupNames(p["optional-dependencies"])
  ]);
  const devRoots = projects.flatMap((p) => groupNames(p["dev-dependencies"]));
  const prod = reachable(prodRoots, edges, projectNames);
  const dev = new Set([...reachable(devRoots, edges, projectNames)].filter((n) => !prod.has(n)));
  return { direct: /* @__PURE__ */ new Set([...prodRoots, ...devRoots]), prod, dev };
}
function reachable(roots, edges, skip) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop();
    if (seen.has(name) || skip.has(name)) continue;
    seen.add(name);
    queue.push(...edges.get(name) ?? []);
  }
  return seen;
}
function namesIn(list) {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const name = asText(asObject(item)?.["name"]);
    return name ? [pep503(name)] : [];
  });
}
function groupNames(groups) {
  return Object.values(asObject(groups) ?? {}).flatMap(namesIn);
}

// src/deps/uv/index.ts
var uvLockParser = {
  id: "pypi/uv-lock",
  ecosystem: "PyPI",
  matches: (path) => baseName(path) === "uv.lock",
  parse: parseUvLock,
  content: {
    recognises: /^version\s*=|^\[\[package\]\]/m,
    expected: "a `version` and `[[package]]` tables"
  }
};
function parseUvLock(text, file) {
  const read = readToml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "PyPI");
  if (read.value["version"] !== 1) {
    out.warn(
      `uv.lock version ${JSON.stringify(read.value["version"])} is not one this scanner knows (1)`,
      "unsupported-version",
      keyPosition(text, "version")
    );
  }
  const packages = Array.isArray(read.value["package"]) ? read.value["package"] : [];
  const entries = packages.map((p) => asObject(p) ?? {});
  const positions = arrayTablePositions(
    text,
    "package",
    entries.map((e) => asText(e["name"]))
  );
  const roles = dependencyRoles(entries);
  entries.forEach((entry, index) => {
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    const source = asObject(entry["source"]) ?? {};
    if (source["virtual"] !== void 0 || source["editable"] !== void 0) return;
    out.entries++;
    const version = asText(entry["version"]);
    if (!rawName) {
      out.error("a [[package]] entry without a name", "parse-error", location);
      return;
    }
    const name = pep503(rawName);
    const flags = flagsOf3(name, roles);
    const nonRegistry3 = sourceKind2(source);
    if (nonRegistry3) out.addUnpinned(name, nonRegistry3.spec, nonRegistry3.reason, location, flags);
    else if (version) out.add(name, version, location, flags);
    else out.addUnpinned(name, "", "unresolved", location, flags);
  });
  return out.finish();
}
function sourceKind2(source) {
  const git = asText(source["git"]);
  if (git) return { reason: "git", spec: git };
  const url = asText(source["url"]);
  if (url) return { reason: "url", spec: url };
  const path = asText(source["path"]) ?? asText(source["directory"]);
  if (path) return { reason: "path", spec: path };
  return void 0;
}
function flagsOf3(name, roles) {
  if (!roles) return {};
  const dev = roles.dev.has(name) ? true : roles.prod.has(name) ? false : void 0;
  return dev === void 0 ? { direct: roles.direct.has(name) } : { direct: roles.direct.has(name), dev };
}

// src/deps/bun/index.ts
var bunLockParser = {
  id: "npm/bun-lock",
  ecosystem: "npm",
  matches: (path) => baseName(path) === "bun.lock" && !inNodeModules(path),
  parse: parseBunLock,
  content: { recognises: /"lockfileVersion"\s*:/, expected: 'a "lockfileVersion"' }
};
var DEPENDENCY_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"];
function parseBunLock(text, file, options) {
  const read = readJson(withoutTrailingCommas(text), file);
  if (!read.ok) return failed(read.diagnostic);
  const lock = asObject(read.value);
  const out = new PackageCollector(file, "npm");
  if (!lock) {
    out.error("expected a JSON object at the top of the lockfile", "parse-error");
    return out.finish();
  }
  const packages = asObject(lock["packages"]) ?? {};
  const keys = Object.keys(packages);
  const lineOf = keyLines(text, keys, out);
  const declared = declaredByWorkspaces(asObject(lock["workspaces"]) ?? {});
  keys.forEach((key, index) => {
    out.entries++;
    const at = { line: lineOf(index), column: 5 };
    const ident = Array.isArray(packages[key]) ? asText(packages[key][0]) : void 0;
    const resolved = ident === void 0 ? void 0 : splitAtVersion(ident);
    if (!resolved) {
      out.error(`cannot read a "name@version" for ${JSON.stringify(key)}`, "parse-error", at);
      return;
    }
    readPackage(key, resolved, at, declared, out, options);
  });
  return out.finish();
}
function readPackage(key, { name, version }, at, declared, out, options) {
  const flags = declared.get(key) ?? { direct: false };
  const location = out.at(at);
  if (version.startsWith("workspace:")) return;
  if (version.startsWith("link:") || version.startsWith("file:")) {
    const target = version.slice(version.indexOf(":") + 1);
    checkLink(target, lockfileDir(out), at, out, options);
    if (version.startsWith("file:")) out.addUnpinned(name, version, "path", location, flags);
    return;
  }
  if (isSemver(version)) return out.add(name, version, location, flags);
  const source = /^(github|gitlab|bitbucket|git\+|git:)/.test(version) ? "git" : sourceKind(version);
  out.addUnpinned(name, version, source ?? "unresolved", location, flags);
}
function declaredByWorkspaces(workspaces) {
  const prod = /* @__PURE__ */ new Set();
  const dev = /* @__PURE__ */ new Set();
  for (const workspace of Object.values(workspaces)) {
    const sections = asObject(workspace) ?? {};
    for (const section of DEPENDENCY_SECTIONS)
      for (const name of Object.keys(asObject(sections[section]) ?? {})) prod.add(name);
    for (const name of Object.keys(asObject(sections["devDependencies"]) ?? {})) dev.add(name);
  }
  const out = /* @__PURE__ */ new Map();
  for (const name of dev) out.set(name, { direct: true, dev: true });
  for (const name of prod) out.set(name, { direct: true, dev: false });
  return out;
}
function keyLines(text, keys, out) {
  const section = /^[ \t]*"packages"\s*:\s*\{/m.exec(text);
  if (!section) return () => 1;
  const brace = section.index + section[0].length - 1;
  const sectionLine = new LineIndex(text).position(brace).line;
  const found = locateKeyLines(text, brace, sectionLine, keys);
  if (!found && keys.length > 0)
    out.warn("packages are not laid out one per line: located at the section", "layout");
  return (index) => found?.lines[index] || sectionLine;
}
function withoutTrailingCommas(text) {
  return text.replace(
    /("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\/|,(\s*[}\]])/g,
    (_match, string, close) => string ?? close ?? ""
  );
}

// src/deps/pdm/index.ts
var pdmLockParser = {
  id: "pypi/pdm-lock",
  ecosystem: "PyPI",
  matches: (path) => baseName(path) === "pdm.lock",
  parse: parsePdmLock,
  content: {
    recognises: /^\[\[package\]\]|^\[metadata\]/m,
    expected: "a `[metadata]` or `[[package]]` table"
  }
};
function parsePdmLock(text, file) {
  const read = readToml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "PyPI");
  const packages = Array.isArray(read.value["package"]) ? read.value["package"] : [];
  const entries = packages.map((p) => asObject(p) ?? {});
  const positions = arrayTablePositions(
    text,
    "package",
    entries.map((e) => asText(e["name"]))
  );
  entries.forEach((entry, index) => {
    out.entries++;
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    if (!rawName) return out.error("a [[package]] entry without a name", "parse-error", location);
    const name = pep503(rawName);
    const flags = groupFlags(entry["groups"]);
    const source = sourceOf2(entry);
    const version = asText(entry["version"]);
    if (source) out.addUnpinned(name, source.spec, source.reason, location, flags);
    else if (version) out.add(name, version, location, flags);
    else out.addUnpinned(name, "", "unresolved", location, flags);
  });
  return out.finish();
}
function groupFlags(groups) {
  if (!Array.isArray(groups)) return {};
  return { dev: !groups.includes("default") };
}
function sourceOf2(entry) {
  const git = asText(entry["git"]);
  if (git) return { reason: "git", spec: git };
  const path = asText(entry["path"]);
  if (path) return { reason: entry["editable"] === true ? "editable" : "path", spec: path };
  const url = asText(entry["url"]);
  if (url) return { reason: url.startsWith("file:") ? "path" : "url", spec: url };
  return void 0;
}

// src/deps/pylock/index.ts
var pylockParser = {
  id: "pypi/pylock",
  ecosystem: "PyPI",
  matches: (path) => /^pylock\.([^.]+\.)?toml$/.test(baseName(path)),
  parse: parsePylock,
  content: {
    recognises: /^lock-version\s*=|^\[\[packages\]\]/m,
    expected: "a `lock-version` and `[[packages]]` tables"
  }
};
function parsePylock(text, file) {
  const read = readToml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "PyPI");
  const lockVersion = asText(read.value["lock-version"]) ?? "";
  const at = keyPosition(text, "lock-version");
  if (!/^1(\.|$)/.test(lockVersion)) {
    out.error(
      `lock-version ${JSON.stringify(read.value["lock-version"])} is not one this scanner reads (1.x)`,
      "unsupported-version",
      at
    );
    return out.finish();
  }
  if (lockVersion !== "1.0")
    out.warn(
      `lock-version ${lockVersion} is newer than 1.0; read as 1.0`,
      "unsupported-version",
      at
    );
  const packages = Array.isArray(read.value["packages"]) ? read.value["packages"] : [];
  const entries = packages.map((p) => asObject(p) ?? {});
  const positions = arrayTablePositions(
    text,
    "packages",
    entries.map((e) => asText(e["name"]))
  );
  entries.forEach((entry, index) => {
    out.entries++;
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    if (!rawName) return out.error("a [[packages]] entry without a name", "parse-error", location);
    const name = pep503(rawName);
    const source = sourceOf3(entry);
    const version = asText(entry["version"]);
    if (source) out.addUnpinned(name, source.spec, source.reason, location);
    else if (version) out.add(name, version, location);
    else out.addUnpinned(name, "", "unresolved", location);
  });
  return out.finish();
}
function sourceOf3(entry) {
  const vcs = asObject(entry["vcs"]);
  if (vcs) return { reason: "git", spec: asText(vcs["url"]) ?? asText(vcs["path"]) ?? "" };
  const directory = asObject(entry["directory"]);
  if (directory) {
    const reason = directory["editable"] === true ? "editable" : "path";
    return { reason, spec: asText(directory["path"]) ?? "" };
  }
  const archive = asObject(entry["archive"]);
  if (archive) {
    const url = asText(archive["url"]);
    return url ? { reason: "url", spec: url } : { reason: "path", spec: asText(archive["path"]) ?? "" };
  }
  return void 0;
}

// src/deps/yarn/direct.ts
function manifestFlags(descriptors, manifest, normalise2 = (range) => range) {
  if (!manifest) return {};
  for (const descriptor of descriptors) {
    const split = splitNameFromRange(descriptor);
    const declared = split ? manifest.get(split.name) : void 0;
    if (split && declared && normalise2(declared.range) === split.range) {
      return { direct: true, dev: declared.dev };
    }
  }
  return { direct: false };
}

// src/deps/yarn/berry.ts
var KNOWN_VERSIONS = /* @__PURE__ */ new Set([4, 5, 6, 7, 8, 9, 10]);
function parseBerryLock(text, file, options) {
  const out = new PackageCollector(file, "npm");
  const read = readYamlDocuments(text, file);
  out.diagnostics.push(...read.diagnostics);
  const doc = read.documents[0];
  const lock = asObject(doc?.data);
  if (!doc || !lock) return out.finish();
  checkVersion(lock, doc.positionOf(["__metadata"]), out);
  const positions = doc.keyPositions([]);
  const workspaceDescriptors = descriptorsOfWorkspaces(lock);
  const manifest = readNpmManifest(options?.siblings);
  for (const [key, raw] of Object.entries(lock)) {
    const entry = asObject(raw);
    if (key === "__metadata" || !entry) continue;
    const resolution = asText(entry["resolution"]) ?? "";
    if (isProjectCode(resolution)) continue;
    out.entries++;
    const descriptors = key.split(/,\s*/).map((d) => d.trim());
    const flags = entryFlags(descriptors, workspaceDescriptors, manifest);
    readEntry3(resolution, out, out.at(positions.get(key)), flags);
  }
  return out.finish();
}
function checkVersion(lock, at, out) {
  const version = Number(asObject(lock["__metadata"])?.["version"]);
  if (!KNOWN_VERSIONS.has(version)) {
    const message = `Yarn lockfile __metadata version ${String(version)} is not one this scanner knows (4 to 10); reading it as the nearest known version`;
    out.warn(message, "unsupported-version", at);
  }
}
function readEntry3(resolution, out, location, flags) {
  const target = resolvedPackage(resolution);
  if (!target) {
    out.error(`cannot read the resolution ${JSON.stringify(resolution)}`, "parse-error", location);
    return;
  }
  if (target.kind === "npm") out.add(target.name, target.version, location, flags);
  else out.addUnpinned(target.name, target.spec, target.kind, location, flags);
}
function resolvedPackage(resolution, depth = 0) {
  const split = splitNameFromRange(resolution);
  if (!split) return void 0;
  const { name, range } = split;
  if (range.startsWith("npm:")) {
    return { kind: "npm", name, version: range.slice(4).split("::")[0] };
  }
  if (range.startsWith("patch:") && depth < 4) {
    const inner = decodeURIComponent(range.slice(6).split("#")[0]);
    return resolvedPackage(inner, depth + 1);
  }
  const spec = range.split("::")[0];
  if (/^(file:|exec:)/.test(range)) return { kind: "path", name, spec };
  if (/^(git\+|git:|github:|ssh:)/.test(range) || /\.git(#|$)/.test(range) || range.includes("#commit=")) {
    return { kind: "git", name, spec };
  }
  if (/^https?:/.test(range)) return { kind: "url", name, spec };
  return { kind: "unresolved", name, spec };
}
function isProjectCode(resolution) {
  const range = splitNameFromRange(resolution)?.range ?? "";
  return /^(workspace:|link:|portal:)/.test(range);
}
function descriptorsOfWorkspaces(lock) {
  const out = /* @__PURE__ */ new Set();
  for (const raw of Object.values(lock)) {
    const entry = asObject(raw);
    if (!entry || !asText(entry["resolution"])?.includes("@workspace:")) continue;
    for (const [name, range] of Object.entries(asObject(entry["dependencies"]) ?? {})) {
      const text = String(range);
      out.add(`${name}@${text.includes(":") ? text : `npm:${text}`}`);
    }
  }
  return out;
}
function entryFlags(descriptors, workspaceDescriptors, manifest) {
  const fromManifest = manifestFlags(descriptors, manifest, withProtocol);
  if (fromManifest.direct) return fromManifest;
  if (workspaceDescriptors.size === 0) return fromManifest;
  return { direct: descriptors.some((d) => workspaceDescriptors.has(d)) };
}
function withProtocol(range) {
  return /^[a-z]+:/.test(range) ? range : `npm:${range}`;
}

// src/deps/yarn/classic.ts
function parseClassicLock(text, file, options) {
  const out = new PackageCollector(file, "npm");
  const manifest = readNpmManifest(options?.siblings);
  for (const entry of readEntries(splitLines(text), out)) {
    out.entries++;
    readEntry4(entry, out, manifestFlags(entry.descriptors, manifest));
  }
  return out.finish();
}
function readEntries(lines, out) {
  const entries = [];
  let current;
  let skipping = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const indent = raw.length - raw.trimStart().length;
    if (indent === 0) {
      current = void 0;
      skipping = !raw.trimEnd().endsWith(":");
      if (skipping) {
        const message = `expected an entry header ending in ":", found ${JSON.stringify(raw)}`;
        out.error(message, "parse-error", { line });
        return;
      }
      const header = raw.trimEnd().slice(0, -1);
      current = { descriptors: splitDescriptors(header), line, fields: /* @__PURE__ */ new Map() };
      entries.push(current);
    } else if (indent === 2 && current) {
      const field = /^\s+("(?:[^"\\]|\\.)*"|[^\s:]+):?\s+(.*)$/.exec(raw);
      if (field) current.fields.set(unquote(field[1]), unquote(field[2]));
    } else if (!current && !skipping) {
      out.error("indented line outside of any entry", "parse-error", { line, column: indent + 1 });
      skipping = true;
    }
  });
  return entries;
}
function readEntry4(entry, out, flags) {
  const location = out.at({ line: entry.line });
  const first = descriptorOf(entry.descriptors[0] ?? "");
  if (!first) {
    out.error(
      `cannot read a package name from ${JSON.stringify(entry.descriptors[0])}`,
      "parse-error",
      { line: entry.line }
    );
    return;
  }
  const version = entry.fields.get("version");
  const resolved = entry.fields.get("resolved");
  const alias = first.range.startsWith("npm:") ? splitNameFromRange(first.range.slice(4)) : void 0;
  const name = alias?.name ?? first.name;
  const source = nonRegistry2(first.range, resolved);
  if (source) {
    out.addUnpinned(name, resolved ?? first.range, source, location, flags);
  } else if (version === void 0 || version === "") {
    out.addUnpinned(name, first.range, "unresolved", location, flags);
  } else {
    out.add(name, version, location, flags);
  }
}
function nonRegistry2(range, resolved) {
  const fromRange = range.startsWith("npm:") ? void 0 : sourceKind(range);
  if (fromRange) return fromRange;
  if (resolved === void 0 || isRegistryTarball(resolved)) return void 0;
  if (/^(git\+|git:|github:)/.test(resolved) || resolved.includes("codeload.github.com"))
    return "git";
  if (resolved.startsWith("file:")) return "path";
  return /^https?:\/\//.test(resolved) ? "url" : void 0;
}
function descriptorOf(descriptor) {
  const split = splitNameFromRange(descriptor);
  if (split) return split;
  return /^(@[^/@\s]+\/)?[^/@\s]+$/.test(descriptor) ? { name: descriptor, range: "" } : void 0;
}
function splitDescriptors(header) {
  return header.split(/,\s*/).map((part) => unquote(part.trim())).filter((part) => part !== "");
}
function unquote(value) {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value);
    } catch {
      return value.slice(1, -1);
    }
  }
  return value;
}

// src/deps/yarn/index.ts
var BERRY_MARKER = /^__metadata:/m;
var yarnLockParser = {
  id: "npm/yarn-lock",
  ecosystem: "npm",
  matches: (path) => baseName(path) === "yarn.lock" && !inNodeModules(path),
  parse(text, file, options) {
    return BERRY_MARKER.test(text) ? parseBerryLock(text, file, options) : parseClassicLock(text, file, options);
  },
  content: {
    recognises: /^(# yarn lockfile v1|__metadata:)|^\S[^\n]*:\s*$/m,
    expected: "package entries (`name@range:`)",
    mayBeEmpty: true
  }
};

// src/deps/registry.ts
var LOCKFILE_PARSERS = [
  packageLockParser,
  yarnLockParser,
  pnpmLockParser,
  bunLockParser,
  requirementsParser,
  pipfileLockParser,
  poetryLockParser,
  uvLockParser,
  pdmLockParser,
  pylockParser,
  goModParser,
  cargoLockParser,
  gemfileLockParser,
  composerLockParser,
  pomParser,
  gradleLockParser,
  nugetLockParser
];
function parserFor(path) {
  if (inNodeModules(path)) return void 0;
  return LOCKFILE_PARSERS.find((parser2) => parser2.matches(path));
}
function parseLockfile(file, text, options) {
  const parser2 = parserFor(file);
  if (!parser2) {
    return failed2(file, "not a lockfile or manifest this scanner reads", "unsupported-file");
  }
  if (text.includes("\0")) {
    return failed2(
      file,
      "the file is not UTF-8 text (UTF-16?); it was not read",
      "unsupported-encoding"
    );
  }
  try {
    return checkContent(parser2, text, file, parser2.parse(text, file, options));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return failed2(file, `could not be read (${parser2.id}): ${message}`, "parse-error");
  }
}
function selectLockfiles(paths) {
  let found = selected.get(paths);
  if (!found) selected.set(paths, found = lockfilesAmong(paths));
  return [...found];
}
var selected = /* @__PURE__ */ new WeakMap();
function lockfilesAmong(paths) {
  const shrinkwrapDirs = new Set(
    paths.filter((p) => baseName(p) === "npm-shrinkwrap.json").map((p) => dirName(p))
  );
  return paths.filter((path) => {
    if (!parserFor(path)) return false;
    return !(baseName(path) === "package-lock.json" && shrinkwrapDirs.has(dirName(path)));
  });
}
function checkContent(parser2, text, file, result) {
  const found = result.packages.length > 0 || result.unpinned.length > 0;
  if (found || result.diagnostics.some((d) => d.severity === "error")) return result;
  const { recognises, expected, mayBeEmpty } = parser2.content;
  const say = (message, code, severity) => ({
    ...result,
    diagnostics: [...result.diagnostics, diagnostic(file, message, code, {}, severity)]
  });
  if (mayBeEmpty && onlyComments(text))
    return say("empty: no dependencies to check", "empty-lockfile", "warning");
  if (text.trim() === "")
    return say(
      `the file is empty, but a ${baseName(file)} always holds ${expected}; nothing was checked`,
      "empty-lockfile",
      "error"
    );
  if (!recognises.test(text))
    return say(
      `this is not a ${baseName(file)}: expected ${expected}, found none, so nothing in it was checked`,
      "unrecognised-content",
      "error"
    );
  return result;
}
function onlyComments(text) {
  return text.split("\n").every((line) => /^\s*(#.*)?$/.test(line));
}
function failed2(file, message, code) {
  return { packages: [], unpinned: [], diagnostics: [diagnostic(file, message, code)] };
}

export {
  dirName,
  normalisePath,
  includedFiles,
  parserFor,
  parseLockfile,
  selectLockfiles
};
/*! For license information please see chunk-SWQ2MZ6A.js.LEGAL.txt */
