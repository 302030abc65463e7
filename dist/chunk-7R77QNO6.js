import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  withoutBom
} from "./chunk-KAT2RU3A.js";
import {
  isUrl
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

// src/deps/shared/paths.ts
function baseName(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : path.slice(slash + 1);
}
function namedFiles(...names) {
  return { names, matches: (path) => names.includes(baseName(path)) && !inNodeModules(path) };
}
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
function linesEndingAt(breaks, text) {
  const out = [];
  splitLines(text).forEach((physical, index) => {
    for (const part of breaks.test(physical) ? physical.split(breaks) : [physical])
      out.push({ text: part, line: index + 1 });
  });
  return out;
}

// src/deps/shared/json.ts
function readJson(text, file) {
  try {
    return { ok: true, value: JSON.parse(withoutBom(text)) };
  } catch (err) {
    const message = errorMessage(err);
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
function asObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function asText(v) {
  return typeof v === "string" ? v : void 0;
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
  /** Where entries that are no entry at all (a string where an object belongs) were skipped. */
  skippedAt = [];
  missingKeys = /* @__PURE__ */ new Set();
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
  /**
   * An entry of the wrong shape (`"node_modules/a": "1.0.0"`), which its package manager may
   * still install: counted, and an error at its line unless nothing at all could be read (then
   * the one `no-packages` error says it).
   */
  skip(at) {
    this.entries++;
    this.skippedAt.push(this.at(at));
  }
  error(message, code, at) {
    this.diagnostics.push(diagnostic(this.file, message, code, at ?? {}, "error"));
  }
  /**
   * An entry the lockfile needs (`key`: what it is written as) with no entry of its own: a
   * truncated or hand-edited lockfile, whose package would be checked nowhere. An error at the
   * first place that needs it, once per key.
   */
  missing(key, message, at) {
    if (this.missingKeys.has(key)) return;
    this.missingKeys.add(key);
    this.error(message, "parse-error", at);
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
    } else {
      for (const at of this.skippedAt)
        this.error("expected a package entry (an object) here: not read", "parse-error", at);
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
function openJsonLockfile(json, file, ecosystem) {
  const read = readJson(json, file);
  if (!read.ok) return { result: failed(read.diagnostic) };
  const lock = asObject(read.value);
  const out = new PackageCollector(file, ecosystem);
  if (lock) return { lock, out };
  out.error("expected a JSON object at the top of the lockfile", "parse-error");
  return { result: out.finish() };
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
function checkLocalPath(spec, at, out, options) {
  checkLink(localPathOf(spec), lockfileDir(out), at, out, options);
}
function localPathOf(spec) {
  return spec.replace(/^file:(\/\/(localhost(?=\/))?)?/, "").replace(/^\/?\$\{PROJECT_ROOT\}(\/|$)/, "./");
}

// src/deps/shared/names.ts
function pep503(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function splitAtVersion(spec) {
  const split = splitNameFromRange(spec);
  return split && { name: split.name, version: split.range };
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
var TXT_FILE = /\.txt$/i;
function isRequirementsFile(path) {
  if (!TXT_FILE.test(path)) return false;
  const name = baseName(path).toLowerCase();
  return name.includes("requirements") || baseName(dirName(path)).toLowerCase() === "requirements";
}
function parseRequirements(text, file, options) {
  const out = new PackageCollector(file, "PyPI");
  const reader2 = { out, options, chain: [file], seen: /* @__PURE__ */ new Set([file]) };
  readFile(text, file, reader2, false);
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
function readFile(text, file, reader2, constraint) {
  const { out } = reader2;
  const flags = { dev: isDevFile(reader2.chain[0]) || isDevFile(file) };
  const pipCompiled = /#\s*via\b/.test(text);
  for (const logical of logicalLines(text)) {
    const at = { file, line: logical.line, column: 1 };
    const req = readRequirement(logical.text);
    if (req.kind === "option") continue;
    if (req.kind === "include") {
      include(req.path, req.constraint || constraint, file, logical.line, reader2);
      continue;
    }
    out.entries++;
    if (req.kind === "invalid") {
      out.diagnostics.push(problem(file, logical.line, req.message, "parse-error", "error"));
      continue;
    }
    const direct = !constraint && (pipCompiled ? isDeclared(logical.via) : true);
    if (req.kind === "pinned") out.add(req.name, req.version, at, { ...flags, direct });
    else {
      out.addUnpinned(req.name, req.spec, req.reason, at, { ...flags, direct });
      if (leavesRepository(req, file))
        out.diagnostics.push(
          problem(file, logical.line, `${written(req)}: ${OUTSIDE}`, "link-outside-repo", "error")
        );
    }
  }
}
var OUTSIDE = "outside the repository: not read";
function leavesRepository(req, file) {
  if (req.reason !== "path" && !(req.reason === "editable" && isLocal(req.spec))) return false;
  const path = localPathOf(req.spec).replace(/#.*$/, "").replace(/\[[^\]]*\]$/, "");
  return joinPath(dirName(file), path) === void 0;
}
function isLocal(spec) {
  return /^file:/i.test(spec) || /^[a-z]:[\\/]/i.test(spec) || !/^[a-z][a-z0-9+.-]*:/i.test(spec);
}
function written(req) {
  return req.reason === "editable" ? `-e ${req.spec}` : req.spec;
}
function include(target, constraint, from, line, reader2) {
  const flag = constraint ? "-c" : "-r";
  const fail = (message, code, severity = "error") => {
    reader2.out.diagnostics.push(
      problem(from, line, `${flag} ${target}: ${message}`, code, severity)
    );
  };
  if (isUrl(target))
    return fail("a URL is not fetched, so the packages it lists were not checked", "include-url");
  const path = joinPath(dirName(from), target);
  if (path === void 0) return fail("outside the repository: not read", "include-outside-repo");
  if (reader2.chain.includes(path))
    return fail(`includes ${path} again (a cycle); it was read once`, "include-cycle", "warning");
  if (reader2.seen.has(path)) return;
  if (reader2.chain.length > MAX_INCLUDE_DEPTH)
    return fail("includes nested too deeply; not read", "include-too-deep");
  const read = reader2.options?.readRepoFile?.(path);
  if (read === void 0) return fail(`${path} does not exist`, "missing-include");
  if (typeof read !== "string")
    return fail(`${path} cannot be read: ${read.problem}`, "unreadable-include");
  reader2.seen.add(path);
  reader2.chain.push(path);
  readFile(read, path, reader2, constraint);
  reader2.chain.pop();
}
function logicalLines(text) {
  const out = [];
  let viaOf;
  let inVia = false;
  for (const joined of joinContinuations(pipLines(withoutBom(text)))) {
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
function pipLines(text) {
  const out = [];
  splitLines(text).forEach((physical, index) => {
    if (!PYTHON_LINE_BREAK.test(physical)) out.push({ text: physical, line: index + 1 });
    else
      for (const part of physical.split(PYTHON_LINE_BREAK))
        out.push({ text: part, line: index + 1 });
  });
  return out;
}
var PYTHON_LINE_BREAK = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
function joinContinuations(lines) {
  const out = [];
  let pending;
  for (const { text: raw, line } of lines) {
    const isComment = /^\s*#/.test(raw);
    if (raw.endsWith("\\") && !isComment) {
      pending ??= { pieces: [], line };
      pending.pieces.push(raw.replace(/\\+$/, ""));
    } else if (!pending) out.push({ text: raw, line });
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

// src/deps/shared/sections.ts
function tableSection(lock, key, out, locate) {
  const value = lock[key];
  const table = asObject(value);
  if (table) return table;
  if (value !== void 0 && value !== null) wrongShape(key, "a table of packages", out, locate);
  return {};
}
function listSection(lock, key, out, locate) {
  const value = lock[key];
  if (!Array.isArray(value)) {
    if (value !== void 0 && value !== null) wrongShape(key, "a list of packages", out, locate);
    return [];
  }
  const tables = [];
  for (const item of value) {
    const table = asObject(item);
    if (table) tables.push(table);
  }
  if (tables.length < value.length) wrongShape(key, "a list of package tables", out, locate);
  return tables;
}
function wrongShape(key, expected, out, locate) {
  out.error(
    `\`${key}\` is not ${expected}: nothing in it was checked`,
    "unexpected-shape",
    locate()
  );
}
function sectionIn(text, key) {
  return () => sectionPosition(text, key);
}
function sectionPosition(text, key) {
  const name = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const opening = new RegExp(`^\\s*(\\[\\[?\\s*"?${name}"?\\s*\\]|"?${name}"?\\s*[:=])`);
  const index = splitLines(text).findIndex((line) => opening.test(line));
  return index === -1 ? void 0 : { line: index + 1, column: 1 };
}

// src/deps/shared/toml.ts
var toml;
async function loadTomlReader() {
  toml ??= await import("./chunk-CN5UEKOC.js");
}
function readToml(text, file) {
  if (toml === void 0) throw new Error("the TOML reader is not loaded");
  try {
    return { ok: true, value: toml.parse(withoutBom(text)) };
  } catch (err) {
    const at = err instanceof toml.TomlError ? { line: err.line, column: err.column } : {};
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
function arrayOfTables(lock, text, key, out) {
  const tables = listSection(lock, key, out, sectionIn(text, key));
  const positions = arrayTablePositions(
    text,
    key,
    tables.map((t) => asText(t["name"]))
  );
  return { tables, positions };
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
function packageNames(entries, normalise = (name) => name) {
  const known = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const name = entry["name"];
    if (typeof name !== "string") continue;
    const version = entry["version"];
    known.add(normalise(name));
    known.add(`${normalise(name)} ${typeof version === "string" ? version : ""}`);
  }
  return known;
}
function checkNeededPackages(tables, positions, out, needs, normalise) {
  const known = packageNames(tables, normalise);
  tables.forEach((table, index) => {
    for (const { key, shown: shown2 } of needs(table)) {
      if (known.has(key)) continue;
      const message = `${JSON.stringify(shown2)} is needed here, but the lockfile has no [[package]] for it: not read`;
      out.missing(key, message, out.at(positions[index]));
    }
  });
}

// src/deps/cargo/index.ts
var CRATES_IO = /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/;
var cargoLockParser = {
  id: "rust/cargo-lock",
  ecosystem: "crates.io",
  ...namedFiles("Cargo.lock"),
  parse: parseCargoLock,
  load: loadTomlReader,
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
  const { tables: entries, positions } = arrayOfTables(read.value, text, "package", out);
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
  checkNeededPackages(entries, positions, out, crateDependencies);
  return out.finish();
}
function crateDependencies(entry) {
  const deps = Array.isArray(entry["dependencies"]) ? entry["dependencies"] : [];
  return deps.filter((dep) => typeof dep === "string").map((dep) => ({ key: dep.split(" ").slice(0, 2).join(" "), shown: dep }));
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
  ...namedFiles("composer.lock"),
  parse: parseComposerLock,
  content: {
    recognises: /"(packages|packages-dev|content-hash)"\s*:/,
    expected: 'a "packages" list'
  }
};
function parseComposerLock(text, file, options) {
  const opened = openJsonLockfile(text, file, "Packagist");
  if (!opened.lock) return opened.result;
  const { lock, out } = opened;
  const manifest = readManifest(options?.siblings);
  const declared = manifest && requiredBy(manifest);
  const locator = new JsonKeyLocator(text);
  const read = [];
  for (const section of Object.keys(lock).filter((key) => SECTIONS.has(key))) {
    const sectionAt = locator.next(section, false);
    const list = packagesOf(lock[section]);
    if (!list) {
      out.error(`\`${section}\` is not a list of packages`, "parse-error", sectionAt);
      continue;
    }
    for (const raw of list) {
      const entry = asObject(raw);
      const name = asText(entry?.["name"]);
      const version = asText(entry?.["version"]);
      if (!entry) {
        out.skip(sectionAt);
        continue;
      }
      out.entries++;
      const location = out.at((name ? locator.nextPair("name", name) : void 0) ?? sectionAt);
      if (!name || !version) {
        out.error("a package entry without a name or version", "parse-error", location);
        continue;
      }
      read.push({ entry, location });
      const flags = { dev: section === "packages-dev" };
      if (declared) flags.direct = declared.has(name.toLowerCase());
      const distType = asText(asObject(entry["dist"])?.["type"]);
      if (distType === "path") {
        const url = asText(asObject(entry["dist"])?.["url"]);
        if (url !== void 0) checkLocalPath(url, location, out, options);
        out.addUnpinned(name, version, "path", location, flags);
      } else if (isBranch(version)) {
        const url = asText(asObject(entry["source"])?.["url"]) ?? version;
        out.addUnpinned(name, `${url}#${version}`, "git", location, flags);
      } else out.add(name, version, location, flags);
    }
  }
  checkRequired(read, manifest, out);
  return out.finish();
}
var PLATFORM = /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|(?:ext|lib)-[a-z0-9](?:[_.-]?[a-z0-9]+)*|composer(?:-(?:plugin|runtime)-api)?)$/i;
function checkRequired(packages, manifest, out) {
  const known = new Set(namesProvided(manifest));
  for (const { entry } of packages) namesProvided(entry).forEach((name) => known.add(name));
  for (const { entry, location } of packages) {
    for (const required of Object.keys(asObject(entry["require"]) ?? {})) {
      const name = required.toLowerCase();
      if (known.has(name) || PLATFORM.test(name)) continue;
      const message = `${JSON.stringify(required)} is required here, but the lockfile has no package for it: not read`;
      out.missing(name, message, location);
    }
  }
}
function namesProvided(entry) {
  if (!entry) return [];
  const name = asText(entry["name"]);
  const names = [
    ...name === void 0 ? [] : [name],
    ...Object.keys(asObject(entry["provide"]) ?? {}),
    ...Object.keys(asObject(entry["replace"]) ?? {})
  ];
  return names.map((n) => n.toLowerCase());
}
function packagesOf(section) {
  if (section === null) return [];
  if (Array.isArray(section)) return section;
  const object = asObject(section);
  return object ? Object.values(object) : void 0;
}
function readManifest(siblings) {
  const text = siblings?.("composer.json");
  const read = text === void 0 ? void 0 : readJson(text, "composer.json");
  return read?.ok ? asObject(read.value) : void 0;
}
function requiredBy(manifest) {
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
  ...namedFiles("Gemfile.lock", "gems.locked"),
  parse: parseGemfileLock,
  content: {
    recognises: /^(GEM|GIT|PATH|PLATFORMS|DEPENDENCIES|BUNDLED WITH|RUBY VERSION|PLUGIN SOURCE|CHECKSUMS)\s*$/m,
    expected: "a `GEM`, `PLATFORMS` or `DEPENDENCIES` section"
  }
};
function parseGemfileLock(text, file, options) {
  const out = new PackageCollector(file, "RubyGems");
  const { specs, direct } = readSections(splitLines(text), out);
  for (const spec of specs) {
    if (spec.section === "PATH") {
      checkLocalPath(spec.source ?? ".", { line: spec.line, column: 5 }, out, options);
      continue;
    }
    out.entries++;
    const location = out.at({ line: spec.line, column: 5 });
    const flags = direct.size > 0 ? { direct: direct.has(spec.name) } : {};
    if (spec.section === "GIT")
      out.addUnpinned(spec.name, spec.source ?? spec.version, "git", location, flags);
    else out.add(spec.name, withoutPlatform(spec.version), location, flags);
  }
  checkDependencies(specs, out);
  return out.finish();
}
function checkDependencies(specs, out) {
  const known = new Set(specs.map((spec) => spec.name));
  for (const spec of specs) {
    for (const { name, line } of spec.dependencies) {
      if (known.has(name) || name === "bundler") continue;
      const message = `${JSON.stringify(name)} is needed by ${spec.name}, but the lockfile lists no gem of that name: not read`;
      out.missing(name, message, { line, column: 7 });
    }
  }
}
function readSections(lines, out) {
  const specs = [];
  const direct = /* @__PURE__ */ new Set();
  let section = "";
  let remote;
  let revision;
  let current;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    if (/^\S/.test(raw)) {
      section = raw.trim();
      remote = revision = current = void 0;
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
    if (!["GEM", "GIT", "PATH", "PLUGIN SOURCE"].includes(section)) return;
    if (!/^( {2}| {4}| {6})\S/.test(raw)) {
      out.entries++;
      out.error(
        `a line of the specs not indented by 2, 4 or 6 spaces, as Bundler writes them: ${JSON.stringify(raw.trim())}`,
        "parse-error",
        { line }
      );
      return;
    }
    const dependency = /^ {6}(\S+)/.exec(raw);
    if (dependency) current?.dependencies.push({ name: dependency[1], line });
    if (!/^ {4}\S/.test(raw)) return;
    const spec = /^ {4}(\S+) \(([^)]+)\)$/.exec(raw);
    current = void 0;
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
    current = {
      name: spec[1],
      version: spec[2],
      line,
      section,
      source,
      dependencies: []
    };
    specs.push(current);
  });
  return { specs, direct };
}
function withoutPlatform(version) {
  const dash = version.indexOf("-");
  return dash === -1 ? version : version.slice(0, dash);
}

// src/deps/shared/quoted.ts
function closingQuote(text, start) {
  if (text.charCodeAt(start) !== QUOTE2) return void 0;
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH2) i++;
    else if (code === QUOTE2) return i;
  }
  return void 0;
}
var QUOTE2 = 34;
var BACKSLASH2 = 92;

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
    if (words === void 0) {
      problems.push({ line, message: "a quoted path is never closed: the line was not read" });
      return;
    }
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
  let i = 0;
  while (i < code.length) {
    if (isSpace2(code, i)) {
      i++;
      continue;
    }
    const close = closingQuoteOf(code, i);
    if (close !== void 0) {
      out.push(code.slice(i + 1, close));
      i = close + 1;
      continue;
    }
    if (code[i] === '"' || code[i] === "`") return void 0;
    let end = i;
    while (end < code.length && !isSpace2(code, end)) end++;
    out.push(code.slice(i, end));
    i = end;
  }
  return out;
}
function closingQuoteOf(code, start) {
  if (code[start] !== "`") return closingQuote(code, start);
  const close = code.indexOf("`", start + 1);
  return close === -1 ? void 0 : close;
}
function isSpace2(code, i) {
  return /\s/.test(code[i]);
}

// src/deps/gomod/index.ts
var goModParser = {
  id: "go/go-mod",
  ecosystem: "Go",
  ...namedFiles("go.mod"),
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
function parseGoMod(text, file, options) {
  const out = new PackageCollector(file, "Go");
  const { directives, problems } = readDirectives(text);
  for (const p of problems) out.error(p.message, "parse-error", { line: p.line });
  for (const d of directives.filter((d2) => !DIRECTIVES.has(d2.verb)))
    out.error(`unknown directive ${JSON.stringify(d.verb)}: not a go.mod line`, "parse-error", {
      line: d.line
    });
  const replacements = readReplacements(directives, out);
  for (const r of [...replacements.values()].flat())
    if (r.toVersion === void 0) checkLocalPath(r.to, { line: r.line }, out, options);
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
var TEST_CONFIGURATION = /^test|Test/;
var LOCK_NAMES = /* @__PURE__ */ new Set([
  "gradle.lockfile",
  "buildscript-gradle.lockfile",
  "settings-gradle.lockfile"
]);
var gradleLockParser = {
  id: "maven/gradle-lockfile",
  ecosystem: "Maven",
  matches: (path) => path.endsWith(".lockfile") && (LOCK_NAMES.has(baseName(path)) || dirName(path).endsWith("gradle/dependency-locks")),
  parse: parseGradleLock,
  content: {
    recognises: /^empty=|^[^#\s:=]+:[^:\s=]+:[^=\s]+=/m,
    expected: "`group:artifact:version=configurations` lines",
    mayBeEmpty: true
  }
};
var DYNAMIC_VERSION = /\+$|^latest\.|^[[(\]]|,/;
function parseGradleLock(text, file) {
  const out = new PackageCollector(file, "Maven");
  const fileConfiguration = dirName(file).endsWith("dependency-locks") ? baseName(file).replace(/\.lockfile$/, "") : void 0;
  linesEndingAt(/\r/, text).forEach(({ text: raw, line: at }) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("empty=")) return;
    out.entries++;
    const match = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?::[^=\s]+)?(?:=(.*))?$/.exec(line);
    if (!match) {
      out.error(
        `expected "group:artifact:version=configurations", found ${JSON.stringify(line)}`,
        "parse-error",
        { line: at }
      );
      return;
    }
    const version = match[3];
    if (DYNAMIC_VERSION.test(version)) {
      const message = `${JSON.stringify(version)} is a dynamic version, not the resolved one Gradle locks: not read`;
      out.error(message, "parse-error", { line: at });
      return;
    }
    const configurations = (match[4] ?? fileConfiguration ?? "").split(",").filter((c) => c !== "");
    const dev = configurations.length > 0 && configurations.every((c) => TEST_CONFIGURATION.test(c));
    out.add(`${match[1]}:${match[2]}`, version, out.at({ line: at }), { dev });
  });
  return out.finish();
}

// src/deps/nuget/index.ts
var nugetLockParser = {
  id: "nuget/packages-lock",
  ecosystem: "NuGet",
  ...namedFiles("packages.lock.json"),
  parse: parseNugetLock,
  content: { recognises: /"dependencies"\s*:/, expected: 'a "dependencies" map' }
};
function parseNugetLock(text, file) {
  const opened = openJsonLockfile(text, file, "NuGet");
  if (!opened.lock) return opened.result;
  const { lock, out } = opened;
  if (lock["version"] !== 1 && lock["version"] !== 2) {
    out.warn(
      `packages.lock.json version ${JSON.stringify(lock["version"])} is not one this scanner knows (1 or 2)`,
      "unsupported-version",
      new JsonKeyLocator(text).next("version", false)
    );
  }
  const locator = new JsonKeyLocator(text);
  const sectionAt = locator.next("dependencies");
  for (const [framework, raw] of Object.entries(
    tableSection(lock, "dependencies", out, sectionIn(text, "dependencies"))
  )) {
    const frameworkAt = locator.next(framework, asObject(raw) !== void 0) ?? sectionAt;
    const packages = asObject(raw);
    if (!packages) {
      out.error(`the ${framework} target is not an object of packages`, "parse-error", frameworkAt);
      continue;
    }
    for (const [name, rawEntry] of Object.entries(packages)) {
      const entry = asObject(rawEntry);
      if (!entry) {
        out.skip(locator.next(name, false) ?? frameworkAt);
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
  const manifest = manifestObject(siblings);
  return manifest ? declaredDependencies(manifest) : void 0;
}
function resolutionNames(siblings) {
  const manifest = manifestObject(siblings);
  const names = Object.keys(asObject(manifest?.["resolutions"]) ?? {}).map(lastPackageOf);
  return new Set(names.filter((name) => name !== ""));
}
function manifestObject(siblings) {
  const text = siblings?.("package.json");
  const read = text === void 0 ? void 0 : readJson(text, "package.json");
  return read?.ok ? asObject(read.value) : void 0;
}
function lastPackageOf(pattern) {
  const parts = pattern.split("/");
  const last = parts.at(-1) ?? "";
  const before = parts.at(-2);
  const scoped = before?.startsWith("@") === true ? `${before}/${last}` : last;
  const at = scoped.indexOf("@", 1);
  return at === -1 ? scoped : scoped.slice(0, at);
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
var QUOTE3 = 34;
function locateKeyLines(text, from, fromLine, keys) {
  const firstBreak = text.indexOf("\n", from);
  if (firstBreak === -1 || keys.length === 0) return void 0;
  const indent = indentAt(text, firstBreak + 1);
  if (indent === 0 || text.charCodeAt(firstBreak + 1 + indent) !== QUOTE3) return void 0;
  const indentChar = text.charCodeAt(firstBreak + indent);
  const lines = new Int32Array(keys.length);
  let line = fromLine;
  let next = 0;
  let key = keys[0];
  let earlier;
  let nl = firstBreak;
  while (nl !== -1) {
    line++;
    const quote2 = nl + 1 + indent;
    const indented = text.charCodeAt(quote2 - 1) === indentChar;
    if (indented && text.charCodeAt(quote2) === QUOTE3) {
      const matched = next === keys.length ? -1 : text.charCodeAt(quote2 + 1 + key.length) === QUOTE3 && text.charCodeAt(quote2 + key.length) === key.charCodeAt(key.length - 1) && text.charCodeAt(quote2 + key.length - 1) === key.charCodeAt(key.length - 2) ? next : matchAhead(text, quote2 + 1, keys, next);
      if (matched !== -1) {
        lines[matched] = line;
        next = matched + 1;
        if (next < keys.length) key = keys[next];
      } else {
        earlier ??= new Map(keys.map((k, i) => [k, i]));
        const index = earlier.get(keyAt(text, quote2) ?? "");
        if (index !== void 0) lines[index] = line;
      }
    } else if (!indented && isContent(text.charCodeAt(nl + 1 + indentAt(text, nl + 1)))) {
      break;
    }
    nl = text.indexOf("\n", nl + 1);
  }
  return { lines, column: indent + 1 };
}
function keyAt(text, quote2) {
  const end = text.indexOf('"', quote2 + 1);
  if (end === -1) return void 0;
  const raw = text.slice(quote2, end + 1);
  if (!raw.includes("\\")) return raw.slice(1, -1);
  const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(quote2, quote2 + 4096));
  try {
    return match ? JSON.parse(match[0]) : void 0;
  } catch {
    return void 0;
  }
}
function isContent(code) {
  return code !== 32 && code !== 9 && code !== 10 && code !== 13 && !Number.isNaN(code);
}
function matchAhead(text, at, keys, expected) {
  const last = Math.min(keys.length, expected + LOOKAHEAD);
  for (let i = expected; i < last; i++) {
    const key = keys[i];
    if (text.startsWith(key, at) && text.charCodeAt(at + key.length) === QUOTE3) return i;
  }
  return -1;
}
function indentAt(text, lineStart) {
  let i = lineStart;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i - lineStart;
}

// src/deps/shared/tarball.ts
function otherTarballPackage(name, version, resolved, location, out) {
  if (resolved === void 0 || servesClaimed(resolved, name, version)) return void 0;
  const served = tarballPackage(resolved);
  if (!served) return void 0;
  if (served === "unknown") {
    out.error(
      `resolved to a registry tarball whose package and version cannot be told from its URL, not ${name}@${version}`,
      "tarball-mismatch",
      location
    );
    return void 0;
  }
  if (served.name === name && bare(served.version) === bare(version)) return void 0;
  out.error(
    `resolved to the registry tarball of ${served.name}@${served.version}, not ${name}@${version}: both are checked`,
    "tarball-mismatch",
    location
  );
  return served;
}
function servesClaimed(url, name, version) {
  const slash = name.lastIndexOf("/");
  const unscopedLength = name.length - slash - 1;
  const length = 1 + name.length + 3 + unscopedLength + 1 + version.length + 4;
  const at = url.length - length;
  if (at < 0 || !plainUrl(url)) return false;
  const fileAt = at + 1 + name.length + 3;
  const plain = url.charCodeAt(at) === SLASH && url.startsWith(name, at + 1) && url.startsWith("/-/", at + 1 + name.length) && sameAt(url, fileAt, name, slash + 1) && url.charCodeAt(fileAt + unscopedLength) === DASH && url.startsWith(version, fileAt + unscopedLength + 1) && url.endsWith(".tgz");
  if (!plain) return false;
  return slash !== -1 || url.charCodeAt(url.lastIndexOf("/", at - 1) + 1) !== AT;
}
function plainUrl(url) {
  return (url.startsWith("https://") || url.startsWith("http://")) && !url.includes("?") && !url.includes("#") && !url.includes("%");
}
function sameAt(url, at, text, from) {
  for (let i = from; i < text.length; i++)
    if (url.charCodeAt(at + i - from) !== text.charCodeAt(i)) return false;
  return true;
}
var SLASH = 47;
var DASH = 45;
var AT = 64;
function tarballPackage(url) {
  const clean = url.replace(/[?#].*$/, "");
  const dash = clean.lastIndexOf("/-/");
  if (dash === -1 || !/^https?:\/\//.test(clean)) return void 0;
  const path = clean.slice(0, dash).split("/");
  const last = decoded(path[path.length - 1] ?? "");
  const scope = decoded(path[path.length - 2] ?? "");
  const name = !last.includes("/") && scope.startsWith("@") ? `${scope}/${last}` : last;
  const unscoped = name.slice(name.lastIndexOf("/") + 1);
  const file = decoded(
    clean.slice(dash + 3).split("/").pop() ?? ""
  );
  if (unscoped === "" || !file.startsWith(`${unscoped}-`) || !file.endsWith(".tgz"))
    return "unknown";
  const version = file.slice(unscoped.length + 1, -".tgz".length);
  return version === "" ? "unknown" : { name, version };
}
function decoded(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function bare(version) {
  return version.replace(/^v/, "").replace(/\+.*$/, "");
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
      if (nm !== -1) out.skip(locate(i, key));
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
    const resolved = entry["resolved"];
    if (typeof resolved === "string" && resolved.startsWith("file:"))
      checkLink(resolved.slice("file:".length), lockfileDir(out), location, out, options);
  }
  checkInstalled(packages, keys, locate, out);
}
var INSTALLED_SECTIONS = ["dependencies", "devDependencies"];
function checkInstalled(packages, keys, locate, out) {
  const found = installedFinder(packages);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key.startsWith("..")) continue;
    const entry = asObject(packages[key]);
    if (!entry || entry["link"] === true) continue;
    const project = !key.startsWith(NODE_MODULES) && !key.includes(NESTED_NODE_MODULES);
    const sections = project ? INSTALLED_SECTIONS : ["dependencies"];
    for (const section of sections) {
      const declared = asObject(entry[section]);
      for (const name in declared) {
        if (found(key, name)) continue;
        const path = key === "" ? NODE_MODULES + name : `${key}/${NODE_MODULES}${name}`;
        const message = `${JSON.stringify(name)} is needed here, but the lockfile has no \`${path}\` entry (nor one above it): not read`;
        out.missing(path, message, locate(i, key));
      }
    }
  }
}
function installedFinder(packages) {
  const hoisted = /* @__PURE__ */ new Map();
  return (key, name) => {
    let atTop = hoisted.get(name);
    if (atTop === void 0) {
      atTop = Object.hasOwn(packages, NODE_MODULES + name);
      hoisted.set(name, atTop);
    }
    return atTop || installedFrom(packages, key, name);
  };
}
function installedFrom(packages, key, name) {
  let folder = key;
  for (; ; ) {
    const path = folder === "" ? NODE_MODULES + name : `${folder}/${NODE_MODULES}${name}`;
    if (Object.hasOwn(packages, path)) return true;
    if (folder === "") return false;
    const up = folder.lastIndexOf(NESTED_NODE_MODULES);
    folder = up === -1 ? "" : folder.slice(0, up);
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
    const claimedName = alias?.name ?? name;
    const claimed = alias?.version ?? version;
    out.addCopy(claimedName, claimed, location, direct, dev);
    const served = otherTarballPackage(claimedName, claimed, resolved, location, out);
    if (served) out.addCopy(served.name, served.version, location, direct, dev);
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
        out.skip(locator.next(key, false) ?? parentPos);
        continue;
      }
      const pos = locator.next(key) ?? parentPos;
      readEntry5(key, entry, depth, pos);
      const nested = asObject(entry["dependencies"]);
      if (nested) walk(nested, depth + 1, pos);
      else if (entry["dependencies"] !== void 0) {
        const message = `the \`dependencies\` of ${JSON.stringify(key)} are not an object of packages: not read`;
        out.error(message, "parse-error", pos);
      }
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
    const name = alias?.name ?? key;
    const claimed = alias?.version ?? version;
    out.addCopy(name, claimed, location, flags.direct, flags.dev);
    const resolved = asText(entry["resolved"]);
    const served = otherTarballPackage(name, claimed, resolved, location, out);
    if (served) out.addCopy(served.name, served.version, location, flags.direct, flags.dev);
  }
}

// src/deps/package-lock/index.ts
var SKELETON_KEYS = /* @__PURE__ */ new Set(["name", "version", "lockfileVersion", "requires"]);
var packageLockParser = {
  id: "npm/package-lock",
  ecosystem: "npm",
  ...namedFiles("package-lock.json", "npm-shrinkwrap.json"),
  parse: parsePackageLock,
  content: {
    recognises: /"(lockfileVersion|packages|dependencies)"\s*:/,
    expected: 'a "lockfileVersion" and "packages"'
  }
};
function parsePackageLock(text, file, options) {
  const opened = openJsonLockfile(text, file, "npm");
  if (!opened.lock) return opened.result;
  const { lock, out } = opened;
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
function devGroupNames(siblings) {
  const text = siblings?.("pyproject.toml");
  const read = text === void 0 ? void 0 : readToml(text, "pyproject.toml");
  if (!read?.ok) return void 0;
  const pdm = asObject(asObject(read.value["tool"])?.["pdm"]);
  const out = /* @__PURE__ */ new Set();
  addKeys(out, pdm?.["dev-dependencies"]);
  addKeys(out, read.value["dependency-groups"]);
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
var pipfileLockParser = {
  id: "pypi/pipfile-lock",
  ecosystem: "PyPI",
  ...namedFiles("Pipfile.lock"),
  parse: parsePipfileLock,
  // The sibling Pipfile, read for direct and dev flags, is TOML.
  load: loadTomlReader,
  content: {
    recognises: /"(_meta|default|develop)"\s*:/,
    expected: 'a "_meta", "default" or "develop" section'
  }
};
function parsePipfileLock(text, file, options) {
  const opened = openJsonLockfile(text, file, "PyPI");
  if (!opened.lock) return opened.result;
  const { lock, out } = opened;
  const spec = asObject(lock["_meta"])?.["pipfile-spec"];
  if (spec !== void 0 && spec !== 6) {
    out.warn(
      `pipfile-spec ${JSON.stringify(spec)} is not one this scanner knows (6)`,
      "unsupported-version",
      new JsonKeyLocator(text).next("pipfile-spec", false)
    );
  }
  for (const key of ["default", "develop"]) tableSection(lock, key, out, sectionIn(text, key));
  const declared = readPipfile(options?.siblings);
  const locator = new JsonKeyLocator(text);
  for (const section of Object.keys(lock).filter((key) => isCategory(lock, key))) {
    const sectionAt = locator.next(section);
    for (const [name, raw] of Object.entries(asObject(lock[section]) ?? {})) {
      const entry = asObject(raw);
      const pos = locator.next(name, entry !== void 0) ?? sectionAt;
      if (!entry) {
        out.skip(pos);
        continue;
      }
      out.entries++;
      const flags = flagsOf(pep503(name), section, declared);
      readEntry2(pep503(name), entry, out.at(pos), flags, out, options);
    }
  }
  return out.finish();
}
function readEntry2(name, entry, location, flags, out, options) {
  const source = nonRegistry(entry);
  const version = asText(entry["version"]);
  if (source) {
    const spec = asText(entry["git"]) ?? asText(entry["path"]) ?? asText(entry["file"]) ?? "";
    if (source === "path" || source === "editable" && !asText(entry["git"]))
      checkLocalPath(spec, location, out, options);
    out.addUnpinned(name, spec, source, location, flags);
  } else if (version?.startsWith("==")) {
    out.add(name, version.replace(/^===?/, "").trim(), location, flags);
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
function isCategory(lock, key) {
  return key !== "_meta" && asObject(lock[key]) !== void 0;
}
function flagsOf(name, section, declared) {
  if (section !== "default" && section !== "develop") return {};
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
  const code = /alias/i.test(errorMessage(err)) ? "document-too-complex" : "parse-error";
  return diagnostic(file, `cannot read YAML: ${firstLine(errorMessage(err))}`, code);
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}

// src/deps/pnpm/keys.ts
function parsePackageKey(key, style) {
  if (style === "v5") return parseV5Key(key);
  const bare2 = key.startsWith("/") ? key.slice(1) : key;
  return withoutUnderscorePeers(bare2) ?? splitAtVersion(withoutPeers(bare2));
}
function withoutUnderscorePeers(bare2) {
  const split = splitNameFromRange(withoutPeers(bare2));
  const underscore = split?.range.indexOf("_") ?? -1;
  if (!split || underscore === -1 || !/^\d/.test(split.range)) return void 0;
  return { name: split.name, version: split.range.slice(0, underscore) };
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
var SOURCE = /^[a-z][a-z0-9+.-]*:/i;
function dependencyTarget(name, ref, style) {
  if (ref.startsWith("link:")) return void 0;
  if (ref.startsWith("/") || style === "v5" && REGISTRY_HOST.test(ref))
    return parsePackageKey(ref, style);
  const bare2 = withoutPeers(ref);
  const code = bare2.charCodeAt(0);
  if (code >= 48 && code <= 57) return { name, version: bare2.split("_")[0] };
  if (SOURCE.test(bare2)) return { name, version: bare2 };
  return splitAtVersion(bare2);
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
var SECTIONS2 = [
  ["dependencies", "prod"],
  ["optionalDependencies", "prod"],
  ["devDependencies", "dev"]
];
function importerDependencies(lock, style) {
  const importers = asObject(lock["importers"]);
  const projects = importers ? Object.entries(importers).map(([key, project]) => [["importers", key], project]) : [[[], lock]];
  const out = [];
  for (const [at, project] of projects) {
    const sections = asObject(project);
    if (!sections) continue;
    for (const [section, kind] of SECTIONS2) {
      for (const [name, raw] of Object.entries(asObject(sections[section]) ?? {})) {
        const ref = asText(asObject(raw)?.["version"]) ?? asText(raw) ?? String(raw);
        const target = dependencyTarget(name, ref, style);
        if (target) out.push({ ...target, kind, path: [...at, section, name] });
      }
    }
  }
  return out;
}

// src/deps/pnpm/links.ts
var SECTIONS3 = ["dependencies", "optionalDependencies", "devDependencies"];
function checkImporterLinks(lock, doc, out, options) {
  const importers = asObject(lock["importers"]);
  const projects = importers ? Object.keys(importers).map((key) => [["importers", key], key]) : [[[], "."]];
  const root = lockfileDir(out);
  for (const [path, folder] of projects) {
    const project = path.length === 0 ? lock : asObject(importers?.[folder]);
    for (const section of SECTIONS3) {
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
  const packages = tableSection(lock, "packages", out, () => doc.positionOf(["packages"]));
  const roots = importerDependencies(lock, style);
  const direct = new Set(roots.map((r) => `${r.name}@${r.version}`));
  const graph = style === "v9" ? devOnlyPackages(asObject(lock["snapshots"]) ?? {}, roots, style) : void 0;
  const positions = doc.keyPositions(["packages"]);
  if (Object.keys(packages).length === 0) out.entries += roots.length;
  const listed = /* @__PURE__ */ new Set();
  let unreadable2 = 0;
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
      unreadable2++;
      continue;
    }
    const id = `${target.name}@${target.version}`;
    listed.add(id);
    const flags = { direct: direct.has(id), dev: devFlag(entry, id, graph) };
    const source = nonRegistrySource2(entry, target.version);
    if (source === "path") checkLocalResolution(entry, location, out, options);
    if (source === "skip") continue;
    if (source) out.addUnpinned(target.name, target.spec ?? target.version, source, location, flags);
    else {
      out.add(target.name, target.version, location, flags);
      const tarball = asText(asObject(entry["resolution"])?.["tarball"]);
      const served = otherTarballPackage(target.name, target.version, tarball, location, out);
      if (served) out.add(served.name, served.version, location, flags);
    }
  }
  if (Object.keys(packages).length === 0 || unreadable2 > 0) return;
  checkDeclared(roots, listed, doc, out);
  const graphSection = style === "v9" ? "snapshots" : "packages";
  checkInstalled2(asObject(lock[graphSection]) ?? {}, graphSection, style, listed, doc, out);
}
function checkInstalled2(graph, section, style, listed, doc, out) {
  const positions = doc.keyPositions([section]);
  for (const [key, raw] of Object.entries(graph)) {
    const own = parsePackageKey(key, style);
    if (!own) {
      if (section === "packages") continue;
      const message = `cannot read a package name and version from the snapshot ${JSON.stringify(key)}`;
      out.error(message, "parse-error", positions.get(key));
      continue;
    }
    const targets = [own, ...graphDependencies(asObject(raw) ?? {}, style)];
    for (const target of targets) {
      const id = target && `${target.name}@${target.version}`;
      if (!id || !/^\d/.test(target.version) || listed.has(id)) continue;
      const message = `${JSON.stringify(id)} is installed, but the lockfile has no \`packages\` entry for it: not read`;
      out.missing(id, message, positions.get(key));
    }
  }
}
function graphDependencies(entry, style) {
  return ["dependencies", "optionalDependencies"].flatMap(
    (section) => Object.entries(asObject(entry[section]) ?? {}).map(
      ([name, ref]) => dependencyTarget(name, asText(ref) ?? String(ref), style)
    )
  );
}
function checkDeclared(roots, listed, doc, out) {
  for (const root of roots) {
    const id = `${root.name}@${root.version}`;
    if (!/^\d/.test(root.version) || listed.has(id)) continue;
    const message = `${JSON.stringify(id)} is declared, but the lockfile has no \`packages\` entry for it: not read`;
    out.error(message, "parse-error", doc.positionOf(root.path));
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
  ...namedFiles("pnpm-lock.yaml"),
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
  ...namedFiles("poetry.lock"),
  parse: parsePoetryLock,
  load: loadTomlReader,
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
  const { tables: entries, positions } = arrayOfTables(read.value, text, "package", out);
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
    if (source?.reason === "path") checkLocalPath(source.spec, location, out, options);
    if (source) out.addUnpinned(name, source.spec, source.reason, location, flags);
    else out.add(name, version, location, flags);
  });
  checkNeededPackages(entries, positions, out, alwaysNeeded, pep503);
  return out.finish();
}
function alwaysNeeded(entry) {
  return Object.entries(asObject(entry["dependencies"]) ?? {}).filter(([, spec]) => alwaysInstalled(spec)).map(([name]) => ({ key: pep503(name), shown: name }));
}
function alwaysInstalled(spec) {
  if (typeof spec === "string") return true;
  if (Array.isArray(spec)) return spec.some(alwaysInstalled);
  const table = asObject(spec);
  if (!table) return false;
  if (table["optional"] === true) return false;
  return !["markers", "python", "platform"].some((key) => table[key] !== void 0);
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

// src/deps/pom/xml.ts
var reader;
async function loadXmlReader() {
  if (reader) return;
  const { XMLParser, XMLValidator } = await import("./chunk-VVTD7CH4.js");
  const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    // Entities are never expanded: a POM needs none, and expansion is how XML bombs work.
    processEntities: false,
    htmlEntities: false
  });
  reader ??= {
    parser,
    validator: XMLValidator,
    meta: XMLParser.getMetaDataSymbol()
  };
}
function loaded() {
  if (reader === void 0) throw new Error("the XML reader is not loaded");
  return reader;
}
function readXml(text, file) {
  const { parser, validator } = loaded();
  const valid = validator.validate(text);
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
    const message = errorMessage(err);
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
  return texts.length > 0 ? decodeReferences(texts.join("")).trim() : void 0;
}
var PREDEFINED = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
function decodeReferences(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|apos|quot);/g, (whole, ref) => {
    if (!ref.startsWith("#")) return PREDEFINED[ref];
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
  });
}
function childText(node, tag) {
  return textOf(childNamed(childrenOf(node), tag));
}
function startOf(node) {
  const meta = node[loaded().meta];
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
  ...namedFiles("pom.xml"),
  parse: parsePom,
  load: loadXmlReader,
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
  const scope = { properties, managed, lines, out };
  for (const dependency of elementsAt(project, ["dependencies", "dependency"]))
    readDependency(dependency, scope);
  for (const profile of elementsAt(project, ["profiles", "profile"])) {
    const inProfile = new Map([...properties, ...pomProperties(profile)]);
    const profileScope = {
      ...scope,
      properties: inProfile,
      managed: new Map([...managed, ...managedVersions(profile, inProfile)])
    };
    for (const dependency of elementsAt(profile, ["dependencies", "dependency"]))
      readDependency(dependency, profileScope);
  }
  return out.finish();
}
function readDependency(dependency, { properties, managed, lines, out }) {
  out.entries++;
  const location = out.at(lines.position(startOf(dependency) ?? 0));
  const group = expand(childText(dependency, "groupId") ?? "", properties);
  const artifact = expand(childText(dependency, "artifactId") ?? "", properties);
  const written2 = childText(dependency, "version");
  const flags = { direct: true, dev: childText(dependency, "scope") === "test" };
  if (!group || !artifact) {
    const name2 = `${childText(dependency, "groupId") ?? "?"}:${childText(dependency, "artifactId") ?? "?"}`;
    out.addUnpinned(name2, written2 ?? "", "unresolved", location, flags);
    return;
  }
  const name = `${group}:${artifact}`;
  const version = written2 === void 0 ? managed.get(name) : expand(written2, properties);
  const exact = version === void 0 ? void 0 : hardRequirement(version);
  if (version === void 0) {
    const spec = written2 ?? "version managed by a parent POM or BOM";
    out.addUnpinned(name, spec, "unresolved", location, flags);
  } else if (exact !== void 0) {
    out.add(name, exact, location, flags);
  } else if (/^[[(]/.test(version) || version.includes(",") || META_VERSIONS.has(version)) {
    out.addUnpinned(name, version, "range", location, flags);
  } else {
    out.add(name, version, location, flags);
  }
}
var META_VERSIONS = /* @__PURE__ */ new Set(["LATEST", "RELEASE"]);
function hardRequirement(version) {
  const bounds = /^\[([^,[\]()]+)(?:,([^,[\]()]+))?\]$/.exec(version);
  const low = bounds?.[1]?.trim();
  const high = bounds?.[2]?.trim() ?? low;
  return low && low === high ? low : void 0;
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
  ...namedFiles("uv.lock"),
  parse: parseUvLock,
  load: loadTomlReader,
  content: {
    recognises: /^version\s*=|^\[\[package\]\]/m,
    expected: "a `version` and `[[package]]` tables"
  }
};
function parseUvLock(text, file, options) {
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
  const { tables: entries, positions } = arrayOfTables(read.value, text, "package", out);
  const roles = dependencyRoles(entries);
  entries.forEach((entry, index) => {
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    const source = asObject(entry["source"]) ?? {};
    if (source["virtual"] !== void 0 || source["editable"] !== void 0) {
      const member = asText(source["virtual"]) ?? asText(source["editable"]);
      if (member !== void 0) checkLocalPath(member, location, out, options);
      else
        out.error(
          "`source` names a project member without a path (expected a string)",
          "parse-error",
          location
        );
      return;
    }
    out.entries++;
    const version = asText(entry["version"]);
    if (!rawName) {
      out.error("a [[package]] entry without a name", "parse-error", location);
      return;
    }
    const name = pep503(rawName);
    const flags = flagsOf3(name, roles);
    const nonRegistry3 = sourceKind2(source);
    if (nonRegistry3?.reason === "path") checkLocalPath(nonRegistry3.spec, location, out, options);
    if (nonRegistry3) out.addUnpinned(name, nonRegistry3.spec, nonRegistry3.reason, location, flags);
    else if (version) out.add(name, version, location, flags);
    else out.addUnpinned(name, "", "unresolved", location, flags);
  });
  checkNeededPackages(entries, positions, out, packageDependencies, pep503);
  return out.finish();
}
function packageDependencies(entry) {
  return dependencyTables(entry).flatMap((dep) => {
    const name = asText(dep["name"]);
    if (name === void 0) return [];
    const version = asText(dep["version"]);
    const key = version === void 0 ? pep503(name) : `${pep503(name)} ${version}`;
    return [{ key, shown: key }];
  });
}
function dependencyTables(entry) {
  const lists = [entry["dependencies"]];
  for (const key of ["optional-dependencies", "dev-dependencies"])
    lists.push(...Object.values(asObject(entry[key]) ?? {}));
  return lists.flatMap((list) => Array.isArray(list) ? list : []).map((dep) => asObject(dep)).filter((dep) => dep !== void 0);
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

// src/deps/shared/reachable.ts
function reachable2(roots, next) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const node = queue.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    for (const after of next(node)) if (!seen.has(after)) queue.push(after);
  }
  return seen;
}

// src/deps/bun/graph.ts
var INSTALLED = ["dependencies", "optionalDependencies", "peerDependencies"];
function productionKeys(packages, workspaces) {
  const roots = [];
  for (const [path, raw] of Object.entries(workspaces)) {
    const workspace = asObject(raw) ?? {};
    const from = path === "" ? "" : asText(workspace["name"]) ?? "";
    for (const name of installedNames(workspace)) {
      const key = resolve(packages, from, name);
      if (key !== void 0) roots.push(key);
    }
  }
  return reachable2(roots, (key) => {
    const info = infoOf(packages[key]);
    return installedNames(info).flatMap((name) => resolve(packages, key, name) ?? []);
  });
}
function installedNames(sections) {
  return INSTALLED.flatMap((section) => Object.keys(asObject(sections[section]) ?? {}));
}
function infoOf(entry) {
  if (!Array.isArray(entry)) return {};
  for (const item of entry.slice(1)) {
    const info = asObject(item);
    if (info) return info;
  }
  return {};
}
function resolve(packages, from, name) {
  for (let path = from; ; path = parentPath(path)) {
    const key = path === "" ? name : `${path}/${name}`;
    if (Object.hasOwn(packages, key)) return key;
    if (path === "") return void 0;
  }
}
function parentPath(path) {
  const parts = path.split("/");
  const names = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    names.push(part.startsWith("@") && i + 1 < parts.length ? `${part}/${parts[++i]}` : part);
  }
  return names.slice(0, -1).join("/");
}

// src/deps/bun/index.ts
var bunLockParser = {
  id: "npm/bun-lock",
  ecosystem: "npm",
  ...namedFiles("bun.lock"),
  parse: parseBunLock,
  content: { recognises: /"lockfileVersion"\s*:/, expected: 'a "lockfileVersion"' }
};
var DEPENDENCY_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"];
function parseBunLock(text, file, options) {
  const opened = openJsonLockfile(withoutTrailingCommas(text), file, "npm");
  if (!opened.lock) return opened.result;
  const { lock, out } = opened;
  const packages = tableSection(lock, "packages", out, sectionIn(text, "packages"));
  const keys = Object.keys(packages);
  const lineOf = keyLines(text, keys, out);
  const workspaces = asObject(lock["workspaces"]) ?? {};
  const declared = declaredByWorkspaces(workspaces);
  const production = productionKeys(packages, workspaces);
  keys.forEach((key, index) => {
    out.entries++;
    const at = { line: lineOf(index), column: 5 };
    const ident = Array.isArray(packages[key]) ? asText(packages[key][0]) : void 0;
    const resolved = ident === void 0 ? void 0 : splitAtVersion(ident);
    if (!resolved) {
      out.error(`cannot read a "name@version" for ${JSON.stringify(key)}`, "parse-error", at);
      return;
    }
    const declaredFlags = declared.get(key) ?? { direct: false };
    const shared = declaredFlags.dev === true && production.has(key);
    readPackage(resolved, at, shared ? { direct: true, dev: false } : declaredFlags, out, options);
  });
  if (keys.length > 0) checkDeclared2(text, workspaces, new Set(keys), out);
  return out.finish();
}
var INSTALLED_SECTIONS2 = ["dependencies", "devDependencies"];
function checkDeclared2(text, workspaces, keys, out) {
  const nested = new Set([...keys].map((key) => key.slice(key.lastIndexOf("/") + 1)));
  const lines = new LineIndex(text);
  const from = text.search(/"workspaces"\s*:/);
  for (const workspace of Object.values(workspaces)) {
    const sections = asObject(workspace) ?? {};
    for (const section of INSTALLED_SECTIONS2) {
      for (const name of Object.keys(asObject(sections[section]) ?? {})) {
        if (keys.has(name) || nestedUnder(keys, nested, name)) continue;
        const at = text.indexOf(JSON.stringify(name), Math.max(from, 0));
        const message = `${JSON.stringify(name)} is declared, but the lockfile has no \`packages\` entry for it: not read`;
        out.error(message, "parse-error", at === -1 ? void 0 : lines.position(at));
      }
    }
  }
}
function nestedUnder(keys, lastParts, name) {
  const last = name.slice(name.lastIndexOf("/") + 1);
  if (!lastParts.has(last)) return false;
  for (const key of keys) if (key.endsWith(`/${name}`)) return true;
  return false;
}
function readPackage({ name, version }, at, flags, out, options) {
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
  const kept = [];
  let from = 0;
  let i = 0;
  const drop = (start, end) => {
    kept.push(text.slice(from, start));
    from = end;
    return end;
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE4) i = stringEnd(text, i);
    else if (code === SLASH2 && text.charCodeAt(i + 1) === SLASH2) {
      const newline = text.indexOf("\n", i);
      i = drop(i, newline === -1 ? text.length : newline);
    } else if (code === SLASH2 && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf("*/", i + 2);
      i = close === -1 ? i + 1 : drop(i, close + 2);
    } else if (code === COMMA && closesAfter(text, i + 1)) i = drop(i, i + 1);
    else i++;
  }
  kept.push(text.slice(from));
  return kept.join("");
}
var QUOTE4 = 34;
var COMMA = 44;
var SLASH2 = 47;
var STAR = 42;
var BACKSLASH3 = 92;
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH3) {
      if (/[\n\r\u2028\u2029]/.test(text[i + 1] ?? "")) break;
      i++;
    } else if (code === QUOTE4) return i + 1;
  }
  return start + 1;
}
function closesAfter(text, from) {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i] === "}" || text[i] === "]";
}

// src/deps/bun-lockb/index.ts
var bunLockbParser = {
  id: "npm/bun-lockb",
  ecosystem: "npm",
  ...namedFiles("bun.lockb"),
  binary: true,
  parse: notReadable,
  // Never consulted: every parse is an error. Bun's header, for what the format looks like.
  content: {
    recognises: /^#!\/usr\/bin\/env bun\nbun-lockfile-format-v\d+\n/,
    expected: "Bun's header"
  }
};
var WHY = "Bun's binary lockfile cannot be read, so the dependencies it locks were not checked. To have them checked, write the text lockfile `bun.lock` with `bun install --save-text-lockfile --frozen-lockfile --lockfile-only` (Bun 1.1.39 or later; Bun 1.2 and later write `bun.lock` by default), commit `bun.lock` and delete `bun.lockb`";
function notReadable(_text, file) {
  return failed(diagnostic(file, WHY, "binary-lockfile"));
}

// src/deps/pdm/index.ts
var pdmLockParser = {
  id: "pypi/pdm-lock",
  ecosystem: "PyPI",
  ...namedFiles("pdm.lock"),
  parse: parsePdmLock,
  load: loadTomlReader,
  content: {
    recognises: /^\[\[package\]\]|^\[metadata\]/m,
    expected: "a `[metadata]` or `[[package]]` table"
  }
};
function parsePdmLock(text, file, options) {
  const read = readToml(text, file);
  if (!read.ok) return failed(read.diagnostic);
  const out = new PackageCollector(file, "PyPI");
  const devGroups = devGroupNames(options?.siblings);
  const { tables: entries, positions } = arrayOfTables(read.value, text, "package", out);
  entries.forEach((entry, index) => {
    out.entries++;
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    if (!rawName) return out.error("a [[package]] entry without a name", "parse-error", location);
    const name = pep503(rawName);
    const flags = groupFlags(entry["groups"], devGroups);
    const source = sourceOf2(entry);
    const version = asText(entry["version"]);
    if (source?.reason === "path" || source?.reason === "editable")
      checkLocalPath(source.spec, location, out, options);
    if (source) out.addUnpinned(name, source.spec, source.reason, location, flags);
    else if (version) out.add(name, version, location, flags);
    else out.addUnpinned(name, "", "unresolved", location, flags);
  });
  checkNeededPackages(entries, positions, out, alwaysNeeded2, pep503);
  return out.finish();
}
function alwaysNeeded2(entry) {
  const deps = Array.isArray(entry["dependencies"]) ? entry["dependencies"] : [];
  return deps.flatMap((dep) => {
    const name = typeof dep === "string" ? alwaysInstalled2(dep) : void 0;
    return name === void 0 ? [] : [{ key: pep503(name), shown: name }];
  });
}
function alwaysInstalled2(requirement) {
  if (requirement.includes(";")) return void 0;
  return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement)?.[1];
}
function groupFlags(groups, devGroups) {
  if (!Array.isArray(groups)) return {};
  if (groups.includes("default")) return { dev: false };
  if (!devGroups || groups.length === 0) return {};
  return { dev: groups.every((group) => typeof group === "string" && devGroups.has(pep503(group))) };
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
var PYLOCK_FILE = /(?:^|\/)pylock\.([^./]+\.)?toml$/;
var pylockParser = {
  id: "pypi/pylock",
  ecosystem: "PyPI",
  matches: (path) => PYLOCK_FILE.test(path),
  parse: parsePylock,
  load: loadTomlReader,
  content: {
    recognises: /^lock-version\s*=|^\[\[packages\]\]/m,
    expected: "a `lock-version` and `[[packages]]` tables"
  }
};
function parsePylock(text, file, options) {
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
  const { tables: entries, positions } = arrayOfTables(read.value, text, "packages", out);
  entries.forEach((entry, index) => {
    out.entries++;
    const location = out.at(positions[index]);
    const rawName = asText(entry["name"]);
    if (!rawName) return out.error("a [[packages]] entry without a name", "parse-error", location);
    const name = pep503(rawName);
    const source = sourceOf3(entry);
    const version = asText(entry["version"]);
    if (source?.reason === "path" || source?.reason === "editable")
      checkLocalPath(source.spec, location, out, options);
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
function manifestFlags(descriptors, manifest, normalise = (range) => range) {
  if (!manifest) return {};
  for (const descriptor of descriptors) {
    const split = splitNameFromRange(descriptor);
    const declared = split ? manifest.get(split.name) : void 0;
    if (split && declared && normalise(declared.range) === split.range) {
      return { direct: true, dev: declared.dev };
    }
  }
  return { direct: false };
}
function productionEntries(nodes, manifest, normalise = (range) => range, moreRoots = []) {
  const byDescriptor = /* @__PURE__ */ new Map();
  for (const node of nodes) for (const d of node.descriptors) byDescriptor.set(d, node);
  const roots = [];
  const add = (descriptor) => {
    const node = byDescriptor.get(descriptor);
    if (node) roots.push(node);
  };
  for (const [name, declared] of manifest ?? []) {
    if (!declared.dev) add(`${name}@${normalise(declared.range)}`);
  }
  moreRoots.forEach(add);
  return reachable2(
    roots,
    (node) => node.dependencies.flatMap((d) => {
      const found = byDescriptor.get(d);
      return found ? [found] : [];
    })
  );
}
function entryFlagsFor(node, flags, production) {
  return flags.dev === true && production.has(node) ? { ...flags, dev: false } : flags;
}

// src/deps/yarn/berry.ts
var KNOWN_VERSIONS = /* @__PURE__ */ new Set([4, 5, 6, 7, 8, 9, 10]);
function parseBerryLock(text, file, options) {
  const out = new PackageCollector(file, "npm");
  const read = readYamlDocuments(text, file);
  out.diagnostics.push(...read.diagnostics);
  const documents = read.documents.filter((doc) => asObject(doc.data) !== void 0);
  const first = documents[0];
  if (!first) return out.finish();
  if (documents.length > 1) {
    out.warn(
      `the lockfile holds ${documents.length} YAML documents; reading the packages of each`,
      "multi-document"
    );
  }
  checkVersion(asObject(first.data) ?? {}, first.positionOf(["__metadata"]), out);
  const manifest = readNpmManifest(options?.siblings);
  for (const doc of documents) readDocument2(doc, out, manifest, options);
  return out.finish();
}
function readDocument2(doc, out, manifest, options) {
  const lock = asObject(doc.data) ?? {};
  const positions = doc.keyPositions([]);
  const at = (key) => out.at(positions.get(key));
  const root = lockfileDir(out);
  const workspaceDescriptors = new Set(descriptorsOfWorkspaces(lock));
  const nodes = lockNodes(lock);
  const production = productionEntries(
    [...nodes.values()],
    manifest,
    withProtocol,
    descriptorsOfWorkspaces(lock, true)
  );
  for (const [key, raw] of Object.entries(lock)) {
    const entry = asObject(raw);
    if (key === "__metadata") continue;
    if (!entry) {
      out.skip(at(key));
      continue;
    }
    const resolution = asText(entry["resolution"]) ?? "";
    const local = localTarget(resolution);
    if (local) checkLink(local.path, joinPath(root, local.workspace) ?? root, at(key), out, options);
    if (isProjectCode(resolution)) continue;
    out.entries++;
    const node = nodes.get(key);
    const flags = entryFlags(node.descriptors, workspaceDescriptors, manifest);
    readEntry3(resolution, out, at(key), entryFlagsFor(node, flags, production));
  }
  checkNeeded(nodes, at, out);
}
function checkNeeded(nodes, at, out) {
  const names = /* @__PURE__ */ new Set();
  for (const node of nodes.values()) for (const d of node.descriptors) names.add(nameOf(d));
  for (const [key, node] of nodes) {
    for (const needed of node.dependencies) {
      const name = nameOf(needed);
      if (names.has(name)) continue;
      const message = `${JSON.stringify(name)} is needed here, but the lockfile has no entry for it: not read`;
      out.missing(name, message, at(key));
    }
  }
}
function nameOf(descriptor) {
  return splitNameFromRange(descriptor)?.name ?? descriptor;
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
  if (!target || target.kind === "npm" && target.version === "") {
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
function localTarget(resolution) {
  const range = splitNameFromRange(resolution)?.range ?? "";
  const protocol = /^(link|portal|file):/.exec(range);
  if (!protocol) return void 0;
  const [spec = "", params = ""] = range.slice(protocol[0].length).split("::");
  const locator = new URLSearchParams(params).get("locator");
  const from = locator === null ? void 0 : splitNameFromRange(locator)?.range;
  if (from !== void 0 && !from.startsWith("workspace:")) return void 0;
  const workspace = from?.slice("workspace:".length) ?? ".";
  return { path: spec.split("#")[0], workspace };
}
function isProjectCode(resolution) {
  const range = splitNameFromRange(resolution)?.range ?? "";
  return /^(workspace:|link:|portal:)/.test(range);
}
function descriptorsOfWorkspaces(lock, nestedOnly = false) {
  const out = [];
  for (const raw of Object.values(lock)) {
    const entry = asObject(raw);
    const resolution = asText(entry?.["resolution"]);
    if (!entry || !resolution?.includes("@workspace:")) continue;
    if (nestedOnly && resolution.endsWith("@workspace:.")) continue;
    out.push(...dependencyDescriptors(entry));
  }
  return out;
}
function dependencyDescriptors(entry) {
  const deps = [asObject(entry["dependencies"]), asObject(entry["optionalDependencies"])];
  return deps.flatMap(
    (section) => Object.entries(section ?? {}).map(([name, range]) => `${name}@${withProtocol(String(range))}`)
  );
}
function lockNodes(lock) {
  const nodes = /* @__PURE__ */ new Map();
  for (const [key, raw] of Object.entries(lock)) {
    const entry = asObject(raw);
    if (!entry || key === "__metadata") continue;
    const descriptors = key.split(/,\s*/).map((d) => d.trim());
    nodes.set(key, { descriptors, dependencies: dependencyDescriptors(entry) });
  }
  return nodes;
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
var INSTALLED_LISTS = /* @__PURE__ */ new Set(["dependencies", "optionalDependencies"]);
function parseClassicLock(text, file, options) {
  const out = new PackageCollector(file, "npm");
  const manifest = readNpmManifest(options?.siblings);
  const entries = readEntries(yarnLines(text), out);
  const production = productionEntries(entries, manifest);
  for (const entry of entries) {
    out.entries++;
    const flags = entryFlagsFor(entry, manifestFlags(entry.descriptors, manifest), production);
    readEntry4(entry, out, flags, options);
  }
  checkNeeded2(entries, out, resolutionNames(options?.siblings));
  return out.finish();
}
function checkNeeded2(entries, out, pinned) {
  const known = new Set(entries.flatMap((entry) => entry.descriptors));
  const names = new Set([...known].map((d) => descriptorOf(d)?.name));
  for (const entry of entries) {
    for (const needed of entry.dependencies) {
      if (known.has(needed)) continue;
      const name = descriptorOf(needed)?.name ?? needed;
      if (known.has(name) || pinned.has(name) && names.has(name)) continue;
      const message = `${JSON.stringify(needed)} is needed here, but the lockfile has no entry for it: not read`;
      out.missing(needed, message, { line: entry.line });
    }
  }
}
function yarnLines(text) {
  const out = [];
  splitLines(text).forEach((physical, index) => {
    const line = index + 1;
    if (!physical.includes("\r") || physical.trimStart().startsWith("#")) {
      out.push({ raw: physical, line });
      return;
    }
    const [first = "", ...after] = physical.split("\r");
    out.push({ raw: first, line });
    for (const part of after.map((p) => p.replace(/^ +/, ""))) {
      if (part.startsWith("#")) break;
      out.push({ raw: part, line });
    }
  });
  return out;
}
function readEntries(lines, out) {
  const entries = [];
  let current;
  let skipping = false;
  lines.forEach(({ raw, line }) => {
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
      const descriptors = splitDescriptors(header);
      current = { descriptors, line, fields: /* @__PURE__ */ new Map(), dependencies: [] };
      entries.push(current);
    } else if (current) {
      readIndented(raw, indent, current, line, out);
    } else if (!skipping) {
      out.error("indented line outside of any entry", "parse-error", { line, column: indent + 1 });
      skipping = true;
    }
  });
  return entries;
}
function readIndented(raw, indent, entry, line, out) {
  const text = raw.trim();
  if (raw.slice(0, indent).includes("	") || indent !== 2 && indent !== 4) {
    const message = `line indented by ${JSON.stringify(raw.slice(0, indent))}: yarn.lock fields are indented by two spaces, list items by four; not read`;
    out.error(message, "parse-error", { line });
    return;
  }
  if (indent === 2) {
    const field = readField(raw.trimEnd(), indent);
    entry.list = field ? void 0 : listName(text);
    if (field) readFieldValue(field, entry, line, out);
    else if (entry.list === void 0) {
      const message = `expected a field (\`key "value"\`) or a list (\`key:\`), found ${shown(text)}; not read`;
      out.error(message, "parse-error", { line });
    }
    return;
  }
  readListItem(raw.trimEnd(), entry, line, out);
}
function shown(text) {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}\u2026` : text);
}
function readListItem(raw, entry, line, out) {
  if (entry.list === void 0) {
    out.error("list item outside of a list (`dependencies:`); not read", "parse-error", { line });
    return;
  }
  const field = readField(raw, 4);
  const name = field && quoted(field[0]);
  const range = field && quoted(field[1]);
  if (name === void 0 || range === void 0 || name === "") {
    const message = `cannot read a dependency (\`name "range"\`) from ${shown(raw.trim())}`;
    out.error(message, "parse-error", { line });
    return;
  }
  if (INSTALLED_LISTS.has(entry.list)) entry.dependencies.push(`${name}@${range}`);
}
function readFieldValue([rawKey, rawValue], entry, line, out) {
  const key = quoted(rawKey);
  const value = quoted(rawValue);
  if (key === void 0 || value === void 0) {
    const broken = key === void 0 ? rawKey : rawValue;
    out.error(`${JSON.stringify(broken)} is not a valid quoted string`, "parse-error", { line });
    return;
  }
  entry.fields.set(key, value);
}
function listName(line) {
  const name = unquote(line.endsWith(":") ? line.slice(0, -1) : "");
  return name === "" ? void 0 : name;
}
function quoted(value) {
  if (!value.startsWith('"')) return value;
  try {
    const text = JSON.parse(value);
    return typeof text === "string" ? text : void 0;
  } catch {
    return void 0;
  }
}
function readField(raw, indent) {
  const quote2 = closingQuote(raw, indent);
  const field = quote2 === void 0 ? void 0 : fieldEndingAt(raw, indent, quote2 + 1);
  return field ?? fieldEndingAt(raw, indent, plainEnd(raw, indent));
}
function fieldEndingAt(raw, indent, end) {
  if (end === indent) return void 0;
  const rest = raw.slice(raw.charCodeAt(end) === COLON2 ? end + 1 : end);
  const value = rest.trimStart();
  if (value.length === rest.length) return void 0;
  return [raw.slice(indent, end), value];
}
var COLON2 = 58;
function plainEnd(raw, start) {
  let i = start;
  while (i < raw.length && raw.charCodeAt(i) !== COLON2 && !/\s/.test(raw[i])) i++;
  return i;
}
function readEntry4(entry, out, flags, options) {
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
  const local = /^(file|link):/.exec(first.range);
  if (local) checkLink(first.range.slice(local[0].length), lockfileDir(out), location, out, options);
  if (source) {
    out.addUnpinned(name, resolved ?? first.range, source, location, flags);
  } else if (version === void 0 || version === "") {
    out.addUnpinned(name, first.range, "unresolved", location, flags);
  } else {
    out.add(name, version, location, flags);
    const served = otherTarballPackage(name, version, resolved, location, out);
    if (served) out.add(served.name, served.version, location, flags);
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
  ...namedFiles("yarn.lock"),
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
  bunLockbParser,
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
  const named = BY_NAME.get(baseName(path));
  if (named) return named;
  for (const parser of BY_PATTERN) if (parser.matches(path)) return parser;
  return void 0;
}
var BY_NAME = new Map(LOCKFILE_PARSERS.flatMap((p) => (p.names ?? []).map((name) => [name, p])));
var BY_PATTERN = LOCKFILE_PARSERS.filter((p) => !p.names);
async function loadParsersFor(files) {
  const parsers = new Set(files.map(parserFor));
  await Promise.all([...parsers].map((parser) => parser?.load?.()));
}
function parseLockfile(file, text, options) {
  const parser = parserFor(file);
  if (!parser) {
    return failed2(file, "not a lockfile or manifest this scanner reads", "unsupported-file");
  }
  if (parser.binary) return parser.parse("", file, options);
  if (text.includes("\0")) {
    return failed2(
      file,
      "the file is not UTF-8 text (UTF-16?); it was not read",
      "unsupported-encoding"
    );
  }
  try {
    return boundedMessages(checkContent(parser, text, file, parser.parse(text, file, options)));
  } catch (err) {
    const message = errorMessage(err);
    return failed2(file, `could not be read (${parser.id}): ${message}`, "parse-error");
  }
}
function isBinaryLockfile(file) {
  return parserFor(file)?.binary === true;
}
function selectLockfiles(paths) {
  let found = selected.get(paths);
  if (!found) selected.set(paths, found = lockfilesAmong(paths));
  return [...found];
}
var selected = /* @__PURE__ */ new WeakMap();
function lockfilesAmong(paths) {
  const shrinkwrapDirs = foldersHolding(paths, "npm-shrinkwrap.json");
  const bunLockDirs = foldersHolding(paths, "bun.lock");
  return paths.filter((path) => {
    if (!parserFor(path)) return false;
    if (isNamed(path, "package-lock.json")) return !shrinkwrapDirs.has(dirName(path));
    if (isNamed(path, "bun.lockb")) return !bunLockDirs.has(dirName(path));
    return true;
  });
}
function foldersHolding(paths, name) {
  return new Set(paths.filter((p) => isNamed(p, name)).map((p) => dirName(p)));
}
function isNamed(path, name) {
  return path.endsWith(name) && (path.length === name.length || path[path.length - name.length - 1] === "/");
}
function checkContent(parser, text, file, result) {
  const found = result.packages.length > 0 || result.unpinned.length > 0;
  if (found || result.diagnostics.some((d) => d.severity === "error")) return result;
  const { recognises, expected, mayBeEmpty } = parser.content;
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
var MAX_MESSAGE = 500;
function boundedMessages(result) {
  if (result.diagnostics.every((d) => d.message.length <= MAX_MESSAGE)) return result;
  const diagnostics = result.diagnostics.map(
    (d) => d.message.length <= MAX_MESSAGE ? d : { ...d, message: cut(d.message) }
  );
  return { ...result, diagnostics };
}
function cut(message) {
  const end = MAX_MESSAGE - 1;
  const code = message.charCodeAt(end - 1);
  return `${message.slice(0, code >= 55296 && code <= 56319 ? end - 1 : end)}\u2026`;
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
  loadParsersFor,
  parseLockfile,
  isBinaryLockfile,
  selectLockfiles
};
