import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  filesDirectlyIn,
  isTerraformFile,
  modulesJsonPath
} from "./chunk-WLV54ML5.js";
import {
  inSkippedDir,
  resolveInRepo
} from "./chunk-BGWANNZY.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import {
  errorMessage
} from "./chunk-G4PDCYJP.js";

// src/iac/terraform/model/registry/installed.ts
function manifestEntries(dir, text, prefix = "") {
  const file = modulesJsonPath(dir);
  const entries = [];
  const diagnostics = [];
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (err) {
    const why = errorMessage(err);
    return {
      entries,
      diagnostics: [diagnostic(file, `is not valid JSON: ${why}`, "invalid-modules-json")]
    };
  }
  if (!Array.isArray(manifest?.Modules)) {
    diagnostics.push(diagnostic(file, "has no `Modules` list", "invalid-modules-json"));
    return { entries, diagnostics };
  }
  for (const m of manifest.Modules) {
    if (typeof m?.Key !== "string" || m.Key === "") continue;
    const line = keyLine(text, m.Key);
    const installedDir = typeof m.Dir === "string" ? resolveInRepo(dir, m.Dir) : void 0;
    if (typeof m.Dir === "string" && installedDir === void 0) {
      if (isCallOf(prefix, m.Key))
        diagnostics.push(
          diagnostic(
            file,
            `module "${m.Key}" is installed outside the repository (${m.Dir}): it cannot be checked`,
            "module-outside-root",
            { line }
          )
        );
      continue;
    }
    if (typeof m.Source !== "string") continue;
    entries.push({
      key: m.Key,
      source: m.Source,
      line,
      ...installedDir !== void 0 ? { dir: installedDir === "." ? "" : installedDir } : {},
      ...typeof m.Version === "string" ? { version: m.Version } : {}
    });
  }
  return { entries, diagnostics };
}
function readModulesJson(dir, text, prefix = "") {
  const { entries, diagnostics } = manifestEntries(dir, text, prefix);
  const installed = /* @__PURE__ */ new Map();
  for (const { key, ...m } of entries)
    if (isCallOf(prefix, key)) installed.set(prefix === "" ? key : key.slice(prefix.length + 1), m);
  return { installed, diagnostics };
}
function isCallOf(prefix, key) {
  if (prefix === "") return !key.includes(".");
  return key.startsWith(`${prefix}.`) && !key.slice(prefix.length + 1).includes(".");
}
function keyLine(text, key) {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`"Key"\\s*:\\s*${quoted}`).exec(text);
  return found ? text.slice(0, found.index).split("\n").length : 1;
}

// src/iac/terraform/model/registry/sources.ts
var NAMES = "sqs|sns|s3-bucket|apigateway-v2|dynamodb-table";
var REGISTRY = new RegExp(`^(?:registry\\.terraform\\.io/)?terraform-aws-modules/(${NAMES})/aws$`);
var GITHUB = new RegExp(
  `github\\.com[/:]terraform-aws-modules/terraform-aws-(${NAMES})(?:\\.git)?$`
);
function knownModuleOf(source) {
  const base = moduleBase(source);
  const m = base === void 0 ? null : REGISTRY.exec(base) ?? GITHUB.exec(base);
  return m ? m[1] : void 0;
}
var LAMBDA_REGISTRY = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws$/;
var LAMBDA_GITHUB = /github\.com[/:]terraform-aws-modules\/terraform-aws-lambda(?:\.git)?$/;
function isLambdaModule(source) {
  const base = moduleBase(source);
  return base !== void 0 && (LAMBDA_REGISTRY.test(base) || LAMBDA_GITHUB.test(base));
}
function moduleBase(source) {
  const [base = ""] = source.replace(/^git::/, "").split("?");
  return base.replace(/^[a-z+]+:\/\//, "").includes("//") ? void 0 : base;
}

// src/iac/terraform/installed-folders.ts
async function installedFolders(terraform, files, readText) {
  const folders = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const root of [...terraform.keys()].sort()) {
    const manifest = modulesJsonPath(root);
    const text = await readText(manifest);
    if (text === void 0) continue;
    const { entries } = manifestEntries(root, text);
    const byKey = new Map(entries.map((e) => [e.key, e]));
    for (const e of entries) {
      if (e.dir === void 0 || folders.has(e.dir) || terraform.has(e.dir)) continue;
      if (modelledFromInputs(e.key, byKey) || isRepositoryFolder(e)) continue;
      const tf = filesDirectlyIn(files, e.dir).filter(isTerraformFile);
      if (tf.length === 0) {
        diagnostics.push(notInstalled(manifest, e));
        continue;
      }
      folders.set(e.dir, { dir: e.dir, files: tf.map((n) => `${e.dir}/${n}`), root, key: e.key });
    }
  }
  return { folders: [...folders.values()], diagnostics };
}
function modelledFromInputs(key, byKey) {
  const parts = key.split(".");
  return parts.some((_, i) => {
    const source = byKey.get(parts.slice(0, i + 1).join("."))?.source ?? "";
    return knownModuleOf(source) !== void 0 || isLambdaModule(source);
  });
}
function isRepositoryFolder(e) {
  return /^\.{1,2}[\\/]/.test(e.source) && !inSkippedDir(`${e.dir}/-`);
}
function notInstalled(manifest, e) {
  return diagnostic(
    manifest,
    `module "${e.key}" is listed as installed in ${e.dir}, but no Terraform file of that folder can be listed: run \`terraform init\` again`,
    "module-not-installed",
    { line: e.line }
  );
}

export {
  readModulesJson,
  knownModuleOf,
  isLambdaModule,
  installedFolders
};
