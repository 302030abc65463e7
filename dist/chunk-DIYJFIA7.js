import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  includedFiles,
  isBinaryLockfile,
  loadParsersFor,
  parseLockfile,
  parserFor,
  selectLockfiles
} from "./chunk-CKHYKXQL.js";
import {
  isLfsPointer
} from "./chunk-WFFRVG3Z.js";
import {
  confinePath
} from "./chunk-R3PD77ZX.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";

// src/core/lockfiles.ts
import { posix } from "node:path";
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
    out.diagnostics.push(...once.diagnostics(file, result.diagnostics));
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
  seenPackages = /* @__PURE__ */ new Set();
  seenProblems = /* @__PURE__ */ new Set();
  packages(file, packages) {
    if (!isRequirements(file)) return packages;
    return packages.filter((p) => {
      const from = p.location.file;
      if (from !== file && this.scannedOnTheirOwn.has(from)) return false;
      return this.first(this.seenPackages, `${from}:${p.location.line}:${p.name}@${p.version}`);
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
