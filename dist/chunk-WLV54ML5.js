import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  dirOf,
  inSkippedDir,
  resolveInRepo
} from "./chunk-BGWANNZY.js";

// src/sources/installed-modules.ts
function isTerraformFile(path) {
  if (!path.endsWith(".tf") && !path.endsWith(".tf.json")) return false;
  return path[path.lastIndexOf("/") + 1] !== ".";
}
var AUTO_TFVARS = /(?:^|\/)(?:terraform|[^/]*\.auto)\.tfvars(?:\.json)?$/;
function isTfvars(path) {
  return path.endsWith(".tfvars") || path.endsWith(".tfvars.json");
}
function isAutoTfvars(path) {
  return (path.endsWith(".tfvars") || path.endsWith(".tfvars.json")) && AUTO_TFVARS.test(path);
}
var INSTALLED_MODULES = ".terraform/modules";
var MODULES_JSON = `${INSTALLED_MODULES}/modules.json`;
function modulesJsonPath(dir) {
  return dir === "" ? MODULES_JSON : `${dir}/${MODULES_JSON}`;
}
async function withInstalledModules(listed, readText, filesIn) {
  const roots = new Set(listed.filter(isTerraformFile).map(dirOf));
  const added = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const text = await readText(modulesJsonPath(root));
    for (const dir of namedDirs(root, text)) {
      for (const file of await filesIn(dir))
        if (isTerraformFile(file)) added.add(dir === "" ? file : `${dir}/${file}`);
    }
  }
  return added.size === 0 ? listed : [.../* @__PURE__ */ new Set([...listed, ...added])].sort();
}
function namedDirs(root, text) {
  if (text === void 0) return [];
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(manifest?.Modules)) return [];
  const out = /* @__PURE__ */ new Set();
  for (const m of manifest.Modules) {
    const dir = typeof m?.Dir === "string" ? resolveInRepo(root, m.Dir) : void 0;
    if (dir !== void 0 && dir !== "." && inSkippedDir(`${dir}/-`)) out.add(dir);
  }
  return [...out];
}
function filesDirectlyIn(paths, dir) {
  const prefix = `${dir}/`;
  return paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map((p) => p.slice(prefix.length));
}
function treeListing(all, excluded, read) {
  return withInstalledModules(
    all.filter((p) => !excluded(p) && !inSkippedDir(p)).sort(),
    async (path) => {
      const result = await read(path);
      return "text" in result ? result.text : void 0;
    },
    async (dir) => filesDirectlyIn(all, dir).filter((name) => !excluded(`${dir}/${name}`))
  );
}

export {
  isTerraformFile,
  isTfvars,
  isAutoTfvars,
  INSTALLED_MODULES,
  modulesJsonPath,
  withInstalledModules,
  filesDirectlyIn,
  treeListing
};
