import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  dirName,
  normalisePath,
  parserFor,
  selectLockfiles
} from "./chunk-7R77QNO6.js";
import {
  resolveInRepo
} from "./chunk-BGWANNZY.js";

// src/deps/link.ts
function nearestLockfiles(codeDir, lockfilePaths) {
  const start = normalisePath(codeDir);
  if (start === void 0) return [];
  const byDir = /* @__PURE__ */ new Map();
  for (const path of selectLockfiles(lockfilePaths)) {
    const ecosystem = parserFor(path)?.ecosystem;
    const dir = normalisePath(dirName(path));
    if (!ecosystem || dir === void 0) continue;
    byDir.set(dir, [...byDir.get(dir) ?? [], { path, ecosystem }]);
  }
  const found = /* @__PURE__ */ new Set();
  const out = [];
  for (let dir = start; dir !== void 0; dir = parentOf(dir)) {
    const here = byDir.get(dir) ?? [];
    for (const lock of here) if (!found.has(lock.ecosystem)) out.push(lock.path);
    for (const lock of here) found.add(lock.ecosystem);
  }
  return out;
}
function serviceOf(lockfilePath, serviceDirs) {
  const path = normalisePath(lockfilePath);
  if (path === void 0) return void 0;
  let best;
  for (const dir of serviceDirs) {
    const normal = normalisePath(dir);
    if (normal === void 0) continue;
    const inside = normal === "" || path.startsWith(`${normal}/`);
    const depth = normal === "" ? 0 : normal.split("/").length;
    if (inside && (!best || depth > best.depth)) best = { dir, depth };
  }
  return best?.dir;
}
function parentOf(dir) {
  if (dir === "") return void 0;
  return dirName(dir);
}

// src/paths/ships.ts
function linkedLockfiles(service, fn, lockfiles) {
  const written = typeof fn.codePath?.value === "string" ? fn.codePath.value : void 0;
  const code = written && resolveInRepo(service.dir, written)?.replace(/\/$/, "") || service.dir;
  return nearestLockfiles(code, lockfiles);
}
function shipsOf(lockfiles, index) {
  if (lockfiles.length === 0)
    return { known: false, lockfiles, reason: "no lockfile ships with its code" };
  if (!index || lockfiles.some((l) => !index.has(l)))
    return { known: false, lockfiles, reason: "vulnerabilities were not looked up" };
  return { known: true, lockfiles, vulnerable: lockfiles.flatMap((l) => index.get(l) ?? []) };
}
var LEVELS = ["critical", "high", "medium", "low", "none"];
function indexVulnerabilities(findings, lockfiles) {
  const out = new Map([...lockfiles].map((l) => [l, []]));
  for (const f of findings) {
    const worst = LEVELS.find((l) => f.vulnerabilities.some((v) => v.effectiveLevel === l)) ?? "none";
    const list = out.get(f.location.file) ?? [];
    list.push({
      ecosystem: f.package.ecosystem,
      name: f.package.name,
      version: f.package.version,
      lockfile: f.location.file,
      location: f.location,
      severity: worst,
      ids: f.vulnerabilities.map((v) => v.id),
      fixedIn: f.fix.fixedIn
    });
    out.set(f.location.file, list);
  }
  return out;
}
function packageKey(p) {
  return `${p.location.file}\0${p.ecosystem}\0${p.name}\0${p.version}`;
}

export {
  serviceOf,
  linkedLockfiles,
  shipsOf,
  indexVulnerabilities,
  packageKey
};
