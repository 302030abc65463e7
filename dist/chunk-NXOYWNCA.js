import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  includedFiles,
  isBinaryLockfile,
  loadParsersFor,
  parseLockfile,
  parserFor,
  selectLockfiles
} from "./chunk-7R77QNO6.js";
import {
  isLfsPointer
} from "./chunk-KAT2RU3A.js";
import {
  confinePath
} from "./chunk-BGWANNZY.js";
import {
  comparatorFor,
  osvVersion
} from "./chunk-HWCTCYKZ.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";

// src/core/lockfiles.ts
import { posix } from "node:path";

// src/deps/unpinned.ts
var NOT_LOOKED_UP = /* @__PURE__ */ new Set(["git", "url", "range", "unresolved"]);
function notLookedUp(ref) {
  if (NOT_LOOKED_UP.has(ref.reason)) return true;
  return ref.reason === "editable" && /^[a-z][a-z0-9+.-]*:\/\//i.test(ref.spec) && !/^file:/i.test(ref.spec);
}
var WHY = {
  git: "from git",
  url: "from a URL",
  range: "a range",
  unresolved: "no resolved version",
  path: "a local path",
  editable: "an editable install"
};
var LISTED = 5;
var SPEC_CHARS = 80;
function unpinnedNotes(unpinned) {
  const byFile = /* @__PURE__ */ new Map();
  for (const ref of unpinned) {
    if (!notLookedUp(ref)) continue;
    const list = byFile.get(ref.location.file);
    if (list) list.push(ref);
    else byFile.set(ref.location.file, [ref]);
  }
  return [...byFile].map(([file, refs]) => {
    const first = refs[0];
    const listed = refs.slice(0, LISTED).map(describe).join(", ");
    const more = refs.length > LISTED ? ` and ${refs.length - LISTED} more` : "";
    const count = refs.length === 1 ? "1 dependency has" : `${refs.length} dependencies have`;
    const message = `${count} no registry version, so ${refs.length === 1 ? "it was" : "they were"} not looked up for vulnerabilities: ${listed}${more}`;
    return diagnostic(file, message, "dependency-not-looked-up", first.location, "warning");
  });
}
function describe(ref) {
  const spec = ref.spec.length > SPEC_CHARS ? `${ref.spec.slice(0, SPEC_CHARS)}\u2026` : ref.spec;
  const what = spec === "" ? WHY[ref.reason] : `${WHY[ref.reason]}: ${spec}`;
  return `${ref.name} (${what}, line ${ref.location.line})`;
}

// src/core/package-versions.ts
function invalidVersions(packages) {
  const out = [];
  for (const pkg of packages) {
    if (comparatorFor(pkg.ecosystem)?.isValid(osvVersion(pkg)) !== false) continue;
    const shown = pkg.version.length > 80 ? `${pkg.version.slice(0, 80)}\u2026` : pkg.version;
    const message = `\`${pkg.name}\` is pinned to ${JSON.stringify(shown)}, which is not a ${pkg.ecosystem} version: it cannot be checked against vulnerable ranges`;
    out.push(diagnostic(pkg.location.file, message, "invalid-version", pkg.location, "error"));
  }
  return out;
}

// src/core/lockfiles.ts
var SIBLING_MANIFESTS = ["package.json", "composer.json", "pyproject.toml", "Pipfile"];
async function readLockfiles(source, only) {
  const all = await source.list();
  const everyLockfile = selectLockfiles(all);
  const lockfiles = only ? everyLockfile.filter((f) => only.has(f)) : everyLockfile;
  const texts = await readAll(source, [
    ...lockfiles.filter((f) => !isBinaryLockfile(f)),
    ...siblingsOf(lockfiles, new Set(all))
  ]);
  await readIncludes(source, lockfiles, texts);
  await loadParsersFor(lockfiles);
  const out = { packages: /* @__PURE__ */ new Map(), diagnostics: [], unreadable: [] };
  const once = new Once(new Set(everyLockfile));
  const repoHas = pathsAndFolders(all);
  for (const file of lockfiles) {
    const text = isBinaryLockfile(file) ? "" : texts.get(file);
    const problem = typeof text === "string" ? lfsPointerIn(file, text) : text;
    if (problem || typeof text !== "string") {
      out.diagnostics.push(problem ?? text);
      out.unreadable.push(file);
      continue;
    }
    const dir = posix.dirname(file);
    const result = parseLockfile(file, text, {
      siblings: (name) => asText(texts.get(posix.join(dir, name))),
      readRepoFile: (path) => {
        const safe = confinePath(path);
        return safe === void 0 ? void 0 : asRepoFile(texts.get(safe));
      },
      repoHas: (path) => repoHas.has(path)
    });
    out.packages.set(file, once.packages(file, result.packages));
    const notes = unpinnedNotes(result.unpinned);
    const found = [...result.diagnostics, ...invalidVersions(result.packages), ...notes];
    out.diagnostics.push(...once.diagnostics(file, found));
    if (result.diagnostics.some((d) => d.severity === "error" && d.file === file))
      out.unreadable.push(file);
  }
  return out;
}
function lfsPointerIn(file, text) {
  if (!isLfsPointer(text)) return void 0;
  const why = "is a Git LFS pointer, not the lockfile itself: check out LFS files (actions/checkout needs `lfs: true`) to have it checked";
  return diagnostic(file, why, "lfs-pointer");
}
var MAX_INCLUDE_ROUNDS = 17;
async function readIncludes(source, lockfiles, texts) {
  let wanted = lockfiles.filter(isRequirements);
  for (let round = 0; round < MAX_INCLUDE_ROUNDS && wanted.length > 0; round++) {
    const next = /* @__PURE__ */ new Set();
    for (const file of wanted) {
      const text = texts.get(file);
      if (typeof text !== "string") continue;
      for (const target of includedFiles(text, file)) if (!texts.has(target)) next.add(target);
    }
    for (const path of next) {
      const r = await source.read(path);
      texts.set(path, "text" in r ? r.text : r.diagnostic);
    }
    wanted = [...next];
  }
}
function isRequirements(file) {
  return parserFor(file)?.id === "pypi/requirements";
}
var Once = class {
  constructor(scannedOnTheirOwn) {
    this.scannedOnTheirOwn = scannedOnTheirOwn;
  }
  scannedOnTheirOwn;
  seenPackages = /* @__PURE__ */ new Map();
  seenProblems = /* @__PURE__ */ new Set();
  packages(file, packages) {
    if (!isRequirements(file)) return packages;
    return packages.filter((p) => {
      const from = p.location.file;
      if (from !== file && this.scannedOnTheirOwn.has(from)) return false;
      const key = `${from}:${p.location.line}:${p.name}@${p.version}`;
      const seen = this.seenPackages.get(key);
      if (seen === void 0) {
        this.seenPackages.set(key, p);
        return true;
      }
      if (seen.dev === true && p.dev !== true) seen.dev = p.dev;
      return false;
    });
  }
  diagnostics(file, diagnostics) {
    return diagnostics.filter((d) => {
      if (d.file !== file && this.scannedOnTheirOwn.has(d.file)) return false;
      return this.first(this.seenProblems, `${d.file}:${d.line}:${d.code}:${d.message}`);
    });
  }
  first(seen, key) {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }
};
function pathsAndFolders(files) {
  const out = /* @__PURE__ */ new Set([""]);
  for (const file of files) {
    out.add(file);
    for (let slash = file.lastIndexOf("/"); slash > 0; slash = file.lastIndexOf("/", slash - 1)) {
      const folder = file.slice(0, slash);
      if (out.has(folder)) break;
      out.add(folder);
    }
  }
  return out;
}
function siblingsOf(lockfiles, present) {
  const dirs = new Set(lockfiles.map((f) => posix.dirname(f)));
  return [...dirs].flatMap((d) => SIBLING_MANIFESTS.map((n) => d === "." ? n : `${d}/${n}`)).filter((p) => present.has(p));
}
async function readAll(source, paths) {
  const out = /* @__PURE__ */ new Map();
  for (const path of new Set(paths)) {
    const r = await source.read(path);
    out.set(path, "text" in r ? r.text : r.diagnostic);
  }
  return out;
}
function asRepoFile(v) {
  if (v === void 0 || typeof v === "string") return v;
  return v.code === "not-found" ? void 0 : { problem: v.message };
}
function asText(v) {
  return typeof v === "string" ? v : void 0;
}

export {
  readLockfiles
};
