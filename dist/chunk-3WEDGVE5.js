import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  Converter,
  TOO_DEEP_MESSAGE,
  parseHcl
} from "./chunk-ZBLJTQBM.js";
import {
  terraformParser
} from "./chunk-BZZFPEL7.js";
import {
  installedFolders,
  isLambdaModule,
  knownModuleOf,
  readModulesJson
} from "./chunk-BR7PZRYD.js";
import {
  DEFAULT_LOAD_LIMITS,
  MAX_NESTING,
  OUT_OF_SCOPE_CODE,
  SAMCONFIG_NAMES,
  SERVERLESS_LIKE_NAME,
  discoverIac,
  exactName,
  includeKind,
  isServerlessFile,
  isTemplateByName,
  loadDocument,
  looksLikeJson,
  looksLikeServerlessService,
  looksLikeTemplate,
  nestingError,
  policyFilePath,
  readJsonChecked,
  repositoryPath,
  serverlessCodeFiles,
  templateFilePath
} from "./chunk-SSFE73ML.js";
import {
  endpointKey
} from "./chunk-KVYDHHJU.js";
import {
  isAutoTfvars,
  isTfvars,
  modulesJsonPath
} from "./chunk-WLV54ML5.js";
import {
  attrAt,
  attrFromEntry,
  attrFromValue,
  booleanAt,
  locOfEntry,
  numberAt,
  stringAt,
  stringList,
  stringListAt,
  writtenSub
} from "./chunk-UEE2SDQD.js";
import {
  LineIndex,
  asBoolean,
  asList,
  asString,
  display,
  dynamicReference,
  entry,
  get,
  getPath,
  isList,
  isMap,
  isScalar,
  isSymbolicValue,
  isTruthy,
  literal,
  membersOnce,
  readOnce,
  refsOf,
  relocate,
  relocated,
  render,
  toPlain,
  withEntries,
  withItems,
  withValue,
  writtenText
} from "./chunk-P4JAG5LX.js";
import {
  isLfsPointer,
  withoutBom
} from "./chunk-KAT2RU3A.js";
import {
  dirOf,
  isUrl,
  resolveInRepo
} from "./chunk-BGWANNZY.js";
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";
import {
  diagnostic,
  locationAt
} from "./chunk-X54H5DKA.js";
import {
  errorMessage
} from "./chunk-G4PDCYJP.js";

// src/sources/read-ahead.ts
function readAhead(source, order, window = 32) {
  const position = new Map(order.map((path2, i) => [path2, i]));
  const started = /* @__PURE__ */ new Map();
  let next = 0;
  return (path2) => {
    const at = position.get(path2);
    if (at === void 0) return source.read(path2);
    for (; next < order.length && next <= at + window; next++) {
      const ahead = order[next];
      const read2 = source.read(ahead);
      read2.catch(() => void 0);
      started.set(ahead, read2);
    }
    const read = started.get(path2) ?? source.read(path2);
    started.delete(path2);
    return read;
  };
}

// src/iac/parallel/pool.ts
import { Worker } from "node:worker_threads";
async function runInWorkers(script, shared, tasks, count) {
  const outcomes = tasks.map(() => void 0);
  let next = 0;
  let lastFailure = "no worker thread could be started";
  const drive = async () => {
    let worker;
    try {
      worker = new Worker(script, { workerData: shared });
      worker.on("error", () => void 0);
    } catch (err) {
      lastFailure = errorMessage(err);
      return;
    }
    try {
      while (next < tasks.length) {
        const index = next++;
        const outcome = await ask(worker, index, tasks[index]);
        outcomes[index] = outcome;
        if (!outcome.ok && outcome.fatal) {
          lastFailure = outcome.error;
          return;
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(count, tasks.length) }, drive));
  return outcomes.map((o) => o ?? { ok: false, error: lastFailure });
}
function ask(worker, index, task) {
  return new Promise((resolve) => {
    const done = (answer) => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(answer);
    };
    const onMessage = (reply) => {
      if (reply.index !== index) return;
      done(
        reply.ok ? { ok: true, value: reply.value } : { ok: false, error: reply.error ?? "failed", fatal: false }
      );
    };
    const onError = (err) => done({ ok: false, error: `worker thread failed: ${errorMessage(err)}`, fatal: true });
    const onExit = (code) => done({ ok: false, error: `worker thread exited with code ${code}`, fatal: true });
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    try {
      worker.postMessage({ index, task });
    } catch (err) {
      done({ ok: false, error: `task could not be sent: ${errorMessage(err)}`, fatal: true });
    }
  });
}
function serveTasks(port, run) {
  port.on("message", ({ index, task }) => {
    run(task).then((value) => port.postMessage({ index, ok: true, value })).catch((err) => port.postMessage({ index, ok: false, error: errorMessage(err) }));
  });
}

// src/sources/repo-reader.ts
function repoReaderFor(source) {
  let reader = readers.get(source);
  if (!reader) readers.set(source, reader = newReader(source));
  return reader;
}
var readers = /* @__PURE__ */ new WeakMap();
function newReader(source) {
  return {
    async readText(path2) {
      const result = await readOrFailure(source, path2);
      if ("diagnostic" in result) return void 0;
      return result.text;
    },
    async whyUnreadable(path2) {
      const result = await readOrFailure(source, path2);
      if ("text" in result || result.diagnostic.code === "not-found") return void 0;
      return result.diagnostic.message;
    }
  };
}
async function readOrFailure(source, path2) {
  try {
    return await source.read(path2);
  } catch (err) {
    const why = errorMessage(err);
    return { diagnostic: diagnostic(path2, `could not be read: ${why}`, "read-failed") };
  }
}
async function readOrWhy(repo, path2) {
  const text = await repo.readText(path2);
  if (text !== void 0) return { text };
  return { why: await repo.whyUnreadable?.(path2) };
}

// src/iac/parallel/build.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var MIN_UNITS_FOR_WORKERS = 200;
var MIN_CORES_FOR_WORKERS = 3;
var MAX_WORKERS = 8;
var UNITS_PER_TASK = 16;
async function modelInWorkers(source, units, files, options) {
  const locator = source.locator?.();
  const script = options.workerScript ?? bundledWorker();
  const count = workerCount(options.workers, units.length);
  if (!locator || !script || count < 2) return void 0;
  const tasks = [];
  for (let i = 0; i < units.length; i += UNITS_PER_TASK)
    tasks.push(units.slice(i, i + UNITS_PER_TASK));
  const setup = { locator, files };
  const outcomes = await runInWorkers(script, setup, tasks, count);
  return outcomes.flatMap((outcome, t) => {
    const held = tasks[t] ?? [];
    if (outcome.ok && outcome.value.length === held.length) return outcome.value;
    const why = outcome.ok ? "the worker thread answered for other files" : outcome.error;
    return held.map((unit) => workerFailure(unit, why));
  });
}
function workerFailure(unit, why) {
  const file = unit.kind === "template" ? unit.file : unit.dir || ".";
  return {
    services: [],
    diagnostics: [diagnostic(file, `could not be modelled: ${why}`, "internal-error")]
  };
}
function workerCount(requested, units, cores = availableParallelism()) {
  const asked = requested ?? workersFromEnvironment();
  if (asked !== void 0) return Math.min(Math.max(1, asked), MAX_WORKERS);
  if (units < MIN_UNITS_FOR_WORKERS || cores < MIN_CORES_FOR_WORKERS) return 1;
  return Math.min(cores, MAX_WORKERS);
}
function workersFromEnvironment() {
  const value = process.env.SERVERLESS_GATE_WORKERS?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : void 0;
}
function bundledWorker() {
  const script = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : void 0;
}

// src/iac/cloudformation/for-each.ts
var LOOP = "Fn::ForEach::";
function withLoopsUnrolled(template2) {
  if (unrolledAlready.has(template2)) return template2;
  const out = unrolled(template2);
  unrolledAlready.add(out);
  return out;
}
var unrolledAlready = /* @__PURE__ */ new WeakSet();
function unrolled(template2) {
  const e = template2.entries.get("Resources");
  if (!e || !mayHoldLoop(e.value)) return template2;
  const resources = loopSection(e.value) ?? e.value;
  if (!isMap(resources)) return template2;
  const members = /* @__PURE__ */ new Map();
  let changed = resources !== e.value;
  for (const [key, member] of resources.entries) {
    if (key.startsWith(LOOP) && unrollLoop(member.value, members)) changed = true;
    else members.set(key, member);
  }
  if (!changed) return template2;
  const entries = new Map(template2.entries);
  entries.set("Resources", withValue(e, withEntries(resources, members)));
  return withEntries(template2, entries);
}
function mayHoldLoop(section) {
  const written3 = writtenText(section);
  return written3 === void 0 || written3.includes(LOOP) || written3.includes("\\");
}
function loopSection(section) {
  if (section.kind !== "symbolic" || !section.fn.startsWith(LOOP) || !section.args) return void 0;
  const loop = { key: section.fn, keyLoc: section.loc, value: section.args };
  return { kind: "map", entries: /* @__PURE__ */ new Map([[section.fn, loop]]), loc: section.loc };
}
function unrollLoop(args, into) {
  if (!isList(args) || args.items.length !== 3) return false;
  const body = args.items[2];
  const resources = loopSection(body) ?? body;
  if (!isMap(resources)) return false;
  for (const [key, member] of resources.entries) {
    if (key.startsWith(LOOP) && unrollLoop(member.value, into)) continue;
    into.set(key, member);
  }
  return true;
}

// src/iac/sam/code-uri.ts
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["AWS::Serverless::Function", "AWS::Serverless::LayerVersion"]);
var BUILT_PACKAGE = /\.(zip|jar)$/i;
async function codeUriProblems(file, template2, files, whyUnreadable) {
  const exists = presence(files);
  const dir = dirOf(file);
  const out = [];
  for (const e of codeUris(template2)) {
    const written3 = isScalar(e.value) ? e.value.value : void 0;
    if (typeof written3 !== "string" || written3 === "" || isUrl(written3)) continue;
    const at = { line: e.keyLoc.line, column: e.keyLoc.column };
    const path2 = resolveInRepo(dir, written3);
    if (path2 === void 0) {
      const why2 = `${e.key} ${written3} is outside the repository: not read, so its code and lockfiles are not checked`;
      out.push(diagnostic(file, why2, "code-outside-repository", at));
      continue;
    }
    const bare = path2.replace(/\/$/, "");
    if (exists(bare)) continue;
    const refused = await whyUnreadable?.(bare);
    if (refused === void 0 && BUILT_PACKAGE.test(bare)) {
      out.push(builtPackage(file, e.key, written3, at));
      continue;
    }
    const why = refused === void 0 ? `${e.key} ${written3} is not in the repository: its code and lockfiles cannot be checked` : `${e.key} ${written3} cannot be read: ${refused}; its code and lockfiles are not checked`;
    out.push(
      diagnostic(
        file,
        why,
        refused === void 0 ? "unresolved-code-uri" : "unreadable-code-uri",
        at
      )
    );
  }
  return out;
}
function builtPackage(file, key, written3, at) {
  const why = `${key} ${written3} is a deployment package a build writes, not in the repository: not read; the function's dependencies are checked through the lockfiles of the folders above it`;
  return diagnostic(file, why, "built-code-uri", at, "warning");
}
function codeUris(template2) {
  const out = [];
  const global = entry(get(get(template2, "Globals"), "Function"), "CodeUri");
  if (global) out.push(global);
  const resources = get(template2, "Resources");
  if (!isMap(resources)) return out;
  for (const { value } of resources.entries.values()) {
    const type = get(value, "Type");
    if (!isScalar(type) || !FUNCTION_TYPES.has(String(type.value))) continue;
    const props = get(value, "Properties");
    const uri = entry(props, "CodeUri") ?? entry(props, "ContentUri");
    if (uri) out.push(uri);
  }
  return out;
}
var presenceByListing = /* @__PURE__ */ new WeakMap();
function presence(files) {
  let exists = presenceByListing.get(files);
  if (!exists) presenceByListing.set(files, exists = presenceIndex(files));
  return exists;
}
function presenceIndex(files) {
  const listed = new Set(files);
  const folders = /* @__PURE__ */ new Set([""]);
  for (const f of files)
    for (let i = f.indexOf("/"); i !== -1; i = f.indexOf("/", i + 1)) folders.add(f.slice(0, i));
  return (path2) => path2 === "." || listed.has(path2) || folders.has(path2);
}

// src/iac/cloudformation/nested-stacks.ts
var TEMPLATE_KEYS = {
  "AWS::CloudFormation::Stack": "TemplateURL",
  "AWS::Serverless::Application": "Location"
};
async function nestedStackProblems(file, resources, repo) {
  const dir = dirOf(file);
  const out = [];
  for (const e of nestedTemplates(resources)) {
    const written3 = isScalar(e.value) ? e.value.value : void 0;
    if (typeof written3 !== "string" || written3 === "" || /^[a-z][a-z0-9+.-]*:/i.test(written3))
      continue;
    const at = { line: e.keyLoc.line, column: e.keyLoc.column };
    const path2 = resolveInRepo(dir, written3);
    if (path2 === void 0) {
      const why = `${e.key} ${written3} is outside the repository: not read, so the resources of that nested stack are not checked`;
      out.push(diagnostic(file, why, "nested-stack-outside-repository", at));
      continue;
    }
    const { text, why: unreadable3 } = await readOrWhy(repo, path2);
    if (text === void 0 && unreadable3 === void 0) {
      const why = `${e.key} ${written3} is not in the repository: the resources of that nested stack cannot be checked`;
      out.push(diagnostic(file, why, "unresolved-nested-stack", at));
    } else if (unreadable3 !== void 0) {
      const why = `${e.key} ${written3} cannot be read (${unreadable3}): the resources of that nested stack are not checked`;
      out.push(diagnostic(file, why, "unreadable-nested-stack", at));
    } else if (discoverIac([path2]).templates.length === 0) {
      const why = `${e.key} ${written3} is not read as a template (only .yaml, .yml, .json and .template files outside tool folders are): the resources of that nested stack are not checked; give it one of those names`;
      out.push(diagnostic(file, why, "unchecked-nested-stack", at));
    }
  }
  return out;
}
function nestedTemplates(resources) {
  const out = [];
  for (const r of resources) {
    const key = ownValue(TEMPLATE_KEYS, r.type);
    const written3 = key === void 0 ? void 0 : entry(r.properties, key);
    if (written3) out.push(written3);
  }
  return out;
}

// src/iac/document/load-template.ts
function loadTemplateText(file, text) {
  if (looksLikeJson(text)) {
    const json = readJsonChecked(file, text, {
      maxDepth: DEFAULT_LOAD_LIMITS.maxDepth,
      nesting: MAX_NESTING
    });
    const deep = json === "too-nested" ? nestingError(file, text) : void 0;
    if (deep) return { file, diagnostics: [deep] };
    if (json !== void 0 && json !== "too-nested") return { file, value: json, diagnostics: [] };
  }
  const yaml11 = !readAsServerless(file, text);
  const broken = yaml11 ? yaml11Break(file, text) : void 0;
  if (broken) return { file, diagnostics: [broken] };
  return loadDocument(file, text, { ...DEFAULT_LOAD_LIMITS, yaml11Booleans: yaml11 });
}
function yaml11Break(file, text) {
  const at = text.search(YAML_11_BREAK);
  if (at < 0) return void 0;
  const name = YAML_11_BREAKS[text.charCodeAt(at)] ?? "";
  return diagnostic(
    file,
    `holds a ${name}, where YAML 1.1 readers (PyYAML, which SAM CLI and the AWS CLI deploy with) end a line and this reader does not: replace it with a line break or a space to have the file checked`,
    "parse-error",
    new LineIndex(text).position(at)
  );
}
var YAML_11_BREAK = /[\u0085\u2028\u2029]/;
var YAML_11_BREAKS = {
  133: "next-line character (U+0085)",
  8232: "Unicode line separator (U+2028)",
  8233: "Unicode paragraph separator (U+2029)"
};
function readAsServerless(file, text) {
  return isServerlessFile(file) || looksLikeServerlessService(file, text);
}

// src/iac/types.ts
function emptyService(id, name, format, dir, loc) {
  return {
    id,
    name,
    format,
    dir,
    files: [loc.file],
    functions: [],
    roles: [],
    policies: [],
    endpoints: [],
    permissions: [],
    resources: [],
    parameters: [],
    rawResources: [],
    loc
  };
}

// src/iac/shared/either-branch.ts
function eitherBranch(v) {
  if (v?.kind === "list") return withChoicesListed(v);
  const branches = v ? branchesOf(v) : void 0;
  if (!v || !branches) return v;
  if (branches.some((b) => b.kind === "map")) {
    return branches.every(isMap) ? mergedMaps(branches, v.loc) : v;
  }
  return {
    kind: "list",
    items: branches.flatMap((b) => b.kind === "list" ? b.items : [b]),
    loc: v.loc
  };
}
function withChoicesListed(list) {
  if (!list.items.some((i) => i.kind === "scalar" && i.choices)) return list;
  return { kind: "list", items: list.items.flatMap((i) => branchesOf(i) ?? [i]), loc: list.loc };
}
function branchesOf(v) {
  if (v.kind === "scalar" && v.choices)
    return v.choices.map((value) => ({ kind: "scalar", value, loc: v.loc }));
  return writtenBranches(v)?.flatMap((b) => branchesOf(b) ?? (isUnset(b) ? [] : [b]));
}
function writtenBranches(v) {
  if (v.kind !== "symbolic" || v.args?.kind !== "list") return void 0;
  if (v.fn === "Fn::If" && v.args.items.length === 3) return v.args.items.slice(1);
  if (v.fn === "conditional" && v.args.items.length === 2) return v.args.items;
  return void 0;
}
function hasBranches(v) {
  return v.kind === "scalar" ? v.choices !== void 0 : writtenBranches(v) !== void 0;
}
function openBranchAt(map, key, isOpen, unset) {
  const e = entry(map, key);
  const written3 = attrFromEntry("string", e);
  if (!e || !hasBranches(e.value)) return written3;
  const branches = literalBranches(e.value)?.map((b) => b ?? unset);
  if (!branches) return written3;
  const open = branches.findIndex(isOpen);
  const value = branches[open >= 0 ? open : 0];
  return value === void 0 ? written3 : { value, loc: written3?.loc ?? locOfEntry(e) };
}
function literalBranches(v, anyScalar = false) {
  if (v.kind === "scalar" && v.choices)
    return v.choices.map((b) => b === null ? void 0 : String(b));
  if (isUnset(v)) return [void 0];
  if (v.kind === "scalar") {
    if (typeof v.value === "string") return [v.value];
    return anyScalar ? [String(v.value)] : void 0;
  }
  const written3 = writtenBranches(v);
  if (!written3) return void 0;
  const out = [];
  for (const b of written3) {
    const inner = literalBranches(b, anyScalar);
    if (!inner) return void 0;
    out.push(...inner);
  }
  return out;
}
function isUnset(v) {
  if (v.kind === "scalar") return v.value === null;
  return v.kind === "symbolic" && v.fn === "Ref" && v.args?.kind === "scalar" && v.args.value === "AWS::NoValue";
}
function mergedMaps(maps, loc) {
  const entries = /* @__PURE__ */ new Map();
  for (const m of maps) {
    if (!isMap(m)) continue;
    for (const [key, e] of m.entries) {
      const before = entries.get(key);
      const value = before ? { kind: "list", items: [...asList(before.value), ...asList(e.value)], loc: e.value.loc } : e.value;
      entries.set(key, { key, keyLoc: e.keyLoc, value });
    }
  }
  return { kind: "map", entries, loc };
}

// src/iac/cloudformation/common.ts
function entryAt(v, path2) {
  if (path2.length === 0) return void 0;
  return entry(getPath(v, path2.slice(0, -1)), path2[path2.length - 1]);
}
var stringAtPath = (v, path2) => attrFromEntry("string", entryAt(v, path2));
var booleanAtPath = (v, path2) => attrFromEntry("boolean", entryAt(v, path2));
function environmentFrom(variables, sharedKeys) {
  if (!isMap(variables)) return [];
  const out = [];
  for (const e of variables.entries.values()) {
    const v = e.value;
    if (v.kind !== "scalar" && v.kind !== "symbolic") continue;
    const loc = locOfEntry(e);
    out.push({
      name: e.key,
      value: { value: v.kind === "scalar" ? v.value : v, loc },
      origin: sharedKeys.has(e.keyLoc) ? "shared" : "function",
      loc
    });
  }
  return out;
}
function vpcFrom(e) {
  if (!e) return void 0;
  return {
    subnetIds: stringListAt(e.value, "SubnetIds"),
    securityGroupIds: stringListAt(e.value, "SecurityGroupIds"),
    loc: locOfEntry(e)
  };
}
function corsFrom(e) {
  if (!e || !isMap(e.value)) return void 0;
  return {
    // Origins behind `Fn::If` are each allowed when the condition goes their way.
    allowOrigins: stringList(eitherBranch(get(e.value, "AllowOrigins"))),
    allowMethods: stringListAt(e.value, "AllowMethods"),
    allowHeaders: stringListAt(e.value, "AllowHeaders"),
    allowCredentials: booleanAt(e.value, "AllowCredentials"),
    loc: locOfEntry(e)
  };
}
function authFrom(type, table, authorizer) {
  if (!type) return { type: "none" };
  if (typeof type.value !== "string") {
    return { type: "unknown", loc: type.loc, symbolic: type.value, authorizer };
  }
  return { type: ownValue(table, type.value.toUpperCase()) ?? "unknown", loc: type.loc, authorizer };
}
function addTrigger(fn, trigger) {
  if (!fn) return;
  const same = fn.triggers.some(
    (t) => t.kind === trigger.kind && t.endpointId === trigger.endpointId && t.loc === trigger.loc
  );
  if (!same) fn.triggers.push(trigger);
}
function derived(value, loc) {
  return { value, loc };
}
function authSettingAt(map, key) {
  return openBranchAt(map, key, (b) => b === void 0 || b.toUpperCase() === "NONE", "NONE");
}
function principalAt(map, key) {
  return openBranchAt(map, key, (b) => b === "*");
}
function aclAt(map, key) {
  return openBranchAt(
    map,
    key,
    (b) => /^(publicread|publicreadwrite|authenticatedread)$/i.test(b?.replace(/-/g, "") ?? "")
  );
}
function blockSettingAt(map, key) {
  const written3 = booleanAt(map, key);
  const v = get(map, key);
  if (!written3 || !v || !hasBranches(v)) return written3;
  const branches = literalBranches(v, true)?.map(
    (b) => b === void 0 ? false : asBoolean({ kind: "scalar", value: b, loc: written3.loc })
  );
  if (!branches || branches.includes(void 0)) return written3;
  return { value: !branches.includes(false), loc: written3.loc };
}

// src/iac/shared/policy-document.ts
function policyDocumentFrom(v, loc) {
  if (!v) return void 0;
  const where = loc ?? v.loc;
  if (v.kind === "symbolic") return { statements: [], symbolic: v, loc: where };
  if (v.kind === "list") return { statements: statementsFrom(v), loc: where };
  if (!isMap(v)) return void 0;
  const statement = get(v, "Statement");
  if (statement?.kind === "symbolic") return { statements: [], symbolic: statement, loc: where };
  return { statements: statementsFrom(statement), loc: where };
}
function statementsFrom(v) {
  return asList(v).filter(isMap).map(statementFrom);
}
function statementFrom(s) {
  const effect = effectAt(s);
  const condition = get(s, "Condition");
  return {
    sid: stringAt(s, "Sid")?.value,
    effect,
    actions: eitherListAt(s, "Action"),
    notActions: eitherListAt(s, "NotAction"),
    resources: eitherListAt(s, "Resource"),
    notResources: eitherListAt(s, "NotResource"),
    principals: principalsFrom(eitherBranch(entry(s, "Principal")?.value)),
    notPrincipals: principalsFrom(eitherBranch(entry(s, "NotPrincipal")?.value)),
    condition,
    loc: s.loc
  };
}
function eitherListAt(s, key) {
  const e = entry(s, key);
  return e ? stringList(eitherBranch(e.value)) : stringListAt(s, key);
}
function effectAt(s) {
  const written3 = stringAt(s, "Effect") ?? { value: "Allow", loc: s.loc };
  const raw = get(s, "Effect");
  const branches = raw && branchesOf(raw);
  if (!branches) return written3;
  const allows = branches?.some((b) => b.kind === "scalar" && b.value === "Allow");
  const literal2 = branches?.every((b) => b.kind === "scalar" && typeof b.value === "string");
  if (!literal2) return written3;
  return { value: allows ? "Allow" : "Deny", loc: written3.loc };
}
function allowStatement(loc, actions, resources = [], principals = []) {
  return {
    effect: { value: "Allow", loc },
    actions: actions.map((value) => ({ value, loc })),
    notActions: [],
    resources,
    notResources: [],
    principals,
    notPrincipals: [],
    loc
  };
}
function accountPrincipal(value) {
  return { type: value.value === "*" ? "*" : "AWS", value };
}
function principalsFrom(v) {
  if (!v) return [];
  if (v.kind === "scalar" || v.kind === "symbolic") {
    return stringList(v).map((value) => ({ type: "*", value }));
  }
  if (v.kind === "list") return v.items.flatMap(principalsFrom);
  if (!isMap(v)) return [];
  const out = [];
  for (const e of v.entries.values()) {
    for (const value of stringList(eitherBranch(e.value)))
      out.push({ type: e.key, value: { ...value, loc: value.loc ?? locOfEntry(e) } });
  }
  return out;
}

// src/iac/cloudformation/arn.ts
function partitionFreeText(v) {
  if (!v) return void 0;
  if (v.kind === "scalar") return typeof v.value === "string" ? v.value : void 0;
  if (v.kind !== "symbolic" || !v.args) return void 0;
  if (v.fn === "Ref") return isPartition(v) ? "aws" : void 0;
  if (v.fn === "Fn::Sub") return subText(v.args);
  if (v.fn === "Fn::Join") return joinText(v.args);
  return void 0;
}
function isPartition(v) {
  return v.kind === "symbolic" && v.fn === "Ref" && v.args?.kind === "scalar" ? v.args.value === "AWS::Partition" : false;
}
function subText(args) {
  const template2 = args.kind === "list" ? args.items[0] : args;
  const vars = args.kind === "list" ? args.items[1] : void 0;
  if (vars && !(vars.kind === "map" && vars.entries.size === 0)) return void 0;
  if (template2?.kind !== "scalar" || typeof template2.value !== "string") return void 0;
  let unknown2 = false;
  const text = template2.value.replace(/\$\{([^}]*)\}/g, (_whole, name) => {
    if (name.startsWith("!")) return `\${${name.slice(1)}}`;
    if (name.trim() === "AWS::Partition") return "aws";
    unknown2 = true;
    return "";
  });
  return unknown2 ? void 0 : text;
}
function joinText(args) {
  if (args.kind !== "list") return void 0;
  const [delimiter, parts] = args.items;
  if (delimiter?.kind !== "scalar" || parts?.kind !== "list") return void 0;
  const texts = parts.items.map((p) => partitionFreeText(p));
  if (texts.some((t) => t === void 0)) return void 0;
  return texts.join(String(delimiter.value ?? ""));
}

// src/iac/cloudformation/refs.ts
var FUNCTION_TYPES2 = ["AWS::Lambda::Function", "AWS::Serverless::Function"];
var ROLE_TYPES = ["AWS::IAM::Role"];
var REST_API_TYPES = ["AWS::ApiGateway::RestApi", "AWS::Serverless::Api"];
var V2_API_TYPES = ["AWS::ApiGatewayV2::Api", "AWS::Serverless::HttpApi"];
var FUNCTION_POINTER_TYPES = ["AWS::Lambda::Alias", "AWS::Lambda::Version"];
function fullText(v) {
  return render(v?.kind === "symbolic" ? v.args ?? v : v, 1e5);
}
function refsIn(v) {
  const out = /* @__PURE__ */ new Set();
  collect(v, out, /* @__PURE__ */ new Set());
  return [...out];
}
function collect(v, out, seen) {
  if (!v || seen.has(v)) return;
  seen.add(v);
  if (v.kind === "symbolic") v.refs.forEach((r) => out.add(r));
  else if (v.kind === "list") v.items.forEach((i) => collect(i, out, seen));
  else if (v.kind === "map") v.entries.forEach((e) => collect(e.value, out, seen));
}
function refsOfType(ctx, v, types) {
  return refsIn(v).filter((id) => types.includes(ctx.typeOf(id) ?? ""));
}
function functionIdsIn(ctx, v, depth = 0) {
  const out = /* @__PURE__ */ new Set();
  for (const ref of refsIn(v)) {
    const external = ctx.externalIds.get(ref);
    const type = ctx.typeOf(ref);
    if (external?.kind === "function") out.add(external.id);
    else if (FUNCTION_TYPES2.includes(type ?? "")) out.add(ref);
    else if (FUNCTION_POINTER_TYPES.includes(type ?? "") && depth < 4) {
      const target = ctx.resources.get(ref)?.props.entries.get("FunctionName")?.value;
      functionIdsIn(ctx, target, depth + 1).forEach((id) => out.add(id));
    } else if (type === void 0) {
      const owner = ctx.service.functions.find(
        (f) => [`${f.id}Alias`, `${f.id}Version`, `${f.id}.Alias`, `${f.id}.Version`].some(
          (p) => ref.startsWith(p)
        )
      );
      if (owner) out.add(owner.id);
    }
  }
  const name = v?.kind === "scalar" && typeof v.value === "string" ? v.value : exactName(v, "function");
  if (name) functionsNamed(ctx, name).forEach((id) => out.add(id));
  return [...out];
}
function functionIdOf(ctx, v) {
  return isCondition(v) ? void 0 : functionIdsIn(ctx, v)[0];
}
function isCondition(v) {
  return v?.kind === "symbolic" && v.fn === "Fn::If";
}
function functionsNamed(ctx, text) {
  const arn2 = /:function:([^:]+)/.exec(text);
  const name = arn2 ? arn2[1] : text;
  return ctx.service.functions.filter((f) => literal(f.name) === name).map((f) => f.id);
}
function roleIdOf(ctx, v) {
  if (isCondition(v)) return void 0;
  for (const ref of refsIn(v)) {
    const external = ctx.externalIds.get(ref);
    if (external?.kind === "role") return external.id;
    if (ROLE_TYPES.includes(ctx.typeOf(ref) ?? "")) return ref;
  }
  if (v?.kind !== "scalar" || typeof v.value !== "string") return void 0;
  const arn2 = /:role\/(?:.*\/)?([^/]+)$/.exec(v.value);
  const name = arn2 ? arn2[1] : v.value;
  return ctx.service.roles.find((r) => literal(r.name) === name)?.id;
}
function apiIdOf(ctx, v) {
  for (const ref of refsIn(v)) {
    const external = ctx.externalIds.get(ref);
    if (external?.kind === "api") return external.id;
    if ([...REST_API_TYPES, ...V2_API_TYPES].includes(ctx.typeOf(ref) ?? "")) return ref;
  }
  return void 0;
}
function resourceIdOf(ctx, v, types) {
  const byRef = refsOfType(ctx, v, types)[0];
  if (byRef) return byRef;
  if (v?.kind !== "scalar" || typeof v.value !== "string") return void 0;
  const last = /[^:/]+$/.exec(v.value)?.[0];
  return ctx.service.resources.find((r) => {
    const name = literal(r.name);
    return types.includes(r.type) && name !== void 0 && (name === v.value || name === last);
  })?.id;
}

// src/iac/cloudformation/iam-principals.ts
var TYPES = { user: "AWS::IAM::User", group: "AWS::IAM::Group" };
function mapIamPrincipal(ctx, r) {
  const kind = r.type === TYPES.user ? "user" : "group";
  const p = r.props;
  const principal = {
    id: r.id,
    kind,
    name: stringAt(p, kind === "user" ? "UserName" : "GroupName"),
    policies: inlinePolicies(r.id, get(p, "Policies")),
    defined: true,
    loc: r.loc
  };
  ctx.service.principals ??= [];
  ctx.service.principals.push(principal);
  const managed = get(p, "ManagedPolicyArns");
  const items = managed?.kind === "symbolic" ? [managed] : asList(managed);
  ctx.later(
    () => items.forEach((item, i) => {
      const own = refsOfType(ctx, item, ["AWS::IAM::ManagedPolicy"])[0];
      const policy2 = own && ctx.service.policies.find((x) => x.id === own);
      addPolicy(principal, policy2 || managedPolicyRef(`${r.id}.ManagedPolicy${i}`, item, item.loc));
    })
  );
}
function mapPrincipalPolicy(ctx, r) {
  const kind = r.type === "AWS::IAM::UserPolicy" ? "user" : "group";
  const policy2 = {
    id: r.id,
    name: stringAt(r.props, "PolicyName"),
    kind: "inline",
    document: documentAt(r.props, "PolicyDocument"),
    loc: r.loc
  };
  const target = get(r.props, kind === "user" ? "UserName" : "GroupName");
  ctx.later(() => attachToPrincipal(ctx, kind, target, policy2, r));
}
function attachToPrincipals(ctx, r, policy2) {
  const listed = (key) => {
    const v = get(r.props, key);
    return v?.kind === "symbolic" ? [v] : asList(v);
  };
  ctx.later(() => {
    for (const user of listed("Users")) attachToPrincipal(ctx, "user", user, policy2, r);
    for (const group of listed("Groups")) attachToPrincipal(ctx, "group", group, policy2, r);
  });
}
function attachToPrincipal(ctx, kind, target, policy2, r) {
  if (!target) return;
  const principals = ctx.service.principals ??= [];
  const id = resourceIdOf(ctx, target, [TYPES[kind]]);
  const named = attrFromValue("string", target, target.loc);
  const written3 = named ? typeof named.value === "string" ? named.value : named.value.expr : r.id;
  const found2 = principals.find((x) => x.id === id && x.defined) ?? principals.find((x) => x.defined && x.kind === kind && x.name?.value === written3) ?? principals.find((x) => !x.defined && x.kind === kind && x.id === written3);
  const principal = found2 ?? {
    id: written3,
    kind,
    name: named,
    policies: [],
    defined: false,
    loc: r.loc
  };
  if (!found2) principals.push(principal);
  addPolicy(principal, policy2);
}
function addPolicy(principal, policy2) {
  if (!principal.policies.includes(policy2)) principal.policies.push(policy2);
}

// src/iac/cloudformation/iam.ts
function documentAt(v, key) {
  const e = entry(v, key);
  return e ? policyDocumentFrom(e.value, locOfEntry(e)) : void 0;
}
function mapRole(ctx, r) {
  const p = r.props;
  const role2 = {
    id: r.id,
    name: stringAt(p, "RoleName"),
    trustPolicy: documentAt(p, "AssumeRolePolicyDocument"),
    policies: inlinePolicies(r.id, get(p, "Policies")),
    permissionsBoundary: stringAt(p, "PermissionsBoundary"),
    loc: r.loc
  };
  ctx.service.roles.push(role2);
  const managed = get(p, "ManagedPolicyArns");
  const items = managed?.kind === "symbolic" ? [managed] : asList(managed);
  ctx.later(() => items.forEach((item, i) => attachManaged(ctx, role2, item, i)));
}
function inlinePolicies(roleId, v) {
  return asList(v).filter(isMap).map((item, i) => {
    const name = stringAt(item, "PolicyName");
    return {
      id: `${roleId}.${typeof name?.value === "string" ? name.value : `Policy${i}`}`,
      name,
      kind: "inline",
      document: documentAt(item, "PolicyDocument"),
      loc: item.loc
    };
  });
}
function attachManaged(ctx, role2, item, index) {
  const own = refsOfType(ctx, item, ["AWS::IAM::ManagedPolicy"])[0];
  const policy2 = own ? ctx.service.policies.find((p) => p.id === own) : void 0;
  if (policy2) return attachPolicy(ctx, policy2, role2.id);
  role2.policies.push(managedPolicyRef(`${role2.id}.ManagedPolicy${index}`, item, item.loc));
}
function managedPolicyRef(id, v, loc) {
  const text = partitionFreeText(v);
  const arn2 = text !== void 0 ? { value: text, loc: v.loc } : attrFromValue("string", v, v.loc);
  const written3 = text ?? (v.kind === "symbolic" ? v.expr : "");
  const kind = /:iam::aws:policy\//.test(written3) ? "aws-managed" : "external";
  return { id, kind, arn: arn2, loc };
}
function attachPolicy(ctx, policy2, roleId) {
  const role2 = ctx.roleById(roleId);
  if (!role2) return;
  policy2.attachedTo ??= [];
  if (!policy2.attachedTo.includes(role2.id)) policy2.attachedTo.push(role2.id);
  if (!role2.policies.includes(policy2)) role2.policies.push(policy2);
}
function mapRolePolicy(ctx, r) {
  const policy2 = {
    id: r.id,
    name: stringAt(r.props, "PolicyName"),
    kind: "inline",
    document: documentAt(r.props, "PolicyDocument"),
    attachedTo: [],
    loc: r.loc
  };
  ctx.service.policies.push(policy2);
  const role2 = get(r.props, "RoleName");
  ctx.later(() => attachPolicy(ctx, policy2, roleIdOf(ctx, role2)));
}
function mapStandalonePolicy(ctx, r) {
  const p = r.props;
  const managed = r.type === "AWS::IAM::ManagedPolicy";
  const policy2 = {
    id: r.id,
    name: stringAt(p, managed ? "ManagedPolicyName" : "PolicyName"),
    kind: managed ? "managed" : "inline",
    document: documentAt(p, "PolicyDocument"),
    attachedTo: [],
    loc: r.loc
  };
  ctx.service.policies.push(policy2);
  attachToPrincipals(ctx, r, policy2);
  const roles = get(p, "Roles");
  const items = roles?.kind === "symbolic" ? [roles] : asList(roles);
  ctx.later(() => items.forEach((item) => attachPolicy(ctx, policy2, roleIdOf(ctx, item))));
}

// src/iac/cloudformation/openapi/cors.ts
function openApiCors(definition) {
  const e = entry(definition, "x-amazon-apigateway-cors");
  if (!e || !isMap(e.value)) return void 0;
  return {
    allowOrigins: stringListAt(e.value, "allowOrigins"),
    allowMethods: stringListAt(e.value, "allowMethods"),
    allowHeaders: stringListAt(e.value, "allowHeaders"),
    allowCredentials: booleanAt(e.value, "allowCredentials"),
    loc: locOfEntry(e)
  };
}

// src/iac/cloudformation/openapi/definition.ts
var OPENAPI_PROPERTIES = {
  "AWS::ApiGateway::RestApi": { inline: "Body", file: "BodyS3Location" },
  "AWS::ApiGatewayV2::Api": { inline: "Body", file: "BodyS3Location" },
  "AWS::Serverless::Api": { inline: "DefinitionBody", file: "DefinitionUri" },
  "AWS::Serverless::HttpApi": { inline: "DefinitionBody", file: "DefinitionUri" }
};
var OPENAPI_NOT_READ = "openapi-not-read";
function inlineOpenApiDefinition(ctx, r) {
  const keys = ownValue(OPENAPI_PROPERTIES, r.type);
  if (!keys) return void 0;
  const inline = entry(r.props, keys.inline);
  if (inline && isMap(inline.value)) return inline.value;
  for (const written3 of [inline, entry(r.props, keys.file)]) {
    if (!written3) continue;
    ctx.warn(
      `${r.id} defines routes in an OpenAPI definition (${written3.key}), which is not read: the authorization of routes written only there is not checked`,
      locOfEntry(written3),
      OPENAPI_NOT_READ
    );
  }
  return void 0;
}

// src/iac/cloudformation/openapi/operations.ts
var METHODS = /* @__PURE__ */ new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
var ANY_METHOD = "x-amazon-apigateway-any-method";
function operationsOf(definition) {
  const paths = get(definition, "paths");
  if (!isMap(paths)) return [];
  const out = [];
  for (const pathEntry of membersOnce(paths)) {
    if (!isMap(pathEntry.value)) continue;
    const path2 = { value: pathEntry.key, loc: locOfEntry(pathEntry) };
    for (const e of membersOnce(pathEntry.value)) {
      const method2 = methodOf(e.key);
      if (method2) out.push({ method: { value: method2, loc: locOfEntry(e) }, path: path2, entry: e });
    }
  }
  return out;
}
function referencedPathItems(definition) {
  const paths = get(definition, "paths");
  if (!isMap(paths)) return [];
  const out = [];
  for (const pathEntry of membersOnce(paths)) {
    const ref = entry(pathEntry.value, "$ref");
    if (ref) out.push({ path: pathEntry.key, ref });
  }
  return out;
}
function methodOf(key) {
  const lower = key.toLowerCase();
  if (lower === ANY_METHOD) return "ANY";
  return METHODS.has(lower) ? lower.toUpperCase() : void 0;
}

// src/iac/cloudformation/openapi/security.ts
var AUTHORIZER_TYPES = {
  token: "lambda",
  request: "lambda",
  cognito_user_pools: "cognito",
  jwt: "jwt"
};
var AUTH_TYPES = {
  awssigv4: "iam",
  cognito_user_pools: "cognito"
};
var OpenApiSecurity = class {
  constructor(definition, overlay) {
    this.overlay = overlay;
    this.schemes = getPath(definition, ["components", "securitySchemes"]) ?? get(definition, "securityDefinitions");
    this.defaultSecurity = entry(definition, "security");
  }
  overlay;
  schemes;
  defaultSecurity;
  /** The auth of an operation object; `integrated` when it has an API Gateway integration. */
  authOf(operation, integrated) {
    const byExtension = extensionAuth(entry(operation, "x-amazon-apigateway-auth"));
    if (byExtension) return { auth: byExtension };
    const own = entry(operation, "security");
    const written3 = own ?? this.defaultSecurity;
    const names = written3 ? requirementNames(written3.value) : [];
    const sam = this.overlay?.defaultAuth;
    if (sam && integrated && names?.every((n) => this.overlay?.typeOf(n) === void 0)) {
      return { auth: sam };
    }
    if (!written3) return { auth: { type: "none" } };
    const loc = locOfEntry(written3);
    if (names === void 0) return { auth: { type: "unknown", loc } };
    return this.authOfNames(names, written3, own !== void 0);
  }
  authOfNames(names, written3, own) {
    const loc = locOfEntry(written3);
    const effects = names.map((name) => ({ name, effect: this.effectOf(name) }));
    const authorizer = effects.find((e) => typeof e.effect === "object");
    if (authorizer && typeof authorizer.effect === "object") {
      const named = { value: authorizer.name, loc };
      return { auth: { type: authorizer.effect.auth, authorizer: named, loc } };
    }
    if (effects.some((e) => e.effect === "unknown")) return { auth: { type: "unknown", loc } };
    const apiKeyRequired = effects.length > 0 ? { value: true, loc } : void 0;
    return { auth: own ? { type: "none", loc } : { type: "none" }, apiKeyRequired };
  }
  effectOf(name) {
    const overlaid = this.overlay?.typeOf(name);
    if (overlaid) return { auth: overlaid };
    const scheme = get(this.schemes, name);
    if (!isMap(scheme)) return "unknown";
    const authType = get(scheme, "x-amazon-apigateway-authtype");
    const authorizer = get(scheme, "x-amazon-apigateway-authorizer");
    const byAuthType = ownValue(AUTH_TYPES, asString(authType)?.toLowerCase() ?? "");
    if (byAuthType) return { auth: byAuthType };
    if (authorizer) {
      const type = ownValue(
        AUTHORIZER_TYPES,
        asString(get(authorizer, "type"))?.toLowerCase() ?? ""
      );
      return type ? { auth: type } : "unknown";
    }
    if (!authType && asString(get(scheme, "type")) === "apiKey") return "api-key";
    return "unknown";
  }
};
function extensionAuth(written3) {
  if (!written3) return void 0;
  const type = get(written3.value, "type");
  const loc = locOfEntry(written3);
  if (type?.kind === "symbolic") return { type: "unknown", loc, symbolic: type };
  return asString(type)?.toUpperCase() === "AWS_IAM" ? { type: "iam", loc } : void 0;
}
function requirementNames(v) {
  if (!isList(v)) return void 0;
  const names = [];
  for (const requirement of v.items) {
    if (!isMap(requirement)) return void 0;
    for (const e of membersOnce(requirement)) names.push(e.key);
  }
  return names;
}

// src/iac/cloudformation/openapi/validation.ts
var VALIDATOR = "x-amazon-apigateway-request-validator";
var VALIDATORS = "x-amazon-apigateway-request-validators";
function requestValidatorOf(definition, operation) {
  const written3 = entry(operation, VALIDATOR) ?? entry(definition, VALIDATOR);
  if (!written3) return void 0;
  const loc = locOfEntry(written3);
  const name = written3.value;
  if (name.kind === "symbolic") return { value: name, loc };
  if (name.kind !== "scalar" || name.value === null) return void 0;
  const validator = get(get(definition, VALIDATORS), String(name.value));
  const validatesNothing = asBoolean(get(validator, "validateRequestBody")) === false && asBoolean(get(validator, "validateRequestParameters")) === false;
  return { value: validatesNothing ? false : String(name.value), loc };
}

// src/iac/cloudformation/openapi/index.ts
function mapOpenApiRoutes(ctx, r, kind, overlay) {
  const definition = inlineOpenApiDefinition(ctx, r);
  if (!definition) return;
  const { routes, referenced } = openApiRoutes(r.id, kind, definition, overlay);
  for (const { path: path2, ref } of referenced)
    ctx.warn(referencedWhy(r.id, path2), locOfEntry(ref), OPENAPI_NOT_READ);
  ctx.later(() => {
    const taken = new Set(ctx.service.endpoints.map(endpointKey));
    for (const { endpoint, uri } of routes) {
      if (taken.has(endpointKey(endpoint))) continue;
      ctx.service.endpoints.push(endpoint);
      linkEndpointFunctions(ctx, endpoint, uri, TRIGGER[kind]);
    }
  });
}
var TRIGGER = { rest: "rest-api", http: "http-api" };
function openApiRoutes(apiId, kind, definition, overlay) {
  const security = new OpenApiSecurity(definition, overlay);
  const cors = kind === "http" ? openApiCors(definition) : void 0;
  const route3 = { apiId, kind, definition, security, cors };
  const routes = operationsOf(definition).map((op) => {
    const integration2 = get(op.entry.value, "x-amazon-apigateway-integration");
    return { endpoint: endpointOf(route3, op), uri: get(integration2, "uri") };
  });
  return { routes, referenced: referencedPathItems(definition) };
}
function referencedWhy(apiId, path2) {
  return `${apiId} defines the methods of ${path2} by reference ($ref), which is not read: the authorization of those routes is not checked`;
}
function endpointOf(route3, op) {
  const { apiId, kind, definition, security } = route3;
  const operation = op.entry.value;
  const integrated = entry(operation, "x-amazon-apigateway-integration") !== void 0;
  const { auth, apiKeyRequired } = security.authOf(operation, integrated);
  return {
    id: `${apiId} ${String(op.method.value)} ${String(op.path.value)}`,
    kind,
    method: op.method,
    path: op.path,
    apiId,
    functionIds: [],
    auth,
    apiKeyRequired,
    cors: route3.cors,
    // HTTP APIs have no request validation.
    requestValidation: kind === "rest" ? requestValidatorOf(definition, operation) : void 0,
    loc: op.method.loc
  };
}

// src/iac/cloudformation/apigateway.ts
var REST_AUTH = {
  NONE: "none",
  AWS_IAM: "iam",
  CUSTOM: "lambda",
  COGNITO_USER_POOLS: "cognito"
};
var AUTHORIZER_AUTH = {
  TOKEN: "lambda",
  REQUEST: "lambda",
  COGNITO_USER_POOLS: "cognito",
  JWT: "jwt"
};
function mapRestApi(ctx, r) {
  const p = r.props;
  mapOpenApiRoutes(ctx, r, "rest");
  const policy2 = documentAt(p, "Policy");
  ctx.service.resources.push({
    id: r.id,
    kind: "api",
    type: r.type,
    name: stringAt(p, "Name"),
    policies: policy2 ? [policy2] : [],
    attributes: {
      protocol: derived("REST", r.loc),
      endpointType: stringList(getPath(p, ["EndpointConfiguration", "Types"]))[0]
    },
    loc: r.loc
  });
}
function mapMethod(ctx, r) {
  const p = r.props;
  const endpoint = {
    id: r.id,
    kind: "rest",
    method: stringAt(p, "HttpMethod"),
    path: pathOfMethod(ctx, r),
    apiId: apiIdOf(ctx, get(p, "RestApiId")),
    functionIds: [],
    auth: endpointAuth(ctx, r, "AWS::ApiGateway::Authorizer", REST_AUTH),
    apiKeyRequired: booleanAt(p, "ApiKeyRequired"),
    requestValidation: requestValidationOf(ctx, r),
    loc: r.loc
  };
  ctx.service.endpoints.push(endpoint);
  linkEndpointFunctions(ctx, endpoint, getPath(p, ["Integration", "Uri"]), "rest-api");
}
function linkEndpointFunctions(ctx, endpoint, uri, kind) {
  if (!uri) return;
  ctx.later(() => {
    for (const id of functionIdsIn(ctx, uri)) {
      if (!endpoint.functionIds.includes(id)) endpoint.functionIds.push(id);
      addTrigger(ctx.functionById(id), {
        kind,
        source: routeLabel(endpoint),
        endpointId: endpoint.id,
        async: false,
        loc: endpoint.loc
      });
    }
  });
}
function routeLabel(endpoint) {
  const method2 = literal(endpoint.method);
  const path2 = literal(endpoint.path);
  if (path2 === void 0) return void 0;
  return derived(method2 === void 0 ? path2 : `${method2} ${path2}`, endpoint.loc);
}
function endpointAuth(ctx, r, authorizerResource, types) {
  const authorizerEntry = entry(r.props, "AuthorizerId");
  const authorizerId = refsOfType(ctx, authorizerEntry?.value, [authorizerResource])[0];
  const authorizer = authorizerEntry ? authorizerId ? derived(authorizerId, locOfEntry(authorizerEntry)) : stringAt(r.props, "AuthorizerId") : void 0;
  const type = authSettingAt(r.props, "AuthorizationType");
  if (type || !authorizer) return authFrom(type, types, authorizer);
  return { type: authorizerType(ctx, authorizerId), authorizer, loc: authorizer.loc };
}
function authorizerType(ctx, id) {
  const props = id ? ctx.resources.get(id)?.props : void 0;
  const type = stringAt(props, "Type") ?? stringAt(props, "AuthorizerType");
  return typeof type?.value === "string" ? ownValue(AUTHORIZER_AUTH, type.value) ?? "unknown" : "unknown";
}
function requestValidationOf(ctx, r) {
  const validator = entry(r.props, "RequestValidatorId");
  if (validator) {
    const id = refsOfType(ctx, validator.value, ["AWS::ApiGateway::RequestValidator"])[0];
    return id ? derived(id, locOfEntry(validator)) : stringAt(r.props, "RequestValidatorId");
  }
  const models = entry(r.props, "RequestModels");
  return models ? derived(true, locOfEntry(models)) : void 0;
}
function pathOfMethod(ctx, r) {
  const e = entry(r.props, "ResourceId");
  if (!e) return void 0;
  const path2 = resourcePath(ctx, e.value, /* @__PURE__ */ new Set());
  const loc = locOfEntry(e);
  if (path2 !== void 0) return { value: path2, loc };
  return e.value.kind === "symbolic" ? { value: e.value, loc } : void 0;
}
function resourcePath(ctx, v, seen) {
  if (v.kind === "symbolic" && v.fn === "Fn::GetAtt" && /RootResourceId/.test(v.expr)) return "/";
  const id = refsOfType(ctx, v, ["AWS::ApiGateway::Resource"])[0];
  if (v.kind !== "symbolic" || v.fn !== "Ref" || !id || seen.has(id)) return void 0;
  seen.add(id);
  const props = ctx.resources.get(id)?.props;
  const part = get(props, "PathPart");
  const parent = get(props, "ParentId");
  if (part?.kind !== "scalar" || !parent) return void 0;
  const base = resourcePath(ctx, parent, seen);
  if (base === void 0) return void 0;
  return `${base === "/" ? "" : base}/${String(part.value)}`;
}

// src/iac/shared/waf-association.ts
var OTHER_TARGETS = /:(elasticloadbalancing|appsync|cognito-idp|apprunner|ec2|verified-access):/;
function markPossiblyProtected(stages, arnText, arn2) {
  if (OTHER_TARGETS.test(arnText)) return;
  const name = /\/stages\/([A-Za-z0-9_-]+)$/.exec(arnText)?.[1];
  for (const stage4 of stages) {
    if (stage4.attributes.wafAclId) continue;
    const stageName = literal(stage4.attributes.stageName);
    if (name === void 0 || stageName === void 0 || stageName === name)
      stage4.attributes.wafAssociationUndecided = arn2;
  }
}

// src/iac/cloudformation/apigateway-stage.ts
function stageAttributes(stage4) {
  const methods = orderedMethodSettings(get(stage4, "MethodSettings"));
  const pick = (read) => {
    const own = read(stage4);
    if (own !== void 0) return own;
    for (const m of methods) {
      const found2 = read(m);
      if (found2 !== void 0) return found2;
    }
    return void 0;
  };
  return {
    stageName: stringAt(stage4, "StageName"),
    accessLogDestination: stringAtPath(stage4, ["AccessLogSetting", "DestinationArn"]),
    tracing: booleanAt(stage4, "TracingEnabled"),
    cacheEnabled: pick((v) => booleanAt(v, "CachingEnabled")) ?? booleanAt(stage4, "CacheClusterEnabled"),
    cacheEncrypted: pick((v) => booleanAt(v, "CacheDataEncrypted")),
    dataTrace: pick((v) => booleanAt(v, "DataTraceEnabled")),
    loggingLevel: pick((v) => stringAt(v, "LoggingLevel")),
    throttlingBurstLimit: pick((v) => numberAt(v, "ThrottlingBurstLimit")),
    throttlingRateLimit: pick((v) => numberAt(v, "ThrottlingRateLimit"))
  };
}
function orderedMethodSettings(v) {
  const all = asList(v).filter(isMap);
  const everyMethod = (m) => asString(get(m, "ResourcePath")) === "/*" && asString(get(m, "HttpMethod")) === "*";
  return [...all.filter(everyMethod), ...all.filter((m) => !everyMethod(m))];
}
function compact(attributes) {
  const all = attributes;
  const out = {};
  for (const key in all) {
    const value = all[key];
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function pushStage(ctx, id, type, apiId, attributes, loc) {
  ctx.service.resources.push({
    id,
    kind: "api-stage",
    type,
    name: attributes.stageName,
    policies: [],
    attributes: compact({ ...attributes, apiId }),
    loc
  });
}
function mapRestStage(ctx, r) {
  const apiId = apiIdOf(ctx, get(r.props, "RestApiId"));
  pushStage(ctx, r.id, r.type, apiId, stageAttributes(r.props), r.loc);
}
function mapDeployment(ctx, r) {
  const description = get(r.props, "StageDescription");
  const stageName = stringAt(r.props, "StageName");
  if (!description && !stageName) return;
  const apiId = apiIdOf(ctx, get(r.props, "RestApiId"));
  const attributes = { ...stageAttributes(description), stageName };
  pushStage(ctx, `${r.id}.Stage`, r.type, apiId, attributes, r.loc);
}
function mapDomainName(ctx, r) {
  const p = r.props;
  const v2 = get(p, "DomainNameConfigurations");
  const config = v2 ? asList(v2)[0] : p;
  ctx.service.resources.push({
    id: r.id,
    kind: "api-domain",
    type: r.type,
    name: stringAt(p, "DomainName"),
    policies: [],
    attributes: compact({
      securityPolicy: stringAt(config, "SecurityPolicy"),
      endpointType: stringAt(config, "EndpointType") ?? stringList(getPath(p, ["EndpointConfiguration", "Types"]))[0]
    }),
    loc: r.loc
  });
}
function mapWebAclAssociation(ctx, r) {
  const arn2 = get(r.props, "ResourceArn");
  const acl = stringAt(r.props, "WebACLArn") ?? stringAt(r.props, "WebACLId");
  if (!arn2 || !acl) return;
  ctx.later(() => {
    const refs = refsIn(arn2);
    const text = fullText(arn2);
    const stages = ctx.service.resources.filter((s) => s.kind === "api-stage");
    const direct = stages.filter((s) => refs.includes(s.id));
    const byApi = stages.filter((s) => {
      const apiId = s.attributes.apiId;
      const name = literal(s.attributes.stageName);
      return apiId !== void 0 && refs.includes(apiId) && (!name || text.includes(`/stages/${name}`) || text.includes(".Stage}"));
    });
    const matched = direct.length > 0 ? direct : byApi;
    for (const stage4 of matched) stage4.attributes.wafAclId = acl;
    const written3 = stringAt(r.props, "ResourceArn");
    if (matched.length === 0 && written3) markPossiblyProtected(stages, text, written3);
  });
}

// src/iac/cloudformation/apigatewayv2.ts
var V2_AUTH = {
  NONE: "none",
  AWS_IAM: "iam",
  JWT: "jwt",
  CUSTOM: "lambda"
};
function mapV2Api(ctx, r) {
  const p = r.props;
  mapOpenApiRoutes(ctx, r, "http");
  ctx.service.resources.push({
    id: r.id,
    kind: "api",
    type: r.type,
    name: stringAt(p, "Name"),
    policies: [],
    attributes: compact({ protocol: stringAt(p, "ProtocolType") }),
    loc: r.loc
  });
  const cors = corsFrom(entry(p, "CorsConfiguration"));
  const target = get(p, "Target");
  if (target) {
    const endpoint = {
      id: `${r.id}.DefaultRoute`,
      kind: "http",
      ...routeParts(stringAt(p, "RouteKey") ?? derived("$default", r.loc), "http"),
      apiId: r.id,
      functionIds: [],
      auth: { type: "none" },
      loc: r.loc
    };
    ctx.service.endpoints.push(endpoint);
    linkEndpointFunctions(ctx, endpoint, target, "http-api");
  }
  if (!cors) return;
  ctx.later(() => {
    for (const e of ctx.service.endpoints) if (e.apiId === r.id && !e.cors) e.cors = cors;
  });
}
function mapRoute(ctx, r) {
  const p = r.props;
  const apiId = apiIdOf(ctx, get(p, "ApiId"));
  const protocol = apiId ? stringAt(ctx.resources.get(apiId)?.props, "ProtocolType") : void 0;
  const kind = protocol?.value === "WEBSOCKET" ? "websocket" : "http";
  const endpoint = {
    id: r.id,
    kind,
    ...routeParts(stringAt(p, "RouteKey"), kind),
    apiId,
    functionIds: [],
    auth: endpointAuth(ctx, r, "AWS::ApiGatewayV2::Authorizer", V2_AUTH),
    apiKeyRequired: booleanAt(p, "ApiKeyRequired"),
    loc: r.loc
  };
  ctx.service.endpoints.push(endpoint);
  const target = get(p, "Target");
  const integrations = refsOfType(ctx, target, ["AWS::ApiGatewayV2::Integration"]);
  const trigger = kind === "websocket" ? "websocket" : "http-api";
  for (const id of integrations) {
    const uri = get(ctx.resources.get(id)?.props, "IntegrationUri");
    linkEndpointFunctions(ctx, endpoint, uri, trigger);
  }
}
function routeParts(key, kind) {
  if (!key) return {};
  if (typeof key.value !== "string" || kind === "websocket") return { path: key };
  const space = key.value.indexOf(" ");
  if (space < 0) return { method: { value: "ANY", loc: key.loc }, path: key };
  return {
    method: { value: key.value.slice(0, space).toUpperCase(), loc: key.loc },
    path: { value: key.value.slice(space + 1).trim(), loc: key.loc }
  };
}
function mapV2Stage(ctx, r) {
  const p = r.props;
  const route3 = get(p, "DefaultRouteSettings");
  const attributes = {
    stageName: stringAt(p, "StageName"),
    accessLogDestination: stringAtPath(p, ["AccessLogSettings", "DestinationArn"]),
    ...defaultRouteSettings(route3)
  };
  pushStage(ctx, r.id, r.type, apiIdOf(ctx, get(p, "ApiId")), attributes, r.loc);
}
function defaultRouteSettings(route3) {
  return {
    dataTrace: booleanAt(route3, "DataTraceEnabled"),
    loggingLevel: stringAt(route3, "LoggingLevel"),
    throttlingBurstLimit: numberAt(route3, "ThrottlingBurstLimit"),
    throttlingRateLimit: numberAt(route3, "ThrottlingRateLimit")
  };
}

// src/iac/shared/usage-plan.ts
var PLAN_KEYS = [
  "usagePlan",
  "usagePlanBurstLimit",
  "usagePlanRateLimit",
  "usagePlanQuotaLimit",
  "usagePlanQuotaPeriod"
];
function usagePlanLimits(plan, throttle, quota) {
  const all = {
    usagePlan: plan,
    usagePlanBurstLimit: throttle.burst,
    usagePlanRateLimit: throttle.rate,
    usagePlanQuotaLimit: quota.limit,
    usagePlanQuotaPeriod: quota.period
  };
  return Object.fromEntries(
    Object.entries(all).filter(([, v]) => v !== void 0)
  );
}
function applyUsagePlan(stage4, limits) {
  if (stage4.usagePlan && (throttles(stage4) || !throttles(limits))) return;
  for (const key of PLAN_KEYS) delete stage4[key];
  Object.assign(stage4, limits);
}
function throttles(a) {
  return a.usagePlanBurstLimit !== void 0 || a.usagePlanRateLimit !== void 0;
}

// src/iac/cloudformation/usage-plan.ts
function mapUsagePlan(ctx, r) {
  const throttle = get(r.props, "Throttle");
  const quota = get(r.props, "Quota");
  const limits = usagePlanLimits(
    { value: r.id, loc: r.loc },
    { burst: numberAt(throttle, "BurstLimit"), rate: numberAt(throttle, "RateLimit") },
    { limit: numberAt(quota, "Limit"), period: stringAt(quota, "Period") }
  );
  ctx.later(() => {
    for (const item of asList(get(r.props, "ApiStages")))
      for (const stage4 of stagesNamed(ctx, item)) applyUsagePlan(stage4.attributes, limits);
  });
}
function stagesNamed(ctx, item) {
  const stages = ctx.service.resources.filter((s) => s.kind === "api-stage");
  const stageRef = get(item, "Stage");
  const refs = refsIn(stageRef);
  const direct = stages.filter((s) => refs.includes(s.id) || refs.some((id) => s.id === `${id}.Stage`));
  if (direct.length > 0) return direct;
  const apiId = apiIdOf(ctx, get(item, "ApiId"));
  const name = stringAt(item, "Stage");
  const written3 = name && literal(name);
  return stages.filter(
    (s) => s.attributes.apiId === apiId && written3 && literal(s.attributes.stageName) === written3
  );
}

// src/iac/shared/external-targets.ts
function addExternalTarget(service, target) {
  service.externalTargets ??= [];
  const known = service.externalTargets.find((t) => t.id === target.id && t.kind === target.kind);
  if (known) return known;
  for (const [k, v] of Object.entries(target.attributes)) {
    if (v === void 0) delete target.attributes[k];
  }
  service.externalTargets.push(target);
  return target;
}

// src/iac/cloudformation/triggers.ts
function linkTrigger(ctx, target, kind, source, r) {
  if (!target) return;
  ctx.later(() => {
    for (const id of functionIdsIn(ctx, target)) {
      addTrigger(ctx.functionById(id), { kind, source, async: true, loc: r.loc });
    }
  });
}
function mapEventRule(ctx, r) {
  const p = r.props;
  const schedule = stringAt(p, "ScheduleExpression");
  const source = schedule ?? stringAt(p, "EventBusName") ?? stringList(getPath(p, ["EventPattern", "source"]))[0];
  for (const target of asList(get(p, "Targets")).filter(isMap)) {
    linkTrigger(ctx, get(target, "Arn"), schedule ? "schedule" : "eventbridge", source, r);
  }
}
var isLambdaProtocol = (v) => asString(v)?.toLowerCase() === "lambda";
function mapSnsSubscription(ctx, r) {
  if (!isLambdaProtocol(get(r.props, "Protocol"))) return;
  linkTrigger(ctx, get(r.props, "Endpoint"), "sns", stringAt(r.props, "TopicArn"), r);
}
function linkTopicSubscriptions(ctx, r) {
  const source = stringAt(r.props, "TopicName") ?? derived(r.id, r.loc);
  for (const s of asList(get(r.props, "Subscription")).filter(isMap)) {
    if (isLambdaProtocol(get(s, "Protocol"))) linkTrigger(ctx, get(s, "Endpoint"), "sns", source, r);
  }
}
function linkBucketNotifications(ctx, r) {
  const source = stringAt(r.props, "BucketName") ?? derived(r.id, r.loc);
  const configs = getPath(r.props, ["NotificationConfiguration", "LambdaConfigurations"]);
  for (const c of asList(configs).filter(isMap)) {
    linkTrigger(ctx, get(c, "Function"), "s3", source, r);
  }
}

// src/iac/cloudformation/data.ts
var NO_POLICIES = Object.freeze([]);
function pushResource(ctx, r, kind, name, attributes, policies = NO_POLICIES) {
  const resource = {
    id: r.id,
    kind,
    type: r.type,
    name,
    policies,
    attributes: compact(attributes),
    loc: r.loc
  };
  ctx.service.resources.push(resource);
  return resource;
}
function attachResourcePolicy(ctx, r, kind, targets, types, document) {
  if (!document || !targets) return;
  const items = targets.kind === "symbolic" ? [targets] : asList(targets);
  ctx.later(() => {
    let attached = false;
    for (const item of items) {
      const resource = ctx.resourceById(resourceIdOf(ctx, item, types));
      if (resource && !resource.policies.includes(document))
        resource.policies = [...resource.policies, document];
      attached ||= resource !== void 0;
    }
    const first = items[0];
    if (attached || !first) return;
    const target = attrFromValue("string", first, first.loc) ?? { value: r.id, loc: first.loc };
    addExternalTarget(ctx.service, {
      id: r.id,
      kind,
      type: r.type,
      target,
      policies: [document],
      attributes: {},
      loc: r.loc
    });
  });
}
function mapBucket(ctx, r) {
  const p = r.props;
  const block = entry(p, "PublicAccessBlockConfiguration");
  const rule = asList(getPath(p, ["BucketEncryption", "ServerSideEncryptionConfiguration"])).filter(
    isMap
  )[0];
  pushResource(ctx, r, "bucket", stringAt(p, "BucketName"), {
    acl: aclAt(p, "AccessControl"),
    publicAccessBlock: block && {
      blockPublicAcls: blockSettingAt(block.value, "BlockPublicAcls"),
      blockPublicPolicy: blockSettingAt(block.value, "BlockPublicPolicy"),
      ignorePublicAcls: blockSettingAt(block.value, "IgnorePublicAcls"),
      restrictPublicBuckets: blockSettingAt(block.value, "RestrictPublicBuckets"),
      loc: locOfEntry(block)
    },
    encryption: stringAtPath(rule, ["ServerSideEncryptionByDefault", "SSEAlgorithm"]),
    kmsKeyId: stringAtPath(rule, ["ServerSideEncryptionByDefault", "KMSMasterKeyID"])
  });
  linkBucketNotifications(ctx, r);
}
function mapBucketPolicy(ctx, r) {
  const document = documentAt(r.props, "PolicyDocument");
  attachResourcePolicy(ctx, r, "bucket", get(r.props, "Bucket"), ["AWS::S3::Bucket"], document);
}
function mapTable(ctx, r) {
  const p = r.props;
  pushResource(ctx, r, "table", stringAt(p, "TableName"), {
    pointInTimeRecovery: booleanAtPath(p, [
      "PointInTimeRecoverySpecification",
      "PointInTimeRecoveryEnabled"
    ]),
    sseEnabled: booleanAtPath(p, ["SSESpecification", "SSEEnabled"]),
    kmsKeyId: stringAtPath(p, ["SSESpecification", "KMSMasterKeyId"])
  });
}
function mapQueue(ctx, r) {
  const p = r.props;
  pushResource(ctx, r, "queue", stringAt(p, "QueueName"), {
    kmsKeyId: stringAt(p, "KmsMasterKeyId"),
    sseEnabled: booleanAt(p, "SqsManagedSseEnabled")
  });
}
function mapQueuePolicy(ctx, r) {
  const document = documentAt(r.props, "PolicyDocument");
  attachResourcePolicy(ctx, r, "queue", get(r.props, "Queues"), ["AWS::SQS::Queue"], document);
}
function mapQueueInlinePolicy(ctx, r) {
  const document = documentAt(r.props, "PolicyDocument");
  attachResourcePolicy(ctx, r, "queue", get(r.props, "Queue"), ["AWS::SQS::Queue"], document);
}
function mapTopic(ctx, r) {
  pushResource(ctx, r, "topic", stringAt(r.props, "TopicName"), {
    kmsKeyId: stringAt(r.props, "KmsMasterKeyId")
  });
  linkTopicSubscriptions(ctx, r);
}
function mapTopicPolicy(ctx, r) {
  const document = documentAt(r.props, "PolicyDocument");
  attachResourcePolicy(ctx, r, "topic", get(r.props, "Topics"), ["AWS::SNS::Topic"], document);
}
function mapTopicInlinePolicy(ctx, r) {
  const document = documentAt(r.props, "PolicyDocument");
  attachResourcePolicy(ctx, r, "topic", get(r.props, "TopicArn"), ["AWS::SNS::Topic"], document);
}
function mapStream(ctx, r) {
  const p = r.props;
  pushResource(ctx, r, "stream", stringAt(p, "Name"), {
    encryption: stringAtPath(p, ["StreamEncryption", "EncryptionType"]),
    kmsKeyId: stringAtPath(p, ["StreamEncryption", "KeyId"])
  });
}

// src/iac/cloudformation/lambda.ts
function mapLambdaFunction(ctx, r) {
  const p = r.props;
  const fn = {
    ...commonFunctionProperties(ctx, r),
    codePath: codePathOf(r),
    tracing: stringAtPath(p, ["TracingConfig", "Mode"]),
    deadLetterTarget: stringAtPath(p, ["DeadLetterConfig", "TargetArn"])
  };
  ctx.service.functions.push(fn);
  linkRole(ctx, fn, get(p, "Role"), stringAt(p, "Role"));
  linkLogGroup(ctx, fn, get(getPath(p, ["LoggingConfig"]), "LogGroup"));
}
function commonFunctionProperties(ctx, r) {
  const p = r.props;
  return {
    id: r.id,
    name: stringAt(p, "FunctionName"),
    runtime: stringAt(p, "Runtime"),
    handler: stringAt(p, "Handler"),
    memorySize: numberAt(p, "MemorySize"),
    timeout: numberAt(p, "Timeout"),
    architectures: stringListAt(p, "Architectures"),
    packageType: stringAt(p, "PackageType"),
    environment: environmentFrom(getPath(p, ["Environment", "Variables"]), ctx.sharedKeys),
    kmsKeyArn: stringAt(p, "KmsKeyArn"),
    vpc: vpcFrom(entry(p, "VpcConfig")),
    reservedConcurrency: numberAt(p, "ReservedConcurrentExecutions"),
    layers: stringListAt(p, "Layers"),
    codeSigningConfig: stringAt(p, "CodeSigningConfigArn"),
    triggers: [],
    loc: r.loc
  };
}
function linkRole(ctx, fn, role2, written3) {
  if (!role2) return;
  fn.roleRef = written3;
  ctx.later(() => {
    fn.roleId = roleIdOf(ctx, role2);
  });
}
function linkLogGroup(ctx, fn, group) {
  if (!group) return;
  ctx.later(() => {
    const target = ctx.service.resources.find(
      (r) => r.kind === "log-group" && (group.kind === "symbolic" ? group.refs.includes(r.id) : r.name !== void 0 && r.name.value === (group.kind === "scalar" ? group.value : ""))
    );
    if (target?.attributes.retentionDays) fn.logRetentionDays = target.attributes.retentionDays;
  });
}
function codePathOf(r) {
  const code = entry(r.props, "Code");
  if (!code) return void 0;
  if (code.value.kind === "scalar") return attrFromEntry("string", code);
  const asset = entry(r.metadata, "aws:asset:path");
  if (asset) return attrFromEntry("string", asset);
  if (!isMap(code.value)) return attrFromEntry("string", code);
  const image = entry(code.value, "ImageUri") ?? entry(code.value, "S3Key");
  if (image) return attrFromEntry("string", image);
  const zip = entry(code.value, "ZipFile");
  return zip ? derived("inline", locOfEntry(zip)) : void 0;
}

// src/iac/cloudformation/lambda-links.ts
var URL_AUTH = { NONE: "none", AWS_IAM: "iam" };
function mapFunctionUrl(ctx, r) {
  const p = r.props;
  const authType = authSettingAt(p, "AuthType") ?? { value: "NONE", loc: r.loc };
  const cors = corsFrom(entry(p, "Cors"));
  const endpoint = {
    id: r.id,
    kind: "function-url",
    functionIds: [],
    auth: authFrom(authSettingAt(p, "AuthType"), URL_AUTH),
    cors,
    loc: r.loc
  };
  ctx.service.endpoints.push(endpoint);
  ctx.later(() => {
    const target = get(p, "TargetFunctionArn") ?? get(p, "FunctionName");
    const fn = ctx.functionById(functionIdOf(ctx, target));
    if (!fn) {
      endpoint.target = stringAt(p, "TargetFunctionArn") ?? stringAt(p, "FunctionName");
      return;
    }
    endpoint.functionIds.push(fn.id);
    fn.url = { authType, cors, endpointId: endpoint.id, loc: r.loc };
    addTrigger(fn, { kind: "function-url", endpointId: endpoint.id, async: false, loc: r.loc });
  });
}
function mapPermission(ctx, r) {
  const p = r.props;
  const functionRef = stringAt(p, "FunctionName") ?? { value: "", loc: r.loc };
  const permission2 = {
    id: r.id,
    functionRef,
    action: stringAt(p, "Action") ?? { value: "lambda:InvokeFunction", loc: r.loc },
    principal: principalAt(p, "Principal") ?? { value: "", loc: r.loc },
    sourceArn: stringAt(p, "SourceArn"),
    sourceAccount: stringAt(p, "SourceAccount"),
    principalOrgId: stringAt(p, "PrincipalOrgID"),
    eventSourceToken: stringAt(p, "EventSourceToken"),
    functionUrlAuthType: stringAt(p, "FunctionUrlAuthType"),
    invokedViaFunctionUrl: attrAt("boolean", p, "InvokedViaFunctionUrl"),
    loc: r.loc
  };
  ctx.service.permissions.push(permission2);
  ctx.later(() => {
    permission2.functionId = functionIdOf(ctx, get(p, "FunctionName"));
  });
}
var SOURCE_BY_TYPE = {
  "AWS::SQS::Queue": "sqs",
  "AWS::Kinesis::Stream": "kinesis",
  "AWS::DynamoDB::Table": "dynamodb-stream",
  "AWS::DynamoDB::GlobalTable": "dynamodb-stream",
  "AWS::Serverless::SimpleTable": "dynamodb-stream",
  "AWS::MSK::Cluster": "msk",
  "AWS::MSK::ServerlessCluster": "msk",
  "AWS::AmazonMQ::Broker": "mq"
};
var SOURCE_BY_SERVICE = [
  [/:sqs:/, "sqs"],
  [/:kinesis:/, "kinesis"],
  [/:dynamodb:/, "dynamodb-stream"],
  [/:kafka:/, "msk"],
  [/:mq:/, "mq"]
];
function eventSourceKind(ctx, arn2) {
  for (const ref of refsIn(arn2)) {
    const kind = ownValue(SOURCE_BY_TYPE, ctx.typeOf(ref) ?? "");
    if (kind) return kind;
  }
  const text = fullText(arn2);
  return SOURCE_BY_SERVICE.find(([re]) => re.test(text))?.[1] ?? "other";
}
function mapEventSourceMapping(ctx, r) {
  const p = r.props;
  ctx.later(() => {
    const fn = ctx.functionById(functionIdOf(ctx, get(p, "FunctionName")));
    if (!fn) return;
    const source = get(p, "EventSourceArn");
    const kind = source ? eventSourceKind(ctx, source) : "other";
    addTrigger(fn, { kind, source: stringAt(p, "EventSourceArn"), async: false, loc: r.loc });
    const onFailure = stringAtPath(p, ["DestinationConfig", "OnFailure", "Destination"]);
    if (onFailure && !fn.onFailureDestination) fn.onFailureDestination = onFailure;
  });
}
function mapEventInvokeConfig(ctx, r) {
  const p = r.props;
  ctx.later(() => {
    const onFailure = stringAtPath(p, ["DestinationConfig", "OnFailure", "Destination"]);
    for (const id of functionIdsIn(ctx, get(p, "FunctionName"))) {
      const fn = ctx.functionById(id);
      if (fn && onFailure) fn.onFailureDestination = onFailure;
    }
  });
}
function mapLogGroup(ctx, r) {
  const p = r.props;
  const name = stringAt(p, "LogGroupName");
  const retentionDays = numberAt(p, "RetentionInDays");
  ctx.service.resources.push({
    id: r.id,
    kind: "log-group",
    type: r.type,
    name,
    policies: [],
    attributes: { retentionDays, kmsKeyId: stringAt(p, "KmsKeyId") },
    loc: r.loc
  });
  const written3 = get(p, "LogGroupName");
  if (!retentionDays || !written3) return;
  ctx.later(() => {
    for (const id of lambdaLogGroupFunctions(ctx, written3)) {
      const fn = ctx.functionById(id);
      if (fn) fn.logRetentionDays = retentionDays;
    }
  });
}
function lambdaLogGroupFunctions(ctx, name) {
  const text = fullText(name);
  const at = text.indexOf("/aws/lambda/");
  if (at < 0) return [];
  if (name.kind === "scalar") {
    const value = text.slice(at + "/aws/lambda/".length);
    return functionIdsIn(ctx, { kind: "scalar", value, loc: name.loc });
  }
  return functionIdsIn(ctx, name);
}

// src/iac/cloudformation/security.ts
function mapKmsKey(ctx, r) {
  const policy2 = documentAt(r.props, "KeyPolicy");
  pushResource(
    ctx,
    r,
    "kms-key",
    void 0,
    { keyRotation: booleanAt(r.props, "EnableKeyRotation") },
    policy2 ? [policy2] : []
  );
}
function mapSecret(ctx, r) {
  pushResource(ctx, r, "secret", stringAt(r.props, "Name"), {
    kmsKeyId: stringAt(r.props, "KmsKeyId")
  });
}
function mapRotationSchedule(ctx, r) {
  const secretId = get(r.props, "SecretId");
  const rules = get(r.props, "RotationRules");
  const interval = numberAt(rules, "AutomaticallyAfterDays") ?? stringAt(rules, "ScheduleExpression");
  ctx.later(() => {
    const secret = ctx.resourceById(resourceIdOf(ctx, secretId, ["AWS::SecretsManager::Secret"]));
    if (!secret) return;
    secret.attributes.rotation = derived(true, r.loc);
    if (interval) secret.attributes.rotationInterval = interval;
  });
}
function mapStateMachine(ctx, r) {
  const p = r.props;
  pushResource(ctx, r, "state-machine", stringAt(p, "StateMachineName"), {
    loggingLevel: stringAtPath(p, ["LoggingConfiguration", "Level"]),
    tracing: booleanAtPath(p, ["TracingConfiguration", "Enabled"]),
    kmsKeyId: stringAtPath(p, ["EncryptionConfiguration", "KmsKeyId"])
  });
}
function mapEventBus(ctx, r) {
  const policy2 = documentAt(r.props, "Policy");
  pushResource(ctx, r, "event-bus", stringAt(r.props, "Name"), {}, policy2 ? [policy2] : []);
}
function mapEventBusPolicy(ctx, r) {
  const p = r.props;
  const statement = get(p, "Statement");
  const statements2 = statement ? statementsFrom(statement) : [
    synthesizedStatement(
      r,
      stringAt(p, "Principal"),
      get(p, "Condition"),
      stringAt(p, "StatementId")
    )
  ];
  const document = { statements: statements2, loc: r.loc };
  const bus = get(p, "EventBusName") ?? { kind: "scalar", value: "default", loc: r.loc };
  attachResourcePolicy(ctx, r, "event-bus", bus, ["AWS::Events::EventBus"], document);
}
function mapIdentityPool(ctx, r) {
  pushResource(ctx, r, "identity-pool", stringAt(r.props, "IdentityPoolName"), {
    allowUnauthenticated: booleanAt(r.props, "AllowUnauthenticatedIdentities")
  });
}
function mapIdentityPoolRoleAttachment(ctx, r) {
  const role2 = stringAt(get(r.props, "Roles"), "unauthenticated");
  if (!role2) return;
  const poolId = get(r.props, "IdentityPoolId");
  ctx.later(() => {
    const pool = ctx.resourceById(resourceIdOf(ctx, poolId, ["AWS::Cognito::IdentityPool"]));
    if (pool) pool.attributes.unauthenticatedRole = role2;
  });
}
function mapUserPool(ctx, r) {
  pushResource(ctx, r, "user-pool", stringAt(r.props, "UserPoolName"), {
    mfa: stringAt(r.props, "MfaConfiguration")
  });
}
function mapLayerVersion(ctx, r) {
  pushResource(ctx, r, "layer", stringAt(r.props, "LayerName"), {});
}
function mapLayerVersionPermission(ctx, r) {
  const p = r.props;
  const org = entry(p, "OrganizationId");
  const statement = synthesizedStatement(r, stringAt(p, "Principal"), org && orgCondition(org));
  const document = { statements: [statement], loc: r.loc };
  const layerTypes = ["AWS::Lambda::LayerVersion", "AWS::Serverless::LayerVersion"];
  attachResourcePolicy(ctx, r, "layer", get(p, "LayerVersionArn"), layerTypes, document);
}
function synthesizedStatement(r, principal, condition, sid) {
  const principals = principal ? [accountPrincipal(principal)] : [];
  return {
    sid: typeof sid?.value === "string" ? sid.value : void 0,
    effect: derived("Allow", r.loc),
    actions: stringListAt(r.props, "Action"),
    notActions: [],
    resources: [],
    notResources: [],
    principals,
    notPrincipals: [],
    condition,
    loc: r.loc
  };
}
function orgCondition(org) {
  const inner = { key: "aws:PrincipalOrgID", keyLoc: org.keyLoc, value: org.value };
  const equals = { kind: "map", entries: /* @__PURE__ */ new Map([[inner.key, inner]]), loc: org.keyLoc };
  const outer = { key: "StringEquals", keyLoc: org.keyLoc, value: equals };
  return { kind: "map", entries: /* @__PURE__ */ new Map([[outer.key, outer]]), loc: org.keyLoc };
}

// src/iac/cloudformation/handlers.ts
var CFN_HANDLERS = {
  "AWS::Lambda::Function": mapLambdaFunction,
  "AWS::Lambda::Url": mapFunctionUrl,
  "AWS::Lambda::Permission": mapPermission,
  "AWS::Lambda::EventSourceMapping": mapEventSourceMapping,
  "AWS::Lambda::EventInvokeConfig": mapEventInvokeConfig,
  "AWS::Lambda::LayerVersion": mapLayerVersion,
  "AWS::Lambda::LayerVersionPermission": mapLayerVersionPermission,
  "AWS::Logs::LogGroup": mapLogGroup,
  "AWS::IAM::Role": mapRole,
  "AWS::IAM::Policy": mapStandalonePolicy,
  "AWS::IAM::RolePolicy": mapRolePolicy,
  "AWS::IAM::ManagedPolicy": mapStandalonePolicy,
  "AWS::IAM::User": mapIamPrincipal,
  "AWS::IAM::Group": mapIamPrincipal,
  "AWS::IAM::UserPolicy": mapPrincipalPolicy,
  "AWS::IAM::GroupPolicy": mapPrincipalPolicy,
  "AWS::ApiGateway::RestApi": mapRestApi,
  "AWS::ApiGateway::Method": mapMethod,
  "AWS::ApiGateway::Stage": mapRestStage,
  "AWS::ApiGateway::Deployment": mapDeployment,
  "AWS::ApiGateway::DomainName": mapDomainName,
  "AWS::ApiGateway::UsagePlan": mapUsagePlan,
  "AWS::ApiGatewayV2::Api": mapV2Api,
  "AWS::ApiGatewayV2::Route": mapRoute,
  "AWS::ApiGatewayV2::Stage": mapV2Stage,
  "AWS::ApiGatewayV2::DomainName": mapDomainName,
  "AWS::WAFv2::WebACLAssociation": mapWebAclAssociation,
  "AWS::WAFRegional::WebACLAssociation": mapWebAclAssociation,
  "AWS::Events::Rule": mapEventRule,
  "AWS::SNS::Subscription": mapSnsSubscription,
  "AWS::S3::Bucket": mapBucket,
  "AWS::S3::BucketPolicy": mapBucketPolicy,
  "AWS::DynamoDB::Table": mapTable,
  "AWS::DynamoDB::GlobalTable": mapTable,
  "AWS::SQS::Queue": mapQueue,
  "AWS::SQS::QueuePolicy": mapQueuePolicy,
  "AWS::SQS::QueueInlinePolicy": mapQueueInlinePolicy,
  "AWS::SNS::Topic": mapTopic,
  "AWS::SNS::TopicPolicy": mapTopicPolicy,
  "AWS::SNS::TopicInlinePolicy": mapTopicInlinePolicy,
  "AWS::Kinesis::Stream": mapStream,
  "AWS::KMS::Key": mapKmsKey,
  "AWS::SecretsManager::Secret": mapSecret,
  "AWS::SecretsManager::RotationSchedule": mapRotationSchedule,
  "AWS::StepFunctions::StateMachine": mapStateMachine,
  "AWS::Events::EventBus": mapEventBus,
  "AWS::Events::EventBusPolicy": mapEventBusPolicy,
  "AWS::Cognito::IdentityPool": mapIdentityPool,
  "AWS::Cognito::IdentityPoolRoleAttachment": mapIdentityPoolRoleAttachment,
  "AWS::Cognito::UserPool": mapUserPool
};

// src/iac/cloudformation/context.ts
var MapContext = class {
  constructor(file, service, resolver, externalIds2, sharedKeys = /* @__PURE__ */ new WeakSet()) {
    this.file = file;
    this.service = service;
    this.resolver = resolver;
    this.externalIds = externalIds2;
    this.sharedKeys = sharedKeys;
  }
  file;
  service;
  resolver;
  externalIds;
  sharedKeys;
  resources = /* @__PURE__ */ new Map();
  diagnostics = [];
  deferred = [];
  /** Runs `work` once every resource has been mapped (links that need the whole service). */
  later(work) {
    this.deferred.push(work);
  }
  /** Runs deferred work, including work that deferred work defers. */
  runDeferred() {
    for (let i = 0; i < this.deferred.length; i++) this.guard(this.deferred[i]);
  }
  /**
   * Runs `work`; an unexpected error becomes a diagnostic instead of stopping the scan, at `loc`
   * (a function when the location is worth reading only then).
   */
  guard(work, loc) {
    try {
      work();
    } catch (err) {
      this.failed(err, typeof loc === "function" ? loc() : loc);
    }
  }
  /**
   * What `guard` reports when work fails: for loops over every resource, which guard inline. An
   * error, not a warning: what the failed work would have read (a function's URL, its policies)
   * is unchecked, and the gate never passes on what it did not check.
   */
  failed(err, loc) {
    const message = errorMessage(err);
    const why = `could not read this part of the template: ${message}`;
    this.diagnostics.push(templateWarning(this.file, why, "internal-error", loc, "error"));
  }
  /**
   * A warning at `loc`, in the file `loc` is in: a Serverless service's `resources` may come from
   * a file it includes, whose line numbers only make sense in that file.
   */
  warn(message, loc, code = "invalid-template") {
    this.diagnostics.push(templateWarning(this.file, message, code, loc));
  }
  typeOf(id) {
    return this.resources.get(id)?.type;
  }
  resolve(v) {
    return this.resolver.resolve(v);
  }
  functionById(id) {
    return id === void 0 ? void 0 : this.service.functions.find((f) => f.id === id);
  }
  roleById(id) {
    return id === void 0 ? void 0 : this.service.roles.find((r) => r.id === id);
  }
  resourceById(id) {
    return id === void 0 ? void 0 : this.service.resources.find((r) => r.id === id);
  }
};
function templateWarning(file, message, code, loc, severity = "warning") {
  const at = { line: loc?.line, column: loc?.column };
  return diagnostic(loc?.file || file, message, code, at, severity);
}
function emptyMap(loc) {
  return { kind: "map", entries: /* @__PURE__ */ new Map(), loc };
}

// src/iac/cloudformation/json-documents.ts
var DOCUMENT_KEYS = {
  "AWS::IAM::Role": ["AssumeRolePolicyDocument"],
  "AWS::IAM::Policy": ["PolicyDocument"],
  "AWS::IAM::ManagedPolicy": ["PolicyDocument"],
  "AWS::IAM::UserPolicy": ["PolicyDocument"],
  "AWS::IAM::GroupPolicy": ["PolicyDocument"],
  "AWS::IAM::RolePolicy": ["PolicyDocument"],
  "AWS::SQS::QueuePolicy": ["PolicyDocument"],
  "AWS::SQS::QueueInlinePolicy": ["PolicyDocument"],
  "AWS::SNS::TopicPolicy": ["PolicyDocument"],
  "AWS::SNS::TopicInlinePolicy": ["PolicyDocument"],
  "AWS::S3::BucketPolicy": ["PolicyDocument"],
  "AWS::KMS::Key": ["KeyPolicy"],
  "AWS::Events::EventBus": ["Policy"]
};
var INLINE_POLICY_TYPES = /* @__PURE__ */ new Set(["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"]);
function withJsonDocuments(ctx, type, props) {
  const keys = ownValue(DOCUMENT_KEYS, type) ?? [];
  const inline = INLINE_POLICY_TYPES.has(type);
  if (keys.length === 0 && !inline) return props;
  const entries = new Map(props.entries);
  for (const key of keys) replace(ctx, entries, key);
  const policies = entries.get("Policies");
  if (inline && policies?.value.kind === "list") {
    const items = policies.value.items.map((item) => {
      if (!isMap(item)) return item;
      const inner = new Map(item.entries);
      replace(ctx, inner, "PolicyDocument");
      return withEntries(item, inner);
    });
    entries.set("Policies", withValue(policies, withItems(policies.value, items)));
  }
  return withEntries(props, entries);
}
function replace(ctx, entries, key) {
  const e = entries.get(key);
  if (e?.value.kind !== "scalar" || typeof e.value.value !== "string") return;
  const parsed = parseJsonDocument(ctx, key, e.value.value, e.value);
  if (parsed) entries.set(key, withValue(e, parsed));
}
function parseJsonDocument(ctx, key, text, v) {
  const origin = v.textStart ?? { line: v.loc.line, column: v.loc.column };
  const indent = v.textStart ? v.textStart.column - 1 : void 0;
  const at = (p) => ({
    line: origin.line + p.line - 1,
    column: p.line === 1 ? origin.column + p.column - 1 : p.column + (indent ?? 0)
  });
  const problem = jsonProblem(text);
  if (problem) {
    const where = at(problem.at);
    ctx.diagnostics.push(
      diagnostic(
        v.loc.file || ctx.file,
        `${key} is a string that is not a JSON policy document: ${problem.message}`,
        "invalid-policy-json",
        where,
        "error"
      )
    );
    return void 0;
  }
  const loaded = loadDocument(v.loc.file || ctx.file, text);
  return loaded.value ? moved(loaded.value, at) : void 0;
}
function jsonProblem(text) {
  try {
    const parsed = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return void 0;
    return { message: "it is not an object", at: positionIn(text, text.search(/\S/)) };
  } catch (err) {
    const message = errorMessage(err);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const at = positionIn(text, offset === void 0 ? text.length : Number(offset));
    return { message: message.replace(/ in JSON at position \d+.*$/s, ""), at };
  }
}
function positionIn(text, offset) {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
function moved(v, at) {
  const loc = (l) => {
    const out = { ...l, ...at(l) };
    if (l.value) out.value = { start: at(l.value.start), end: at(l.value.end) };
    return out;
  };
  switch (v.kind) {
    case "scalar":
    case "symbolic":
      return { ...v, loc: loc(v.loc) };
    case "list":
      return { ...v, items: v.items.map((i) => moved(i, at)), loc: loc(v.loc) };
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, e] of v.entries) {
        entries.set(k, { key: k, keyLoc: loc(e.keyLoc), value: moved(e.value, at) });
      }
      return { ...v, entries, loc: loc(v.loc) };
    }
  }
}

// src/iac/cloudformation/parameters.ts
function readParameters(ctx, section, overrides = /* @__PURE__ */ new Map()) {
  const known = /* @__PURE__ */ new Map();
  if (section === void 0) return known;
  if (!isMap(section)) {
    ctx.warn("Parameters should be a map of parameter definitions", section.loc);
    return known;
  }
  for (const e of section.entries.values()) {
    const definition = e.value;
    if (!isMap(definition)) {
      ctx.warn(`parameter ${e.key} should be a map with Type and Default`, e.keyLoc);
      continue;
    }
    const parameter = {
      name: e.key,
      secret: asBoolean(get(definition, "NoEcho")) === true,
      loc: locOfEntry(e)
    };
    const type = asString(get(definition, "Type")) ?? "String";
    const isList2 = type.startsWith("List<") || type === "CommaDelimitedList";
    const fromSsm = type.startsWith("AWS::SSM::Parameter::Value");
    const defaultEntry = entry(definition, "Default");
    const allowed = isList2 || fromSsm ? [] : allowedValues(get(definition, "AllowedValues"));
    const choices = allowed.length > 1 ? allowed : void 0;
    if (defaultEntry?.value.kind === "scalar") {
      const value = defaultEntry.value.value;
      parameter.default = { value, loc: locOfEntry(defaultEntry) };
      const others = choices?.filter((c) => c !== value);
      if (!fromSsm) known.set(e.key, { value, isList: isList2, choices: others && [value, ...others] });
    } else if (choices) {
      known.set(e.key, { choices });
    } else if (allowed[0] !== void 0) {
      known.set(e.key, { value: allowed[0], isList: isList2 });
    }
    const given = overrides.get(e.key);
    if (given !== void 0 && !fromSsm) known.set(e.key, { value: given, isList: isList2 });
    ctx.service.parameters.push(parameter);
  }
  return known;
}
function allowedValues(v) {
  if (v?.kind !== "list") return [];
  const values = [];
  for (const item of v.items) {
    if (item.kind !== "scalar" || item.value === null) return [];
    if (!values.includes(item.value)) values.push(item.value);
  }
  return values;
}

// src/iac/cloudformation/resolve.ts
var SUB_VARIABLE = /\$\{([^}]*)\}/g;
var RESOLVABLE = /"Ref"|"Fn::(?:Sub|If|Join|Select|Split|FindInMap)"|\{\{resolve:|\\/;
var ParameterResolver = class {
  constructor(parameters2, mappings) {
    this.parameters = parameters2;
    this.mappings = mappings;
  }
  parameters;
  mappings;
  /**
   * Unchanged values are returned as they are (copy on write), so nothing is allocated for the
   * common case; aliased values are walked once per use, which the loader bounds (`maxNodes`).
   */
  resolve(v) {
    if (v.kind === "scalar") return dynamicReference(v) ?? v;
    const written3 = writtenText(v);
    return written3 !== void 0 && !RESOLVABLE.test(written3) ? v : this.compute(v);
  }
  /** The literal a parameter name stands for, if it is known. */
  parameter(name) {
    return this.parameters.get(name);
  }
  compute(v) {
    switch (v.kind) {
      case "scalar":
        return dynamicReference(v) ?? v;
      case "symbolic":
        return this.symbolic(v);
      case "list":
        return this.list(v);
      case "map": {
        let entries;
        for (const [key, e] of v.entries) {
          const value = this.resolve(e.value);
          if (value !== e.value) (entries ??= new Map(v.entries)).set(key, withValue(e, value));
        }
        return entries ? withEntries(v, entries) : v;
      }
    }
  }
  list(v) {
    let items;
    v.items.forEach((item, i) => {
      const branches = branchItems(item);
      if (branches) {
        items ??= v.items.slice(0, i);
        for (const b of branches) items.push(this.resolve(b));
        return;
      }
      const value = this.resolve(item);
      const each2 = choicesOf(value);
      if (each2) (items ??= v.items.slice(0, i)).push(...each2);
      else if (items) items.push(value);
      else if (value !== item) (items = v.items.slice(0, i)).push(value);
    });
    return items ? withItems(v, items) : v;
  }
  symbolic(v) {
    const listed = listBranches(v);
    if (listed) return this.list({ kind: "list", items: listed, loc: v.loc });
    if (v.fn === "Ref" && v.args?.kind === "scalar") {
      const known = this.parameters.get(String(v.args.value));
      return known ? literalAt(known, v) : v;
    }
    switch (v.fn) {
      case "Fn::Sub":
        return this.sub(v) ?? v;
      case "Fn::Join":
        return this.join(v) ?? v;
      case "Fn::Select":
        return this.select(v) ?? v;
      case "Fn::Split":
        return this.split(v) ?? v;
      case "Fn::FindInMap":
        return this.findInMap(v) ?? v;
      case "Fn::If":
        return this.condition(v);
      default:
        return v;
    }
  }
  /** A literal string a value resolves to (numbers and booleans as CloudFormation writes them). */
  text(v) {
    const value = v === void 0 ? void 0 : this.resolve(v);
    return value?.kind === "scalar" && value.value !== null ? String(value.value) : void 0;
  }
  /**
   * The items of a list argument, each resolved on its own: a `Fn::If` item is one value here,
   * not both branches, so a join or an index stays exact. Undefined when the list is not known.
   */
  items(v) {
    if (v?.kind === "list") return v.items.map((i) => this.resolve(i));
    if (v?.kind !== "symbolic" || v.fn === "Fn::If") return void 0;
    const value = this.resolve(v);
    return value.kind === "list" ? value.items : void 0;
  }
  /** `!Join [delimiter, [parts]]` whose parts are all literals: the string it builds. */
  join(v) {
    const [delimiter, parts] = v.args?.kind === "list" ? v.args.items : [];
    const separator = delimiter?.kind === "scalar" ? String(delimiter.value ?? "") : void 0;
    const items = this.items(parts);
    if (separator === void 0 || !items) return void 0;
    const texts = items.map(
      (i) => i.kind === "scalar" && i.value !== null ? String(i.value) : void 0
    );
    if (texts.some((t) => t === void 0)) return void 0;
    return { kind: "scalar", value: texts.join(separator), loc: v.loc };
  }
  /** `!Select [index, list]` with a literal index into a known list: that item. */
  select(v) {
    const [index, list] = v.args?.kind === "list" ? v.args.items : [];
    const i = Number(this.text(index));
    const items = this.items(list);
    if (!items || !Number.isInteger(i) || i < 0 || i >= items.length) return void 0;
    return items[i];
  }
  /** `!Split [delimiter, text]` of a literal: the list of its pieces. */
  split(v) {
    const [delimiter, source] = v.args?.kind === "list" ? v.args.items : [];
    const separator = delimiter?.kind === "scalar" ? String(delimiter.value ?? "") : void 0;
    const text = this.text(source);
    if (!separator || text === void 0) return void 0;
    const items = text.split(separator).map((s) => ({ kind: "scalar", value: s, loc: v.loc }));
    return { kind: "list", items, loc: v.loc };
  }
  /**
   * `!FindInMap [Map, TopKey, SecondKey]` with keys known: the value under them in `Mappings`,
   * located where the `!FindInMap` is written (the value only applies there). A missing entry
   * with a `DefaultValue` (AWS::LanguageExtensions) is that default.
   */
  findInMap(v) {
    const [name, top, second, options] = v.args?.kind === "list" ? v.args.items : [];
    const keys = [name, top, second].map((k) => this.text(k));
    if (keys.some((k) => k === void 0)) return void 0;
    const [m, t, s] = keys;
    const found2 = get(get(get(this.mappings, m), t), s);
    if (found2) return found2.kind === "symbolic" ? void 0 : relocate(found2, v.loc);
    const fallback = get(options, "DefaultValue");
    return fallback ? this.resolve(fallback) : void 0;
  }
  /**
   * A `Fn::If` outside a list: the literal both branches resolve to, else the `Fn::If` with its
   * branches resolved, so a rule can check each (the statement or setting is reported when either
   * branch makes it one).
   */
  condition(v) {
    const args = v.args;
    if (args?.kind !== "list" || args.items.length !== 3) return v;
    const [name, yes, no] = args.items;
    const a = this.resolve(yes);
    const b = this.resolve(no);
    if (a.kind === "scalar" && b.kind === "scalar" && a.value === b.value)
      return { kind: "scalar", value: a.value, loc: v.loc };
    if (a === yes && b === no) return v;
    return { ...v, args: withItems(args, [name, a, b]) };
  }
  /** `!Sub` with only known parameters (or literal variables) becomes the string it yields. */
  sub(v) {
    const args = v.args;
    const template2 = args?.kind === "list" ? args.items[0] : args;
    if (template2?.kind !== "scalar" || typeof template2.value !== "string") return void 0;
    const vars = args?.kind === "list" ? args.items[1] : void 0;
    let unresolved = false;
    const text = template2.value.replace(SUB_VARIABLE, (whole, name) => {
      if (name.startsWith("!")) return `\${${name.slice(1)}}`;
      const local = vars?.kind === "map" ? vars.entries.get(name.trim())?.value : void 0;
      const value = local ? this.resolve(local) : void 0;
      if (value?.kind === "scalar" && value.value !== null) return String(value.value);
      const known = local ? void 0 : this.parameters.get(name.trim());
      if (known?.value !== void 0 && !known.isList && known.value !== null)
        return String(known.value);
      unresolved = true;
      return whole;
    });
    return unresolved ? void 0 : { kind: "scalar", value: text, loc: v.loc };
  }
};
function branchItems(v) {
  if (v.kind !== "symbolic" || v.fn !== "Fn::If") return void 0;
  const args = v.args;
  if (args?.kind !== "list" || args.items.length !== 3) return void 0;
  return args.items.slice(1).flatMap((b) => branchItems(b) ?? (isNoValue(b) ? [] : [b]));
}
function listBranches(v) {
  const branches = branchItems(v);
  if (!branches || !branches.some((b) => b.kind === "list")) return void 0;
  if (!branches.every((b) => b.kind === "list")) return void 0;
  return branches.flatMap((b) => b.items);
}
function isNoValue(v) {
  return v.kind === "symbolic" && v.fn === "Ref" && v.args?.kind === "scalar" && v.args.value === "AWS::NoValue";
}
function literalAt(known, ref) {
  const loc = ref.loc;
  if (known.value === void 0) return eitherOf(known.choices, ref);
  if (!known.isList) {
    const value = { kind: "scalar", value: known.value, loc };
    if (known.choices) value.choices = known.choices;
    return value;
  }
  const items = String(known.value ?? "").split(",").map((s) => ({ kind: "scalar", value: s.trim(), loc }));
  return { kind: "list", items, loc };
}
function eitherOf(choices, ref) {
  const [first, ...rest] = choices.map((value) => ({ kind: "scalar", value, loc: ref.loc }));
  if (!first || rest.length === 0) return first ?? ref;
  const condition = { kind: "scalar", value: ref.expr, loc: ref.loc };
  const otherwise = eitherOf(choices.slice(1), ref);
  const args = { kind: "list", items: [condition, first, otherwise], loc: ref.loc };
  return { ...ref, fn: "Fn::If", args };
}
function choicesOf(v) {
  if (v.kind === "scalar" && v.choices)
    return v.choices.map((value) => ({ kind: "scalar", value, loc: v.loc }));
  return branchItems(v);
}

// src/iac/cloudformation/template.ts
function mapTemplate(input, service, handlers, options = {}) {
  const file = input.template.loc.file;
  const early = [];
  const warn2 = (message, loc, code = "invalid-template") => early.push(templateWarning(file, message, code, loc));
  const parameters2 = readParameters(
    { service, warn: warn2 },
    get(input.template, "Parameters"),
    input.parameterOverrides
  );
  const ctx = new MapContext(
    file,
    service,
    new ParameterResolver(parameters2, get(input.template, "Mappings")),
    input.externalIds ?? /* @__PURE__ */ new Map(),
    options.sharedKeys
  );
  const section = get(withLoopsUnrolled(input.template), "Resources");
  if (section?.kind === "symbolic" && section.fn === "Fn::Transform") {
    includedFromElsewhere(ctx, section.args, section.loc);
  } else if (section?.kind === "symbolic" && section.fn.startsWith("Fn::ForEach")) {
    ctx.warn(FOR_EACH_MESSAGE, section.loc, "unsupported-intrinsic");
  } else if (section !== void 0 && !isMap(section)) {
    ctx.warn("Resources should be a map of logical ids to resources", section.loc);
  }
  if (isMap(section)) registerAll(ctx, section);
  for (const r of ctx.resources.values()) {
    const handler = ownValue(handlers, r.type);
    if (!handler) continue;
    try {
      handler(ctx, r);
    } catch (err) {
      ctx.failed(err, r.loc);
    }
  }
  ctx.runDeferred();
  return [...early, ...ctx.diagnostics];
}
var FOR_EACH_MESSAGE = "Fn::ForEach (AWS::LanguageExtensions) should be [identifier, collection, resources]: the resources it generates are not modelled";
function registerAll(ctx, section) {
  const raw = ctx.service.rawResources.length;
  const warnings = ctx.diagnostics.length;
  const unregistered = /* @__PURE__ */ new Set();
  for (const e of membersOnce(section)) {
    if (ctx.resources.has(e.key) || unregistered.has(e.key)) {
      ctx.resources.clear();
      ctx.service.rawResources.length = raw;
      ctx.diagnostics.length = warnings;
      for (const entry2 of section.entries.values()) registerGuarded(ctx, entry2);
      return;
    }
    if (!registerGuarded(ctx, e)) unregistered.add(e.key);
  }
}
function includedFromElsewhere(ctx, args, loc) {
  const name = asString(get(args, "Name")) ?? "a transform";
  const location = asString(get(get(args, "Parameters"), "Location"));
  const from = location ? ` from ${location}` : "";
  const message = `${name}${from} adds resources that are not in the template: they are not checked`;
  const at = { line: loc.line, column: loc.column };
  ctx.diagnostics.push(diagnostic(loc.file || ctx.file, message, "external-resources", at));
}
function registerGuarded(ctx, e) {
  try {
    return register(ctx, e);
  } catch (err) {
    ctx.failed(err, e.keyLoc);
    return false;
  }
}
function register(ctx, e) {
  if (e.key.startsWith("Fn::ForEach::")) {
    ctx.warn(FOR_EACH_MESSAGE, e.keyLoc, "unsupported-intrinsic");
    return false;
  }
  if (e.key === "Fn::Transform") {
    includedFromElsewhere(ctx, e.value, e.keyLoc);
    return false;
  }
  const definition = e.value;
  const type = readOnce(definition, "Type");
  if (!isMap(definition) || type?.kind !== "scalar" || typeof type.value !== "string") {
    ctx.warn(`resource ${e.key} has no Type: it is not read`, e.keyLoc);
    return false;
  }
  const loc = locOfEntry(e);
  const written3 = readOnce(definition, "Properties");
  if (written3 !== void 0 && !isMap(written3) && written3.kind !== "symbolic") {
    ctx.warn(`Properties of ${e.key} should be a map`, written3.loc);
  }
  const resolved = written3 ? ctx.resolve(written3) : void 0;
  const r = {
    id: e.key,
    type: type.value,
    props: isMap(resolved) ? withJsonDocuments(ctx, type.value, resolved) : emptyMap(loc),
    properties: written3,
    metadata: readOnce(definition, "Metadata"),
    connectors: readOnce(definition, "Connectors"),
    loc
  };
  ctx.resources.set(r.id, r);
  ctx.service.rawResources.push(r);
  return true;
}

// src/iac/cloudformation/map.ts
function mapCloudFormationTemplate(input, service) {
  return mapTemplate(input, service, CFN_HANDLERS);
}

// src/iac/cloudformation/naming.ts
import { posix as posix2 } from "node:path";

// src/iac/cloudformation/samconfig.ts
import { posix } from "node:path";
var NONE = { values: /* @__PURE__ */ new Map(), diagnostics: [] };
var DEFAULT_TEMPLATES = /* @__PURE__ */ new Set(["template.yaml", "template.yml", "template.json"]);
async function samOverrides(file, repo) {
  const dir = posix.dirname(file);
  const found2 = await samconfigOf(dir, repo);
  if (found2?.unreadable !== void 0) {
    const why = `cannot be read (${found2.unreadable}): the parameter values \`sam deploy\` gives ${file} are unknown, so it was not checked with them`;
    return { values: /* @__PURE__ */ new Map(), diagnostics: [diagnostic(found2.path, why, "unreadable-samconfig")] };
  }
  if (!found2 || !found2.text.includes("parameter_overrides")) return NONE;
  const { path: path2 } = found2;
  const parsed = await parsedOf(found2);
  if (!parsed.ok) {
    const format = path2.endsWith(".toml") ? "TOML" : "YAML";
    const why = `not valid ${format} (${parsed.message}): the parameter values \`sam deploy\` gives ${file} are unknown, so it was not checked with them`;
    return { values: /* @__PURE__ */ new Map(), diagnostics: [diagnostic(path2, why, "parse-error", parsed.at)] };
  }
  const env = asRecord(parsed.value["default"]);
  const deploy = asRecord(asRecord(env?.["deploy"])?.["parameters"]);
  const global = asRecord(asRecord(env?.["global"])?.["parameters"]);
  const templateFile = deploy?.["template_file"] ?? global?.["template_file"];
  if (!deploys(file, dir, templateFile)) return NONE;
  const overrides = deploy?.["parameter_overrides"] ?? global?.["parameter_overrides"];
  return { values: overridesOf(overrides), diagnostics: [] };
}
async function samStackName(file, repo) {
  const found2 = await samconfigOf(posix.dirname(file), repo);
  if (!found2 || !found2.text.includes("stack_name")) return void 0;
  const parsed = await parsedOf(found2);
  if (!parsed.ok) return void 0;
  const environments = [parsed.value["default"], ...Object.values(parsed.value)];
  for (const env of environments) {
    for (const command of ["deploy", "global"]) {
      const name = asRecord(asRecord(asRecord(env)?.[command])?.["parameters"])?.["stack_name"];
      if (typeof name === "string" && name.trim() !== "") return name;
    }
  }
  return void 0;
}
var samconfigs = /* @__PURE__ */ new WeakMap();
function samconfigOf(dir, repo) {
  if (!repo) return Promise.resolve(void 0);
  let byDir = samconfigs.get(repo);
  if (!byDir) samconfigs.set(repo, byDir = /* @__PURE__ */ new Map());
  let found2 = byDir.get(dir);
  if (!found2) byDir.set(dir, found2 = firstSamconfig(dir, repo));
  return found2;
}
async function firstSamconfig(dir, repo) {
  for (const name of SAMCONFIG_NAMES) {
    const path2 = dir === "." ? name : `${dir}/${name}`;
    const { text, why } = await readOrWhy(repo, path2);
    if (text !== void 0) return { path: path2, text };
    if (why !== void 0) return { path: path2, text: "", unreadable: why };
  }
  return void 0;
}
function parsedOf(config) {
  const { path: path2, text } = config;
  return config.parsed ??= path2.endsWith(".toml") ? parseToml(text) : parseYaml(text);
}
function deploys(file, dir, templateFile) {
  if (typeof templateFile !== "string") return DEFAULT_TEMPLATES.has(posix.basename(file));
  return posix.normalize(posix.join(dir, templateFile)) === posix.normalize(file);
}
function overridesOf(raw) {
  const out = /* @__PURE__ */ new Map();
  const texts = Array.isArray(raw) ? raw : [raw];
  for (const text of texts) {
    if (typeof text !== "string") continue;
    const rest = text.replace(LEGACY, (_, key, value) => {
      out.set(key, unquote(value));
      return " ";
    });
    for (const m of rest.matchAll(PAIR)) out.set(m[1], unquote(m[2]));
  }
  return out;
}
var VALUE = `("(?:[^"\\\\]|\\\\.)*"|'[^']*'|[^\\s"']*)`;
var LEGACY = new RegExp(`ParameterKey=([A-Za-z0-9]+),ParameterValue=${VALUE}`, "g");
var PAIR = new RegExp(`(?:^|\\s)([A-Za-z0-9]+)=${VALUE}`, "g");
function unquote(value) {
  if (value.startsWith("'")) return value.slice(1, -1);
  if (!value.startsWith('"')) return value;
  return value.slice(1, -1).replace(/\\(.)/g, "$1");
}
async function parseToml(text) {
  const toml = await import("./chunk-CN5UEKOC.js");
  try {
    return { ok: true, value: toml.parse(withoutBom(text)) };
  } catch (err) {
    const at = err instanceof toml.TomlError ? { line: err.line, column: err.column } : {};
    const message = err instanceof Error ? err.message.split("\n")[0] ?? "" : String(err);
    return { ok: false, message, at };
  }
}
async function parseYaml(text) {
  const { LineCounter, parseDocument } = await import("./chunk-O7AY4HUX.js");
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    const message = error.message.split("\n")[0] ?? "";
    return { ok: false, message, at: { line: at.line, column: at.col } };
  }
  try {
    const value = doc.toJS({ maxAliasCount: 100 });
    return { ok: true, value: asRecord(value) ?? {} };
  } catch (err) {
    return { ok: false, message: errorMessage(err), at: {} };
  }
}
function asRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}

// src/iac/cloudformation/naming.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
function resourceTypes(document) {
  const resources = get(document, "Resources");
  if (!isMap(resources)) return [];
  const out = [];
  for (const e of resources.entries.values()) {
    const type = get(e.value, "Type");
    if (type?.kind === "scalar" && typeof type.value === "string") out.push(type.value);
  }
  return out;
}
var samTemplates = /* @__PURE__ */ new WeakMap();
function isSamTemplate(document) {
  let known = samTemplates.get(document);
  if (known === void 0) samTemplates.set(document, known = readsAsSam(document));
  return known;
}
function readsAsSam(document) {
  const transforms = asList(get(document, "Transform"));
  if (transforms.some((t) => t.kind === "scalar" && t.value === SAM_TRANSFORM)) return true;
  const resources = get(document, "Resources");
  const written3 = resources && writtenText(resources);
  if (written3 !== void 0 && !written3.includes("AWS::Serverless::") && !written3.includes("\\"))
    return false;
  return resourceTypes(document).some((t) => t.startsWith("AWS::Serverless::"));
}
function isCloudFormationTemplate(document) {
  if (document.entries.has("AWSTemplateFormatVersion")) return true;
  return resourceTypes(document).some((t) => t.startsWith("AWS::"));
}
var GENERIC_NAMES = /* @__PURE__ */ new Set([
  "template",
  "templates",
  "serverless",
  "sam",
  "sam-template",
  "cloudformation",
  "cfn",
  "stack",
  "main",
  "packaged",
  "packaged-template",
  "output",
  "infra",
  "infrastructure"
]);
async function stackName(file, document, repo) {
  const cdk = cdkStackName(document);
  if (cdk) return cdk;
  const dir = dirOf(file);
  const configured = await samStackName(file, repo);
  if (configured) return configured;
  const base = posix2.basename(file).replace(/(\.template)?\.(ya?ml|json|template)$/i, "");
  if (!GENERIC_NAMES.has(base.toLowerCase()) || dir === "") return base;
  return posix2.basename(dir);
}
function cdkStackName(document) {
  const resources = get(document, "Resources");
  if (!isMap(resources)) return void 0;
  for (const e of membersOnce(resources)) {
    const path2 = getPath(e.value, ["Metadata", "aws:cdk:path"]);
    if (path2?.kind === "scalar" && typeof path2.value === "string" && path2.value.includes("/")) {
      return path2.value.split("/")[0];
    }
  }
  return void 0;
}

// src/iac/cloudformation/index.ts
var cloudformationFormat = {
  format: "cloudformation",
  detect: (_file, document) => isCloudFormationTemplate(document) && !isSamTemplate(document),
  async build(input, ctx) {
    const { file, document } = input;
    const name = await stackName(file, document, ctx.repo);
    const loc = locationAt(file, document.loc.line, document.loc.column);
    const service = emptyService(file, name, "cloudformation", dirOf(file), loc);
    const overrides = await samOverrides(file, ctx.repo);
    const diagnostics = mapCloudFormationTemplate(
      { template: document, parameterOverrides: overrides.values },
      service
    );
    return { services: [service], diagnostics: [...overrides.diagnostics, ...diagnostics] };
  }
};

// src/iac/sam/definition-uri.ts
var API_TYPES = /* @__PURE__ */ new Set(["AWS::Serverless::Api", "AWS::Serverless::HttpApi"]);
async function inlineDefinitionFiles(template2, file, repo) {
  const out = { template: template2, files: [], diagnostics: [], unreadKeys: [] };
  const resources = entry(template2, "Resources");
  if (!resources || !isMap(resources.value)) return out;
  if (writtenText(resources.value)?.includes("DefinitionUri") === false) return out;
  const replaced = /* @__PURE__ */ new Map();
  for (const r of membersOnce(resources.value)) {
    const uri = localDefinitionUri(r);
    if (!uri) continue;
    const definition = await readDefinition(uri, file, repo, out);
    if (definition) replaced.set(r.key, withDefinitionBody(r, definition));
  }
  if (replaced.size === 0) return out;
  const merged2 = new Map(resources.value.entries);
  for (const [id, e] of replaced) merged2.set(id, e);
  const entries = new Map(template2.entries);
  entries.set("Resources", withValue(resources, withEntries(resources.value, merged2)));
  out.template = withEntries(template2, entries);
  return out;
}
function localDefinitionUri(r) {
  if (!API_TYPES.has(asString(get(r.value, "Type")) ?? "")) return void 0;
  const props = get(r.value, "Properties");
  if (entry(props, "DefinitionBody")) return void 0;
  const uri = entry(props, "DefinitionUri");
  const written3 = asString(uri?.value);
  if (!uri || !written3 || isUrl(written3)) return void 0;
  return { entry: uri, written: written3 };
}
async function readDefinition(uri, file, repo, out) {
  const at = { line: uri.entry.keyLoc.line, column: uri.entry.keyLoc.column };
  const unread = (problem) => {
    if (problem) out.diagnostics.push(problem);
    out.unreadKeys.push(at);
    return void 0;
  };
  const atUri = (why2, code) => diagnostic(
    file,
    `DefinitionUri ${uri.written} ${why2}: the routes this API definition writes are not checked`,
    code,
    at
  );
  const path2 = resolveInRepo(dirOf(file), uri.written);
  if (path2 === void 0)
    return unread(atUri("is outside the repository", "definition-outside-repository"));
  const { text, why } = await readOrWhy(repo, path2);
  if (text === void 0) {
    if (why === void 0)
      return unread(atUri("is not in the repository", "unresolved-definition-uri"));
    return unread(unreadableDefinition(path2, why));
  }
  const loaded = loadTemplateText(path2, text);
  out.diagnostics.push(...loaded.diagnostics);
  if (!out.files.includes(path2)) out.files.push(path2);
  if (isMap(loaded.value)) return loaded.value;
  if (loaded.diagnostics.some((d) => d.severity === "error")) return unread();
  return unread(
    atUri(`(${path2}) does not hold an OpenAPI definition (a map)`, "invalid-definition-uri")
  );
}
function unreadableDefinition(path2, why) {
  const message = `cannot be read (${why}): the routes this API definition writes are not checked`;
  return diagnostic(path2, message, "unreadable-definition");
}
function withDefinitionBody(r, definition) {
  const props = get(r.value, "Properties");
  const uri = entry(props, "DefinitionUri");
  const entries = new Map(props.entries);
  entries.delete("DefinitionUri");
  entries.set("DefinitionBody", { key: "DefinitionBody", keyLoc: uri.keyLoc, value: definition });
  const resource = new Map(r.value.entries);
  const propsEntry = entry(r.value, "Properties");
  resource.set("Properties", withValue(propsEntry, withEntries(props, entries)));
  return withValue(r, withEntries(r.value, resource));
}

// src/iac/sam/globals.ts
var GLOBAL_SECTIONS = {
  Function: "AWS::Serverless::Function",
  Api: "AWS::Serverless::Api",
  HttpApi: "AWS::Serverless::HttpApi",
  SimpleTable: "AWS::Serverless::SimpleTable",
  StateMachine: "AWS::Serverless::StateMachine",
  LayerVersion: "AWS::Serverless::LayerVersion"
};
var SUPPORTED = {
  Function: [
    "Handler",
    "Runtime",
    "CodeUri",
    "DeadLetterQueue",
    "Description",
    "MemorySize",
    "Timeout",
    "VpcConfig",
    "Environment",
    "Tags",
    "PropagateTags",
    "Tracing",
    "KmsKeyArn",
    "AutoPublishAlias",
    "AutoPublishAliasAllProperties",
    "Layers",
    "DeploymentPreference",
    "RolePath",
    "PermissionsBoundary",
    "ReservedConcurrentExecutions",
    "ProvisionedConcurrencyConfig",
    "AssumeRolePolicyDocument",
    "EventInvokeConfig",
    "FileSystemConfigs",
    "CodeSigningConfigArn",
    "Architectures",
    "SnapStart",
    "EphemeralStorage",
    "FunctionUrlConfig",
    "RuntimeManagementConfig",
    "LoggingConfig",
    "RecursiveLoop",
    "SourceKMSKeyArn",
    "CapacityProviderConfig",
    "FunctionScalingConfig"
  ],
  Api: [
    "Auth",
    "Name",
    "DefinitionUri",
    "CacheClusterEnabled",
    "CacheClusterSize",
    "MergeDefinitions",
    "Variables",
    "EndpointConfiguration",
    "MethodSettings",
    "BinaryMediaTypes",
    "MinimumCompressionSize",
    "Cors",
    "GatewayResponses",
    "AccessLogSetting",
    "CanarySetting",
    "TracingEnabled",
    "OpenApiVersion",
    "Domain",
    "AlwaysDeploy",
    "PropagateTags"
  ],
  HttpApi: [
    "Auth",
    "AccessLogSettings",
    "StageVariables",
    "Tags",
    "CorsConfiguration",
    "DefaultRouteSettings",
    "Domain",
    "RouteSettings",
    "FailOnWarnings",
    "PropagateTags"
  ],
  SimpleTable: ["SSESpecification"],
  StateMachine: ["PropagateTags"],
  LayerVersion: ["PublishLambdaVersion"]
};
function mergeGlobals(document) {
  const globals = /* @__PURE__ */ new Map();
  const sharedKeys = /* @__PURE__ */ new WeakSet();
  const diagnostics = [];
  const section = get(document, "Globals");
  if (isMap(section)) {
    for (const e of section.entries.values()) {
      const type = ownValue(GLOBAL_SECTIONS, e.key);
      if (!type || !isMap(e.value)) continue;
      const applied = supportedOnly(e.key, e.value, diagnostics);
      globals.set(type, applied);
      markShared(applied, sharedKeys, /* @__PURE__ */ new Set());
    }
  }
  const resources = document.entries.get("Resources");
  if (globals.size === 0 || !resources || !isMap(resources.value)) {
    return { template: document, globals, sharedKeys, diagnostics };
  }
  const merged2 = /* @__PURE__ */ new Map();
  for (const [id, e] of resources.value.entries) merged2.set(id, withGlobals(e, globals));
  const entries = new Map(document.entries);
  entries.set("Resources", withValue(resources, withEntries(resources.value, merged2)));
  return { template: withEntries(document, entries), globals, sharedKeys, diagnostics };
}
function supportedOnly(name, section, diagnostics) {
  const supported = ownValue(SUPPORTED, name) ?? [];
  const kept = /* @__PURE__ */ new Map();
  for (const [key, e] of section.entries) {
    if (supported.includes(key)) kept.set(key, e);
    else diagnostics.push(unsupportedKey(name, key, e.keyLoc));
  }
  return kept.size === section.entries.size ? section : withEntries(section, kept);
}
function unsupportedKey(section, key, loc) {
  const message = `${key} is not a property SAM takes from Globals.${section}: SAM rejects the template, and no resource gets it from here`;
  return templateWarning(loc.file, message, "sam-globals-unsupported", loc);
}
function withGlobals(e, globals) {
  const definition = e.value;
  const type = asString(get(definition, "Type"));
  const shared = type ? globals.get(type) : void 0;
  if (!shared || !isMap(definition)) return e;
  const ignore = get(definition, "IgnoreGlobals");
  if (asString(ignore) === "*") return e;
  const ignored = new Set(isList(ignore) ? ignore.items.map((i) => asString(i) ?? "") : []);
  const kept = new Map([...shared.entries].filter(([key]) => !ignored.has(key)));
  const local = definition.entries.get("Properties");
  const localProps = local?.value ?? { kind: "map", entries: /* @__PURE__ */ new Map(), loc: e.keyLoc };
  const props = mergeValues(withEntries(shared, kept), localProps);
  const entries = new Map(definition.entries);
  entries.set("Properties", { key: "Properties", keyLoc: local?.keyLoc ?? e.keyLoc, value: props });
  return withValue(e, withEntries(definition, entries));
}
function mergeValues(shared, local) {
  if (isMap(shared) && isMap(local)) {
    const entries = new Map(shared.entries);
    for (const [key, le] of local.entries) {
      const se = entries.get(key);
      entries.set(key, se ? withValue(le, mergeValues(se.value, le.value)) : le);
    }
    return { kind: "map", entries, loc: local.loc };
  }
  if (isList(shared) && isList(local)) {
    return { kind: "list", items: [...shared.items, ...local.items], loc: local.loc };
  }
  return local;
}
function markShared(v, keys, seen) {
  if (seen.has(v)) return;
  seen.add(v);
  if (isMap(v)) {
    for (const e of v.entries.values()) {
      keys.add(e.keyLoc);
      markShared(e.value, keys, seen);
    }
  } else if (isList(v)) v.items.forEach((i) => markShared(i, keys, seen));
}

// src/iac/sam/api-events.ts
function mapApiEvent(ctx, apis, fn, event, kind) {
  const endpoint = apiEventEndpoint(ctx, apis, fn.id, event, kind);
  endpoint.functionIds.push(fn.id);
  addTrigger(fn, {
    kind: kind === "rest" ? "rest-api" : "http-api",
    source: routeLabel(endpoint),
    endpointId: endpoint.id,
    async: false,
    loc: endpoint.loc
  });
}
function apiEventEndpoint(ctx, apis, ownerId, event, kind) {
  const p = get(event.value, "Properties");
  const loc = locOfEntry(event);
  const written3 = get(p, kind === "rest" ? "RestApiId" : "ApiId");
  const { id: apiId, api: api2 } = apis.forEvent(ctx, kind, written3, loc);
  const endpoint = {
    id: `${ownerId}.${event.key}`,
    kind,
    method: methodOf2(p, kind, loc),
    path: stringAt(p, "Path") ?? (kind === "http" ? derived("$default", loc) : void 0),
    apiId,
    functionIds: [],
    auth: eventAuth(get(p, "Auth"), api2, written3 !== void 0),
    apiKeyRequired: attrFromEntry("boolean", entry(get(p, "Auth"), "ApiKeyRequired")) ?? attrFromEntry("boolean", entry(get(api2?.props, "Auth"), "ApiKeyRequired")),
    cors: apiCors(api2),
    requestValidation: kind === "rest" ? requestValidation(p) : void 0,
    loc
  };
  ctx.service.endpoints.push(endpoint);
  return endpoint;
}
function methodOf2(p, kind, loc) {
  const method2 = stringAt(p, "Method");
  if (!method2) return kind === "http" ? derived("ANY", loc) : void 0;
  return typeof method2.value === "string" ? { ...method2, value: method2.value.toUpperCase() } : method2;
}
function eventAuth(eventAuthValue, api2, apiWritten) {
  const apiAuth = get(api2?.props, "Auth");
  const chosen = entry(eventAuthValue, "Authorizer") ?? entry(apiAuth, "DefaultAuthorizer");
  if (chosen) return namedAuthorizer(chosen, apiAuth);
  if (!api2 && apiWritten) return { type: "unknown" };
  return { type: "none" };
}
function namedAuthorizer(e, apiAuth) {
  const loc = locOfEntry(e);
  const v = e.value;
  if (v.kind === "symbolic") return { type: "unknown", loc, symbolic: v };
  const name = v.kind === "scalar" && v.value !== null ? String(v.value) : "";
  const authorizer = { value: name, loc };
  if (name === "NONE") return { type: "none", loc };
  if (name === "AWS_IAM") return { type: "iam", authorizer, loc };
  return { type: authorizerKind(get(get(apiAuth, "Authorizers"), name)), authorizer, loc };
}
function authorizerKind(definition) {
  if (!isMap(definition)) return "unknown";
  if (definition.entries.has("UserPoolArn")) return "cognito";
  if (definition.entries.has("JwtConfiguration")) return "jwt";
  if (definition.entries.has("FunctionArn")) return "lambda";
  return "unknown";
}
function requestValidation(p) {
  const model = entry(p, "RequestModel") ?? entry(p, "RequestParameters");
  return model ? derived(true, locOfEntry(model)) : void 0;
}
function apiCors(api2) {
  if (!api2) return void 0;
  return api2.kind === "rest" ? restCors(entry(api2.props, "Cors")) : httpCors(entry(api2.props, "CorsConfiguration"));
}
function restCors(e) {
  if (!e) return void 0;
  const loc = locOfEntry(e);
  if (!isMap(e.value)) {
    const origin = attrFromEntry("string", e);
    return {
      allowOrigins: origin ? [unquote2(origin)] : [],
      allowMethods: [],
      allowHeaders: [],
      loc
    };
  }
  const list = (key) => stringList(eitherBranch(get(e.value, key))).flatMap((a) => {
    if (typeof a.value !== "string") return [a];
    const items = a.value.replace(/^'(.*)'$/, "$1").split(",");
    return items.map((item) => ({ value: item.trim(), loc: a.loc }));
  });
  return {
    allowOrigins: list("AllowOrigin"),
    allowMethods: list("AllowMethods"),
    allowHeaders: list("AllowHeaders"),
    allowCredentials: booleanAt(e.value, "AllowCredentials"),
    loc
  };
}
function unquote2(a) {
  if (typeof a.value !== "string") return a;
  return { ...a, value: a.value.replace(/^'(.*)'$/, "$1") };
}
function httpCors(e) {
  if (!e) return void 0;
  if (isMap(e.value)) return corsFrom(e);
  if (attrFromEntry("boolean", e)?.value !== true) return void 0;
  const loc = locOfEntry(e);
  return { allowOrigins: [{ value: "*", loc }], allowMethods: [], allowHeaders: [], loc };
}

// src/iac/sam/openapi-auth.ts
function samAuthOverlay(props) {
  const auth = get(props, "Auth");
  const authorizers = get(auth, "Authorizers");
  const typeOf = (name) => {
    if (name === "AWS_IAM") return "iam";
    return isMap(authorizers) && entry(authorizers, name) ? authorizerKind(get(authorizers, name)) : void 0;
  };
  const chosen = entry(auth, "DefaultAuthorizer");
  const defaultAuth = chosen ? namedAuthorizer(chosen, auth) : void 0;
  return { typeOf, defaultAuth: defaultAuth?.type === "none" ? void 0 : defaultAuth };
}

// src/iac/sam/apis.ts
var API_TYPE = {
  rest: "AWS::Serverless::Api",
  http: "AWS::Serverless::HttpApi"
};
var IMPLICIT_ID = {
  rest: "ServerlessRestApi",
  http: "ServerlessHttpApi"
};
var SamApis = class {
  constructor(globals) {
    this.globals = globals;
  }
  globals;
  implicitDone = /* @__PURE__ */ new Set();
  /**
   * The API of an event: the SAM API its `RestApiId`/`ApiId` names, or the implicit API (which
   * has only what `Globals` gives it). `api` is absent when the id names another kind of API.
   */
  forEvent(ctx, kind, written3, loc) {
    if (!written3) {
      const id2 = IMPLICIT_ID[kind];
      const props = this.globals.get(API_TYPE[kind]) ?? emptyMap(loc);
      const api2 = { id: id2, kind, props, implicit: true };
      if (!this.implicitDone.has(kind)) {
        this.implicitDone.add(kind);
        pushApiResources(ctx, api2, API_TYPE[kind], loc);
      }
      return { id: id2, api: api2 };
    }
    const id = apiIdOf(ctx, written3);
    const r = id ? ctx.resources.get(id) : void 0;
    if (!r || r.type !== API_TYPE[kind]) return { id };
    return { id, api: { id: r.id, kind, props: r.props, implicit: false } };
  }
};
function mapSamApi(ctx, r) {
  mapSamApiOfKind(ctx, r, "rest");
}
function mapSamHttpApi(ctx, r) {
  mapSamApiOfKind(ctx, r, "http");
}
function mapSamApiOfKind(ctx, r, kind) {
  const api2 = { id: r.id, kind, props: r.props, implicit: false };
  mapOpenApiRoutes(ctx, r, kind, samAuthOverlay(r.props));
  pushApiResources(ctx, api2, r.type, r.loc);
  const cors = apiCors(api2);
  if (!cors) return;
  ctx.later(() => {
    for (const e of ctx.service.endpoints) if (e.apiId === r.id) e.cors = cors;
  });
}
function pushApiResources(ctx, api2, type, loc) {
  const p = api2.props;
  const securityPolicy = stringAtPath(p, ["Domain", "SecurityPolicy"]);
  ctx.service.resources.push({
    id: api2.id,
    kind: "api",
    type,
    name: stringAt(p, "Name"),
    policies: api2.kind === "rest" ? resourcePolicyOf(p) : [],
    attributes: compact({
      protocol: derived(api2.kind === "rest" ? "REST" : "HTTP", loc),
      endpointType: endpointTypeOf(entry(p, "EndpointConfiguration")),
      securityPolicy
    }),
    loc
  });
  const stage4 = api2.kind === "rest" ? restStage(p, api2.implicit, loc) : httpStage(p, loc);
  const stageName = typeof stage4.stageName?.value === "string" ? stage4.stageName.value : "";
  ctx.service.resources.push({
    id: `${api2.id}${api2.kind === "http" && !entry(p, "StageName") ? "ApiGatewayDefault" : stageName}Stage`,
    kind: "api-stage",
    type,
    name: stage4.stageName,
    policies: [],
    attributes: compact({ ...stage4, apiId: api2.id }),
    loc
  });
  const domain2 = entry(p, "Domain");
  if (!domain2 || !isMap(domain2.value)) return;
  ctx.service.resources.push({
    id: `${api2.id}Domain`,
    kind: "api-domain",
    type,
    name: stringAt(domain2.value, "DomainName"),
    policies: [],
    attributes: compact({
      securityPolicy,
      endpointType: endpointTypeOf(entry(domain2.value, "EndpointConfiguration"))
    }),
    loc: { ...domain2.keyLoc, value: domain2.value.loc.value }
  });
}
function restStage(p, implicit, loc) {
  const attributes = stageAttributes(p);
  if (implicit) attributes.stageName = derived("Prod", loc);
  return attributes;
}
function httpStage(p, loc) {
  return {
    stageName: stringAt(p, "StageName") ?? derived("$default", loc),
    accessLogDestination: stringAtPath(p, ["AccessLogSettings", "DestinationArn"]),
    ...defaultRouteSettings(get(p, "DefaultRouteSettings"))
  };
}
function resourcePolicyOf(p) {
  const policy2 = getPath(p, ["Auth", "ResourcePolicy"]);
  if (!isMap(policy2) || policy2.entries.size !== 1) return [];
  const custom = entry(policy2, "CustomStatements");
  if (!custom || custom.value.kind === "symbolic") return [];
  return [{ statements: statementsFrom(custom.value), loc: locOfEntry(custom) }];
}
function endpointTypeOf(e) {
  if (!e) return void 0;
  return isMap(e.value) ? stringAt(e.value, "Type") : attrFromEntry("string", e);
}

// src/iac/sam/connector-profiles.ts
var ARN = ["%{Arn}"];
var EXECUTIONS = "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:%{Name}:*";
var SFN_EVENTS_RULE = "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule";
var S3 = {
  Read: [
    {
      actions: [
        "s3:GetObject",
        "s3:GetObjectAcl",
        "s3:GetObjectLegalHold",
        "s3:GetObjectRetention",
        "s3:GetObjectTorrent",
        "s3:GetObjectVersion",
        "s3:GetObjectVersionAcl",
        "s3:GetObjectVersionForReplication",
        "s3:GetObjectVersionTorrent",
        "s3:ListBucket",
        "s3:ListBucketMultipartUploads",
        "s3:ListBucketVersions",
        "s3:ListMultipartUploadParts"
      ],
      resources: ["%{Arn}", "%{Arn}/*"]
    }
  ],
  Write: [
    {
      actions: [
        "s3:AbortMultipartUpload",
        "s3:DeleteObject",
        "s3:DeleteObjectVersion",
        "s3:PutObject",
        "s3:PutObjectLegalHold",
        "s3:PutObjectRetention",
        "s3:RestoreObject"
      ],
      resources: ["%{Arn}", "%{Arn}/*"]
    }
  ]
};
var TABLE = {
  Read: [
    {
      actions: [
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan",
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:PartiQLSelect"
      ],
      resources: ["%{Arn}", "%{Arn}/index/*"]
    }
  ],
  Write: [
    {
      actions: [
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:PartiQLDelete",
        "dynamodb:PartiQLInsert",
        "dynamodb:PartiQLUpdate"
      ],
      resources: ["%{Arn}", "%{Arn}/index/*"]
    }
  ]
};
var QUEUE = {
  Read: [{ actions: ["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], resources: ARN }],
  Write: [
    {
      actions: [
        "sqs:DeleteMessage",
        "sqs:SendMessage",
        "sqs:ChangeMessageVisibility",
        "sqs:PurgeQueue"
      ],
      resources: ARN
    }
  ]
};
var INVOKE = {
  Write: [{ actions: ["lambda:InvokeAsync", "lambda:InvokeFunction"], resources: ARN }]
};
var PUBLISH = { Write: [{ actions: ["sns:Publish"], resources: ARN }] };
var PUT_EVENTS = { Write: [{ actions: ["events:PutEvents"], resources: ARN }] };
var role = (grants) => ({
  kind: "source-role",
  grants
});
var FROM_FUNCTION = {
  "AWS::S3::Bucket": role(S3),
  "AWS::DynamoDB::Table": role(TABLE),
  "AWS::SQS::Queue": role(QUEUE),
  "AWS::SNS::Topic": role(PUBLISH),
  "AWS::Lambda::Function": role(INVOKE),
  "AWS::StepFunctions::StateMachine": role({
    Read: [
      { actions: ["states:DescribeStateMachine", "states:ListExecutions"], resources: ARN },
      {
        actions: [
          "states:DescribeExecution",
          "states:DescribeStateMachineForExecution",
          "states:GetExecutionHistory"
        ],
        resources: [EXECUTIONS]
      }
    ],
    Write: [
      { actions: ["states:StartExecution", "states:StartSyncExecution"], resources: ARN },
      { actions: ["states:StopExecution"], resources: [EXECUTIONS] }
    ]
  }),
  "AWS::Events::EventBus": role(PUT_EVENTS),
  "AWS::Location::PlaceIndex": role({
    Read: [
      {
        actions: [
          "geo:DescribePlaceIndex",
          "geo:GetPlace",
          "geo:SearchPlaceIndexForPosition",
          "geo:SearchPlaceIndexForSuggestions",
          "geo:SearchPlaceIndexForText"
        ],
        resources: ARN
      }
    ]
  })
};
var FROM_STATE_MACHINE = {
  "AWS::Lambda::Function": role(INVOKE),
  "AWS::SNS::Topic": role(PUBLISH),
  // Step Functions sends to a queue only: https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html
  "AWS::SQS::Queue": role({ Write: [{ actions: ["sqs:SendMessage"], resources: ARN }] }),
  "AWS::S3::Bucket": role(S3),
  "AWS::DynamoDB::Table": role(TABLE),
  "AWS::StepFunctions::StateMachine": role({
    Read: [
      { actions: ["states:DescribeExecution"], resources: [EXECUTIONS] },
      { actions: ["events:DescribeRule"], resources: [SFN_EVENTS_RULE] }
    ],
    Write: [
      { actions: ["states:StartExecution"], resources: ARN },
      { actions: ["states:StopExecution"], resources: [EXECUTIONS] },
      { actions: ["events:PutTargets", "events:PutRule"], resources: [SFN_EVENTS_RULE] }
    ]
  }),
  "AWS::Events::EventBus": role(PUT_EVENTS)
};
var invoke = (principal, sourceAccount) => ({
  kind: "invoke-permission",
  principal,
  sourceAccount
});
var policy = (principal, action) => ({
  kind: "resource-policy",
  principal,
  action
});
var CONNECTIONS = {
  "AWS::Lambda::Function": FROM_FUNCTION,
  "AWS::StepFunctions::StateMachine": FROM_STATE_MACHINE,
  "AWS::SQS::Queue": {
    "AWS::Lambda::Function": {
      kind: "destination-role",
      grants: {
        Read: [{ actions: ["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], resources: ARN }],
        Write: [{ actions: ["sqs:DeleteMessage"], resources: ARN }]
      }
    }
  },
  "AWS::DynamoDB::Table": {
    "AWS::Lambda::Function": {
      kind: "destination-role",
      grants: {
        Read: [
          {
            actions: [
              "dynamodb:DescribeStream",
              "dynamodb:GetRecords",
              "dynamodb:GetShardIterator",
              "dynamodb:ListStreams"
            ],
            resources: ["%{Arn}/stream/*"]
          }
        ]
      }
    }
  },
  "AWS::SNS::Topic": {
    "AWS::Lambda::Function": invoke("sns.amazonaws.com"),
    "AWS::SQS::Queue": policy("sns.amazonaws.com", "sqs:SendMessage")
  },
  "AWS::S3::Bucket": { "AWS::Lambda::Function": invoke("s3.amazonaws.com", true) },
  "AWS::Events::Rule": {
    "AWS::Lambda::Function": invoke("events.amazonaws.com"),
    "AWS::SNS::Topic": policy("events.amazonaws.com", "sns:Publish"),
    "AWS::SQS::Queue": policy("events.amazonaws.com", "sqs:SendMessage"),
    "AWS::Events::EventBus": role(PUT_EVENTS),
    "AWS::StepFunctions::StateMachine": role({
      Write: [{ actions: ["states:StartExecution"], resources: ARN }]
    })
  },
  "AWS::ApiGateway::RestApi": { "AWS::Lambda::Function": invoke("apigateway.amazonaws.com") },
  "AWS::ApiGatewayV2::Api": { "AWS::Lambda::Function": invoke("apigateway.amazonaws.com") },
  "AWS::AppSync::GraphQLApi": { "AWS::Lambda::Function": invoke("appsync.amazonaws.com") },
  "AWS::AppSync::DataSource": {
    "AWS::DynamoDB::Table": role(TABLE),
    "AWS::Lambda::Function": role({
      Write: [
        {
          actions: ["lambda:InvokeAsync", "lambda:InvokeFunction"],
          resources: ["%{Arn}", "%{Arn}:*"]
        }
      ]
    })
  }
};
var GENERATED_TYPES = {
  "AWS::Serverless::Function": "AWS::Lambda::Function",
  "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
  "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
  "AWS::Serverless::Api": "AWS::ApiGateway::RestApi",
  "AWS::Serverless::HttpApi": "AWS::ApiGatewayV2::Api"
};
var ARN_BY_REF = /* @__PURE__ */ new Set(["AWS::SNS::Topic", "AWS::StepFunctions::StateMachine"]);

// src/iac/sam/connectors.ts
function mapSamConnector(ctx, r) {
  const source = get(r.props, "Source");
  if (isMap(source)) connect(ctx, r.id, r.props, () => endOf(ctx, source));
}
function mapEmbeddedConnectors(ctx, r) {
  const connectors = r.connectors;
  if (!connectors || !isMap(connectors)) return;
  const type = ownValue(GENERATED_TYPES, r.type) ?? r.type;
  for (const [name, e] of connectors.entries) {
    const props = get(e.value, "Properties");
    if (!isMap(props)) continue;
    const narrowed = get(props, "SourceReference");
    const written3 = isMap(narrowed) ? narrowed : { kind: "map", entries: /* @__PURE__ */ new Map(), loc: r.loc };
    connect(ctx, `${r.id}${name}`, props, () => ({ id: r.id, type, written: written3 }));
  }
}
function connect(ctx, connectorId, props, sourceOf2) {
  ctx.later(
    () => ctx.later(() => {
      const source = sourceOf2();
      const destinations = asList(get(props, "Destination"));
      const permissions = asList(get(props, "Permissions"));
      destinations.forEach((d, i) => {
        if (!isMap(d)) return;
        const suffix = destinations.length > 1 ? `${i}` : "";
        connectOne(ctx, { connectorId, suffix, permissions, loc: d.loc }, source, d);
      });
    })
  );
}
function connectOne(ctx, site, source, d) {
  const destination = endOf(ctx, d);
  const connection = source && destination && ownValue(ownValue(CONNECTIONS, source.type) ?? {}, destination.type);
  if (source && destination && connection) {
    apply(ctx, site, source, destination, connection);
    return;
  }
  const what = `${source?.type ?? "this source"} to ${destination?.type ?? "this destination"}`;
  const typeEntry = entry(d, "Type") ?? entry(d, "Id");
  ctx.warn(
    `connector ${site.connectorId}: what a connection from ${what} grants is not modelled`,
    typeEntry ? locOfEntry(typeEntry) : d.loc,
    "connector-not-modelled"
  );
}
function apply(ctx, site, source, destination, c) {
  if (c.kind === "source-role") {
    addToRole(
      ctx,
      site,
      sourceRoleId(ctx, source, destination),
      statements(site, c.grants, destination),
      source
    );
  } else if (c.kind === "destination-role") {
    const roleId = ctx.functionById(destination.id)?.roleId;
    addToRole(ctx, site, roleId, statements(site, c.grants, source), destination);
  } else if (writes(site)) {
    if (c.kind === "invoke-permission") addPermission(ctx, site, source, destination, c);
    else addQueueOrTopicPolicy(ctx, site, source, destination, c);
  }
}
function statements(site, grants, on) {
  return site.permissions.flatMap((p) => {
    const category = literalText(p);
    const chosen = category === void 0 ? void 0 : ownValue(grants, category);
    return (chosen ?? []).map(
      (g) => allowStatement(
        p.loc,
        g.actions,
        g.resources.map((r) => filled(r, on, site.loc))
      )
    );
  });
}
function addToRole(ctx, site, roleId, granted, holder) {
  const role2 = ctx.roleById(roleId);
  if (!role2) {
    ctx.warn(
      `connector ${site.connectorId}: the role of ${holder.id ?? holder.type} is not in the template, so what the connector grants it is not modelled`,
      site.loc,
      "connector-not-modelled"
    );
    return;
  }
  if (granted.length === 0) return;
  role2.policies.push({
    id: `${site.connectorId}Policy${site.suffix}`,
    kind: "inline",
    document: { statements: granted, loc: site.loc },
    loc: site.loc
  });
}
function sourceRoleId(ctx, source, destination) {
  if (source.id === void 0) return roleIdOf(ctx, get(source.written, "RoleName"));
  const resource = ctx.resources.get(source.id);
  const props = resource?.props;
  switch (resource?.type) {
    case "AWS::Serverless::Function":
    case "AWS::Lambda::Function":
      return ctx.functionById(source.id)?.roleId;
    case "AWS::Serverless::StateMachine":
      return get(props, "Role") ? roleIdOf(ctx, get(props, "Role")) : `${source.id}Role`;
    case "AWS::StepFunctions::StateMachine":
      return roleIdOf(ctx, get(props, "RoleArn"));
    case "AWS::Events::Rule": {
      const target = asList(get(props, "Targets")).find(
        (t) => refsIn(get(t, "Arn")).includes(destination.id ?? "")
      );
      return roleIdOf(ctx, get(target, "RoleArn"));
    }
    case "AWS::AppSync::DataSource":
      return roleIdOf(ctx, get(props, "ServiceRoleArn"));
    default:
      return void 0;
  }
}
function addPermission(ctx, site, source, destination, c) {
  const loc = site.loc;
  const fn = ctx.functionById(destination.id);
  ctx.service.permissions.push({
    id: `${site.connectorId}WriteLambdaPermission${site.suffix}`,
    functionId: fn?.id,
    functionRef: filled("%{Arn}", destination, loc),
    action: { value: "lambda:InvokeFunction", loc },
    principal: { value: c.principal, loc },
    sourceArn: filled(sourceArnTemplate(source.type), source, loc),
    sourceAccount: c.sourceAccount ? accountId(loc) : void 0,
    loc
  });
}
function addQueueOrTopicPolicy(ctx, site, source, destination, c) {
  const resource = ctx.resourceById(destination.id);
  if (!resource) return;
  const loc = site.loc;
  const principal = { type: "Service", value: { value: c.principal, loc } };
  const statement = allowStatement(
    loc,
    [c.action],
    [filled("%{Arn}", destination, loc)],
    [principal]
  );
  const arn2 = filled("%{Arn}", source, loc);
  const sourceArn = typeof arn2.value === "object" ? arn2.value : { kind: "scalar", value: arn2.value, loc };
  statement.condition = mapOf(loc, { ArnEquals: mapOf(loc, { "aws:SourceArn": sourceArn }) });
  resource.policies = [...resource.policies, { statements: [statement], loc }];
}
function writes(site) {
  return site.permissions.some((p) => literalText(p) === "Write");
}
function sourceArnTemplate(type) {
  const prefix = (service) => `arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:`;
  if (type === "AWS::ApiGateway::RestApi" || type === "AWS::ApiGatewayV2::Api")
    return `${prefix("execute-api")}%{ResourceId}/%{Qualifier}`;
  if (type === "AWS::AppSync::GraphQLApi") return `${prefix("appsync")}apis/%{ResourceId}`;
  return "%{Arn}";
}
function endOf(ctx, written3) {
  const id = literalText(get(written3, "Id"));
  if (id !== void 0) {
    const type2 = ctx.typeOf(id);
    return type2 === void 0 ? void 0 : { id, type: ownValue(GENERATED_TYPES, type2) ?? type2, written: written3 };
  }
  const type = literalText(get(written3, "Type"));
  return type === void 0 ? void 0 : { type: ownValue(GENERATED_TYPES, type) ?? type, written: written3 };
}
var PLACEHOLDER = /%\{(\w+)\}/g;
function filled(template2, end, loc) {
  const { id } = end;
  const byRef = ARN_BY_REF.has(end.type);
  if (template2 === "%{Arn}" && id !== void 0) {
    const expr = byRef ? `!Ref ${id}` : `!GetAtt ${id}.Arn`;
    const fn = byRef ? "Ref" : "Fn::GetAtt";
    return { value: { kind: "symbolic", fn, expr, refs: [id], loc }, loc };
  }
  if (template2 === "%{Arn}") {
    const arn2 = get(end.written, "Arn");
    if (arn2 && arn2.kind !== "map" && arn2.kind !== "list")
      return { value: arn2.kind === "scalar" ? String(arn2.value) : arn2, loc: arn2.loc };
  }
  const refs = /* @__PURE__ */ new Set();
  const put = (shown2) => template2.replace(PLACEHOLDER, (_whole, name) => {
    const part = partOf(end, name, byRef);
    if ("text" in part) return part.text;
    part.refs.forEach((r) => refs.add(r));
    return `\${${shown2 ? part.label : name}}`;
  });
  const text = put(true);
  if (!text.includes("${")) return { value: text, loc };
  return writtenSub(text, put(false), [...refs], loc);
}
function partOf(end, name, byRef) {
  const written3 = get(end.written, name);
  if (written3?.kind === "scalar" && written3.value !== null) return { text: String(written3.value) };
  if (written3?.kind === "symbolic")
    return { label: written3.expr.replace(/^!\w+ /, ""), refs: written3.refs };
  if (name === "Qualifier") return { text: "*" };
  const id = end.id;
  if (id === void 0) return { label: name, refs: [] };
  const labels = {
    Arn: byRef ? id : `${id}.Arn`,
    Name: `${id}.Name`,
    ResourceId: id
  };
  return { label: ownValue(labels, name) ?? `${id}.${name}`, refs: [id] };
}
function accountId(loc) {
  return { value: { kind: "symbolic", fn: "Ref", expr: "!Ref AWS::AccountId", refs: [], loc }, loc };
}
function mapOf(loc, values) {
  const entries = new Map(
    Object.entries(values).map(([key, value]) => [key, { key, keyLoc: loc, value }])
  );
  return { kind: "map", entries, loc };
}
function literalText(v) {
  return v?.kind === "scalar" && typeof v.value === "string" ? v.value : void 0;
}

// src/iac/sam/policy-templates.ts
var REGION_ACCOUNT = "${AWS::Region}:${AWS::AccountId}";
var arn = (service, rest) => `arn:\${AWS::Partition}:${service}:${REGION_ACCOUNT}:${rest}`;
var s3 = (rest) => `arn:\${AWS::Partition}:s3:::${rest}`;
var one = (parameters2, actions, resources) => ({
  parameters: parameters2,
  statements: [{ actions, resources }]
});
var TABLE2 = [arn("dynamodb", "table/${TableName}"), arn("dynamodb", "table/${TableName}/index/*")];
var BUCKET = [s3("${BucketName}"), s3("${BucketName}/*")];
var COLLECTION = [arn("rekognition", "collection/${CollectionId}")];
var EMR_CLUSTER = [arn("elasticmapreduce", "cluster/${ClusterId}")];
var SES_IDENTITY = [arn("ses", "identity/${IdentityName}")];
var POLICY_TEMPLATES = {
  AMIDescribePolicy: one([], ["ec2:DescribeImages"], ["*"]),
  AWSSecretsManagerGetSecretValuePolicy: one(
    ["SecretArn"],
    ["secretsmanager:GetSecretValue"],
    ["${SecretArn}"]
  ),
  AcmGetCertificatePolicy: one(["CertificateArn"], ["acm:GetCertificate"], ["${CertificateArn}"]),
  AthenaQueryPolicy: {
    parameters: ["WorkGroupName"],
    statements: [
      {
        actions: [
          "athena:ListWorkGroups",
          "athena:GetExecutionEngine",
          "athena:GetExecutionEngines",
          "athena:GetNamespace",
          "athena:GetCatalogs",
          "athena:GetNamespaces",
          "athena:GetTables",
          "athena:GetTable"
        ],
        resources: ["*"]
      },
      {
        actions: [
          "athena:StartQueryExecution",
          "athena:GetQueryResults",
          "athena:DeleteNamedQuery",
          "athena:GetNamedQuery",
          "athena:ListQueryExecutions",
          "athena:StopQueryExecution",
          "athena:GetQueryResultsStream",
          "athena:ListNamedQueries",
          "athena:CreateNamedQuery",
          "athena:GetQueryExecution",
          "athena:BatchGetNamedQuery",
          "athena:BatchGetQueryExecution",
          "athena:GetWorkGroup"
        ],
        resources: [arn("athena", "workgroup/${WorkGroupName}")]
      }
    ]
  },
  CloudFormationDescribeStacksPolicy: one(
    [],
    ["cloudformation:DescribeStacks"],
    [arn("cloudformation", "stack/*")]
  ),
  CloudWatchDashboardPolicy: one(
    [],
    [
      "cloudwatch:GetDashboard",
      "cloudwatch:ListDashboards",
      "cloudwatch:PutDashboard",
      "cloudwatch:ListMetrics"
    ],
    ["*"]
  ),
  CloudWatchDescribeAlarmHistoryPolicy: one([], ["cloudwatch:DescribeAlarmHistory"], ["*"]),
  CloudWatchPutMetricPolicy: one([], ["cloudwatch:PutMetricData"], ["*"]),
  CodePipelineLambdaExecutionPolicy: one(
    [],
    ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"],
    ["*"]
  ),
  CodePipelineReadOnlyPolicy: one(
    ["PipelineName"],
    ["codepipeline:ListPipelineExecutions"],
    [arn("codepipeline", "${PipelineName}")]
  ),
  ComprehendBasicAccessPolicy: one(
    [],
    [
      "comprehend:BatchDetectKeyPhrases",
      "comprehend:DetectDominantLanguage",
      "comprehend:DetectEntities",
      "comprehend:BatchDetectEntities",
      "comprehend:DetectKeyPhrases",
      "comprehend:DetectSentiment",
      "comprehend:BatchDetectDominantLanguage",
      "comprehend:BatchDetectSentiment"
    ],
    ["*"]
  ),
  CostExplorerReadOnlyPolicy: one(
    [],
    [
      "ce:GetCostAndUsage",
      "ce:GetDimensionValues",
      "ce:GetReservationCoverage",
      "ce:GetReservationPurchaseRecommendation",
      "ce:GetReservationUtilization",
      "ce:GetTags"
    ],
    ["*"]
  ),
  DynamoDBBackupFullAccessPolicy: {
    parameters: ["TableName"],
    statements: [
      {
        actions: ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"],
        resources: [arn("dynamodb", "table/${TableName}")]
      },
      {
        actions: ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"],
        resources: [arn("dynamodb", "table/${TableName}/backup/*")]
      }
    ]
  },
  DynamoDBCrudPolicy: one(
    ["TableName"],
    [
      "dynamodb:GetItem",
      "dynamodb:DeleteItem",
      "dynamodb:PutItem",
      "dynamodb:Scan",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:BatchGetItem",
      "dynamodb:DescribeTable",
      "dynamodb:ConditionCheckItem"
    ],
    TABLE2
  ),
  DynamoDBReadPolicy: one(
    ["TableName"],
    [
      "dynamodb:GetItem",
      "dynamodb:Scan",
      "dynamodb:Query",
      "dynamodb:BatchGetItem",
      "dynamodb:DescribeTable"
    ],
    TABLE2
  ),
  DynamoDBReconfigurePolicy: one(
    ["TableName"],
    ["dynamodb:UpdateTable"],
    [arn("dynamodb", "table/${TableName}")]
  ),
  DynamoDBRestoreFromBackupPolicy: {
    parameters: ["TableName"],
    statements: [
      {
        actions: ["dynamodb:RestoreTableFromBackup"],
        resources: [arn("dynamodb", "table/${TableName}/backup/*")]
      },
      {
        actions: [
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:GetItem",
          "dynamodb:Query",
          "dynamodb:Scan",
          "dynamodb:BatchWriteItem"
        ],
        resources: [arn("dynamodb", "table/${TableName}")]
      }
    ]
  },
  DynamoDBStreamReadPolicy: {
    parameters: ["TableName", "StreamName"],
    statements: [
      {
        actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
        resources: [arn("dynamodb", "table/${TableName}/stream/${StreamName}")]
      },
      {
        actions: ["dynamodb:ListStreams"],
        resources: [arn("dynamodb", "table/${TableName}/stream/*")]
      }
    ]
  },
  DynamoDBWritePolicy: one(
    ["TableName"],
    ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"],
    TABLE2
  ),
  EC2CopyImagePolicy: one(["ImageId"], ["ec2:CopyImage"], [arn("ec2", "image/${ImageId}")]),
  EC2DescribePolicy: one([], ["ec2:DescribeRegions", "ec2:DescribeInstances"], ["*"]),
  EKSDescribePolicy: one([], ["eks:DescribeCluster", "eks:ListClusters"], ["*"]),
  EcsRunTaskPolicy: one(
    ["TaskDefinition"],
    ["ecs:RunTask"],
    [arn("ecs", "task-definition/${TaskDefinition}")]
  ),
  ElasticMapReduceAddJobFlowStepsPolicy: one(
    ["ClusterId"],
    ["elasticmapreduce:AddJobFlowSteps"],
    EMR_CLUSTER
  ),
  ElasticMapReduceCancelStepsPolicy: one(
    ["ClusterId"],
    ["elasticmapreduce:CancelSteps"],
    EMR_CLUSTER
  ),
  ElasticMapReduceModifyInstanceFleetPolicy: one(
    ["ClusterId"],
    ["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"],
    EMR_CLUSTER
  ),
  ElasticMapReduceModifyInstanceGroupsPolicy: one(
    ["ClusterId"],
    ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"],
    EMR_CLUSTER
  ),
  ElasticMapReduceSetTerminationProtectionPolicy: one(
    ["ClusterId"],
    ["elasticmapreduce:SetTerminationProtection"],
    EMR_CLUSTER
  ),
  ElasticMapReduceTerminateJobFlowsPolicy: one(
    ["ClusterId"],
    ["elasticmapreduce:TerminateJobFlows"],
    EMR_CLUSTER
  ),
  ElasticsearchHttpPostPolicy: one(
    ["DomainName"],
    ["es:ESHttpPost", "es:ESHttpPut"],
    [arn("es", "domain/${DomainName}/*")]
  ),
  EventBridgePutEventsPolicy: one(
    ["EventBusName"],
    ["events:PutEvents"],
    [arn("events", "event-bus/${EventBusName}")]
  ),
  FilterLogEventsPolicy: one(
    ["LogGroupName"],
    ["logs:FilterLogEvents"],
    [arn("logs", "log-group:${LogGroupName}:log-stream:*")]
  ),
  FirehoseCrudPolicy: one(
    ["DeliveryStreamName"],
    [
      "firehose:CreateDeliveryStream",
      "firehose:DeleteDeliveryStream",
      "firehose:DescribeDeliveryStream",
      "firehose:PutRecord",
      "firehose:PutRecordBatch",
      "firehose:UpdateDestination"
    ],
    [arn("firehose", "deliverystream/${DeliveryStreamName}")]
  ),
  FirehoseWritePolicy: one(
    ["DeliveryStreamName"],
    ["firehose:PutRecord", "firehose:PutRecordBatch"],
    [arn("firehose", "deliverystream/${DeliveryStreamName}")]
  ),
  KMSDecryptPolicy: one(["KeyId"], ["kms:Decrypt"], [arn("kms", "key/${KeyId}")]),
  KMSEncryptPolicy: one(["KeyId"], ["kms:Encrypt"], [arn("kms", "key/${KeyId}")]),
  KMSEncryptPolicy_v2: one(
    ["KeyId"],
    [
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:GenerateDataKeyPair",
      "kms:GenerateDataKeyPairWithoutPlaintext"
    ],
    [arn("kms", "key/${KeyId}")]
  ),
  KinesisCrudPolicy: one(
    ["StreamName"],
    [
      "kinesis:AddTagsToStream",
      "kinesis:CreateStream",
      "kinesis:DecreaseStreamRetentionPeriod",
      "kinesis:DeleteStream",
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetShardIterator",
      "kinesis:IncreaseStreamRetentionPeriod",
      "kinesis:ListTagsForStream",
      "kinesis:MergeShards",
      "kinesis:PutRecord",
      "kinesis:PutRecords",
      "kinesis:SplitShard",
      "kinesis:RemoveTagsFromStream"
    ],
    [arn("kinesis", "stream/${StreamName}")]
  ),
  KinesisStreamReadPolicy: {
    parameters: ["StreamName"],
    statements: [
      {
        actions: ["kinesis:ListStreams", "kinesis:DescribeLimits"],
        resources: [arn("kinesis", "stream/*")]
      },
      {
        actions: [
          "kinesis:DescribeStream",
          "kinesis:DescribeStreamSummary",
          "kinesis:GetRecords",
          "kinesis:GetShardIterator"
        ],
        resources: [arn("kinesis", "stream/${StreamName}")]
      }
    ]
  },
  LambdaInvokePolicy: one(
    ["FunctionName"],
    ["lambda:InvokeFunction"],
    [arn("lambda", "function:${FunctionName}*")]
  ),
  MobileAnalyticsWriteOnlyAccessPolicy: one([], ["mobileanalytics:PutEvents"], ["*"]),
  OrganizationsListAccountsPolicy: one([], ["organizations:ListAccounts"], ["*"]),
  PinpointEndpointAccessPolicy: one(
    ["PinpointApplicationId"],
    [
      "mobiletargeting:GetEndpoint",
      "mobiletargeting:UpdateEndpoint",
      "mobiletargeting:UpdateEndpointsBatch"
    ],
    [arn("mobiletargeting", "apps/${PinpointApplicationId}/endpoints/*")]
  ),
  PollyFullAccessPolicy: {
    parameters: ["LexiconName"],
    statements: [
      {
        actions: ["polly:GetLexicon", "polly:DeleteLexicon"],
        resources: [arn("polly", "lexicon/${LexiconName}")]
      },
      {
        actions: [
          "polly:DescribeVoices",
          "polly:ListLexicons",
          "polly:PutLexicon",
          "polly:SynthesizeSpeech"
        ],
        resources: [arn("polly", "lexicon/*")]
      }
    ]
  },
  RekognitionDetectOnlyPolicy: one(
    [],
    [
      "rekognition:DetectFaces",
      "rekognition:DetectLabels",
      "rekognition:DetectModerationLabels",
      "rekognition:DetectText"
    ],
    ["*"]
  ),
  RekognitionFacesManagementPolicy: one(
    ["CollectionId"],
    [
      "rekognition:IndexFaces",
      "rekognition:DeleteFaces",
      "rekognition:SearchFaces",
      "rekognition:SearchFacesByImage",
      "rekognition:ListFaces"
    ],
    COLLECTION
  ),
  RekognitionFacesPolicy: one([], ["rekognition:CompareFaces", "rekognition:DetectFaces"], ["*"]),
  RekognitionLabelsPolicy: one(
    [],
    ["rekognition:DetectLabels", "rekognition:DetectModerationLabels"],
    ["*"]
  ),
  RekognitionNoDataAccessPolicy: one(
    ["CollectionId"],
    [
      "rekognition:CompareFaces",
      "rekognition:DetectFaces",
      "rekognition:DetectLabels",
      "rekognition:DetectModerationLabels"
    ],
    COLLECTION
  ),
  RekognitionReadPolicy: one(
    ["CollectionId"],
    [
      "rekognition:ListCollections",
      "rekognition:ListFaces",
      "rekognition:SearchFaces",
      "rekognition:SearchFacesByImage"
    ],
    COLLECTION
  ),
  RekognitionWriteOnlyAccessPolicy: one(
    ["CollectionId"],
    ["rekognition:CreateCollection", "rekognition:IndexFaces"],
    COLLECTION
  ),
  Route53ChangeResourceRecordSetsPolicy: one(
    ["HostedZoneId"],
    ["route53:ChangeResourceRecordSets"],
    ["arn:${AWS::Partition}:route53:::hostedzone/${HostedZoneId}"]
  ),
  S3CrudPolicy: one(
    ["BucketName"],
    [
      "s3:GetObject",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:GetObjectVersion",
      "s3:PutObject",
      "s3:PutObjectAcl",
      "s3:GetLifecycleConfiguration",
      "s3:PutLifecycleConfiguration",
      "s3:DeleteObject"
    ],
    BUCKET
  ),
  S3FullAccessPolicy: {
    parameters: ["BucketName"],
    statements: [
      {
        actions: [
          "s3:GetObject",
          "s3:GetObjectAcl",
          "s3:GetObjectVersion",
          "s3:PutObject",
          "s3:PutObjectAcl",
          "s3:DeleteObject",
          "s3:DeleteObjectTagging",
          "s3:DeleteObjectVersionTagging",
          "s3:GetObjectTagging",
          "s3:GetObjectVersionTagging",
          "s3:PutObjectTagging",
          "s3:PutObjectVersionTagging"
        ],
        resources: [s3("${BucketName}/*")]
      },
      {
        actions: [
          "s3:ListBucket",
          "s3:GetBucketLocation",
          "s3:GetLifecycleConfiguration",
          "s3:PutLifecycleConfiguration"
        ],
        resources: [s3("${BucketName}")]
      }
    ]
  },
  S3ReadPolicy: one(
    ["BucketName"],
    [
      "s3:GetObject",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:GetObjectVersion",
      "s3:GetLifecycleConfiguration"
    ],
    BUCKET
  ),
  S3WritePolicy: one(
    ["BucketName"],
    ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"],
    BUCKET
  ),
  SESBulkTemplatedCrudPolicy: one(
    ["IdentityName"],
    [
      "ses:GetIdentityVerificationAttributes",
      "ses:SendEmail",
      "ses:SendRawEmail",
      "ses:SendTemplatedEmail",
      "ses:SendBulkTemplatedEmail",
      "ses:VerifyEmailIdentity"
    ],
    SES_IDENTITY
  ),
  SESBulkTemplatedCrudPolicy_v2: {
    parameters: ["IdentityName", "TemplateName"],
    statements: [
      {
        actions: [
          "ses:SendEmail",
          "ses:SendRawEmail",
          "ses:SendTemplatedEmail",
          "ses:SendBulkTemplatedEmail"
        ],
        resources: [...SES_IDENTITY, arn("ses", "template/${TemplateName}")]
      },
      {
        actions: ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"],
        resources: ["*"]
      }
    ]
  },
  SESCrudPolicy: one(
    ["IdentityName"],
    [
      "ses:GetIdentityVerificationAttributes",
      "ses:SendEmail",
      "ses:SendRawEmail",
      "ses:VerifyEmailIdentity"
    ],
    SES_IDENTITY
  ),
  SESEmailTemplateCrudPolicy: one(
    [],
    [
      "ses:CreateTemplate",
      "ses:GetTemplate",
      "ses:ListTemplates",
      "ses:UpdateTemplate",
      "ses:DeleteTemplate",
      "ses:TestRenderTemplate"
    ],
    ["*"]
  ),
  SESSendBouncePolicy: one(["IdentityName"], ["ses:SendBounce"], SES_IDENTITY),
  SNSCrudPolicy: one(
    ["TopicName"],
    [
      "sns:ListSubscriptionsByTopic",
      "sns:CreateTopic",
      "sns:SetTopicAttributes",
      "sns:Subscribe",
      "sns:Publish"
    ],
    [arn("sns", "${TopicName}*")]
  ),
  SNSPublishMessagePolicy: one(["TopicName"], ["sns:Publish"], [arn("sns", "${TopicName}")]),
  SQSPollerPolicy: one(
    ["QueueName"],
    [
      "sqs:ChangeMessageVisibility",
      "sqs:ChangeMessageVisibilityBatch",
      "sqs:DeleteMessage",
      "sqs:DeleteMessageBatch",
      "sqs:GetQueueAttributes",
      "sqs:ReceiveMessage"
    ],
    [arn("sqs", "${QueueName}")]
  ),
  SQSSendMessagePolicy: one(["QueueName"], ["sqs:SendMessage*"], [arn("sqs", "${QueueName}")]),
  SSMParameterReadPolicy: {
    parameters: ["ParameterName"],
    statements: [
      { actions: ["ssm:DescribeParameters"], resources: ["*"] },
      {
        actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"],
        resources: [arn("ssm", "parameter/${ParameterName}")]
      }
    ]
  },
  SSMParameterWithSlashPrefixReadPolicy: {
    parameters: ["ParameterName"],
    statements: [
      { actions: ["ssm:DescribeParameters"], resources: ["*"] },
      {
        actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"],
        resources: [arn("ssm", "parameter${ParameterName}")]
      }
    ]
  },
  SageMakerCreateEndpointConfigPolicy: one(
    ["EndpointConfigName"],
    ["sagemaker:CreateEndpointConfig"],
    [arn("sagemaker", "endpoint-config/${EndpointConfigName}")]
  ),
  SageMakerCreateEndpointPolicy: one(
    ["EndpointName"],
    ["sagemaker:CreateEndpoint"],
    [arn("sagemaker", "endpoint/${EndpointName}")]
  ),
  ServerlessRepoReadWriteAccessPolicy: one(
    [],
    [
      "serverlessrepo:CreateApplication",
      "serverlessrepo:CreateApplicationVersion",
      "serverlessrepo:UpdateApplication",
      "serverlessrepo:GetApplication",
      "serverlessrepo:ListApplications",
      "serverlessrepo:ListApplicationVersions",
      "serverlessrepo:ListApplicationDependencies"
    ],
    [arn("serverlessrepo", "applications/*")]
  ),
  StepFunctionsCallbackPolicy: one(
    ["StateMachineName"],
    ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"],
    [arn("states", "stateMachine:${StateMachineName}")]
  ),
  StepFunctionsExecutionPolicy: one(
    ["StateMachineName"],
    ["states:StartExecution"],
    [arn("states", "stateMachine:${StateMachineName}")]
  ),
  StepFunctionsExecutionPolicy_v2: one(
    ["StateMachineName"],
    ["states:StartExecution", "states:StartSyncExecution"],
    [arn("states", "stateMachine:${StateMachineName}")]
  ),
  TextractDetectAnalyzePolicy: one(
    [],
    [
      "textract:DetectDocumentText",
      "textract:StartDocumentTextDetection",
      "textract:StartDocumentAnalysis",
      "textract:AnalyzeDocument"
    ],
    ["*"]
  ),
  TextractGetResultPolicy: one(
    [],
    ["textract:GetDocumentTextDetection", "textract:GetDocumentAnalysis"],
    ["*"]
  ),
  TextractPolicy: one([], ["textract:*"], ["*"]),
  VPCAccessPolicy: one(
    [],
    [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DetachNetworkInterface"
    ],
    ["*"]
  )
};

// src/iac/sam/policy-expand.ts
function expandPolicyTemplate(id, item, warn2) {
  const template2 = ownValue(POLICY_TEMPLATES, item.key);
  if (!template2) return void 0;
  const params = item.value;
  const nameLoc = locOfEntry(item);
  const parts = /* @__PURE__ */ new Map();
  for (const name of template2.parameters) {
    const e = entry(params, name);
    if (!e) warn2(`policy template ${item.key} is missing its ${name} parameter`, item.keyLoc);
    parts.set(name, { ...partOf2(e?.value, name), loc: e ? locOfEntry(e) : nameLoc });
  }
  const statements2 = template2.statements.map(
    (s) => allowStatement(
      nameLoc,
      s.actions,
      s.resources.map((r) => substitute(r, parts, nameLoc))
    )
  );
  return {
    id,
    name: { value: item.key, loc: nameLoc },
    kind: "sam-template",
    document: { statements: statements2, loc: nameLoc },
    templateParameters: params,
    loc: nameLoc
  };
}
function partOf2(v, name) {
  if (v?.kind === "scalar" && v.value !== null) return { text: String(v.value) };
  if (v?.kind === "symbolic") {
    const label = v.fn === "Ref" || v.fn === "Fn::GetAtt" ? v.expr.replace(/^!\w+ /, "") : v.expr;
    return { unknown: label, refs: v.refs };
  }
  return { unknown: name, refs: [] };
}
var VARIABLE = /\$\{([^}]+)\}/g;
function substitute(text, parts, fallback) {
  let unknown2 = false;
  const refs = /* @__PURE__ */ new Set();
  let loc;
  const put = (shown2) => text.replace(VARIABLE, (whole, name) => {
    if (name === "AWS::Partition") return "aws";
    const part = parts.get(name);
    if (!part) {
      unknown2 = true;
      return whole;
    }
    loc ??= part.loc;
    if ("text" in part) return part.text;
    unknown2 = true;
    part.refs.forEach((r) => refs.add(r));
    return shown2 ? `\${${part.unknown}}` : whole;
  });
  const out = put(true);
  const at = loc ?? fallback;
  if (!unknown2) return { value: out, loc: at };
  return writtenSub(out, put(false), [...refs], at);
}

// src/iac/sam/role.ts
var SERVICE_ROLE_POLICIES = /* @__PURE__ */ new Set([
  "AWSLambdaBasicExecutionRole",
  "AWSLambdaVPCAccessExecutionRole",
  "AWSLambdaKinesisExecutionRole",
  "AWSLambdaDynamoDBExecutionRole",
  "AWSLambdaSQSQueueExecutionRole",
  "AWSLambdaMSKExecutionRole",
  "AWSLambdaRole",
  "AWSLambdaENIManagementAccess"
]);
function awsManagedArn(name) {
  const prefix = SERVICE_ROLE_POLICIES.has(name) ? "service-role/" : "";
  return `arn:aws:iam::aws:policy/${prefix}${name}`;
}
function awsManagedPolicy(id, name, loc) {
  return { id, kind: "aws-managed", arn: { value: awsManagedArn(name), loc }, loc };
}
function trustFor(service, loc) {
  const principal = { type: "Service", value: { value: service, loc } };
  return { statements: [allowStatement(loc, ["sts:AssumeRole"], [], [principal])], loc };
}
function generatedRole(ctx, r, service, basePolicies) {
  const id = `${r.id}Role`;
  const role2 = {
    id,
    // A function's `AssumeRolePolicyDocument` replaces the trust SAM writes by default.
    trustPolicy: documentAt(r.props, "AssumeRolePolicyDocument") ?? trustFor(service, r.loc),
    policies: basePolicies.map((name, i) => awsManagedPolicy(`${id}Managed${i}`, name, r.loc)),
    permissionsBoundary: stringAt(r.props, "PermissionsBoundary"),
    generatedBy: "sam",
    loc: r.loc
  };
  ctx.service.roles.push(role2);
  role2.policies.push(...samPolicies(ctx, id, get(r.props, "Policies")));
  return role2;
}
function samPolicies(ctx, roleId, v) {
  const items = v?.kind === "symbolic" ? [v] : asList(v);
  const out = [];
  items.forEach((item, i) => {
    const policy2 = samPolicy(ctx, `${roleId}Policy${i}`, roleId, item);
    if (policy2) out.push(policy2);
  });
  return out;
}
function samPolicy(ctx, id, roleId, item) {
  if (item.kind === "scalar" && typeof item.value === "string") {
    return item.value.startsWith("arn:") ? managedPolicyRef(id, item, item.loc) : awsManagedPolicy(id, item.value, item.loc);
  }
  if (item.kind === "symbolic") {
    const own = refsOfType(ctx, item, ["AWS::IAM::ManagedPolicy"])[0];
    if (!own) return managedPolicyRef(id, item, item.loc);
    ctx.later(() => {
      const policy2 = ctx.service.policies.find((p) => p.id === own);
      if (policy2) attachPolicy(ctx, policy2, roleId);
    });
    return void 0;
  }
  if (!isMap(item)) return void 0;
  if (item.entries.has("Statement")) {
    return { id, kind: "inline", document: policyDocumentFrom(item), loc: item.loc };
  }
  const [first] = item.entries.values();
  if (!first || item.entries.size !== 1) return void 0;
  const expanded = expandPolicyTemplate(
    id,
    first,
    (message, loc) => ctx.warn(message, loc, "policy-template")
  );
  if (expanded) return expanded;
  ctx.warn(
    `${first.key} is an unknown or unsupported SAM policy template: its permissions are not modelled`,
    first.keyLoc,
    "unknown-policy-template"
  );
  return {
    id,
    name: { value: first.key, loc: first.keyLoc },
    kind: "sam-template",
    templateParameters: first.value,
    loc: first.keyLoc
  };
}

// src/iac/sam/events.ts
var EVENT_SPECS = {
  S3: { kind: "s3", source: "Bucket", async: true },
  SNS: { kind: "sns", source: "Topic", async: true },
  SQS: { kind: "sqs", source: "Queue", async: false, policy: "AWSLambdaSQSQueueExecutionRole" },
  Kinesis: {
    kind: "kinesis",
    source: "Stream",
    async: false,
    policy: "AWSLambdaKinesisExecutionRole"
  },
  DynamoDB: {
    kind: "dynamodb-stream",
    source: "Stream",
    async: false,
    policy: "AWSLambdaDynamoDBExecutionRole"
  },
  MSK: { kind: "msk", source: "Stream", async: false, policy: "AWSLambdaMSKExecutionRole" },
  MQ: { kind: "mq", source: "Broker", async: false },
  SelfManagedKafka: { kind: "other", async: false },
  DocumentDB: { kind: "other", source: "Cluster", async: false },
  Schedule: { kind: "schedule", source: "Schedule", async: true },
  ScheduleV2: { kind: "schedule", source: "ScheduleExpression", async: true },
  EventBridgeRule: { kind: "eventbridge", source: "EventBusName", async: true },
  CloudWatchEvent: { kind: "eventbridge", source: "EventBusName", async: true },
  CloudWatchLogs: { kind: "cloudwatch-logs", source: "LogGroupName", async: true },
  IoTRule: { kind: "iot", source: "Sql", async: true },
  Cognito: { kind: "cognito", source: "UserPool", async: true },
  AlexaSkill: { kind: "alexa", source: "SkillId", async: false }
};
function mapSamEvents(ctx, apis, fn, r, generated) {
  const events = entry(r.props, "Events");
  if (!events) return;
  if (!isMap(events.value)) {
    ctx.warn(`Events of ${r.id} should be a map of named events`, events.keyLoc);
    return;
  }
  for (const e of events.value.entries.values()) {
    const type = asString(get(e.value, "Type"));
    if (!isMap(e.value) || !type) {
      ctx.warn(`event ${e.key} of ${r.id} should be a map with a Type`, e.keyLoc);
      continue;
    }
    if (type === "Api" || type === "HttpApi") {
      mapApiEvent(ctx, apis, fn, e, type === "Api" ? "rest" : "http");
      continue;
    }
    const spec = ownValue(EVENT_SPECS, type) ?? { kind: "other", async: false };
    const p = get(e.value, "Properties");
    const loc = locOfEntry(e);
    const source = spec.source ? stringAt(p, spec.source) ?? patternSource(p) : void 0;
    const async = spec.async && !(type === "SNS" && throughQueue(p));
    addTrigger(fn, { kind: spec.kind, source, async, loc });
    const onFailure = stringAtPath(p, ["DestinationConfig", "OnFailure", "Destination"]);
    if (onFailure && !fn.onFailureDestination) fn.onFailureDestination = onFailure;
    if (spec.policy && generated) {
      generated.policies.push(awsManagedPolicy(`${generated.id}${e.key}Policy`, spec.policy, loc));
    }
  }
}
function patternSource(p) {
  return stringList(getPath(p, ["Pattern", "source"]))[0];
}
function throughQueue(p) {
  return isTruthy(get(p, "SqsSubscription")) !== false;
}

// src/iac/sam/function.ts
function mapSamFunction(ctx, apis, r) {
  const p = r.props;
  const fn = {
    ...commonFunctionProperties(ctx, r),
    codePath: codePathOf2(r),
    tracing: stringAt(p, "Tracing"),
    deadLetterTarget: stringAtPath(p, ["DeadLetterQueue", "TargetArn"]),
    onFailureDestination: onFailureOf(r)
  };
  ctx.service.functions.push(fn);
  let generated;
  if (entry(p, "Role")) linkRole(ctx, fn, get(p, "Role"), stringAt(p, "Role"));
  else {
    const base = ["AWSLambdaBasicExecutionRole"];
    if (fn.tracing?.value === "Active") base.push("AWSXrayWriteOnlyAccess");
    generated = generatedRole(ctx, r, "lambda.amazonaws.com", base);
    fn.roleId = generated.id;
  }
  linkLogGroup(ctx, fn, getPath(p, ["LoggingConfig", "LogGroup"]));
  mapFunctionUrl3(ctx, fn);
  mapSamEvents(ctx, apis, fn, r, generated);
  function mapFunctionUrl3(c, f) {
    const config = entry(p, "FunctionUrlConfig");
    if (!config || !isMap(config.value)) return;
    const loc = locOfEntry(config);
    if (!entry(config.value, "AuthType")) {
      c.warn(
        `FunctionUrlConfig of ${f.id} has no AuthType, which SAM requires: SAM rejects the template`,
        loc,
        "sam-url-auth-type-missing"
      );
      return;
    }
    const authType = authSettingAt(config.value, "AuthType") ?? derived("NONE", loc);
    const cors = corsFrom(entry(config.value, "Cors"));
    const endpointId = `${f.id}Url`;
    c.service.endpoints.push({
      id: endpointId,
      kind: "function-url",
      functionIds: [f.id],
      auth: authFrom(authSettingAt(config.value, "AuthType"), URL_AUTH),
      cors,
      loc
    });
    f.url = { authType, cors, endpointId, loc };
    addTrigger(f, { kind: "function-url", endpointId, async: false, loc });
  }
}
function codePathOf2(r) {
  const p = r.props;
  const uri = entry(p, "CodeUri");
  if (uri) return isMap(uri.value) ? stringAt(uri.value, "Key") : attrFromEntry("string", uri);
  const image = entry(p, "ImageUri");
  if (image) return attrFromEntry("string", image);
  const inline = entry(p, "InlineCode");
  return inline ? derived("inline", locOfEntry(inline)) : void 0;
}
var GENERATED_ON_FAILURE = {
  SQS: "DestinationQueue",
  SNS: "DestinationTopic"
};
function onFailureOf(r) {
  const onFailure = getPath(r.props, ["EventInvokeConfig", "DestinationConfig", "OnFailure"]);
  const written3 = stringAt(onFailure, "Destination");
  if (written3) return written3;
  const type = entry(onFailure, "Type");
  const generated = ownValue(GENERATED_ON_FAILURE, asString(type?.value) ?? "");
  return type && generated ? derived(`${r.id}.${generated}`, locOfEntry(type)) : void 0;
}

// src/iac/sam/others.ts
function mapSimpleTable(ctx, r) {
  pushResource(ctx, r, "table", stringAt(r.props, "TableName"), {
    sseEnabled: booleanAtPath(r.props, ["SSESpecification", "SSEEnabled"])
  });
}
function mapSamStateMachine(ctx, apis, r) {
  const p = r.props;
  pushResource(ctx, r, "state-machine", stringAt(p, "Name"), {
    loggingLevel: stringAtPath(p, ["Logging", "Level"]),
    tracing: booleanAtPath(p, ["Tracing", "Enabled"])
  });
  if (!get(p, "Role")) generatedRole(ctx, r, "states.amazonaws.com", []);
  const events = get(p, "Events");
  if (!isMap(events)) return;
  for (const e of events.entries.values()) {
    if (asString(get(e.value, "Type")) === "Api") apiEventEndpoint(ctx, apis, r.id, e, "rest");
  }
}

// src/iac/sam/handlers.ts
function samHandlers(globals) {
  const apis = new SamApis(globals);
  const table = {
    ...CFN_HANDLERS,
    "AWS::Serverless::Function": (ctx, r) => mapSamFunction(ctx, apis, r),
    "AWS::Serverless::Api": mapSamApi,
    "AWS::Serverless::HttpApi": mapSamHttpApi,
    "AWS::Serverless::SimpleTable": mapSimpleTable,
    "AWS::Serverless::StateMachine": (ctx, r) => mapSamStateMachine(ctx, apis, r),
    // SAM writes `LayerName` as the Lambda layer does.
    "AWS::Serverless::LayerVersion": mapLayerVersion,
    "AWS::Serverless::Connector": mapSamConnector
  };
  for (const type of connectorSources()) {
    const handler = table[type];
    table[type] = (ctx, r) => {
      handler?.(ctx, r);
      mapEmbeddedConnectors(ctx, r);
    };
  }
  return table;
}
function connectorSources() {
  const sources = Object.keys(CONNECTIONS);
  const serverless = Object.entries(GENERATED_TYPES).filter(([, t]) => sources.includes(t));
  return [...sources, ...serverless.map(([sam]) => sam)];
}

// src/iac/sam/index.ts
var samFormat = {
  format: "sam",
  detect: (_file, document) => isSamTemplate(document),
  async build(input, ctx) {
    const { file, document } = input;
    const name = await stackName(file, document, ctx.repo);
    const loc = locationAt(file, document.loc.line, document.loc.column);
    const service = emptyService(file, name, "sam", dirOf(file), loc);
    const merged2 = mergeGlobals(document);
    const overrides = await samOverrides(file, ctx.repo);
    const inlined = await inlineDefinitionFiles(merged2.template, file, ctx.repo);
    service.files.push(...inlined.files);
    const diagnostics = mapTemplate(
      { template: inlined.template, parameterOverrides: overrides.values },
      service,
      samHandlers(merged2.globals),
      { sharedKeys: merged2.sharedKeys }
    );
    const problems = [
      ...merged2.diagnostics,
      ...overrides.diagnostics,
      ...inlined.diagnostics,
      ...withoutRepeatedWarnings(diagnostics, file, inlined.unreadKeys)
    ];
    return { services: [service], diagnostics: problems };
  }
};
function withoutRepeatedWarnings(diagnostics, file, unreadKeys) {
  const said = new Set(unreadKeys.map((at) => `${at.line}:${at.column}`));
  return diagnostics.filter(
    (d) => d.code !== OPENAPI_NOT_READ || d.file !== file || !said.has(`${d.line}:${d.column}`)
  );
}

// src/iac/serverless/index.ts
import { posix as posix4 } from "node:path";

// src/iac/serverless/names.ts
var GENERATED_ROLE_ID = "IamRoleLambdaExecution";
var REST_API_ID = "ApiGatewayRestApi";
var HTTP_API_ID = "HttpApi";
var WEBSOCKET_API_ID = "WebsocketsApi";
function normalizedName(key) {
  const name = key.replace(/-/g, "Dash").replace(/_/g, "Underscore");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
function functionLogicalId(key) {
  return `${normalizedName(key)}LambdaFunction`;
}
function perFunctionRoleId(key) {
  return `${key}IamRole`;
}
function perFunctionRoleLogicalId(key) {
  return `${normalizedName(key)}IamRoleLambdaExecution`;
}

// src/iac/serverless/api-stages.ts
function mapApiStages(ctx) {
  const apis = new Set(ctx.service.endpoints.map((e) => e.apiId));
  if (apis.has(REST_API_ID)) ctx.service.resources.push(restStage2(ctx));
  if (apis.has(HTTP_API_ID)) ctx.service.resources.push(httpStage2(ctx));
  if (apis.has(WEBSOCKET_API_ID)) ctx.service.resources.push(websocketStage(ctx));
}
function stageLoc(ctx) {
  const provider = entry(ctx.doc, "provider");
  return provider ? locOfEntry(provider) : ctx.service.loc;
}
function restStage2(ctx) {
  const p = ctx.provider;
  const logs = entry(get(p, "logs"), "restApi");
  const attributes = compact2({
    apiId: REST_API_ID,
    stageName: stringAt(p, "stage"),
    tracing: booleanAt(get(p, "tracing"), "apiGateway"),
    endpointType: stringAt(p, "endpointType"),
    ...accessLogging(logs, logGroupName("api-gateway", ctx)),
    ...executionLogging(logs),
    ...throttling(entry(get(p, "apiGateway"), "usagePlan"))
  });
  return {
    id: "ApiGatewayStage",
    kind: "api-stage",
    type: "AWS::ApiGateway::Stage",
    policies: [],
    attributes,
    loc: stageLoc(ctx)
  };
}
function httpStage2(ctx) {
  const p = ctx.provider;
  const logs = entry(get(p, "logs"), "httpApi");
  const attributes = compact2({
    apiId: HTTP_API_ID,
    stageName: stringAt(p, "stage"),
    ...accessLogging(logs, logGroupName("http-api", ctx))
  });
  return {
    id: "HttpApiStage",
    kind: "api-stage",
    type: "AWS::ApiGatewayV2::Stage",
    policies: [],
    attributes,
    loc: stageLoc(ctx)
  };
}
function websocketStage(ctx) {
  const p = ctx.provider;
  const logs = entry(get(p, "logs"), "websocket");
  const attributes = compact2({
    apiId: WEBSOCKET_API_ID,
    protocol: { value: "WEBSOCKET", loc: stageLoc(ctx) },
    stageName: stringAt(p, "stage"),
    ...accessLogging(logs, logGroupName("websocket", ctx)),
    ...executionLogging(logs)
  });
  return {
    id: "WebsocketsDeploymentStage",
    kind: "api-stage",
    type: "AWS::ApiGatewayV2::Stage",
    policies: [],
    attributes,
    loc: stageLoc(ctx)
  };
}
function logGroupName(kind, ctx) {
  const stage4 = stringAt(ctx.provider, "stage");
  return `/aws/${kind}/${ctx.service.name}-${stage4 ? display(stage4) : "dev"}`;
}
function enabled(logs) {
  return logs !== void 0 && (isMap(logs.value) || asBoolean(logs.value) === true);
}
function accessLogging(logs, logGroup) {
  if (logs?.value.kind === "symbolic")
    return { accessLogDestination: { value: logs.value, loc: locOfEntry(logs) } };
  if (!enabled(logs)) return {};
  const access = entry(logs.value, "accessLogging");
  if (access && asBoolean(access.value) === false) return {};
  return { accessLogDestination: { value: logGroup, loc: locOfEntry(access ?? logs) } };
}
function executionLogging(logs) {
  if (!enabled(logs)) return {};
  const loc = locOfEntry(logs);
  const execution = entry(logs.value, "executionLogging");
  if (execution && asBoolean(execution.value) === false) {
    return { loggingLevel: { value: "OFF", loc: locOfEntry(execution) } };
  }
  const level = entry(logs.value, "level");
  const loggingLevel = level ? {
    value: level.value.kind === "symbolic" ? level.value : asString(level.value) ?? "INFO",
    loc: locOfEntry(level)
  } : { value: "INFO", loc };
  const dataTrace = booleanAt(logs.value, "fullExecutionData") ?? { value: true, loc };
  return { loggingLevel, dataTrace };
}
function throttling(usagePlan2) {
  if (!usagePlan2) return {};
  const value = usagePlan2.value;
  const plans = value.kind === "list" ? value.items.flatMap(namedPlans) : [["usagePlan", value]];
  const [name, plan] = plans.find(([, p]) => get(p, "throttle") !== void 0) ?? plans[0] ?? ["usagePlan", value];
  const throttle = get(plan, "throttle");
  const quota = get(plan, "quota");
  return usagePlanLimits(
    { value: name, loc: locOfEntry(usagePlan2) },
    { burst: numberAt(throttle, "burstLimit"), rate: numberAt(throttle, "rateLimit") },
    { limit: numberAt(quota, "limit"), period: stringAt(quota, "period") }
  );
}
function namedPlans(item) {
  return item.kind === "map" ? [...item.entries].map(([k, e]) => [k, e.value]) : [];
}
function compact2(attributes) {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, v]) => v !== void 0)
  );
}

// src/iac/serverless/rest-api.ts
function mapRestApi2(ctx) {
  if (!ctx.service.endpoints.some((e) => e.apiId === REST_API_ID)) return;
  if (ctx.service.resources.some((r) => r.id === REST_API_ID)) return;
  const p = ctx.provider;
  const provider = entry(ctx.doc, "provider");
  const loc = provider ? locOfEntry(provider) : ctx.service.loc;
  const policy2 = entry(get(p, "apiGateway"), "resourcePolicy");
  const api2 = {
    id: REST_API_ID,
    kind: "api",
    type: "AWS::ApiGateway::RestApi",
    // A policy known only when deploying (one per stage, say) is kept as such: undecided.
    policies: policy2 ? [resourcePolicyOf2(policy2)] : [],
    attributes: compact({
      protocol: derived("REST", loc),
      endpointType: stringAt(p, "endpointType")
    }),
    loc
  };
  for (const props of ctx.restApiProperties) override(api2, props);
  ctx.service.resources.push(api2);
}
function override(api2, props) {
  const policy2 = entry(props, "Policy");
  const document = policy2 && policyDocumentFrom(policy2.value, locOfEntry(policy2));
  if (document) api2.policies = [document];
  const [type] = stringListAt(get(props, "EndpointConfiguration"), "Types");
  if (type) api2.attributes.endpointType = type;
}
function resourcePolicyOf2(e) {
  const loc = locOfEntry(e);
  if (e.value.kind === "symbolic") return { statements: [], symbolic: e.value, loc };
  return { statements: statementsFrom(e.value), loc };
}

// src/iac/serverless/events/auth.ts
var PUBLIC = { type: "none" };
function unknownAuth(v, loc) {
  if (v.kind === "symbolic")
    return { type: "unknown", authorizer: { value: v, loc }, symbolic: v, loc };
  return { type: "unknown", loc };
}
function typeOfName(name) {
  if (name.toLowerCase() === "aws_iam") return "iam";
  if (name.startsWith("arn:") && name.includes(":cognito-idp:")) return "cognito";
  return "lambda";
}
function isNull(v) {
  return v.kind === "scalar" && v.value === null;
}
function restAuth(e) {
  if (!e || isNull(e.value)) return PUBLIC;
  const loc = locOfEntry(e);
  const v = e.value;
  if (isMap(v)) return restAuthMap(v, loc);
  const name = asString(v);
  if (name === void 0) return unknownAuth(v, loc);
  return { type: typeOfName(name), authorizer: { value: name, loc }, loc };
}
var REST_TYPES = {
  aws_iam: "iam",
  cognito_user_pools: "cognito",
  token: "lambda",
  request: "lambda",
  custom: "lambda"
};
function restAuthMap(v, loc) {
  const authorizer = stringAt(v, "name") ?? stringAt(v, "arn") ?? stringAt(v, "authorizerId");
  const type = stringAt(v, "type");
  if (type) {
    if (isSymbolicValue(type.value))
      return { type: "unknown", authorizer, symbolic: type.value, loc };
    return { type: ownValue(REST_TYPES, type.value.toLowerCase()) ?? "unknown", authorizer, loc };
  }
  const named = stringAt(v, "arn") ?? stringAt(v, "name");
  if (!named) return { type: "unknown", authorizer, loc };
  const kind = isSymbolicValue(named.value) ? "lambda" : typeOfName(named.value);
  return { type: kind, authorizer, loc };
}
function httpApiAuth(e, ctx) {
  if (!e || isNull(e.value)) return PUBLIC;
  const loc = locOfEntry(e);
  const v = e.value;
  if (!isMap(v)) {
    const name2 = asString(v);
    if (name2 === void 0) return unknownAuth(v, loc);
    if (name2.toLowerCase() === "aws_iam") return { type: "iam", loc };
    return declaredHttpApiAuth({ value: name2, loc }, ctx, loc);
  }
  const type = stringAt(v, "type")?.value;
  if (isSymbolicValue(type)) return { type: "unknown", symbolic: type, loc };
  if (type?.toLowerCase() === "aws_iam") return { type: "iam", loc };
  const name = stringAt(v, "name");
  if (name) return declaredHttpApiAuth(name, ctx, loc);
  return { type: "unknown", authorizer: stringAt(v, "id"), loc };
}
function declaredHttpApiAuth(name, ctx, loc) {
  if (isSymbolicValue(name.value))
    return { type: "unknown", authorizer: name, symbolic: name.value, loc };
  const authorizers = get(get(ctx.provider, "httpApi"), "authorizers");
  const declared = get(authorizers, name.value);
  if (!declared) {
    const message = `authorizer ${name.value} is not declared under provider.httpApi.authorizers`;
    if (!isLeftToDeployment(authorizers)) ctx.warn(message, name.loc, "unknown-authorizer");
    return { type: "unknown", authorizer: name, loc };
  }
  return { type: httpApiAuthorizerType(declared), authorizer: name, loc };
}
function isLeftToDeployment(authorizers) {
  return authorizers?.kind === "symbolic";
}
function httpApiAuthorizerType(declared) {
  if (!isMap(declared)) return "unknown";
  const type = get(declared, "type");
  if (type === void 0) {
    const jwt = ["identitySource", "issuerUrl", "audience"].some((k) => declared.entries.has(k));
    return jwt ? "jwt" : "unknown";
  }
  const name = asString(type)?.toLowerCase();
  return name === "request" ? "lambda" : name === "jwt" ? "jwt" : "unknown";
}
function websocketAuth(e) {
  if (!e || isNull(e.value)) return PUBLIC;
  const loc = locOfEntry(e);
  const v = e.value;
  if (isMap(v))
    return { type: "lambda", authorizer: stringAt(v, "name") ?? stringAt(v, "arn"), loc };
  const name = asString(v);
  return name === void 0 ? unknownAuth(v, loc) : { type: "lambda", authorizer: { value: name, loc }, loc };
}
function albAuth(e, ctx) {
  if (!e || isNull(e.value)) return PUBLIC;
  const loc = locOfEntry(e);
  const first = e.value.kind === "list" ? e.value.items[0] : e.value;
  const name = first && asString(first);
  if (name === void 0) return unknownAuth(first ?? e.value, loc);
  const authorizer = { value: name, loc };
  const lets = letsUnauthenticatedIn(e.value, ctx);
  if (lets) return { type: "none", authorizer, loc: lets };
  const authorizers = get(get(ctx.provider, "alb"), "authorizers");
  const declared = get(authorizers, name);
  const type = asString(get(declared, "type"))?.toLowerCase();
  if (type === "cognito") return { type: "cognito", authorizer, loc };
  if (type === "oidc") return { type: "jwt", authorizer, loc };
  if (!declared && !isLeftToDeployment(authorizers)) {
    ctx.warn(
      `authorizer ${name} is not declared under provider.alb.authorizers`,
      loc,
      "unknown-authorizer"
    );
  }
  return { type: "unknown", authorizer, loc };
}
function letsUnauthenticatedIn(v, ctx) {
  const declared = get(get(ctx.provider, "alb"), "authorizers");
  const names = v.kind === "list" ? v.items : [v];
  const settings = names.map((n) => {
    const name = asString(n);
    const allow = name === void 0 ? void 0 : entry(get(declared, name), "allowUnauthenticated");
    return allow && asBoolean(allow.value) === true ? allow : void 0;
  });
  const [first] = settings;
  return first && settings.every(Boolean) ? locOfEntry(first) : void 0;
}

// src/iac/serverless/events/cors.ts
var REST_KEYS = {
  origins: ["origin", "origins"],
  headers: "headers",
  methods: "methods"
};
var V2_KEYS = {
  origins: ["allowedOrigins"],
  headers: "allowedHeaders",
  methods: "allowedMethods"
};
function restCors2(e) {
  return corsFrom2(e, REST_KEYS);
}
function v2Cors(e) {
  return corsFrom2(e, V2_KEYS);
}
function corsFrom2(e, keys) {
  if (!e) return void 0;
  const loc = locOfEntry(e);
  const v = e.value;
  if (v.kind === "symbolic") {
    return { allowOrigins: stringList(v), allowMethods: [], allowHeaders: [], loc };
  }
  if (isMap(v)) {
    const written3 = keys.origins.filter((k) => v.entries.has(k));
    const origins = written3.flatMap((k) => stringListAt(v, k));
    return {
      allowOrigins: written3.length > 0 ? origins : [{ value: "*", loc }],
      allowMethods: stringListAt(v, keys.methods),
      allowHeaders: stringListAt(v, keys.headers),
      allowCredentials: booleanAt(v, "allowCredentials"),
      loc
    };
  }
  return isTruthy(v) ? { allowOrigins: [{ value: "*", loc }], allowMethods: [], allowHeaders: [], loc } : void 0;
}

// src/iac/serverless/events/http.ts
function routeOf(ev, ctx) {
  const v = ev.value;
  if (isMap(v)) {
    return {
      method: normalised(stringAt(v, "method"), method),
      path: normalised(stringAt(v, "path"), path)
    };
  }
  if (v.kind === "symbolic")
    return { method: { value: v, loc: ev.loc }, path: { value: v, loc: ev.loc } };
  const written3 = v.kind === "scalar" && v.value !== null ? String(v.value).trim() : "";
  if (written3 === "*")
    return { method: { value: "ANY", loc: ev.loc }, path: { value: "$default", loc: ev.loc } };
  const [m, p] = written3.split(/\s+/, 2);
  if (!m || !p) {
    ctx.warn(
      `${ev.type} event of function ${ev.fnId} should read "METHOD path"`,
      ev.loc,
      "invalid-event"
    );
    return {};
  }
  return { method: { value: method(m), loc: ev.loc }, path: { value: path(p), loc: ev.loc } };
}
function normalised(a, f) {
  if (!a || isSymbolicValue(a.value)) return a;
  return { ...a, value: f(a.value) };
}
function method(m) {
  return m === "*" ? "ANY" : m.toUpperCase();
}
function path(p) {
  return p.startsWith("/") || p === "$default" ? p : `/${p}`;
}
function routeSource(route3, loc) {
  const { method: m, path: p } = route3;
  if (!m || !p) return void 0;
  const symbolic2 = [m.value, p.value].find(isSymbolicValue);
  return { value: symbolic2 ?? `${display(m)} ${display(p)}`, loc };
}
function routeId(api2, route3) {
  return `${api2} ${display(route3.method) || "?"} ${display(route3.path) || "?"}`;
}
function requestValidation2(settings) {
  const request = get(settings, "request");
  const e = entry(request, "schemas") ?? entry(request, "schema");
  return e ? { value: true, loc: locOfEntry(e) } : void 0;
}
function restEvent(ev, ctx) {
  const endpoint = restEndpoint(ev, ctx, [ev.fnId]);
  const route3 = { method: endpoint.method, path: endpoint.path };
  const settings = isMap(ev.value) ? ev.value : void 0;
  return {
    kind: "rest-api",
    source: routeSource(route3, ev.loc),
    endpointId: endpoint.id,
    // An `async: true` lambda integration is invoked with the Event invocation type.
    async: asBoolean(get(settings, "async")) === true,
    loc: ev.loc
  };
}
function restEndpoint(ev, ctx, functionIds) {
  const route3 = routeOf(ev, ctx);
  const settings = isMap(ev.value) ? ev.value : void 0;
  const endpoint = {
    id: ctx.endpointId(routeId(ctx.apis.rest, route3)),
    kind: "rest",
    ...route3,
    apiId: ctx.apis.rest,
    functionIds,
    auth: restAuth(entry(settings, "authorizer")),
    apiKeyRequired: booleanAt(settings, "private"),
    cors: restCors2(entry(settings, "cors")),
    requestValidation: requestValidation2(settings),
    loc: ev.loc
  };
  ctx.service.endpoints.push(endpoint);
  return endpoint;
}
function httpApiEvent(ev, ctx) {
  const route3 = routeOf(ev, ctx);
  const settings = isMap(ev.value) ? ev.value : void 0;
  const endpoint = {
    id: ctx.endpointId(routeId(ctx.apis.http, route3)),
    kind: "http",
    ...route3,
    apiId: ctx.apis.http,
    functionIds: [ev.fnId],
    auth: httpApiAuth(entry(settings, "authorizer"), ctx),
    cors: v2Cors(entry(get(ctx.provider, "httpApi"), "cors")),
    loc: ev.loc
  };
  ctx.service.endpoints.push(endpoint);
  return {
    kind: "http-api",
    source: routeSource(route3, ev.loc),
    endpointId: endpoint.id,
    async: false,
    loc: ev.loc
  };
}

// src/iac/serverless/step-functions.ts
function mapStateMachineEvents(ctx) {
  const machines = get(get(ctx.doc, "stepFunctions"), "stateMachines");
  if (!isMap(machines)) return;
  for (const [name, machine] of machines.entries) {
    const events = get(machine.value, "events");
    if (!isList(events)) continue;
    for (const item of events.items) {
      const http = isMap(item) && item.entries.size === 1 ? item.entries.get("http") : void 0;
      if (!http) continue;
      restEndpoint({ fnId: name, type: "http", value: http.value, loc: locOfEntry(http) }, ctx, []);
    }
  }
}

// src/iac/serverless/apis.ts
function serviceApis(provider) {
  const apiGateway = get(provider, "apiGateway");
  return {
    rest: externalId(entry(apiGateway, "restApiId")) ?? REST_API_ID,
    http: externalId(entry(get(provider, "httpApi"), "id")) ?? HTTP_API_ID,
    websocket: externalId(entry(apiGateway, "websocketApiId") ?? entry(provider, "websocketApiId")) ?? WEBSOCKET_API_ID
  };
}
function externalId(e) {
  const v = e?.value;
  if (!v || v.kind === "scalar" && (v.value === null || v.value === "")) return void 0;
  if (v.kind === "symbolic") {
    const [only] = v.refs;
    return v.fn === "Ref" && only !== void 0 && v.refs.length === 1 ? only : v.expr;
  }
  return render(v, 200);
}

// src/iac/serverless/context.ts
var SlsContext = class {
  constructor(doc, service) {
    this.doc = doc;
    this.service = service;
    this.apis = serviceApis(this.provider);
  }
  doc;
  service;
  diagnostics = [];
  endpointIds = /* @__PURE__ */ new Set();
  /** The API each kind of event joins: the framework's own, or one another stack owns. */
  apis;
  /** `Properties` that `resources` sets on the REST API the framework generates, in order. */
  restApiProperties = [];
  get file() {
    return this.service.id;
  }
  get provider() {
    return get(this.doc, "provider");
  }
  warn(message, at, code = "invalid-serverless") {
    const loc = at ?? this.service.loc;
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, "warning"));
  }
  /**
   * Reports a part of the file that is a value we cannot read. Includes that cannot be read are
   * already reported where the `${file()}` is written, so they are not reported twice.
   */
  unreadable(v, what, code) {
    if (v.fn !== "file")
      this.warn(`${what} from ${v.expr} cannot be read; not checked`, v.loc, code);
  }
  /** An endpoint id unique in the service: a route written twice gets `#2`. */
  endpointId(base) {
    let id = base;
    for (let n = 2; this.endpointIds.has(id); n++) id = `${base}#${n}`;
    this.endpointIds.add(id);
    return id;
  }
};

// src/iac/serverless/events/triggers.ts
var TRIGGERS = {
  s3: { kind: "s3", async: true, source: ["bucket"] },
  sns: { kind: "sns", async: true, source: ["arn", "topicName"] },
  sqs: { kind: "sqs", async: false, source: ["arn"] },
  schedule: { kind: "schedule", async: true, source: ["rate"] },
  eventBridge: { kind: "eventbridge", async: true, source: ["eventBus"] },
  cloudwatchEvent: { kind: "eventbridge", async: true, source: [] },
  cloudwatchLog: { kind: "cloudwatch-logs", async: true, source: ["logGroup"] },
  cognitoUserPool: { kind: "cognito", async: true, source: ["pool"] },
  iot: { kind: "iot", async: true, source: ["sql"] },
  iotFleetProvisioning: { kind: "iot", async: true, source: ["templateBody"] },
  alexaSkill: { kind: "alexa", async: false, source: ["appId"] },
  alexaSmartHome: { kind: "alexa", async: false, source: ["appId"] },
  msk: { kind: "msk", async: false, source: ["arn"] },
  kafka: { kind: "msk", async: false, source: ["topic"] },
  activemq: { kind: "mq", async: false, source: ["arn"] },
  rabbitmq: { kind: "mq", async: false, source: ["arn"] }
};
function sourceTrigger(ev) {
  if (ev.type === "stream") return streamTrigger(ev);
  const spec = ownValue(TRIGGERS, ev.type);
  if (!spec) return { kind: "other", source: sourceOf(ev, []), async: false, loc: ev.loc };
  const scheduled = ev.type === "eventBridge" && entry(ev.value, "schedule") !== void 0;
  const source = scheduled ? sourceOf(ev, ["schedule"]) : sourceOf(ev, spec.source);
  return { kind: scheduled ? "schedule" : spec.kind, source, async: spec.async, loc: ev.loc };
}
function sourceOf(ev, keys) {
  if (!isMap(ev.value)) return attrFromValue("string", ev.value, ev.loc);
  for (const key of keys) {
    const e = entry(ev.value, key);
    if (!e) continue;
    const first = e.value.kind === "list" ? e.value.items[0] ?? e.value : e.value;
    const a = attrFromValue("string", first, locOfEntry(e));
    if (a) return a;
  }
  return void 0;
}
function streamTrigger(ev) {
  const source = sourceOf(ev, ["arn"]);
  const type = isMap(ev.value) ? display(attrFromValue("string", get(ev.value, "type"), ev.loc)) : "";
  const arn2 = display(source);
  const dynamodb = type === "dynamodb" || type === "" && (arn2.includes(":dynamodb:") || arn2.includes("StreamArn"));
  return { kind: dynamodb ? "dynamodb-stream" : "kinesis", source, async: false, loc: ev.loc };
}

// src/iac/serverless/events/websocket-alb.ts
function websocketEvent(ev, ctx) {
  const settings = isMap(ev.value) ? ev.value : void 0;
  const route3 = settings ? stringAt(settings, "route") : attrFromValue("string", ev.value, ev.loc);
  const endpoint = {
    id: ctx.endpointId(`${ctx.apis.websocket} ${display(route3) || "?"}`),
    kind: "websocket",
    path: route3,
    apiId: ctx.apis.websocket,
    functionIds: [ev.fnId],
    auth: websocketAuth(entry(settings, "authorizer")),
    loc: ev.loc
  };
  ctx.service.endpoints.push(endpoint);
  return { kind: "websocket", source: route3, endpointId: endpoint.id, async: false, loc: ev.loc };
}
function albEvent(ev, ctx) {
  const settings = isMap(ev.value) ? ev.value : void 0;
  const listener = stringAt(settings, "listenerArn");
  const conditions = get(settings, "conditions");
  const [path2] = stringList(get(conditions, "path"));
  const [method2] = stringList(get(conditions, "method"));
  const endpoint = {
    id: ctx.endpointId(
      `alb ${display(listener) || "?"} ${display(stringAt(settings, "priority")) || "?"}`
    ),
    kind: "alb",
    method: method2,
    path: path2,
    apiId: listener ? display(listener) : void 0,
    functionIds: [ev.fnId],
    auth: albAuth(entry(settings, "authorizer"), ctx),
    loc: ev.loc
  };
  ctx.service.endpoints.push(endpoint);
  return { kind: "alb", source: listener, endpointId: endpoint.id, async: false, loc: ev.loc };
}

// src/iac/serverless/events/index.ts
var ENDPOINT_EVENTS = {
  http: restEvent,
  httpApi: httpApiEvent,
  websocket: websocketEvent,
  alb: albEvent
};
function mapEvents(def, fn, ctx) {
  const e = entry(def, "events");
  if (!e || e.value.kind === "scalar" && e.value.value === null) return;
  if (e.value.kind === "symbolic") {
    ctx.unreadable(e.value, `events of function ${fn.id}`, "unresolved-events");
    return;
  }
  if (!isList(e.value)) {
    ctx.warn(`events of function ${fn.id} should be a list`, locOfEntry(e), "invalid-event");
    return;
  }
  for (const item of e.value.items) {
    const ev = eventInput(item, fn.id, ctx);
    if (!ev) continue;
    const endpointEvent = ownValue(ENDPOINT_EVENTS, ev.type);
    fn.triggers.push(endpointEvent ? endpointEvent(ev, ctx) : sourceTrigger(ev));
  }
}
function eventInput(item, fnId, ctx) {
  if (item.kind === "symbolic") {
    ctx.unreadable(item, `an event of function ${fnId}`, "unresolved-events");
    return void 0;
  }
  if (item.kind === "scalar" && typeof item.value === "string") {
    const value = { kind: "scalar", value: null, loc: item.loc };
    return { fnId, type: item.value, value, loc: item.loc };
  }
  const [only] = isMap(item) ? item.entries.values() : [];
  if (!isMap(item) || item.entries.size !== 1 || !only) {
    const message = `each event of function ${fnId} should be a map with one event type, such as http or sqs`;
    ctx.warn(message, item.loc, "invalid-event");
    return void 0;
  }
  return { fnId, type: only.key, value: only.value, loc: locOfEntry(only) };
}

// src/iac/serverless/function-settings.ts
import { posix as posix3 } from "node:path";
function ownOrShared(def, provider, key) {
  return entry(def, key) ?? entry(provider, key);
}
function environmentOf(def, provider) {
  const own = variablesOf(get(def, "environment"), "function");
  const names = new Set(own.map((v) => v.name));
  const shared = variablesOf(get(provider, "environment"), "shared").filter((v) => !names.has(v.name));
  return [...shared, ...own];
}
function variablesOf(v, origin) {
  if (!isMap(v)) return [];
  const out = [];
  for (const e of v.entries.values()) {
    const loc = locOfEntry(e);
    if (e.value.kind === "symbolic" || e.value.kind === "scalar") {
      const value = e.value.kind === "symbolic" ? e.value : e.value.value;
      out.push({ name: e.key, value: { value, loc }, origin, loc });
    }
  }
  return out;
}
function kmsKeyOf(def, provider, doc) {
  const service = get(doc, "service");
  for (const [where, key] of [
    [def, "kmsKeyArn"],
    [def, "awsKmsKeyArn"],
    [provider, "kmsKeyArn"],
    [provider, "awsKmsKeyArn"],
    [service, "awsKmsKeyArn"]
  ]) {
    const found2 = stringAt(where, key);
    if (found2) return found2;
  }
  return void 0;
}
function tracingOf(def, provider) {
  return tracingAttr(entry(def, "tracing")) ?? tracingAttr(entry(get(provider, "tracing"), "lambda"));
}
function tracingAttr(e) {
  if (!e) return void 0;
  const loc = locOfEntry(e);
  if (e.value.kind === "symbolic") return { value: e.value, loc };
  const on = asBoolean(e.value);
  if (on !== void 0) return { value: on ? "Active" : "PassThrough", loc };
  const mode = asString(e.value);
  return mode ? { value: mode, loc } : void 0;
}
function vpcOf(def, provider) {
  const e = ownOrShared(def, provider, "vpc");
  if (!e || e.value.kind === "scalar" && e.value.value === null) return void 0;
  const loc = locOfEntry(e);
  if (e.value.kind === "symbolic") {
    const unknown2 = stringList(e.value);
    return { subnetIds: unknown2, securityGroupIds: unknown2, loc };
  }
  return {
    subnetIds: stringListAt(e.value, "subnetIds"),
    securityGroupIds: stringListAt(e.value, "securityGroupIds"),
    loc
  };
}
function onFailureOf2(def) {
  const e = entry(get(def, "destinations"), "onFailure");
  if (!e) return void 0;
  return isMap(e.value) ? stringAt(e.value, "arn") : attrFromEntry("string", e);
}
function codePathOf3(def, doc, serviceDir) {
  const artifact = entry(get(def, "package"), "artifact") ?? entry(get(doc, "package"), "artifact");
  if (artifact) return pathAttr(artifact, serviceDir, (path2) => path2);
  const handler = entry(def, "handler");
  return handler ? pathAttr(handler, serviceDir, handlerFolder) : void 0;
}
function pathAttr(e, serviceDir, folderOf) {
  const loc = locOfEntry(e);
  if (e.value.kind === "symbolic") return { value: e.value, loc };
  const written3 = asString(e.value);
  if (!written3) return void 0;
  if (written3.includes("://")) return { value: written3, loc };
  return { value: posix3.join(serviceDir || ".", folderOf(written3)), loc };
}
function handlerFolder(handler) {
  const lastDot = handler.lastIndexOf(".");
  const module = lastDot > handler.lastIndexOf("/") ? handler.slice(0, lastDot) : handler;
  return posix3.dirname(module);
}

// src/iac/serverless/function-url.ts
function mapFunctionUrl2(def, fn, ctx) {
  const e = entry(def, "url");
  if (!e) return;
  const loc = locOfEntry(e);
  const settings = isMap(e.value) ? e.value : void 0;
  if (isTruthy(e.value) === false) return;
  const authType = authTypeOf(e.value, settings, loc);
  const endpointId = `${normalizedName(fn.id)}LambdaFunctionUrl`;
  const cors = v2Cors(entry(settings, "cors"));
  const url = { authType, cors, endpointId, loc };
  fn.url = url;
  ctx.service.endpoints.push({
    id: endpointId,
    kind: "function-url",
    functionIds: [fn.id],
    auth: endpointAuth2(authType),
    cors,
    loc
  });
  fn.triggers.push({ kind: "function-url", endpointId, async: false, loc });
}
function authTypeOf(v, settings, loc) {
  if (v.kind === "symbolic") return { value: v, loc };
  const authorizer = entry(settings, "authorizer");
  if (!authorizer) return { value: "NONE", loc };
  const at = locOfEntry(authorizer);
  if (authorizer.value.kind === "symbolic") return { value: authorizer.value, loc: at };
  return { value: asString(authorizer.value) === "aws_iam" ? "AWS_IAM" : "NONE", loc: at };
}
function endpointAuth2(authType) {
  if (isSymbolicValue(authType.value)) {
    return { type: "unknown", symbolic: authType.value, loc: authType.loc };
  }
  const type = authType.value === "AWS_IAM" ? "iam" : "none";
  return { type, loc: authType.loc };
}

// src/iac/serverless/functions.ts
function mapFunctions(ctx) {
  const entries = functionEntries(ctx);
  for (const e of entries.values()) {
    const fn = mapFunction(e, ctx);
    if (fn) ctx.service.functions.push(fn);
  }
  return entries;
}
function functionEntries(ctx) {
  const out = /* @__PURE__ */ new Map();
  const e = entry(ctx.doc, "functions");
  if (!e || e.value.kind === "scalar" && e.value.value === null) return out;
  const fragments = isList(e.value) ? e.value.items : [e.value];
  for (const fragment of fragments) {
    if (isMap(fragment)) fragment.entries.forEach((fe, key) => out.set(key, fe));
    else if (fragment.kind === "symbolic")
      ctx.unreadable(fragment, "functions", "unresolved-functions");
    else ctx.warn("functions should be a map of function names to settings", fragment.loc);
  }
  return out;
}
function mapFunction(e, ctx) {
  const def = e.value;
  if (def.kind === "symbolic") {
    ctx.unreadable(def, `function ${e.key}`, "unresolved-functions");
    return void 0;
  }
  if (!isMap(def)) {
    ctx.warn(`function ${e.key} should be a map of settings`, e.keyLoc);
    return void 0;
  }
  const p = ctx.provider;
  const image = entry(def, "image");
  const fn = {
    id: e.key,
    name: stringAt(def, "name"),
    handler: stringAt(def, "handler"),
    // A container image brings its own runtime: the framework sets none for it.
    runtime: image ? void 0 : stringAt(def, "runtime") ?? stringAt(p, "runtime"),
    memorySize: numberAt(def, "memorySize") ?? numberAt(p, "memorySize"),
    timeout: numberAt(def, "timeout") ?? numberAt(p, "timeout"),
    architectures: present(stringAt(def, "architecture") ?? stringAt(p, "architecture")),
    packageType: image ? { value: "Image", loc: locOfEntry(image) } : void 0,
    codePath: codePathOf3(def, ctx.doc, ctx.service.dir),
    environment: environmentOf(def, p),
    kmsKeyArn: kmsKeyOf(def, p, ctx.doc),
    vpc: vpcOf(def, p),
    tracing: tracingOf(def, p),
    reservedConcurrency: numberAt(def, "reservedConcurrency"),
    deadLetterTarget: stringAt(def, "onError"),
    onFailureDestination: onFailureOf2(def),
    layers: layersOf(def, p),
    logRetentionDays: numberAt(def, "logRetentionInDays") ?? numberAt(p, "logRetentionInDays"),
    triggers: [],
    loc: locOfEntry(e)
  };
  mapFunctionUrl2(def, fn, ctx);
  mapEvents(def, fn, ctx);
  return fn;
}
function present(a) {
  return a ? [a] : [];
}
function layersOf(def, provider) {
  return entry(def, "layers") ? stringListAt(def, "layers") : stringListAt(provider, "layers");
}

// src/iac/serverless/iam-policies.ts
function providerRoleSettings(provider) {
  const role2 = get(get(provider, "iam"), "role");
  return isMap(role2) ? role2 : void 0;
}
function statementsPolicy(e, id) {
  if (!e) return void 0;
  const loc = locOfEntry(e);
  return { id, kind: "inline", document: policyDocumentFrom(e.value, loc), loc };
}
var AWS_MANAGED = /^arn:aws[\w-]*:iam::aws:policy\//;
function managedPolicies(e, roleId) {
  if (!e) return [];
  const items = e.value.kind === "symbolic" ? [e.value] : asList(e.value);
  return items.flatMap((item) => {
    const written3 = attrFromValue("string", item, item.loc);
    if (!written3) return [];
    const text = partitionFree(item);
    const arn2 = text !== void 0 ? { value: text, loc: item.loc } : written3;
    const kind = text !== void 0 && AWS_MANAGED.test(text) ? "aws-managed" : "external";
    return [{ id: `${roleId}:${display(written3)}`, kind, arn: arn2, loc: item.loc }];
  });
}
function partitionFree(v) {
  if (v.kind === "symbolic" && v.fn === "aws") {
    const text = v.expr.replace(/\$\{\s*aws:partition\s*\}/g, "aws");
    return text.includes("${") ? void 0 : text;
  }
  return partitionFreeText(v);
}
function providerPolicies(provider, roleId) {
  const settings = providerRoleSettings(provider);
  const statements2 = written(settings, "statements") ? statementsPolicy(entry(settings, "statements"), `${roleId}:provider.iam.role.statements`) : statementsPolicy(entry(provider, "iamRoleStatements"), `${roleId}:provider.iamRoleStatements`);
  const managed = written(settings, "managedPolicies") ? entry(settings, "managedPolicies") : entry(provider, "iamManagedPolicies");
  return [...statements2 ? [statements2] : [], ...managedPolicies(managed, roleId)];
}
function written(map, key) {
  const v = get(map, key);
  return v !== void 0 && !(v.kind === "scalar" && v.value === null);
}
function providerBoundary(provider) {
  const settings = providerRoleSettings(provider);
  return stringAt(settings, "permissionsBoundary") ?? stringAt(settings, "permissionBoundary") ?? stringAt(provider, "rolePermissionsBoundary");
}
function lambdaTrust(loc) {
  return {
    statements: [
      allowStatement(
        loc,
        ["sts:AssumeRole"],
        [],
        [{ type: "Service", value: { value: "lambda.amazonaws.com", loc } }]
      )
    ],
    loc
  };
}

// src/iac/serverless/iam.ts
var PER_FUNCTION_PLUGIN = "serverless-iam-roles-per-function";
function mapIam(definitions, ctx) {
  const external = providerExternalRole(ctx.provider);
  const plugin = pluginMayBeListed(ctx);
  let generated;
  for (const fn of ctx.service.functions) {
    const def = definitions.get(fn.id)?.value;
    const own = entry(def, "role");
    const statements2 = entry(def, "iamRoleStatements");
    if (statements2 && !plugin) fn.ignoredRoleStatements = locOfEntry(statements2);
    if (own) fn.roleRef = attrFromEntry("string", own);
    else if (statements2 && plugin) fn.roleId = perFunctionRole(fn, def, statements2, ctx).id;
    else if (external) fn.roleRef = external;
    else {
      generated ??= generatedRole2(ctx);
      fn.roleId = generated.id;
    }
  }
  if (generated) ctx.service.roles.unshift(generated);
}
function providerExternalRole(provider) {
  const iamRole = entry(get(provider, "iam"), "role");
  if (iamRole && !providerRoleSettings(provider)) return attrFromEntry("string", iamRole);
  return attrFromEntry("string", entry(provider, "role"));
}
function generatedRole2(ctx) {
  const provider = ctx.provider;
  const settings = providerRoleSettings(provider);
  const loc = locAt(entry(get(provider, "iam"), "role")) ?? locAt(entry(provider, "iamRoleStatements")) ?? locAt(entry(ctx.doc, "provider")) ?? ctx.service.loc;
  return {
    id: GENERATED_ROLE_ID,
    name: stringAt(settings, "name"),
    trustPolicy: lambdaTrust(loc),
    policies: providerPolicies(provider, GENERATED_ROLE_ID),
    permissionsBoundary: providerBoundary(provider),
    generatedBy: "serverless",
    loc
  };
}
function locAt(e) {
  return e ? locOfEntry(e) : void 0;
}
function perFunctionRole(fn, def, statements2, ctx) {
  const id = perFunctionRoleId(fn.id);
  const loc = locOfEntry(statements2);
  const inherit = inheritsProviderStatements(def, ctx);
  const own = statementsPolicy(statements2, `${id}:functions.${fn.id}.iamRoleStatements`);
  const policies = own ? [own] : [];
  const inherited = inherit ? inheritedStatements(ctx.provider, id) : void 0;
  if (inherited) policies.push(inherited);
  const settings = getPath(ctx.doc, ["custom", PER_FUNCTION_PLUGIN]);
  const role2 = {
    id,
    name: stringAt(def, "iamRoleStatementsName"),
    trustPolicy: lambdaTrust(loc),
    policies,
    permissionsBoundary: stringAt(def, "iamPermissionsBoundary") ?? stringAt(settings, "iamGlobalPermissionsBoundary") ?? providerBoundary(ctx.provider),
    generatedBy: "serverless",
    loc
  };
  ctx.service.roles.push(role2);
  return role2;
}
function inheritedStatements(provider, roleId) {
  const iam = entry(provider, "iam");
  return iam ? statementsPolicy(
    entry(providerRoleSettings(provider), "statements"),
    `${roleId}:provider.iam.role.statements`
  ) : statementsPolicy(entry(provider, "iamRoleStatements"), `${roleId}:provider.iamRoleStatements`);
}
function inheritsProviderStatements(def, ctx) {
  const own = get(def, "iamRoleStatementsInherit");
  const byDefault = isTruthy(getPath(ctx.doc, ["custom", PER_FUNCTION_PLUGIN, "defaultInherit"])) === true;
  if (isTruthy(own) === true) return true;
  return byDefault && asBoolean(own) !== false;
}
function pluginMayBeListed(ctx) {
  const plugins = get(ctx.doc, "plugins");
  const list = plugins?.kind === "map" ? get(plugins, "modules") : plugins;
  if (!list || list.kind === "symbolic") return list !== void 0;
  return asList(list).some((p) => p.kind === "symbolic" || isPerFunctionPlugin(asString(p)));
}
function isPerFunctionPlugin(name) {
  return /^(?:@[\w.-]+\/)?(?:serverless-iam-roles-per-function(?:-v4)?|serverless-granular-iam)$/.test(
    name?.trim() ?? ""
  );
}
function linkFunctionRoles(functions, ctx) {
  const roles = new Set(ctx.service.roles.map((r) => r.id));
  for (const fn of functions) {
    if (!fn.roleRef || fn.roleId) continue;
    const id = referencedLogicalId(fn.roleRef);
    if (id && roles.has(id)) fn.roleId = id;
  }
}
function referencedLogicalId(ref) {
  if (isSymbolicValue(ref.value)) {
    return ref.value.fn === "Ref" || ref.value.fn === "Fn::GetAtt" ? ref.value.refs[0] : void 0;
  }
  return ref.value.startsWith("arn:") || ref.value.includes("/") ? void 0 : ref.value;
}

// src/iac/serverless/layers.ts
function mapLayers(ctx) {
  for (const e of layerEntries(ctx)) {
    const def = e.value;
    if (def.kind === "symbolic") {
      ctx.unreadable(def, `layer ${e.key}`, "unresolved-layers");
      continue;
    }
    if (!isMap(def)) {
      ctx.warn(`layer ${e.key} should be a map of settings`, e.keyLoc);
      continue;
    }
    const policy2 = allowedAccountsPolicy(entry(def, "allowedAccounts"), ctx);
    ctx.service.resources.push({
      id: e.key,
      kind: "layer",
      type: "AWS::Lambda::LayerVersion",
      // The framework names the layer after its key unless `name` is set.
      name: stringAt(def, "name") ?? { value: e.key, loc: e.keyLoc },
      policies: policy2 ? [policy2] : [],
      attributes: {},
      loc: locOfEntry(e)
    });
  }
}
function layerEntries(ctx) {
  const e = entry(ctx.doc, "layers");
  if (!e || e.value.kind === "scalar" && e.value.value === null) return [];
  const out = [];
  for (const fragment of isList(e.value) ? e.value.items : [e.value]) {
    if (isMap(fragment)) out.push(...fragment.entries.values());
    else if (fragment.kind === "symbolic") ctx.unreadable(fragment, "layers", "unresolved-layers");
    else ctx.warn("layers should be a map of layer names to settings", fragment.loc);
  }
  return out;
}
function allowedAccountsPolicy(e, ctx) {
  if (!e) return void 0;
  const loc = locOfEntry(e);
  if (e.value.kind === "symbolic") {
    return { statements: [], symbolic: e.value, loc };
  }
  const statements2 = [];
  for (const item of isList(e.value) ? e.value.items : [e.value]) {
    const [principal] = item.kind === "scalar" || item.kind === "symbolic" ? stringList(item) : [];
    if (principal) statements2.push(grant(principal));
    else ctx.warn('each of allowedAccounts should be an account id or "*"', item.loc);
  }
  return { statements: statements2, loc };
}
function grant(principal) {
  return allowStatement(
    principal.loc,
    ["lambda:GetLayerVersion"],
    [],
    [accountPrincipal(principal)]
  );
}

// src/iac/serverless/extensions.ts
function applyExtensions(extensions, how, ctx) {
  for (const [logicalId, e] of extensions) {
    const props = get(e.value, "Properties");
    if (!isMap(props)) continue;
    const fn = ctx.service.functions.find((f) => functionLogicalId(f.id) === logicalId);
    const url = ctx.service.functions.find((f) => f.url?.endpointId === logicalId);
    const role2 = ctx.service.roles.find((r) => r.id === logicalId && logicalId === GENERATED_ROLE_ID);
    const stage4 = ctx.service.resources.find((r) => r.id === logicalId && V2_STAGES.has(r.id));
    if (fn) extendFunction(fn, props, how);
    else if (url) extendUrl(url, props, ctx);
    else if (role2) extendRole(role2, props, how);
    else if (stage4) extendV2Stage(stage4, props);
    else if (logicalId === REST_API_ID) ctx.restApiProperties.push(props);
  }
}
var V2_STAGES = /* @__PURE__ */ new Set(["HttpApiStage", "WebsocketsDeploymentStage"]);
function extendV2Stage(stage4, props) {
  const routes = get(props, "DefaultRouteSettings");
  const set = {
    throttlingBurstLimit: numberAt(routes, "ThrottlingBurstLimit"),
    throttlingRateLimit: numberAt(routes, "ThrottlingRateLimit"),
    loggingLevel: stringAt(routes, "LoggingLevel"),
    dataTrace: booleanAt(routes, "DataTraceEnabled"),
    accessLogDestination: stringAt(get(props, "AccessLogSettings"), "DestinationArn")
  };
  for (const [key, value] of Object.entries(set)) {
    if (value !== void 0) Object.assign(stage4.attributes, { [key]: value });
  }
}
function extendUrl(fn, props, ctx) {
  const url = fn.url;
  const endpoint = ctx.service.endpoints.find((e) => e.id === url?.endpointId);
  if (!url || !endpoint) return;
  const authType = authSettingAt(props, "AuthType");
  if (authType) {
    url.authType = authType;
    endpoint.auth = authFrom(authType, URL_AUTH);
  }
  const cors = entry(props, "Cors");
  if (cors) url.cors = endpoint.cors = corsFrom(cors);
}
function extendFunction(fn, props, how) {
  fn.reservedConcurrency = numberAt(props, "ReservedConcurrentExecutions") ?? fn.reservedConcurrency;
  fn.tracing = stringAt(get(props, "TracingConfig"), "Mode") ?? fn.tracing;
  fn.kmsKeyArn = stringAt(props, "KmsKeyArn") ?? fn.kmsKeyArn;
  fn.memorySize = numberAt(props, "MemorySize") ?? fn.memorySize;
  fn.timeout = numberAt(props, "Timeout") ?? fn.timeout;
  fn.runtime = stringAt(props, "Runtime") ?? fn.runtime;
  fn.deadLetterTarget = stringAt(get(props, "DeadLetterConfig"), "TargetArn") ?? fn.deadLetterTarget;
  if (entry(props, "Layers")) fn.layers = stringListAt(props, "Layers");
  if (entry(props, "Architectures")) fn.architectures = stringListAt(props, "Architectures");
  const vpc = entry(props, "VpcConfig");
  if (vpc) {
    fn.vpc = {
      subnetIds: stringListAt(vpc.value, "SubnetIds"),
      securityGroupIds: stringListAt(vpc.value, "SecurityGroupIds"),
      loc: locOfEntry(vpc)
    };
  }
  const role2 = entry(props, "Role");
  if (role2) {
    fn.roleRef = attrFromEntry("string", role2);
    fn.roleId = void 0;
  }
  const environment = get(props, "Environment");
  const current = how === "assign" && environment ? [] : fn.environment;
  fn.environment = withVariables(current, get(environment, "Variables"));
}
function withVariables(current, variables) {
  if (!isMap(variables)) return current;
  const added = [];
  for (const e of variables.entries.values()) {
    const loc = locOfEntry(e);
    if (e.value.kind === "scalar" || e.value.kind === "symbolic") {
      const value = e.value.kind === "symbolic" ? e.value : e.value.value;
      added.push({ name: e.key, value: { value, loc }, origin: "function", loc });
    }
  }
  const names = new Set(added.map((v) => v.name));
  return [...current.filter((v) => !names.has(v.name)), ...added];
}
function extendRole(role2, props, how) {
  role2.permissionsBoundary = stringAt(props, "PermissionsBoundary") ?? role2.permissionsBoundary;
  const trust = entry(props, "AssumeRolePolicyDocument");
  if (trust) role2.trustPolicy = policyDocumentFrom(trust.value, locOfEntry(trust));
  const arns = entry(props, "ManagedPolicyArns");
  const policies = entry(props, "Policies");
  if (how === "assign") {
    const replaced = (p) => byArn(p) ? arns : p.kind === "inline" && policies;
    role2.policies = role2.policies.filter((p) => p.attachedTo !== void 0 || !replaced(p));
  }
  role2.policies.push(...managedPolicies(arns, role2.id));
  asList(policies?.value).forEach((policy2, i) => {
    const document = entry(policy2, "PolicyDocument");
    if (!document) return;
    const loc = locOfEntry(document);
    const name = stringAt(policy2, "PolicyName");
    role2.policies.push({
      id: `${role2.id}:extensions.Policies.${i}`,
      name,
      kind: "inline",
      document: policyDocumentFrom(document.value, loc),
      loc: policy2.loc
    });
  });
}
function byArn(p) {
  return p.kind === "aws-managed" || p.kind === "external";
}

// src/iac/serverless/resources.ts
var MAP_SECTIONS = /* @__PURE__ */ new Set([
  "Resources",
  "Outputs",
  "Conditions",
  "Mappings",
  "Parameters",
  "extensions"
]);
function mapResources(ctx) {
  const e = entry(ctx.doc, "resources");
  if (!e || e.value.kind === "scalar" && e.value.value === null) return;
  const sections = mergeFragments(e.value, ctx);
  const ids = externalIds(ctx);
  const extensions = sections.get("extensions")?.entries ?? /* @__PURE__ */ new Map();
  sections.delete("extensions");
  const overrides = /* @__PURE__ */ new Map();
  const resources = sections.get("Resources");
  if (resources) separateOverrides(resources.entries, ids, overrides, ctx);
  if (sections.has("Resources") || sections.has("Outputs")) {
    const template2 = { kind: "map", entries: /* @__PURE__ */ new Map(), loc: locOfEntry(e) };
    for (const [key, s] of sections) {
      const value = { kind: "map", entries: s.entries, loc: s.keyLoc };
      template2.entries.set(key, { key, keyLoc: s.keyLoc, value });
    }
    ctx.diagnostics.push(...mapCloudFormationTemplate({ template: template2, externalIds: ids }, ctx.service));
  }
  applyExtensions(overrides, "merge", ctx);
  applyExtensions(extensions, "assign", ctx);
}
function mergeFragments(v, ctx) {
  const sections = /* @__PURE__ */ new Map();
  for (const fragment of isList(v) ? v.items : [v]) {
    if (!isMap(fragment)) {
      unreadable(fragment, "resources", ctx);
      continue;
    }
    for (const [key, s] of fragment.entries) {
      if (!MAP_SECTIONS.has(key)) continue;
      if (!isMap(s.value)) {
        unreadable(s.value, key, ctx);
        continue;
      }
      const section = sections.get(key) ?? {
        keyLoc: s.keyLoc,
        entries: /* @__PURE__ */ new Map()
      };
      s.value.entries.forEach((item, id) => section.entries.set(id, item));
      sections.set(key, section);
    }
  }
  return sections;
}
function separateOverrides(resources, ids, overrides, ctx) {
  for (const [id, e] of resources) {
    if (e.value.kind === "symbolic") {
      unreadable(e.value, `resource ${id}`, ctx);
      resources.delete(id);
    } else if (ids.has(id) && !entry(e.value, "Type")) {
      overrides.set(id, e);
      resources.delete(id);
    }
  }
}
function unreadable(v, what, ctx) {
  if (v.kind === "symbolic") ctx.unreadable(v, what, "unresolved-resources");
  else if (v.kind !== "scalar" || v.value !== null) {
    ctx.warn(`${what} should be a map of CloudFormation definitions`, v.loc);
  }
}
function externalIds(ctx) {
  const ids = /* @__PURE__ */ new Map();
  for (const fn of ctx.service.functions) {
    ids.set(functionLogicalId(fn.id), { kind: "function", id: fn.id });
    if (fn.roleId === perFunctionRoleId(fn.id)) {
      ids.set(perFunctionRoleLogicalId(fn.id), { kind: "role", id: fn.roleId });
    }
  }
  if (ctx.service.roles.some((r) => r.id === GENERATED_ROLE_ID)) {
    ids.set(GENERATED_ROLE_ID, { kind: "role", id: GENERATED_ROLE_ID });
  }
  const apis = new Set(ctx.service.endpoints.map((e) => e.apiId));
  for (const api2 of [REST_API_ID, HTTP_API_ID, WEBSOCKET_API_ID]) {
    if (apis.has(api2)) ids.set(api2, { kind: "api", id: api2 });
  }
  return ids;
}

// src/iac/serverless/variables/budget.ts
var DEFAULT_VARIABLE_LIMITS = {
  maxEvaluations: 2e4,
  maxNesting: 32,
  maxFiles: 100
};
var Budget = class {
  constructor(limits, report) {
    this.limits = limits;
    this.report = report;
  }
  limits;
  report;
  /** The variables being evaluated, innermost last. */
  stack = [];
  evaluations = 0;
  exhausted = false;
  tooDeepReported = false;
  /** Starts evaluating a variable; false when a limit stops it (it stays unresolved). */
  enter(expr, loc) {
    if (this.stack.length >= this.limits.maxNesting) {
      if (!this.tooDeepReported) {
        const message = `variables nested more than ${this.limits.maxNesting} levels deep; left unresolved`;
        this.report(message, "variable-limit", loc);
      }
      this.tooDeepReported = true;
      return false;
    }
    if (this.exhausted) return false;
    if (++this.evaluations > this.limits.maxEvaluations) {
      this.exhausted = true;
      const message = `more than ${this.limits.maxEvaluations} variables; the rest are left unresolved`;
      this.report(message, "variable-limit", loc);
      return false;
    }
    this.stack.push({ expr, loc });
    return true;
  }
  leave() {
    this.stack.pop();
  }
  /** The variable evaluated innermost: the one that asked for what is being resolved. */
  get innermost() {
    return this.stack.at(-1);
  }
};

// src/iac/serverless/variables/outcome.ts
var DEFAULTABLE = /* @__PURE__ */ new Set(["opt", "env", "sls", "param"]);
function unknown(fn, expr, loc, refs = []) {
  return {
    kind: "unknown",
    symbolic: { kind: "symbolic", fn, expr, refs, loc },
    defaultable: DEFAULTABLE.has(fn)
  };
}
function missing(fn, message, code = "unresolved-variable") {
  return { kind: "missing", fn, message, code };
}
function blocked(fn, expr, loc) {
  return {
    kind: "unknown",
    symbolic: { kind: "symbolic", fn, expr, refs: [], loc },
    defaultable: false
  };
}
function found(value) {
  return { kind: "value", value };
}

// src/iac/serverless/variables/includes.ts
var Includes = class {
  constructor(repo, dir, diagnostics, maxFiles) {
    this.repo = repo;
    this.dir = dir;
    this.diagnostics = diagnostics;
    this.maxFiles = maxFiles;
  }
  repo;
  dir;
  diagnostics;
  maxFiles;
  files = [];
  cache = /* @__PURE__ */ new Map();
  /** The document `written` names, or why it cannot be read. */
  async open(written3, expr, loc) {
    const path2 = repositoryPath(this.dir, written3);
    if (!path2) {
      const why = `${expr}: ${written3} is outside the repository: not read, so what it holds is not checked`;
      this.diagnostics.push(diagnostic(loc.file, why, "file-outside-repository", loc));
      return blocked("file", expr, loc);
    }
    const kind = includeKind(path2);
    if (kind === "code") {
      this.warn(
        `${expr}: ${path2} is code, which is never run; its value is unknown`,
        "code-include",
        loc
      );
      return blocked("file", expr, loc);
    }
    const loaded = await this.load(path2, kind, loc);
    if (loaded.kind === "absent")
      return missing("file", `${path2} is not in the repository`, "unresolved-include");
    if (loaded.kind === "unreadable") {
      const message = `${expr}: ${path2} cannot be read: ${loaded.why}; what it holds is not checked`;
      this.diagnostics.push(diagnostic(loc.file, message, "unreadable-include", loc));
      return blocked("file", expr, loc);
    }
    if (loaded.kind === "failed") return blocked("file", expr, loc);
    return { kind: "opened", path: path2, value: loaded.value };
  }
  async load(path2, kind, loc) {
    const cached = this.cache.get(path2);
    if (cached) return cached;
    if (this.cache.size >= this.maxFiles) {
      const message = `more than ${this.maxFiles} files included; ${path2} is not read`;
      this.diagnostics.push(diagnostic(loc.file, message, "variable-limit", loc));
      return { kind: "failed" };
    }
    const result = await this.read(path2, kind);
    this.cache.set(path2, result);
    return result;
  }
  async read(path2, kind) {
    const included2 = await includedFile(this.repo, path2, kind);
    if (included2.kind !== "read") return included2;
    this.files.push(path2);
    this.diagnostics.push(...included2.diagnostics);
    if (included2.diagnostics.length > 0) return { kind: "failed" };
    return included2.value ? { kind: "read", value: included2.value } : { kind: "absent" };
  }
  warn(message, code, loc) {
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, "warning"));
  }
};
var includedByReader = /* @__PURE__ */ new WeakMap();
function includedFile(repo, path2, kind) {
  let byPath2 = includedByReader.get(repo);
  if (!byPath2) includedByReader.set(repo, byPath2 = /* @__PURE__ */ new Map());
  let found2 = byPath2.get(path2);
  if (!found2) byPath2.set(path2, found2 = readIncluded(repo, path2, kind));
  return found2;
}
async function readIncluded(repo, path2, kind) {
  const { text, why } = await readOrWhy(repo, path2);
  if (text === void 0)
    return why === void 0 ? { kind: "absent" } : { kind: "unreadable", why };
  if (kind === "text") {
    const value = { kind: "scalar", value: text, loc: { file: path2, line: 1, column: 1 } };
    return { kind: "read", value, diagnostics: [] };
  }
  const loaded = loadDocument(path2, text);
  return { kind: "read", value: loaded.value, diagnostics: loaded.diagnostics };
}

// src/iac/serverless/variables/syntax.ts
var VARIABLE_BODY = /^\s*(?:\$\{|[A-Za-z][\w-]*(?:\.[\w-]+)?\s*(?:\(|:(?!:)))/;
function splitVariables(text) {
  if (!text.includes("${")) return void 0;
  const parts = [];
  let textStart = 0;
  let at = text.indexOf("${");
  while (at !== -1) {
    const end = closingBrace(text, at + 2);
    if (end === -1) break;
    const body = text.slice(at + 2, end);
    if (VARIABLE_BODY.test(body)) {
      if (at > textStart) parts.push({ kind: "text", text: text.slice(textStart, at) });
      parts.push({ kind: "variable", raw: text.slice(at, end + 1), body });
      textStart = end + 1;
      at = text.indexOf("${", textStart);
    } else {
      at = text.indexOf("${", at + 2);
    }
  }
  if (parts.length === 0) return void 0;
  if (textStart < text.length) parts.push({ kind: "text", text: text.slice(textStart) });
  return parts;
}
function closingBrace(text, from) {
  let depth = 0;
  let quote;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "{") {
      depth++;
    } else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
function splitAlternatives(body) {
  const pieces = [];
  let depth = 0;
  let quote;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = void 0;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      pieces.push(body.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(body.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => p !== "").map(alternativeOf);
}
var NUMBER = /^-?\d+(\.\d+)?$/;
function alternativeOf(text) {
  const quoted = /^(['"])([\s\S]*)\1$/.exec(text);
  if (quoted) return { kind: "literal", value: quoted[2] ?? "" };
  if (NUMBER.test(text)) return { kind: "literal", value: Number(text) };
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  if (text === "null") return { kind: "literal", value: null };
  return { kind: "reference", text };
}
var REFERENCE = /^([A-Za-z][\w-]*)(?:\.[\w-]+)?\s*(?:\(([\s\S]*?)\))?\s*(?::([\s\S]*))?$/;
function parseReference(text) {
  const m = REFERENCE.exec(text.trim());
  if (!m || m[2] === void 0 && m[3] === void 0) return void 0;
  return { source: m[1], params: m[2], address: m[3]?.trim() };
}
function addressSegments(address) {
  if (!address) return [];
  return address.split(".").map((s) => s.trim()).filter((s) => s !== "");
}

// src/iac/serverless/variables/evaluate.ts
var Evaluator = class {
  constructor(root, values, includes, budget) {
    this.root = root;
    this.values = values;
    this.includes = includes;
    this.budget = budget;
  }
  root;
  values;
  includes;
  budget;
  /** `${a, b, 'c'}`: the first alternative that gives a value; literal fallbacks last. */
  async evaluate(body, loc) {
    const expr = `\${${body}}`;
    const fn = parseReference(body)?.source ?? "variable";
    if (!this.budget.enter(expr, loc)) return blocked(fn, expr, loc);
    try {
      let fallback;
      for (const alt of splitAlternatives(body)) {
        const o = await this.evaluateAlternative(alt, loc);
        if (o.kind === "value" || o.kind === "unknown" && !o.defaultable) return o;
        if (!fallback || fallback.kind === "missing" && o.kind === "unknown") fallback = o;
      }
      return fallback ?? missing(fn, "the variable is empty", "invalid-variable");
    } finally {
      this.budget.leave();
    }
  }
  async evaluateAlternative(alt, loc) {
    if (alt.kind === "literal") return found({ kind: "scalar", value: alt.value, loc });
    const parts = splitVariables(alt.text);
    const [only] = parts ?? [];
    if (parts?.length === 1 && only?.kind === "variable") return this.evaluate(only.body, loc);
    let text = alt.text;
    if (parts) {
      const inner = await this.values.interpolate(parts, alt.text, loc);
      if (inner.kind !== "scalar") {
        return inner.kind === "symbolic" ? unknown(inner.fn, inner.expr, loc, inner.refs) : missing("variable", `${alt.text} is not a string`);
      }
      text = String(inner.value);
    }
    return this.evaluateReference(text, loc);
  }
  async evaluateReference(text, loc) {
    const expr = `\${${text}}`;
    const ref = parseReference(text);
    if (!ref) return missing("variable", `${text} is not a variable reference`, "invalid-variable");
    if (ref.source === "self") return this.lookupSelf(addressSegments(ref.address), expr, loc);
    if (ref.source === "param" && ref.address) return this.lookupParam(ref.address, expr, loc);
    if (ref.source === "file" && ref.params !== void 0) {
      return this.include(ref.params, ref.address, expr, loc);
    }
    return unknown(ref.source, expr, loc);
  }
  async include(written3, address, expr, loc) {
    const opened = await this.includes.open(written3, expr, loc);
    if (opened.kind !== "opened") return opened;
    const what = address ? `${address} in ${opened.path}` : opened.path;
    return this.lookup(opened.value, addressSegments(address), what, "file");
  }
  /**
   * `self:` reads the service's own configuration. Like the framework, `service.name` and
   * `service` mean the name in both the v1 (`service: { name }`) and the later form; an unset
   * `provider.stage` or `provider.region` is the one chosen when deploying: unknown.
   */
  async lookupSelf(path2, expr, loc) {
    const [first, second] = path2;
    const outcome = await this.lookup(this.root, path2, `self:${path2.join(".")}`, "self");
    if (path2.length === 1 && first === "service" && outcome.kind === "value" && outcome.value.kind === "map") {
      return this.lookup(this.root, ["service", "name"], "self:service.name", "self");
    }
    if (outcome.kind !== "missing" || path2.length !== 2) return outcome;
    if (first === "service" && second === "name")
      return this.lookup(this.root, ["service"], "self:service", "self");
    if (first === "provider" && (second === "stage" || second === "region"))
      return unknown("sls", expr, loc);
    return outcome;
  }
  /**
   * `param:` reads the parameters the service declares (`params.<stage>`, and in v4
   * `stages.<stage>.params`): the `default` value holds when no stage sets its own, since the
   * stage is chosen when deploying; one a stage sets, or one not declared (the Dashboard's, a
   * `--param` option), is unknown, and takes the written fallback.
   */
  async lookupParam(name, expr, loc) {
    const sections = [
      [["params"], ""],
      [["stages"], "params"]
    ];
    let declared;
    for (const [at, inner] of sections) {
      const stages = getPath(this.root, at);
      if (!isMap(stages)) continue;
      for (const stage4 of stages.entries.keys()) {
        const path2 = [...at, stage4, ...inner ? [inner] : [], name];
        if (getPath(this.root, path2) === void 0) continue;
        if (stage4 !== "default") return unknown("param", expr, loc);
        declared = { path: path2, what: `${path2.join(".")}` };
      }
    }
    if (!declared) return unknown("param", expr, loc);
    return this.lookup(this.root, declared.path, declared.what, "param");
  }
  /** Walks a path of keys and list indexes, resolving variables met on the way. */
  async lookup(start, path2, what, fn) {
    let cur = start;
    for (const key of path2) {
      if (cur.kind === "scalar") cur = await this.values.resolve(cur);
      if (cur.kind === "symbolic") return { kind: "unknown", symbolic: cur, defaultable: false };
      const next = cur.kind === "map" ? cur.entries.get(key)?.value : cur.kind === "list" && /^\d+$/.test(key) ? cur.items[Number(key)] : void 0;
      if (!next) return missing(fn, `${what} is not set`);
      cur = next;
    }
    const value = await this.values.resolve(cur);
    if (value.kind === "scalar" && value.value === null) return missing(fn, `${what} is empty`);
    return found(value);
  }
};

// src/iac/serverless/variables/resolver.ts
async function resolveVariables(document, repo, limits = DEFAULT_VARIABLE_LIMITS) {
  const resolver = new VariableResolver(document, repo, limits);
  try {
    const value = await resolver.resolve(document);
    const resolved = value.kind === "map" ? value : document;
    return { document: resolved, diagnostics: resolver.diagnostics, files: resolver.files };
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    const message = "variables are nested too deeply to resolve; they are left unresolved";
    const d = diagnostic(document.loc.file, message, "document-too-complex");
    return { document, diagnostics: [...resolver.diagnostics, d], files: resolver.files };
  }
}
var VariableResolver = class {
  diagnostics = [];
  includes;
  done = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  /** A plain map: the resolver lives as long as its document, and weak keys cost the collector. */
  hasVariables = /* @__PURE__ */ new Map();
  budget;
  evaluator;
  constructor(root, repo, limits) {
    this.includes = new Includes(repo, dirOf(root.loc.file), this.diagnostics, limits.maxFiles);
    this.budget = new Budget(limits, (message, code, loc) => this.report(message, code, loc));
    this.evaluator = new Evaluator(root, this, this.includes, this.budget);
  }
  get files() {
    return this.includes.files;
  }
  /** The value with every variable inside it resolved; each node is resolved once. */
  async resolve(v) {
    if (!this.mayHoldVariables(v)) return v;
    const done = this.done.get(v);
    if (done) return done;
    if (this.active.has(v)) return this.cycle(v);
    this.active.add(v);
    try {
      const out = await this.resolveNode(v);
      this.done.set(v, out);
      return out;
    } finally {
      this.active.delete(v);
    }
  }
  async resolveNode(v) {
    switch (v.kind) {
      case "scalar":
        return typeof v.value === "string" ? this.resolveString(v.value, v) : v;
      case "list": {
        const items = [];
        for (const item of v.items) items.push(await this.resolve(item));
        return items.some((item, i) => item !== v.items[i]) ? withItems(v, items) : v;
      }
      case "map": {
        const entries = /* @__PURE__ */ new Map();
        let changed = false;
        for (const [key, e] of v.entries) {
          const value = await this.resolve(e.value);
          changed ||= value !== e.value;
          entries.set(key, value === e.value ? e : withValue(e, value));
        }
        return changed ? withEntries(v, entries) : v;
      }
      case "symbolic":
        return this.resolveIntrinsic(v);
    }
  }
  /** Variables inside CloudFormation intrinsics (`!Sub "...${self:custom.x}"`) resolve first. */
  async resolveIntrinsic(v) {
    if (!v.args) return v;
    const args = await this.resolve(v.args);
    if (args === v.args) return v;
    const short = v.fn.startsWith("Fn::") ? v.fn.slice(4) : v.fn;
    return { ...v, args, expr: `!${short} ${render(args)}`, refs: refsOf(v.fn, args) };
  }
  mayHoldVariables(v) {
    if (v.kind === "scalar") return typeof v.value === "string" && v.value.includes("${");
    const known = this.hasVariables.get(v);
    if (known !== void 0) return known;
    const result = this.holdsVariables(v);
    this.hasVariables.set(v, result);
    return result;
  }
  holdsVariables(v) {
    if (v.kind === "list") return v.items.some((i) => this.mayHoldVariables(i));
    if (v.kind === "map") {
      for (const e of v.entries.values()) if (this.mayHoldVariables(e.value)) return true;
      return false;
    }
    return v.args !== void 0 && this.mayHoldVariables(v.args);
  }
  /** A value needed while it is being resolved: reported at the variable that asked for it. */
  cycle(v) {
    const asking = this.budget.innermost;
    const expr = asking?.expr ?? render(v);
    const loc = asking?.loc ?? v.loc;
    this.report(`${expr} refers back to itself; it is left unresolved`, "variable-cycle", loc);
    return { kind: "symbolic", fn: "self", expr, refs: [], loc };
  }
  async resolveString(text, node) {
    const parts = splitVariables(text);
    if (!parts) return node;
    const [only] = parts;
    if (parts.length === 1 && only?.kind === "variable") {
      return this.valueOf(await this.evaluator.evaluate(only.body, node.loc), text, node.loc);
    }
    return this.interpolate(parts, text, node.loc);
  }
  /** The value a whole-string variable stands for, located where the variable is written. */
  valueOf(outcome, text, loc) {
    if (outcome.kind === "value") {
      const v = outcome.value;
      return v.kind === "symbolic" && v.fn === "self" ? { ...v, expr: text, loc } : relocated(v, loc);
    }
    if (outcome.kind === "unknown") return { ...outcome.symbolic, expr: text, loc };
    this.report(`cannot resolve ${text}: ${outcome.message}`, outcome.code, loc);
    return { kind: "symbolic", fn: outcome.fn, expr: text, refs: [], loc };
  }
  /** A string of text and variables: a string when all resolve to scalars, else symbolic. */
  async interpolate(parts, text, loc) {
    let out = "";
    let unresolved;
    const refs = /* @__PURE__ */ new Set();
    for (const part of parts) {
      if (part.kind === "text") {
        out += part.text;
        continue;
      }
      const v = this.valueOf(await this.evaluator.evaluate(part.body, loc), part.raw, loc);
      if (v.kind === "scalar") out += v.value === null ? "" : String(v.value);
      else if (v.kind === "symbolic") {
        unresolved ??= v.fn;
        v.refs.forEach((r) => refs.add(r));
      } else {
        this.report(
          `${part.raw} is a ${v.kind}, which cannot be part of a string`,
          "invalid-variable",
          loc
        );
        unresolved ??= "self";
      }
    }
    if (unresolved) return { kind: "symbolic", fn: unresolved, expr: text, refs: [...refs], loc };
    return { kind: "scalar", value: out, loc };
  }
  report(message, code, loc) {
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, severityOf(code)));
  }
};
function severityOf(code) {
  return code === "unresolved-include" || code === "variable-limit" ? "error" : "warning";
}

// src/iac/serverless/index.ts
var SERVERLESS_FILE = /^serverless\.(ya?ml|json)$/;
var SERVICE_KEYS = ["service", "provider", "functions"];
var serverlessFormat = {
  format: "serverless",
  detect(file, document) {
    const name = posix4.basename(file);
    if (!SERVERLESS_FILE.test(name))
      return SERVERLESS_LIKE_NAME.test(name) && isServiceUnderOtherName(document);
    if (!SERVICE_KEYS.some((k) => document.entries.has(k))) return false;
    return isAwsProvider(get(document, "provider"));
  },
  async build(input, ctx) {
    const resolved = await resolveVariables(input.document, ctx.repo);
    const doc = resolved.document;
    const service = emptyService(
      input.file,
      serviceName(doc),
      "serverless",
      dirOf(input.file),
      serviceLoc(doc, input.file)
    );
    for (const file of resolved.files) if (!service.files.includes(file)) service.files.push(file);
    const sls = new SlsContext(doc, service);
    const definitions = mapFunctions(sls);
    mapIam(definitions, sls);
    mapStateMachineEvents(sls);
    mapApiStages(sls);
    mapLayers(sls);
    const functions = [...service.functions];
    mapResources(sls);
    mapRestApi2(sls);
    linkFunctionRoles(functions, sls);
    return { services: [service], diagnostics: [...resolved.diagnostics, ...sls.diagnostics] };
  }
};
function isServiceUnderOtherName(document) {
  const provider = get(document, "provider");
  const name = isMap(provider) ? asString(get(provider, "name")) : asString(provider);
  return document.entries.has("service") && name?.toLowerCase() === "aws";
}
function isAwsProvider(provider) {
  const name = isMap(provider) ? asString(get(provider, "name")) : asString(provider);
  return name === void 0 || name.toLowerCase() === "aws" || name.includes("${");
}
function serviceName(doc) {
  const service = get(doc, "service");
  const named = isMap(service) ? get(service, "name") : service;
  if (named?.kind === "symbolic") return named.expr;
  return asString(named) ?? "";
}
function serviceLoc(doc, file) {
  const e = entry(doc, "service");
  return e ? locOfEntry(e) : { file, line: 1, column: 1 };
}

// src/iac/terraform/eval/values.ts
function locOf(file, range) {
  return { file, line: range.start.line, column: range.start.column, value: range };
}
function symbolic(fn, expr, refs, loc, args) {
  const v = { kind: "symbolic", fn, expr, refs: [...new Set(refs)], loc };
  if (args) v.args = args;
  return v;
}
function refsIn2(v, out = /* @__PURE__ */ new Set()) {
  if (!v) return out;
  if (v.kind === "symbolic") v.refs.forEach((r) => out.add(r));
  else if (v.kind === "list") v.items.forEach((i) => refsIn2(i, out));
  else if (v.kind === "map") v.entries.forEach((e) => refsIn2(e.value, out));
  return out;
}
function isLiteral(v) {
  if (v.kind === "symbolic") return false;
  if (v.kind === "list") return v.items.every(isLiteral);
  if (v.kind === "map") return [...v.entries.values()].every((e) => isLiteral(e.value));
  return true;
}
function sameScalar(a, b) {
  return a.kind === "scalar" && b.kind === "scalar" && !a.choices && !b.choices && a.value === b.value;
}
function sizeOf(v) {
  if (v.kind === "list") return v.items.reduce((n, i) => n + sizeOf(i), 1);
  if (v.kind === "map") {
    let n = 1;
    for (const e of v.entries.values()) n += sizeOf(e.value);
    return n;
  }
  return 1;
}
function shift(v, lines, firstLineColumns) {
  const move = (loc) => shiftLoc(loc, lines, firstLineColumns);
  switch (v.kind) {
    case "scalar":
    case "symbolic":
      return { ...v, loc: move(v.loc) };
    case "list":
      return {
        kind: "list",
        items: v.items.map((i) => shift(i, lines, firstLineColumns)),
        loc: move(v.loc)
      };
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, e] of v.entries) {
        entries.set(k, {
          key: k,
          keyLoc: move(e.keyLoc),
          value: shift(e.value, lines, firstLineColumns)
        });
      }
      return { kind: "map", entries, loc: move(v.loc) };
    }
  }
}
function shiftLoc(loc, lines, cols) {
  const pos = (p) => ({
    line: p.line + lines,
    column: p.line === 1 ? p.column + cols : p.column
  });
  const at = pos(loc);
  const out = { file: loc.file, line: at.line, column: at.column };
  if (loc.value) out.value = { start: pos(loc.value.start), end: pos(loc.value.end) };
  return out;
}
function step(v, key) {
  if (v.kind === "map") return v.entries.get(String(key))?.value;
  if (v.kind === "list" && typeof key === "number") return v.items[key];
  return void 0;
}

// src/iac/terraform/config/declarations.ts
function isOverrideFile(path2) {
  return /(?:^|\/)(?:[^/]*_)?override\.tf(?:\.json)?$/.test(path2);
}
var Declarations = class {
  blocks = [];
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  /** What `-var-file` files set, by variable, in file name order. */
  possibleValues = /* @__PURE__ */ new Map();
  diagnostics = [];
  addresses = /* @__PURE__ */ new Map();
  /**
   * Adds a block unless its address is taken (Terraform rejects duplicates; the first counts).
   * A block of an override file is merged into the block it overrides.
   */
  addBlock(decl) {
    const base = this.addresses.get(decl.address);
    if (isOverrideFile(decl.file)) {
      if (base) base.overrides = [...base.overrides ?? [], { body: decl.body, file: decl.file }];
      else this.overridesNothing(decl.file, decl.address, decl.loc);
      return;
    }
    if (base) {
      this.diagnostics.push(
        diagnostic(
          decl.file,
          `${decl.address} is declared twice in this folder; the first one is used`,
          "duplicate-address",
          decl.loc,
          "warning"
        )
      );
      return;
    }
    this.addresses.set(decl.address, decl);
    this.blocks.push(decl);
  }
  addVariable(v) {
    const base = this.variables.get(v.name);
    if (!base && isOverrideFile(v.file)) this.overridesNothing(v.file, `var.${v.name}`, v.loc);
    else if (!base) this.variables.set(v.name, v);
    else if (isOverrideFile(v.file)) {
      this.variables.set(v.name, {
        ...base,
        default: v.default ?? base.default,
        sensitive: v.sensitive ?? base.sensitive,
        type: v.type ?? base.type
      });
    }
  }
  /** A value a variable file gives a declared variable: it replaces the default. */
  assignVariable(name, source, keyLoc) {
    const v = this.variables.get(name);
    if (v) this.variables.set(name, { ...v, default: { source, keyLoc } });
  }
  /** A value a `-var-file` file gives a declared variable: one it may take, besides its own. */
  addPossibleValue(name, source, file) {
    if (!this.variables.has(name)) return;
    this.possibleValues.set(name, [...this.possibleValues.get(name) ?? [], { source, file }]);
  }
  addLocal(l) {
    const declared = this.locals.has(l.name);
    if (!declared && isOverrideFile(l.file))
      this.overridesNothing(l.file, `local.${l.name}`, l.keyLoc);
    else if (!declared || isOverrideFile(l.file)) this.locals.set(l.name, l);
  }
  /**
   * An override file's block, variable or local that the folder's other files do not declare:
   * Terraform refuses the folder ("missing base ... to override"), so it is not read as if it were
   * declared on its own (its settings would be reported for a block that does not exist).
   */
  overridesNothing(file, address, loc) {
    this.diagnostics.push(
      diagnostic(
        file,
        `${address} is in an override file, but no other file of this folder declares it: Terraform refuses an override of nothing, and it is not read`,
        "override-without-base",
        loc,
        "warning"
      )
    );
  }
  /** Reads the top-level blocks of one `.tf` file. */
  addHclFile(file, blocks) {
    for (const b of blocks) this.addHclBlock(file, b);
  }
  addHclBlock(file, b) {
    const loc = locOf(file, b.range);
    const [first, second] = b.labels;
    const body = { kind: "hcl", body: b.body };
    if ((b.type === "resource" || b.type === "data") && first && second) {
      const address = b.type === "data" ? `data.${first}.${second}` : `${first}.${second}`;
      this.addBlock({ mode: b.type, type: first, name: second, address, file, loc, body });
    } else if (b.type === "module" && first) {
      this.addBlock({
        mode: "module",
        type: "module",
        name: first,
        address: `module.${first}`,
        file,
        loc,
        body
      });
    } else if (b.type === "variable" && first) {
      this.addVariable(hclVariable(file, first, b, loc));
    } else if (b.type === "locals") {
      for (const a of b.body.attributes) {
        this.addLocal({
          name: a.name,
          file,
          keyLoc: locOf(file, a.nameRange),
          source: { kind: "hcl", expr: a.expr }
        });
      }
    }
  }
};
function hclVariable(file, name, b, loc) {
  const v = { name, file, loc };
  for (const a of b.body.attributes) {
    if (a.name === "default") {
      v.default = { source: { kind: "hcl", expr: a.expr }, keyLoc: locOf(file, a.nameRange) };
    } else if (a.name === "sensitive") v.sensitive = { kind: "hcl", expr: a.expr };
    else if (a.name === "type") v.type = { kind: "hcl", expr: a.expr };
  }
  for (const validation of b.body.blocks.filter((n) => n.type === "validation")) {
    const condition = validation.body.attributes.find((a) => a.name === "condition");
    if (condition) v.conditions = [...v.conditions ?? [], { kind: "hcl", expr: condition.expr }];
  }
  return v;
}

// src/iac/terraform/config/instances.ts
function hasNoInstance(decl) {
  const bodies = [...(decl.overrides ?? []).map((o) => o.body).reverse(), decl.body];
  const count = firstWritten(bodies, "count");
  const forEach = firstWritten(bodies, "for_each");
  return count !== void 0 && isZero(count) || forEach !== void 0 && isEmpty(forEach);
}
function firstWritten(bodies, name) {
  for (const body of bodies) {
    if (body.kind === "hcl") {
      const attribute = body.body.attributes.find((a) => a.name === name);
      if (attribute) return { kind: "hcl", expr: attribute.expr };
    } else {
      const value = get(body.value, name);
      if (value) return { kind: "json", value };
    }
  }
  return void 0;
}
function isZero(written3) {
  const value = written3.kind === "hcl" ? literalOf(written3.expr) : scalarOf(written3.value);
  return (typeof value === "number" || typeof value === "string") && isZeroText(String(value));
}
function literalOf(expr) {
  if (expr.kind === "literal") return expr.value;
  const [part, ...rest] = expr.kind === "template" && !expr.directives ? expr.parts : [];
  return part?.kind === "text" && rest.length === 0 ? part.value : void 0;
}
function scalarOf(value) {
  return value.kind === "scalar" ? value.value : void 0;
}
function isZeroText(text) {
  return /^\s*0+(\.0*)?\s*$/.test(text);
}
function isEmpty(written3) {
  if (written3.kind === "json") {
    const v = written3.value;
    return v.kind === "list" && v.items.length === 0 || v.kind === "map" && v.entries.size === 0;
  }
  return isEmptyExpr(written3.expr);
}
function isEmptyExpr(expr) {
  if (expr.kind === "tuple" || expr.kind === "object") return expr.items.length === 0;
  if (expr.kind !== "call" || !["toset", "tomap", "tolist"].includes(expr.name)) return false;
  const [only, ...rest] = expr.args;
  return only !== void 0 && rest.length === 0 && !expr.expandFinal && isEmptyExpr(only);
}

// src/iac/terraform/config/tf-json.ts
function addJsonFile(decls, file, text) {
  const loaded = loadDocument(file, text);
  decls.diagnostics.push(...loaded.diagnostics);
  if (loaded.diagnostics.length > 0) return;
  const root = loaded.value;
  if (!isMap(root)) {
    decls.diagnostics.push(
      diagnostic(file, "expected a JSON object at the top level", "parse-error")
    );
    return;
  }
  for (const section of ["resource", "data"]) {
    for (const typeEntry of entriesOf(...written2(root, section))) {
      for (const nameEntry of entriesOf(typeEntry.value)) {
        const type = typeEntry.key;
        const name = nameEntry.key;
        const address = section === "data" ? `data.${type}.${name}` : `${type}.${name}`;
        const body = firstMap(nameEntry);
        if (body)
          decls.addBlock({
            mode: section,
            type,
            name,
            address,
            file,
            loc: nameEntry.keyLoc,
            body: { kind: "json", value: body }
          });
      }
    }
  }
  for (const e of entriesOf(...written2(root, "module"))) {
    const body = firstMap(e);
    if (body)
      decls.addBlock({
        mode: "module",
        type: "module",
        name: e.key,
        address: `module.${e.key}`,
        file,
        loc: e.keyLoc,
        body: { kind: "json", value: body }
      });
  }
  for (const e of entriesOf(...written2(root, "variable"))) {
    const body = firstMap(e);
    const def = body?.entries.get("default");
    const sensitive = body?.entries.get("sensitive");
    const type = body?.entries.get("type");
    const conditions = asList(body?.entries.get("validation")?.value).filter(isMap).flatMap((v) => asList(v.entries.get("condition")?.value)).map((value) => ({ kind: "json", value }));
    decls.addVariable({
      name: e.key,
      file,
      loc: e.keyLoc,
      default: def ? { source: { kind: "json", value: def.value }, keyLoc: def.keyLoc } : void 0,
      sensitive: sensitive ? { kind: "json", value: sensitive.value } : void 0,
      type: type ? { kind: "json", value: type.value } : void 0,
      conditions
    });
  }
  for (const e of entriesOf(...written2(root, "locals"))) {
    decls.addLocal({
      name: e.key,
      file,
      keyLoc: e.keyLoc,
      source: { kind: "json", value: e.value }
    });
  }
}
function written2(map, key) {
  return [...membersOnce(map)].filter((e) => e.key === key).map((e) => e.value);
}
function entriesOf(...values) {
  return values.flatMap((v) => asList(v)).filter(isMap).flatMap((m) => [...membersOnce(m)]);
}
function firstMap(e) {
  return asList(e.value).find(isMap);
}

// src/iac/terraform/config/reading-order.ts
function inReadingOrder(files) {
  const config = files.filter((f) => !isTfvars(f.path));
  const overrides = config.filter((f) => isOverrideFile(f.path)).sort(byPath);
  if (overrides.length === 0) return config;
  return [...config.filter((f) => !isOverrideFile(f.path)), ...overrides];
}
function tfvarsInLoadingOrder(files) {
  const rank = (path2) => /(?:^|\/)terraform\.tfvars$/.test(path2) ? 0 : /(?:^|\/)terraform\.tfvars\.json$/.test(path2) ? 1 : 2;
  return files.filter((f) => isAutoTfvars(f.path)).sort((a, b) => rank(a.path) - rank(b.path) || byPath(a, b));
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function tfvarsForVarFile(files) {
  return files.filter((f) => isTfvars(f.path) && !isAutoTfvars(f.path)).sort(byPath);
}

// src/iac/terraform/config/tfvars.ts
function addTfvarsFile(decls, parser, file, text, possible = false) {
  const assign = (name, source, keyLoc) => possible ? decls.addPossibleValue(name, source, file) : decls.assignVariable(name, source, keyLoc);
  if (file.endsWith(".json")) {
    const loaded = loadDocument(file, text);
    if (loaded.diagnostics.length > 0) return loaded.diagnostics;
    if (!isMap(loaded.value)) {
      const why = "a variable file in JSON should be an object of variable values: it is not read";
      return [diagnostic(file, why, "invalid-tfvars", { line: loaded.value?.loc.line ?? 1 })];
    }
    for (const e of loaded.value.entries.values())
      assign(e.key, { kind: "json", value: e.value }, e.keyLoc);
    return [];
  }
  if (!parser) return [];
  const parsed = parseHcl(parser, file, text);
  for (const a of parsed.attributes ?? [])
    assign(a.name, { kind: "hcl", expr: a.expr }, locOf(file, a.nameRange));
  return parsed.diagnostics;
}

// src/iac/terraform/eval/arithmetic.ts
var MAX_TEXT = 256;
var MAX_DEPTH = 16;
var TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([-+*/%()]))/y;
function constantArithmetic(text) {
  if (text.length > MAX_TEXT) return void 0;
  const tokens = tokenize(text);
  if (!tokens) return void 0;
  const parser = new Parser(tokens);
  const value = parser.sum(0);
  return value !== void 0 && parser.done() && Number.isFinite(value) ? value : void 0;
}
function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (text.slice(TOKEN.lastIndex).trim() === "") break;
    const m = TOKEN.exec(text);
    if (!m) return void 0;
    tokens.push(m[1] !== void 0 ? Number(m[1]) : m[2]);
  }
  return tokens;
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  done() {
    return this.at === this.tokens.length;
  }
  /** `a + b - c` */
  sum(depth) {
    let left = this.product(depth);
    while (left !== void 0 && (this.peek() === "+" || this.peek() === "-")) {
      const op = this.next();
      const right = this.product(depth);
      if (right === void 0) return void 0;
      left = op === "+" ? left + right : left - right;
    }
    return left;
  }
  /** `a * b / c % d` */
  product(depth) {
    let left = this.unary(depth);
    while (left !== void 0 && ["*", "/", "%"].includes(String(this.peek()))) {
      const op = this.next();
      const right = this.unary(depth);
      if (right === void 0) return void 0;
      left = op === "*" ? left * right : op === "/" ? left / right : left % right;
    }
    return left;
  }
  /** `-a`: Terraform has unary minus only (no unary plus). */
  unary(depth) {
    if (this.peek() !== "-") return this.primary(depth);
    this.next();
    const operand = this.unary(depth);
    return operand === void 0 ? void 0 : -operand;
  }
  primary(depth) {
    const token = this.next();
    if (typeof token === "number") return token;
    if (token !== "(" || depth >= MAX_DEPTH) return void 0;
    const inner = this.sum(depth + 1);
    return this.next() === ")" ? inner : void 0;
  }
  peek() {
    return this.tokens[this.at];
  }
  next() {
    return this.tokens[this.at++];
  }
};

// src/iac/terraform/eval/embedded-json.ts
var OPEN = "\uE000";
var CLOSE = "\uE001";
var PAD = "\uE002";
var MARKER = /\uE000(\d+)\uE001\uE002*/g;
function embeddedJson(t, ctx) {
  if (t.directives) return void 0;
  const first = t.parts[0];
  if (!first || first.kind !== "text" || !first.value.trimStart().startsWith("{")) return void 0;
  const holes = [];
  const holeTexts = [];
  let text = "";
  for (const part of t.parts) {
    if (part.kind === "text") {
      text += t.heredoc ? part.raw : part.value;
      continue;
    }
    const i = holes.length;
    holes.push(evaluate(part.expr, ctx));
    const written3 = part.expr.text;
    holeTexts.push(`\${${written3}}`);
    const marker = `${OPEN}${i}${CLOSE}`;
    const width = part.range.start.line === part.range.end.line ? part.range.end.column - part.range.start.column : marker.length;
    text += marker + PAD.repeat(Math.max(0, width - marker.length));
  }
  const loaded = loadDocument(ctx.file, text);
  const start = first.range.start;
  if (loaded.diagnostics.length > 0 || loaded.value?.kind !== "map") {
    const d = loaded.diagnostics[0];
    ctx.scope.report(
      diagnostic(
        ctx.file,
        `policy is not a JSON object${d ? `: ${d.message}` : ""}`,
        "invalid-policy-json",
        {
          line: start.line + (d ? d.line - 1 : 0),
          column: d && d.line > 1 ? d.column : start.column + (d ? d.column - 1 : 0)
        },
        "warning"
      )
    );
    return void 0;
  }
  const located = shift(loaded.value, start.line - 1, start.column - 1);
  return fill(located, holes, holeTexts);
}
function fill(v, holes, texts) {
  if (v.kind === "list")
    return withItems(
      v,
      v.items.map((i) => fill(i, holes, texts))
    );
  if (v.kind === "map") {
    const entries = /* @__PURE__ */ new Map();
    for (const e of v.entries.values()) {
      const key = e.key.replace(MARKER, (_m, i) => texts[Number(i)] ?? "");
      entries.set(key, { key, keyLoc: e.keyLoc, value: fill(e.value, holes, texts) });
    }
    return withEntries(v, entries);
  }
  if (v.kind !== "scalar" || typeof v.value !== "string" || !v.value.includes(OPEN)) return v;
  return fillString(v.value, v.loc, holes, texts);
}
function fillString(s, loc, holes, texts) {
  const whole = /^\uE000(\d+)\uE001\uE002*$/.exec(s);
  if (whole) {
    const hole = holes[Number(whole[1])];
    if (hole) return relocate(hole, loc);
  }
  const refs = /* @__PURE__ */ new Set();
  let decided = true;
  const value = s.replace(MARKER, (_m, i) => {
    const hole = holes[Number(i)];
    refsIn2(hole, refs);
    if (hole?.kind === "scalar" && hole.value !== null) return String(hole.value);
    decided = false;
    return "";
  });
  if (decided) return { kind: "scalar", value, loc };
  const written3 = s.replace(MARKER, (_m, i) => texts[Number(i)] ?? "");
  return symbolic("template", written3, refs, loc);
}

// src/iac/terraform/eval/possible-values.ts
function withPossibleValues(name, base, others) {
  const all = base ? [base, ...others] : [...others];
  const [first] = all;
  if (!first || all.length === 1) return first;
  if (all.every((v) => v.kind === "scalar")) {
    const choices = unique(all.map((v) => v.kind === "scalar" ? v.value : null));
    if (choices.length === 1) return first;
    if (base?.kind === "scalar") return { ...base, choices };
  }
  if (base && all.every((v) => v.kind === "list"))
    return {
      kind: "list",
      items: all.flatMap((v) => v.kind === "list" ? v.items : []),
      loc: base.loc
    };
  return conditionalOf(`var.${name}`, all);
}
function unique(values) {
  return values.filter((v, i) => values.indexOf(v) === i);
}
function conditionalOf(expr, values) {
  const [first, ...rest] = values;
  if (!first) throw new Error("no values");
  if (rest.length === 0) return first;
  const args = { kind: "list", items: [first, conditionalOf(expr, rest)], loc: first.loc };
  return symbolic("conditional", expr, [expr], first.loc, args);
}

// src/iac/terraform/eval/fallbacks.ts
var MAX_COMBINATIONS = 64;
function fallbackCall(expr, args, loc, fails) {
  if (expr.expandFinal) return void 0;
  const decided = (v) => v && relocate(v, loc);
  if (expr.name === "lookup") return overChoices(expr.text, args, lookup, decided);
  if (expr.name === "coalesce") return overChoices(expr.text, args, coalesce, decided);
  if (expr.name === "try") return decided(tryOf(expr.args, args, fails));
  return void 0;
}
function lookup(args) {
  const [map, key, fallback, ...rest] = args;
  if (map?.kind !== "map" || key?.kind !== "scalar" || rest.length > 0) return void 0;
  if (key.value === null || typeof key.value === "boolean") return void 0;
  const found2 = map.entries.get(String(key.value))?.value;
  return found2 ?? (keysAllKnown(map) ? fallback : void 0);
}
function keysAllKnown(map) {
  for (const key of map.entries.keys()) if (!/^[\w-]+$/.test(key)) return false;
  return true;
}
function coalesce(args) {
  for (const a of args) {
    if (a.kind !== "scalar") return void 0;
    if (a.value !== null && a.value !== "") return a;
  }
  return void 0;
}
function tryOf(exprs, args, fails) {
  for (let i = 0; i < args.length; i++) {
    if (fails(exprs[i])) continue;
    const arg = args[i];
    return isLiteral(arg) ? arg : void 0;
  }
  return void 0;
}
function overChoices(text, args, fn, decided) {
  const combinations = combine(args);
  if (!combinations) return void 0;
  const results = [];
  for (const c of combinations) {
    const r = decided(fn(c));
    if (!r) return void 0;
    results.push(r);
  }
  const [first] = results;
  if (first && results.every((r) => sameScalar(r, first))) return first;
  return results.length > 0 ? conditionalOf(text, results) : void 0;
}
function combine(args) {
  let out = [[]];
  for (const a of args) {
    const each2 = a.kind === "scalar" && a.choices ? a.choices.map((value) => ({ kind: "scalar", value, loc: a.loc })) : [a];
    out = out.flatMap((c) => each2.map((v) => [...c, v]));
    if (out.length > MAX_COMBINATIONS) return void 0;
  }
  return out;
}
function failsForSure(expr, root, key) {
  if (expr.kind !== "traversal" || expr.root !== "var" && expr.root !== "local") return false;
  const [head, ...rest] = expr.steps;
  if (head?.kind !== "attr") return false;
  let cur = root(expr.root, head.name);
  for (const s of rest) {
    if (!cur || cur.kind === "symbolic" || cur.kind === "list") return false;
    if (cur.kind === "scalar") return true;
    const name = s.kind === "attr" ? s.name : s.kind === "index" ? keyName(key(s.key)) : void 0;
    if (name === void 0) return false;
    const next = step(cur, name);
    if (next === void 0) return keysAllKnown(cur);
    cur = next;
  }
  return false;
}
function keyName(v) {
  if (v.kind !== "scalar" || v.choices || v.value === null || typeof v.value === "boolean")
    return void 0;
  return String(v.value);
}

// src/iac/terraform/eval/traversal.ts
var NOT_ADDRESSES = /* @__PURE__ */ new Set(["each", "count", "self", "path", "terraform"]);
function addressOf(t) {
  const names = [];
  for (const s of t.steps) {
    if (s.kind !== "attr") break;
    names.push(s.name);
  }
  const [first, second] = names;
  if (!first) return void 0;
  if (t.root === "var" || t.root === "local" || t.root === "module") return `${t.root}.${first}`;
  if (t.root === "data") return second ? `data.${first}.${second}` : void 0;
  if (NOT_ADDRESSES.has(t.root) || !t.root.includes("_")) return void 0;
  return `${t.root}.${first}`;
}
function resolveTraversal(t, ctx, loc, evalKey) {
  const iterator = ctx.iterators?.get(t.root);
  if (iterator) {
    const found2 = follow(iterator, t.steps, evalKey);
    if (found2 && found2.kind !== "symbolic" && ctx.scope.charge(sizeOf(found2), loc))
      return relocate(found2, loc);
    if (found2?.kind === "symbolic" && found2.fn === "conditional") return relocate(found2, loc);
    return symbolic("iterator", t.text, refsIn2(found2 ?? iterator), loc);
  }
  const address = addressOf(t);
  const [head, ...rest] = t.steps;
  const name = head?.kind === "attr" ? head.name : void 0;
  if (t.root === "path" && name === "module" && rest.length === 0) {
    return { kind: "scalar", value: ".", loc };
  }
  if ((t.root === "var" || t.root === "local") && name !== void 0) {
    const base = t.root === "var" ? ctx.scope.variable(name) : ctx.scope.local(name);
    if (t.root === "var" && rest.length === 0 && base?.kind === "symbolic")
      return relocate(base, loc);
    const found2 = base && follow(base, rest, evalKey);
    if (found2 && found2.kind !== "symbolic" && ctx.scope.charge(sizeOf(found2), loc)) {
      return relocate(found2, loc);
    }
    const refs = refsIn2(found2 ?? base);
    return symbolic(t.root, t.text, [address ?? t.root, ...refs], loc);
  }
  return symbolic(fnOf(t.root), t.text, address ? [address] : [], loc);
}
function follow(base, steps, evalKey) {
  let cur = base;
  for (const s of steps) {
    if (!cur || cur.kind === "symbolic") return cur;
    if (s.kind === "attr") cur = step(cur, s.name);
    else if (s.kind === "index") {
      const key = evalKey(s.key);
      if (key.kind !== "scalar" || key.value === null || typeof key.value === "boolean")
        return void 0;
      cur = step(cur, key.value);
    } else return void 0;
  }
  return cur;
}
function fnOf(root) {
  if (root === "data" || root === "module" || NOT_ADDRESSES.has(root)) return root;
  return "ref";
}

// src/iac/terraform/eval/evaluate.ts
var MAX_STRING = 1e5;
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "tolist",
  "toset",
  "tomap",
  "tostring",
  "tonumber",
  "tobool",
  // Hide the value from plans and output only: it is still written in the configuration.
  "sensitive",
  "nonsensitive"
]);
function evaluate(expr, ctx, json = false) {
  const loc = locOf(ctx.file, expr.range);
  switch (expr.kind) {
    case "literal":
      return { kind: "scalar", value: expr.value, loc };
    case "template":
      return json && embeddedJson(expr, ctx) || template(expr, ctx, loc);
    case "tuple":
      return { kind: "list", items: expr.items.map((i) => evaluate(i, ctx, json)), loc };
    case "object":
      return object(expr, ctx, loc);
    case "traversal":
      return traversal(expr, ctx, loc);
    case "call":
      return call(expr, ctx, loc);
    case "opaque": {
      const constant = expr.children.length === 0 ? constantArithmetic(expr.text) : void 0;
      if (constant !== void 0) return { kind: "scalar", value: constant, loc };
      const refs = refsOf2(
        expr.children,
        expr.children.map((c) => evaluate(c, ctx))
      );
      if (expr.branches) return conditional(expr, expr.branches, ctx, refs, loc, json);
      return symbolic(expr.what, expr.text, refs, loc);
    }
  }
}
function conditional(expr, [yes, no], ctx, refs, loc, json) {
  const a = evaluate(yes, ctx, json);
  const b = evaluate(no, ctx, json);
  if (a.kind === "scalar" && b.kind === "scalar" && a.value === b.value)
    return { kind: "scalar", value: a.value, loc };
  if (a.kind === "list" && b.kind === "list")
    return { kind: "list", items: [...a.items, ...b.items], loc };
  return symbolic(expr.what, expr.text, refs, loc, { kind: "list", items: [a, b], loc });
}
function object(expr, ctx, loc) {
  const entries = /* @__PURE__ */ new Map();
  for (const item of expr.items) {
    let key = item.key;
    if (item.computedKey) {
      const k = evaluate(item.computedKey, ctx);
      if (k.kind === "scalar" && k.value !== null) key = String(k.value);
    }
    const value = evaluate(item.value, ctx);
    entries.set(key, { key, keyLoc: locOf(ctx.file, item.keyRange), value });
  }
  return { kind: "map", entries, loc };
}
function traversal(expr, ctx, loc) {
  return resolveTraversal(expr, ctx, loc, (key) => evaluate(key, ctx));
}
function template(expr, ctx, loc) {
  const [only] = expr.parts;
  if (expr.parts.length === 1 && only?.kind === "interpolation" && !expr.directives) {
    return relocated(evaluate(only.expr, ctx), loc);
  }
  const pieces = [];
  const refs = /* @__PURE__ */ new Set();
  let decided = !expr.directives;
  let length = 0;
  for (const part of expr.parts) {
    if (part.kind === "text") {
      pieces.push(part.value);
      length += part.value.length;
      continue;
    }
    const v = evaluate(part.expr, ctx);
    refsOf2([part.expr], [v], refs);
    if (v.kind === "scalar" && v.value !== null) {
      const s = String(v.value);
      pieces.push(s);
      length += s.length;
    } else decided = false;
  }
  if (decided && length <= MAX_STRING) return { kind: "scalar", value: pieces.join(""), loc };
  return symbolic("template", expr.text, refs, loc);
}
function call(expr, ctx, loc) {
  const args = expr.args.map((a) => evaluate(a, ctx));
  const [first] = args;
  if (args.length === 1 && first && !expr.expandFinal) {
    if (expr.name === "jsonencode" && (first.kind === "map" || first.kind === "list"))
      return relocated(first, loc);
    if (PASS_THROUGH.has(expr.name) && first.kind !== "symbolic") return relocated(first, loc);
  }
  if (expr.name === "merge" && !expr.expandFinal && args.length > 0 && args.every(isMap))
    return merged(args, loc);
  const list = expr.expandFinal ? void 0 : listFunction(expr.name, args, loc);
  if (list) return list;
  const fallback = fallbackCall(expr, args, loc, (arg) => failsForSure(arg, rootOf(ctx), evalIn(ctx)));
  if (fallback) return fallback;
  return symbolic(expr.name, expr.text, refsOf2(expr.args, args), loc);
}
function rootOf(ctx) {
  return (kind, name) => kind === "var" ? ctx.scope.variable(name) : ctx.scope.local(name);
}
function evalIn(ctx) {
  return (e) => evaluate(e, ctx);
}
function listFunction(name, args, loc) {
  if (args.length === 0 || !args.every((a) => a.kind === "list")) return void 0;
  const lists = args;
  if (name === "concat") return { kind: "list", items: lists.flatMap((l) => l.items), loc };
  if (lists.length !== 1) return void 0;
  const [only] = lists;
  if (name === "flatten") return { kind: "list", items: flat(only.items), loc };
  if (name !== "distinct") return void 0;
  const seen = /* @__PURE__ */ new Set();
  const items = only.items.filter((i) => {
    if (i.kind !== "scalar") return true;
    if (seen.has(i.value)) return false;
    seen.add(i.value);
    return true;
  });
  return { kind: "list", items, loc };
}
function flat(items) {
  return items.flatMap((i) => i.kind === "list" ? flat(i.items) : [i]);
}
function merged(maps, loc) {
  const entries = /* @__PURE__ */ new Map();
  for (const m of maps) for (const [key, e] of m.entries) entries.set(key, e);
  return { kind: "map", entries, loc };
}
function refsOf2(exprs, values, out = /* @__PURE__ */ new Set()) {
  exprs.forEach((e, i) => {
    const address = e.kind === "traversal" ? addressOf(e) : void 0;
    if (address) out.add(address);
    refsIn2(values[i], out);
  });
  return out;
}

// src/iac/terraform/syntax/template-string.ts
var MARKER2 = "SERVERLESS_GATE_TEMPLATE";
var TEMPLATE_TOO_DEEP = "too-deep";
function parseTemplateString(parser, text) {
  if (text.includes(MARKER2)) return void 0;
  const tree = parser.parse(`t = <<${MARKER2}
${text}
${MARKER2}
`);
  if (!tree) return void 0;
  try {
    if (tree.rootNode.hasError) return void 0;
    const attr = tree.rootNode.descendantsOfType("attribute")[0];
    const conv = new Converter();
    const expr = attr ? conv.attribute(attr).expr : void 0;
    if (conv.tooDeep) return TEMPLATE_TOO_DEEP;
    if (expr?.kind !== "template") return expr;
    const parts = [...expr.parts];
    const last = parts[parts.length - 1];
    if (last?.kind === "text") {
      const trimmed = last.value.replace(/\n$/, "");
      if (trimmed === "") parts.pop();
      else parts[parts.length - 1] = { ...last, value: trimmed };
    }
    return { ...expr, parts, heredoc: false, text };
  } finally {
    tree.delete();
  }
}

// src/iac/terraform/eval/dynamic.ts
var MAX_DYNAMIC_ELEMENTS = 1e3;
function dynamicIterations(v, ctx) {
  if (v.kind !== "list" && v.kind !== "map") return void 0;
  const pairs = v.kind === "list" ? v.items.map((item, i) => [{ kind: "scalar", value: i, loc: item.loc }, item]) : [...v.entries.values()].map((e) => [{ kind: "scalar", value: e.key, loc: e.keyLoc }, e.value]);
  if (pairs.length > MAX_DYNAMIC_ELEMENTS || !ctx.scope.charge(pairs.length, v.loc))
    return void 0;
  return pairs.map(([key, value]) => ({
    kind: "map",
    entries: /* @__PURE__ */ new Map([
      ["key", { key: "key", keyLoc: key.loc, value: key }],
      ["value", { key: "value", keyLoc: value.loc, value }]
    ]),
    loc: value.loc
  }));
}

// src/iac/terraform/eval/json-values.ts
var TEMPLATE_MARK = /\$\{|%\{/;
function evaluateJson(v, ctx, parseTemplate) {
  switch (v.kind) {
    case "list":
      return withItems(
        v,
        v.items.map((i) => evaluateJson(i, ctx, parseTemplate))
      );
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      for (const e of membersOnce(v)) {
        const dynamic = e.key === "dynamic" ? dynamicBlocks(e.value, ctx, parseTemplate) : void 0;
        for (const read of dynamic ?? [withValue(e, evaluateJson(e.value, ctx, parseTemplate))]) {
          const before = entries.get(read.key);
          entries.set(read.key, before ? writtenAgain(before, read) : read);
        }
      }
      return withEntries(v, entries);
    }
    case "scalar": {
      if (typeof v.value !== "string" || !TEMPLATE_MARK.test(v.value)) return v;
      const expr = parseTemplate(v.value);
      if (expr === TEMPLATE_TOO_DEEP)
        ctx.scope.report(diagnostic(v.loc.file, TOO_DEEP_MESSAGE, "too-deep", v.loc));
      if (!expr || expr === TEMPLATE_TOO_DEEP) return symbolic("template", v.value, [], v.loc);
      return relocate(evaluate(expr, { ...ctx, file: v.loc.file }), v.loc);
    }
    default:
      return v;
  }
}
function writtenAgain(before, again) {
  if (!isBlocks(before.value) || !isBlocks(again.value)) return again;
  const items = [...asList(before.value), ...asList(again.value)];
  return withValue(before, { kind: "list", items, loc: before.value.loc });
}
function isBlocks(v) {
  return isMap(v) || v.kind === "list" && v.items.length > 0 && v.items.every(isMap);
}
function dynamicBlocks(v, ctx, parseTemplate) {
  if (!isMap(v)) return void 0;
  const out = [];
  for (const typeEntry of membersOnce(v)) {
    const specs = asList(typeEntry.value).filter(isMap);
    const contents = specs.map((spec) => spec.entries.get("content")?.value);
    if (specs.length === 0 || !contents.every(isMap)) return void 0;
    const blocks = specs.flatMap((spec, i) => {
      const content = contents[i];
      const forEach = spec.entries.get("for_each")?.value;
      const iterations = forEach && dynamicIterations(evaluateJson(forEach, ctx, parseTemplate), ctx);
      if (!iterations) return [evaluateJson(content, ctx, parseTemplate)];
      const it = spec.entries.get("iterator")?.value;
      const name = it?.kind === "scalar" && typeof it.value === "string" ? it.value : typeEntry.key;
      return iterations.map((element) => {
        const iterators = new Map(ctx.iterators).set(name, element);
        return evaluateJson(content, { ...ctx, iterators }, parseTemplate);
      });
    });
    if (blocks.length > 0)
      out.push({ ...typeEntry, value: { kind: "list", items: blocks, loc: typeEntry.value.loc } });
  }
  return out;
}

// src/iac/terraform/eval/validation.ts
function allowedByValidation(name, conditions) {
  let allowed;
  for (const { expr, evaluate: evaluate2 } of conditions) {
    const listed = containsList(name, unwrapped(expr), evaluate2);
    if (!listed) continue;
    allowed = (allowed ?? listed).filter(
      (a, i, all) => listed.some((l) => sameScalar(a, l)) && all.findIndex((b) => sameScalar(a, b)) === i
    );
  }
  return allowed && allowed.length > 0 ? allowed : void 0;
}
function unwrapped(expr) {
  const [only, ...rest] = expr.kind === "template" && !expr.directives ? expr.parts : [];
  return only?.kind === "interpolation" && rest.length === 0 ? only.expr : expr;
}
function containsList(name, expr, evaluate2) {
  if (expr.kind !== "call" || expr.name !== "contains" || expr.expandFinal) return void 0;
  const [list, value, ...rest] = expr.args;
  if (!list || !value || rest.length > 0 || !isVariable(value, name)) return void 0;
  const v = evaluate2(list);
  if (v.kind !== "list" || v.items.length === 0) return void 0;
  return v.items.every((i) => i.kind === "scalar" && i.value !== null) ? v.items : void 0;
}
function isVariable(expr, name) {
  const [step2, ...rest] = expr.kind === "traversal" && expr.root === "var" ? expr.steps : [];
  return step2?.kind === "attr" && step2.name === name && rest.length === 0;
}

// src/iac/terraform/eval/variable-type.ts
function withTypeDefaults(v, type, evaluate2) {
  const defaults = /* @__PURE__ */ new Map();
  const defaultOf = (fallback, attribute) => {
    let d = defaults.get(fallback);
    if (!d) defaults.set(fallback, d = convert(evaluate2(fallback), attribute));
    return d;
  };
  const convert = (value, t) => {
    if (t.kind !== "call" || t.expandFinal) return value;
    const [inner] = t.args;
    if (t.name === "object" && inner?.kind === "object" && isMap(value)) {
      const entries2 = new Map(value.entries);
      for (const item of inner.items) {
        const present2 = entries2.get(item.key);
        const { attribute, fallback } = optionalOf(item.value);
        if (present2 && !(fallback && isNull2(present2.value))) {
          entries2.set(item.key, { ...present2, value: convert(present2.value, attribute) });
        } else if (attribute !== item.value) {
          const filled2 = fallback ? defaultOf(fallback, attribute) : nullAt(value);
          entries2.set(item.key, {
            key: item.key,
            keyLoc: present2?.keyLoc ?? value.loc,
            value: filled2
          });
        }
      }
      return { kind: "map", entries: entries2, loc: value.loc };
    }
    if (!inner || !["map", "list", "set"].includes(t.name)) return value;
    if (value.kind === "list") return { ...value, items: value.items.map((i) => convert(i, inner)) };
    if (value.kind !== "map") return value;
    const entries = /* @__PURE__ */ new Map();
    for (const [k, e] of value.entries) entries.set(k, { ...e, value: convert(e.value, inner) });
    return { kind: "map", entries, loc: value.loc };
  };
  return convert(v, type);
}
function optionalOf(type) {
  if (type.kind !== "call" || type.name !== "optional" || type.expandFinal)
    return { attribute: type };
  const [attribute, fallback] = type.args;
  return attribute ? { attribute, fallback } : { attribute: type };
}
function isNull2(v) {
  return v.kind === "scalar" && v.value === null;
}
function nullAt(v) {
  return { kind: "scalar", value: null, loc: v.loc };
}

// src/iac/terraform/eval/scope.ts
var NODE_BUDGET = 5e5;
var MAX_CHAIN = 16;
var FolderScope = class {
  constructor(decls, parseTemplate) {
    this.decls = decls;
    this.parseTemplate = parseTemplate;
  }
  decls;
  parseTemplate;
  diagnostics = [];
  values = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  budget = NODE_BUDGET;
  variable(name) {
    return this.memo(`var.${name}`, () => {
      const decl = this.decls.variables.get(name);
      if (!decl || unreadType(decl)) return void 0;
      const read = (v) => v && isLiteral(v) ? this.typed(v, decl) : void 0;
      const base = decl.default && read(this.evaluateSource(decl.default.source, decl.file));
      const others = (this.decls.possibleValues.get(name) ?? []).flatMap(
        (p) => read(this.evaluateSource(p.source, p.file)) ?? []
      );
      const allowed = allowedByValidation(name, this.conditionsOf(decl));
      return withPossibleValues(name, base, allowed ?? others);
    });
  }
  /** A variable's value as its HCL `type` converts it (see `withTypeDefaults`). */
  typed(v, decl) {
    if (decl.type?.kind !== "hcl") return v;
    const ctx = this.context(decl.file);
    return withTypeDefaults(v, decl.type.expr, (e) => evaluate(e, ctx));
  }
  /** A variable's `validation` conditions; a `.tf.json` one is a template string, parsed. */
  conditionsOf(decl) {
    const ctx = this.context(decl.file);
    return (decl.conditions ?? []).flatMap((c) => {
      if (c.kind === "hcl") return [{ expr: c.expr, evaluate: (e) => evaluate(e, ctx) }];
      const text = c.value.kind === "scalar" ? c.value.value : void 0;
      const expr = typeof text === "string" ? this.parseTemplate(text) : void 0;
      if (expr === TEMPLATE_TOO_DEEP)
        this.report(diagnostic(c.value.loc.file, TOO_DEEP_MESSAGE, "too-deep", c.value.loc));
      if (!expr || expr === TEMPLATE_TOO_DEEP) return [];
      return [{ expr, evaluate: (e) => relocate(evaluate(e, ctx), c.value.loc) }];
    });
  }
  local(name) {
    const decl = this.decls.locals.get(name);
    return this.memo(
      `local.${name}`,
      () => decl ? this.evaluateSource(decl.source, decl.file) : void 0,
      decl?.keyLoc
    );
  }
  charge(n, at) {
    const before = this.budget;
    this.budget -= n;
    if (this.budget >= 0) return true;
    if (before >= 0)
      this.report(
        diagnostic(
          at.file,
          `the values of this folder's variables and locals are too large to resolve (over ${NODE_BUDGET} values): those used from here on are not checked`,
          "values-too-large",
          at
        )
      );
    return false;
  }
  /** Once per place and problem: a value may be evaluated again (a resource and its instances). */
  report(d) {
    const same = (o) => o.file === d.file && o.line === d.line && o.column === d.column && o.code === d.code;
    if (!this.diagnostics.some(same)) this.diagnostics.push(d);
  }
  context(file) {
    return { file, scope: this };
  }
  evaluateSource(source, file, json = false) {
    const ctx = this.context(file);
    return source.kind === "hcl" ? evaluate(source.expr, ctx, json) : evaluateJson(source.value, ctx, this.parseTemplate);
  }
  memo(key, compute, at) {
    if (this.values.has(key)) return this.values.get(key);
    if (this.active.has(key)) return void 0;
    if (this.active.size >= MAX_CHAIN) {
      if (at) this.report(diagnostic(at.file, chainTooLong(key), "too-deep", at));
      return void 0;
    }
    this.active.add(key);
    let v;
    try {
      v = compute();
    } finally {
      this.active.delete(key);
    }
    this.values.set(key, v);
    return v;
  }
};
function unreadType(decl) {
  const t = decl.type;
  return t?.kind === "json" && t.value.kind === "scalar" && String(t.value.value).includes("optional(");
}
function chainTooLong(key) {
  return `${key} is reached through more than ${MAX_CHAIN} other locals: its value is not resolved, and what uses it is not checked`;
}

// src/iac/terraform/eval/body.ts
var POLICY_ATTRIBUTES = /* @__PURE__ */ new Set([
  "policy",
  "assume_role_policy",
  "policy_json",
  "policy_jsons",
  "source_json",
  "override_json"
]);
function evaluateDeclaredBody(decl, scope, each2) {
  const body = evaluateBody(decl.body, decl.file, scope, decl.loc, each2);
  if (!decl.overrides) return body;
  const entries = new Map(body.entries);
  for (const o of decl.overrides)
    for (const [key, e] of evaluateBody(o.body, o.file, scope, decl.loc, each2).entries)
      entries.set(key, e);
  return { kind: "map", entries, loc: body.loc };
}
function evaluateBody(source, file, scope, loc, each2) {
  const ctx = scope.context(file);
  if (each2) ctx.iterators = /* @__PURE__ */ new Map([["each", each2]]);
  if (source.kind === "json") {
    const v = evaluateJson(source.value, ctx, scope.parseTemplate);
    return v.kind === "map" ? v : { kind: "map", entries: /* @__PURE__ */ new Map(), loc };
  }
  return hclBody(source.body, ctx, loc);
}
function hclBody(body, ctx, loc) {
  const entries = /* @__PURE__ */ new Map();
  for (const a of body.attributes) {
    const value = evaluate(a.expr, ctx, POLICY_ATTRIBUTES.has(a.name));
    entries.set(a.name, { key: a.name, keyLoc: locOf(ctx.file, a.nameRange), value });
  }
  for (const b of body.blocks) {
    for (const nested2 of nestedBlocks(b, ctx)) {
      const existing = entries.get(nested2.type);
      if (existing?.value.kind === "list") existing.value.items.push(nested2.value);
      else if (!existing) {
        const list = { kind: "list", items: [nested2.value], loc: nested2.value.loc };
        entries.set(nested2.type, { key: nested2.type, keyLoc: nested2.value.loc, value: list });
      }
    }
  }
  return { kind: "map", entries, loc };
}
function nestedBlocks(b, ctx) {
  const loc = locOf(ctx.file, b.range);
  if (b.type !== "dynamic") return [{ type: b.type, value: hclBody(b.body, ctx, loc) }];
  const [type] = b.labels;
  const content = b.body.blocks.find((c) => c.type === "content");
  if (!type || !content) return [];
  const elements = dynamicElements(b, ctx);
  if (!elements) return [{ type, value: hclBody(content.body, ctx, loc) }];
  const name = iteratorName(b) ?? type;
  return elements.map((element) => {
    const iterators = new Map(ctx.iterators).set(name, element);
    return { type, value: hclBody(content.body, { ...ctx, iterators }, loc) };
  });
}
function dynamicElements(b, ctx) {
  const forEach = b.body.attributes.find((a) => a.name === "for_each");
  return forEach ? dynamicIterations(evaluate(forEach.expr, ctx), ctx) : void 0;
}
function iteratorName(b) {
  const it = b.body.attributes.find((a) => a.name === "iterator")?.expr;
  return it?.kind === "traversal" && it.steps.length === 0 ? it.root : void 0;
}

// src/iac/terraform/model/instances.ts
function instancesOf(b) {
  const collection = get(b.body, "for_each");
  if (collection?.kind === "list") {
    return collection.items.map((item, i) => {
      const key = asString(item);
      return { id: `${b.address}[${key === void 0 ? i : `"${key}"`}]`, key: item, value: item };
    });
  }
  if (collection?.kind === "map") {
    return [...collection.entries.values()].map((e) => ({
      id: `${b.address}["${e.key}"]`,
      key: { kind: "scalar", value: e.key, loc: e.keyLoc },
      value: e.value
    }));
  }
  return [{ id: b.address }];
}
function bound(v, inst) {
  if (!isEach(v) || v.kind !== "symbolic") return v;
  return (v.expr === "each.value" ? inst.value : inst.key) ?? v;
}
function isEach(v) {
  return v.kind === "symbolic" && v.fn === "each" && (v.expr === "each.value" || v.expr === "each.key");
}
function throughEach(b, v) {
  if (v?.kind !== "symbolic" || v.fn !== "each" || !/^each\.value\b/.test(v.expr)) return v;
  const collection = get(b.body, "for_each");
  return collection?.kind === "symbolic" && refsIn2(collection).size === 1 ? collection : v;
}

// src/iac/terraform/model/block-instances.ts
var MAX_INSTANCES = 1e3;
function evaluateBlocks(decls, scope) {
  const once = decls.map((d) => ({ decl: d, block: blockOf(d, evaluateDeclaredBody(d, scope)) }));
  const referenced = /* @__PURE__ */ new Set();
  for (const { block } of once)
    for (const ref of refsIn2(block.body)) if (ref !== block.address) referenced.add(ref);
  return once.flatMap(({ decl, block }) => {
    if (!expands(decl, block, referenced)) return [block];
    const elements = elementsOf(get(block.body, "for_each"));
    if (!elements || !scope.charge(elements.length, block.loc)) return [block];
    return elements.map(({ key, element }) => ({
      ...blockOf(decl, evaluateDeclaredBody(decl, scope, element)),
      address: `${decl.address}["${key}"]`
    }));
  });
}
function expands(decl, block, referenced) {
  if (isEach(get(block.body, "policy_arn") ?? block.body)) return false;
  if (decl.mode === "module" && !modelledFromInputs(block)) return false;
  return !referenced.has(block.address) && readsEach(block.body);
}
function modelledFromInputs(block) {
  const source = asString(get(block.body, "source")) ?? "";
  return isLambdaModule(source) || knownModuleOf(source) !== void 0;
}
function blockOf(d, body) {
  return { mode: d.mode, type: d.type, name: d.name, address: d.address, loc: d.loc, body };
}
function elementsOf(collection) {
  const elements = collection && allElementsOf(collection);
  return elements && elements.length > 0 && elements.length <= MAX_INSTANCES ? elements : void 0;
}
function allElementsOf(collection) {
  const branches = branchesOf(collection);
  if (!branches) return literalElements(collection);
  const byKey = /* @__PURE__ */ new Map();
  for (const branch of branches) {
    const elements = allElementsOf(branch);
    if (!elements) return void 0;
    for (const e of elements) byKey.set(e.key, [...byKey.get(e.key) ?? [], e]);
  }
  return [...byKey.values()].map(eitherElement);
}
function literalElements(collection) {
  let pairs;
  if (collection.kind === "map") {
    pairs = [...collection.entries.values()].map((e) => ({
      key: e.key,
      keyValue: { kind: "scalar", value: e.key, loc: e.keyLoc },
      value: e.value
    }));
  } else if (collection.kind === "list") {
    pairs = collection.items.map((item) => ({ key: asString(item), keyValue: item, value: item }));
  } else return void 0;
  if (pairs.length > MAX_INSTANCES) return void 0;
  const out = [];
  for (const { key, keyValue, value } of pairs) {
    if (key === void 0) return void 0;
    out.push({ key, element: elementMap(keyValue, value) });
  }
  return out;
}
function elementMap(keyValue, value) {
  const entries = /* @__PURE__ */ new Map([
    ["key", { key: "key", keyLoc: keyValue.loc, value: keyValue }],
    ["value", { key: "value", keyLoc: value.loc, value }]
  ]);
  return { kind: "map", entries, loc: value.loc };
}
function eitherElement(branches) {
  const [first] = branches;
  if (branches.length === 1) return first;
  const key = get(first.element, "key");
  const values = branches.map((b) => get(b.element, "value"));
  return { key: first.key, element: elementMap(key, conditionalOf("each.value", values)) };
}
function readsEach(v) {
  if (v.kind === "symbolic") return v.fn === "each" || /\beach\.(key|value)\b/.test(v.expr);
  if (v.kind === "list") return v.items.some(readsEach);
  if (v.kind === "map") return [...v.entries.values()].some((e) => readsEach(e.value));
  return false;
}

// src/iac/terraform/model/folder.ts
var Folder = class {
  constructor(blocks) {
    this.blocks = blocks;
    for (const b of blocks) {
      this.byAddress.set(b.address, b);
      const key = b.mode === "data" ? `data.${b.type}` : b.type;
      const list = this.byType.get(key);
      if (list) list.push(b);
      else this.byType.set(key, [b]);
    }
  }
  blocks;
  byAddress = /* @__PURE__ */ new Map();
  byType = /* @__PURE__ */ new Map();
  get(address) {
    return this.byAddress.get(address);
  }
  /** Resources of a type (`aws_iam_role`), or data sources with `data.` (`data.archive_file`). */
  ofType(type) {
    return this.byType.get(type) ?? [];
  }
  /** The block of `type` a value refers to (`aws_iam_role.lambda.arn` → that role). */
  referenced(v, type) {
    const prefix = `${type}.`;
    for (const ref of refsIn2(v)) {
      if (ref.startsWith(prefix)) {
        const b = this.byAddress.get(ref);
        if (b) return b;
      }
    }
    return void 0;
  }
};
function nested(body, name) {
  return nestedAll(body, name)[0];
}
function nestedAll(body, name) {
  return asList(get(body, name)).filter(isMap);
}

// src/iac/terraform/model/service.ts
import { posix as posix5 } from "node:path";

// src/iac/terraform/model/auth.ts
function authFrom2(types, setting, authorizer) {
  if (!setting) return { type: "none" };
  const auth = { type: "unknown", loc: setting.loc };
  if (typeof setting.value === "string")
    auth.type = ownValue(types, setting.value.toUpperCase()) ?? "unknown";
  else auth.symbolic = setting.value;
  if (authorizer && auth.type !== "none") auth.authorizer = authorizer;
  return auth;
}
function authSettingAt2(map, key) {
  return openBranchAt(map, key, (b) => b === void 0 || b.toUpperCase() === "NONE", "NONE");
}
function principalAt2(map, key) {
  return openBranchAt(map, key, (b) => b === "*");
}
function corsFrom3(map) {
  if (!map) return void 0;
  return {
    allowOrigins: stringListAt(map, "allow_origins"),
    allowMethods: stringListAt(map, "allow_methods"),
    allowHeaders: stringListAt(map, "allow_headers"),
    allowCredentials: booleanAt(map, "allow_credentials"),
    loc: map.loc
  };
}

// src/iac/terraform/model/function-links.ts
function mapFunctionLinks(draft) {
  for (const b of draft.folder.ofType("aws_lambda_function_url")) functionUrl(draft, b);
  for (const b of draft.folder.ofType("aws_lambda_permission")) permission(draft, b);
  for (const b of draft.folder.ofType("aws_lambda_event_source_mapping")) eventSource(draft, b);
  for (const b of draft.folder.ofType("aws_lambda_function_event_invoke_config")) {
    const fn = draft.functionFor(get(b.body, "function_name"));
    const failure = nested(nested(b.body, "destination_config"), "on_failure");
    const destination = stringAt(failure, "destination");
    if (fn && destination) fn.onFailureDestination = destination;
  }
}
var URL_AUTH2 = { NONE: "none", AWS_IAM: "iam" };
function functionUrl(draft, b) {
  const fn = draft.functionFor(throughEach(b, get(b.body, "function_name")));
  const authType = authSettingAt2(b.body, "authorization_type") ?? { value: "NONE", loc: b.loc };
  const cors = corsFrom3(nested(b.body, "cors"));
  draft.addEndpoint({
    id: b.address,
    kind: "function-url",
    functionIds: fn ? [fn.id] : [],
    auth: authFrom2(URL_AUTH2, authSettingAt2(b.body, "authorization_type")),
    cors,
    // A URL of a function defined elsewhere is still a public entry point of this module.
    target: fn ? void 0 : stringAt(b.body, "function_name"),
    loc: b.loc
  });
  if (!fn) return;
  fn.url = { authType, cors, endpointId: b.address, loc: b.loc };
  fn.triggers.push({ kind: "function-url", endpointId: b.address, async: false, loc: b.loc });
}
function permission(draft, b) {
  const body = b.body;
  const required = (key) => stringAt(body, key) ?? { value: "", loc: b.loc };
  draft.service.permissions.push({
    id: b.address,
    functionId: draft.functionFor(throughEach(b, get(body, "function_name")))?.id,
    functionRef: required("function_name"),
    action: required("action"),
    principal: principalAt2(body, "principal") ?? required("principal"),
    sourceArn: stringAt(body, "source_arn"),
    sourceAccount: stringAt(body, "source_account"),
    principalOrgId: stringAt(body, "principal_org_id"),
    eventSourceToken: stringAt(body, "event_source_token"),
    functionUrlAuthType: stringAt(body, "function_url_auth_type"),
    invokedViaFunctionUrl: attrAt("boolean", body, "invoked_via_function_url"),
    loc: b.loc
  });
}
function eventSource(draft, b) {
  const fn = draft.functionFor(throughEach(b, get(b.body, "function_name")));
  if (!fn) return;
  const arn2 = get(b.body, "event_source_arn");
  const kind = nested(b.body, "self_managed_event_source") ? "msk" : streamKind(arn2);
  fn.triggers.push({ kind, source: stringAt(b.body, "event_source_arn"), async: false, loc: b.loc });
  const failure = nested(nested(b.body, "destination_config"), "on_failure");
  const destination = stringAt(failure, "destination_arn");
  if (destination && !fn.onFailureDestination) fn.onFailureDestination = destination;
}
var SOURCE_TYPES = [
  ["aws_sqs_queue", "sqs"],
  ["aws_kinesis_stream", "kinesis"],
  ["aws_dynamodb_table", "dynamodb-stream"],
  ["aws_msk_cluster", "msk"],
  ["aws_msk_serverless_cluster", "msk"],
  ["aws_mq_broker", "mq"]
];
var ARN_SERVICES = [
  [/^arn:[^:]+:sqs:/, "sqs"],
  [/^arn:[^:]+:kinesis:/, "kinesis"],
  [/^arn:[^:]+:dynamodb:/, "dynamodb-stream"],
  [/^arn:[^:]+:kafka:/, "msk"],
  [/^arn:[^:]+:mq:/, "mq"]
];
function streamKind(arn2) {
  for (const ref of refsIn2(arn2)) {
    const found2 = SOURCE_TYPES.find(([type]) => ref.startsWith(`${type}.`));
    if (found2) return found2[1];
  }
  const text = asString(arn2) ?? (arn2?.kind === "symbolic" ? arn2.expr.replace(/^"/, "") : "");
  return ARN_SERVICES.find(([re]) => re.test(text))?.[1] ?? "other";
}
function linkLogGroup2(draft, b) {
  const name = get(b.body, "name");
  const retention = numberAt(b.body, "retention_in_days");
  const fn = name && retention ? logGroupFunction(draft, name) : void 0;
  if (fn && retention) fn.logRetentionDays = retention;
}
function linkLoggingConfigs(draft) {
  for (const b of draft.folder.ofType("aws_lambda_function")) {
    const fn = draft.functions.get(b.address);
    const group = get(nested(b.body, "logging_config"), "log_group");
    const target = group && draft.resourceFor(group, "aws_cloudwatch_log_group");
    if (fn && target) fn.logRetentionDays = target.attributes.retentionDays;
  }
}
var LAMBDA_LOGS = "/aws/lambda/";
function logGroupFunction(draft, name) {
  const literal2 = asString(name);
  if (literal2 !== void 0) {
    return literal2.startsWith(LAMBDA_LOGS) ? draft.functionNamed(literal2.slice(LAMBDA_LOGS.length)) : void 0;
  }
  return name.kind === "symbolic" && name.expr.includes(LAMBDA_LOGS) ? draft.functionFor(name) : void 0;
}

// src/iac/terraform/model/policy-files.ts
async function readPolicyFiles(blocks, dir, repo) {
  const exprs = /* @__PURE__ */ new Set();
  for (const b of blocks) fileCallsIn(b.body, exprs, 0);
  const files = /* @__PURE__ */ new Map();
  const unreadable3 = /* @__PURE__ */ new Map();
  for (const expr of exprs) {
    const template2 = expr.startsWith("templatefile");
    const path2 = template2 ? templateFilePath(expr, dir) : policyFilePath(expr, dir);
    if (path2 === void 0) continue;
    const { text, why } = await readOrWhy(repo, path2);
    if (text !== void 0) files.set(expr, { path: path2, text, template: template2 });
    else if (why !== void 0) unreadable3.set(path2, unreadablePolicy(path2, why, template2));
  }
  return { files, unreadable: [...unreadable3.values()] };
}
function unreadablePolicy(path2, why, template2) {
  const message = template2 ? `cannot be read (${why}): the document rendered from it with templatefile() is not checked` : `cannot be read (${why}): the policy read from it with file() is not checked`;
  return diagnostic(path2, message, "unreadable-policy-file");
}
function policyFileProblems(files) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { path: path2, text, template: template2 } of files.values()) {
    if (seen.has(path2) || template2) continue;
    seen.add(path2);
    out.push(
      ...loadDocument(path2, text).diagnostics.map((d) => ({ ...d, severity: "error" }))
    );
  }
  return out;
}
function fileCallsIn(v, out, depth) {
  if (depth > 40) return;
  if (v.kind === "symbolic") {
    if (v.fn === "file" || v.fn === "templatefile") out.add(v.expr);
  } else if (v.kind === "list") {
    for (const item of v.items) fileCallsIn(item, out, depth + 1);
  } else if (v.kind === "map") {
    for (const e of v.entries.values()) fileCallsIn(e.value, out, depth + 1);
  }
}
function documentOfFile(file) {
  if (file.template && file.text.includes("%{")) return void 0;
  const loaded = loadDocument(file.path, file.text);
  if (!loaded.value || file.template && loaded.diagnostics.length > 0) return void 0;
  return file.template ? interpolated(loaded.value) : loaded.value;
}
function interpolated(v) {
  if (v.kind === "list") return withItems(v, v.items.map(interpolated));
  if (v.kind === "map") {
    const entries = /* @__PURE__ */ new Map();
    for (const [k, e] of v.entries) {
      const value = interpolated(e.value);
      entries.set(k, value === e.value ? e : withValue(e, value));
    }
    return withEntries(v, entries);
  }
  if (v.kind !== "scalar" || typeof v.value !== "string" || !v.value.includes("${")) return v;
  return { kind: "symbolic", fn: "templatefile", expr: v.value, refs: [], loc: v.loc };
}

// src/iac/terraform/model/policy-documents.ts
var DOCUMENT_TYPE = "data.aws_iam_policy_document";
function mapPolicyDocuments(draft) {
  const building = /* @__PURE__ */ new Set();
  const build = (block) => {
    const known = draft.documents.get(block.address);
    if (known) return known;
    building.add(block.address);
    const doc = documentFromBlock(draft, block, (ref) => {
      const b = draft.folder.get(ref);
      return b && !building.has(ref) ? build(b) : void 0;
    });
    building.delete(block.address);
    draft.documents.set(block.address, doc);
    return doc;
  };
  for (const block of draft.folder.ofType(DOCUMENT_TYPE)) build(block);
}
function policyFrom(draft, v, loc) {
  if (!v) return void 0;
  if (v.kind === "map" || v.kind === "list") return policyDocumentFrom(v, loc);
  if (v.kind === "scalar") {
    const text = asString(v)?.trim();
    if (!text?.startsWith("{")) return void 0;
    const loaded = loadDocument(v.loc.file, text);
    return loaded.value ? policyDocumentFrom(relocate(loaded.value, v.loc), loc) : void 0;
  }
  const linked = linkedDocument(draft, v);
  if (linked) return { ...linked, loc };
  const file = draft.policyFiles.get(v.expr);
  const read = file && documentOfFile(file);
  if (read) return policyDocumentFrom(read, loc);
  return { statements: [], symbolic: v, loc };
}
function linkedDocument(draft, v) {
  if (v.fn !== "data" && v.fn !== "local") return void 0;
  const docs = v.refs.filter((r) => r.startsWith(`${DOCUMENT_TYPE}.`));
  if (docs.length !== 1 || v.fn === "data" && !/\.(minified_)?json$/.test(v.expr))
    return void 0;
  return draft.documents.get(docs[0]);
}
function documentFromBlock(draft, block, documentAt2) {
  const body = block.body;
  const fromList = (key) => asList(get(body, key)).flatMap((item) => included(draft, item, documentAt2)?.statements ?? []);
  const sources = [...fromList("source_policy_documents"), ...fromList("source_json")];
  const overrides = [...fromList("override_policy_documents"), ...fromList("override_json")];
  const own = nestedAll(body, "statement").map(statementFromBlock);
  return { statements: override2(override2(sources, own), overrides), loc: block.loc };
}
function included(draft, item, documentAt2) {
  if (item.kind === "symbolic") {
    const ref = item.refs.find((r) => r.startsWith(`${DOCUMENT_TYPE}.`));
    if (ref) return documentAt2(ref);
  }
  return policyFrom(draft, item, item.loc);
}
function override2(base, over) {
  const out = [...base];
  for (const s of over) {
    const i = s.sid ? out.findIndex((b) => b.sid === s.sid) : -1;
    if (i >= 0) out[i] = s;
    else out.push(s);
  }
  return out;
}
function statementFromBlock(s) {
  return {
    sid: asString(get(s, "sid")),
    effect: stringAt(s, "effect") ?? { value: "Allow", loc: s.loc },
    actions: eitherListAt2(s, "actions"),
    notActions: eitherListAt2(s, "not_actions"),
    resources: eitherListAt2(s, "resources"),
    notResources: eitherListAt2(s, "not_resources"),
    principals: principalBlocks(nestedAll(s, "principals")),
    notPrincipals: principalBlocks(nestedAll(s, "not_principals")),
    condition: conditionFromBlocks(nestedAll(s, "condition")),
    loc: s.loc
  };
}
function eitherListAt2(s, key) {
  return stringList(eitherBranch(get(s, key)));
}
function principalBlocks(blocks) {
  return blocks.flatMap((p) => {
    const type = get(p, "type");
    const typeName = asString(type) ?? (type?.kind === "symbolic" ? type.expr : "AWS");
    return stringListAt(p, "identifiers").map((value) => ({ type: typeName, value }));
  });
}
function conditionFromBlocks(blocks) {
  if (blocks.length === 0) return void 0;
  const tests = /* @__PURE__ */ new Map();
  for (const c of blocks) {
    const test = keyOf(get(c, "test"));
    const variable = keyOf(get(c, "variable"));
    const values = get(c, "values") ?? { kind: "list", items: [], loc: c.loc };
    const existing = tests.get(test);
    const inner = existing?.value.kind === "map" ? existing.value : { kind: "map", entries: /* @__PURE__ */ new Map(), loc: c.loc };
    inner.entries.set(variable, { key: variable, keyLoc: c.loc, value: values });
    tests.set(test, { key: test, keyLoc: c.loc, value: inner });
  }
  return { kind: "map", entries: tests, loc: blocks[0].loc };
}
function keyOf(v) {
  return asString(v) ?? (v?.kind === "symbolic" ? v.expr : "");
}

// src/iac/terraform/model/event-permissions.ts
var DEFAULT_ACTION = "events:PutEvents";
function mapEventPermissions(draft) {
  for (const b of draft.folder.ofType("aws_cloudwatch_event_permission")) {
    const statement = statementOf(b);
    const busName = get(b.body, "event_bus_name");
    const bus = busName && draft.resourceFor(busName, "aws_cloudwatch_event_bus");
    const document = { statements: [statement], loc: b.loc };
    if (bus) {
      bus.policies.push(document);
      continue;
    }
    draft.addResource({
      id: b.address,
      kind: "event-bus",
      type: b.type,
      name: stringAt(b.body, "event_bus_name") ?? { value: "default", loc: b.loc },
      policies: [document],
      attributes: {},
      loc: b.loc
    });
  }
}
function statementOf(b) {
  const principal = stringAt(b.body, "principal");
  const action = stringAt(b.body, "action") ?? { value: DEFAULT_ACTION, loc: b.loc };
  return {
    sid: asString(get(b.body, "statement_id")),
    effect: { value: "Allow", loc: b.loc },
    actions: [action],
    notActions: [],
    resources: [],
    notResources: [],
    principals: principal ? [accountPrincipal(principal)] : [],
    notPrincipals: [],
    condition: conditionOf(nested(b.body, "condition")),
    loc: b.loc
  };
}
function conditionOf(block) {
  if (!block) return void 0;
  const type = entry(block, "type");
  const key = entry(block, "key");
  const value = entry(block, "value");
  if (!type || !key || !value) return void 0;
  const op = asString(type.value);
  const name = asString(key.value);
  if (op === void 0 || name === void 0) {
    const refs = refsIn2(block);
    return symbolic(
      "condition",
      `condition { type = ${shown(type)}, key = ${shown(key)} }`,
      refs,
      block.loc
    );
  }
  const inner = {
    kind: "map",
    loc: block.loc,
    entries: /* @__PURE__ */ new Map([[name, { key: name, keyLoc: key.keyLoc, value: value.value }]])
  };
  return {
    kind: "map",
    loc: block.loc,
    entries: /* @__PURE__ */ new Map([[op, { key: op, keyLoc: type.keyLoc, value: inner }]])
  };
}
function shown(e) {
  return e.value.kind === "symbolic" ? e.value.expr : asString(e.value) ?? "?";
}

// src/iac/terraform/model/resource-settings.ts
var POLICY_RESOURCES = {
  aws_s3_bucket_policy: ["bucket", "aws_s3_bucket", "bucket"],
  aws_sqs_queue_policy: ["queue_url", "aws_sqs_queue", "queue"],
  aws_sns_topic_policy: ["arn", "aws_sns_topic", "topic"],
  aws_kms_key_policy: ["key_id", "aws_kms_key", "kms-key"],
  aws_secretsmanager_secret_policy: ["secret_arn", "aws_secretsmanager_secret", "secret"],
  aws_cloudwatch_event_bus_policy: ["event_bus_name", "aws_cloudwatch_event_bus", "event-bus"]
};
function externalPolicy(draft, b, kind, key, document) {
  const target = stringAt(b.body, key) ?? { value: "default", loc: b.loc };
  addExternalTarget(draft.service, {
    id: b.address,
    kind,
    type: b.type,
    target,
    policies: [document],
    attributes: {},
    loc: b.loc
  });
}
function attachResourceSettings(draft) {
  for (const [type, [key, targetType, kind]] of Object.entries(POLICY_RESOURCES)) {
    for (const b of draft.folder.ofType(type)) {
      const target = draft.resourceFor(get(b.body, key), targetType);
      const document = policyOf(draft, entry(b.body, "policy"));
      if (target && document) target.policies.push(document);
      else if (document) externalPolicy(draft, b, kind, key, document);
    }
  }
  each(
    draft,
    "aws_cognito_identity_pool_roles_attachment",
    "identity_pool_id",
    "aws_cognito_identity_pool",
    (r, b) => {
      const role2 = stringAt(get(b.body, "roles"), "unauthenticated");
      if (role2) r.attributes.unauthenticatedRole = role2;
    }
  );
  each(draft, "aws_s3_bucket_acl", "bucket", "aws_s3_bucket", (r, b) => {
    r.attributes.acl = stringAt(b.body, "acl") ?? r.attributes.acl;
  });
  each(draft, "aws_s3_bucket_public_access_block", "bucket", "aws_s3_bucket", (r, b) => {
    r.attributes.publicAccessBlock = {
      blockPublicAcls: booleanAt(b.body, "block_public_acls"),
      blockPublicPolicy: booleanAt(b.body, "block_public_policy"),
      ignorePublicAcls: booleanAt(b.body, "ignore_public_acls"),
      restrictPublicBuckets: booleanAt(b.body, "restrict_public_buckets"),
      loc: b.loc
    };
  });
  each(
    draft,
    "aws_s3_bucket_server_side_encryption_configuration",
    "bucket",
    "aws_s3_bucket",
    (r, b) => {
      const { encryption, kmsKeyId } = bucketEncryption(b.body);
      if (encryption) r.attributes.encryption = encryption;
      if (kmsKeyId) r.attributes.kmsKeyId = kmsKeyId;
    }
  );
  each(
    draft,
    "aws_secretsmanager_secret_rotation",
    "secret_id",
    "aws_secretsmanager_secret",
    (r, b) => {
      r.attributes.rotation = { value: true, loc: b.loc };
      const rules = nested(b.body, "rotation_rules");
      const interval = numberAt(rules, "automatically_after_days") ?? stringAt(rules, "schedule_expression");
      if (interval) r.attributes.rotationInterval = interval;
    }
  );
  for (const b of draft.folder.ofType("aws_lambda_layer_version_permission"))
    layerPermission(draft, b);
  mapEventPermissions(draft);
}
function each(draft, type, key, targetType, apply2) {
  for (const b of draft.folder.ofType(type)) {
    const target = draft.resourceFor(get(b.body, key), targetType);
    if (target) apply2(target, b);
  }
}
function policyOf(draft, e) {
  return e ? policyFrom(draft, e.value, locOfEntry(e)) : void 0;
}
function layerPermission(draft, b) {
  const layerName = get(b.body, "layer_name");
  const principal = stringAt(b.body, "principal");
  const action = stringAt(b.body, "action");
  const org = entry(b.body, "organization_id");
  const document = {
    statements: [
      {
        effect: { value: "Allow", loc: b.loc },
        actions: action ? [action] : [],
        notActions: [],
        resources: [],
        notResources: [],
        principals: principal ? [accountPrincipal(principal)] : [],
        notPrincipals: [],
        condition: org && orgCondition2(org),
        loc: b.loc
      }
    ],
    loc: b.loc
  };
  const layer = draft.resourceFor(layerName, "aws_lambda_layer_version");
  if (layer) {
    layer.policies.push(document);
    return;
  }
  draft.addResource({
    id: b.address,
    kind: "layer",
    type: b.type,
    name: stringAt(b.body, "layer_name"),
    policies: [document],
    attributes: {},
    loc: b.loc
  });
}
function orgCondition2(org) {
  const loc = locOfEntry(org);
  const key = "aws:PrincipalOrgID";
  const inner = {
    kind: "map",
    loc,
    entries: /* @__PURE__ */ new Map([[key, { key, keyLoc: org.keyLoc, value: org.value }]])
  };
  const test = "StringEquals";
  return {
    kind: "map",
    loc,
    entries: /* @__PURE__ */ new Map([[test, { key: test, keyLoc: org.keyLoc, value: inner }]])
  };
}
function bucketEncryption(config) {
  const byDefault = nested(nested(config, "rule"), "apply_server_side_encryption_by_default");
  return {
    encryption: stringAt(byDefault, "sse_algorithm"),
    kmsKeyId: stringAt(byDefault, "kms_master_key_id")
  };
}

// src/iac/terraform/model/data-stores.ts
var SHAPES = {
  aws_s3_bucket: {
    kind: "bucket",
    name: ["bucket", "bucket_prefix"],
    attributes: legacyBucket,
    policy: "policy"
  },
  aws_dynamodb_table: {
    kind: "table",
    name: ["name"],
    attributes: (b) => ({
      pointInTimeRecovery: booleanAt(nested(b, "point_in_time_recovery"), "enabled"),
      sseEnabled: booleanAt(nested(b, "server_side_encryption"), "enabled"),
      kmsKeyId: stringAt(nested(b, "server_side_encryption"), "kms_key_arn")
    })
  },
  aws_sqs_queue: {
    kind: "queue",
    name: ["name", "name_prefix"],
    attributes: (b) => ({
      kmsKeyId: stringAt(b, "kms_master_key_id"),
      sseEnabled: booleanAt(b, "sqs_managed_sse_enabled")
    }),
    policy: "policy"
  },
  aws_sns_topic: {
    kind: "topic",
    name: ["name", "name_prefix"],
    attributes: (b) => ({ kmsKeyId: stringAt(b, "kms_master_key_id") }),
    policy: "policy"
  },
  aws_kinesis_stream: {
    kind: "stream",
    name: ["name"],
    attributes: (b) => ({
      encryption: stringAt(b, "encryption_type"),
      kmsKeyId: stringAt(b, "kms_key_id")
    })
  },
  aws_kms_key: {
    kind: "kms-key",
    name: ["description"],
    attributes: (b) => ({ keyRotation: booleanAt(b, "enable_key_rotation") }),
    policy: "policy"
  },
  aws_secretsmanager_secret: {
    kind: "secret",
    name: ["name", "name_prefix"],
    attributes: (b) => ({
      kmsKeyId: stringAt(b, "kms_key_id"),
      rotation: stringAt(b, "rotation_lambda_arn")
    }),
    policy: "policy"
  },
  aws_sfn_state_machine: {
    kind: "state-machine",
    name: ["name", "name_prefix"],
    attributes: (b) => ({
      loggingLevel: stringAt(nested(b, "logging_configuration"), "level"),
      accessLogDestination: stringAt(nested(b, "logging_configuration"), "log_destination"),
      tracing: booleanAt(nested(b, "tracing_configuration"), "enabled")
    })
  },
  aws_cloudwatch_event_bus: { kind: "event-bus", name: ["name"], attributes: () => ({}) },
  aws_cognito_identity_pool: {
    kind: "identity-pool",
    name: ["identity_pool_name"],
    attributes: (b) => ({ allowUnauthenticated: booleanAt(b, "allow_unauthenticated_identities") })
  },
  aws_cognito_user_pool: {
    kind: "user-pool",
    name: ["name"],
    attributes: (b) => ({ mfa: stringAt(b, "mfa_configuration") })
  },
  aws_cloudwatch_log_group: {
    kind: "log-group",
    name: ["name", "name_prefix"],
    attributes: (b) => ({
      retentionDays: numberAt(b, "retention_in_days"),
      kmsKeyId: stringAt(b, "kms_key_id")
    })
  },
  aws_lambda_layer_version: { kind: "layer", name: ["layer_name"], attributes: () => ({}) }
};
function mapDataStores(draft) {
  for (const [type, shape] of Object.entries(SHAPES)) {
    for (const b of draft.folder.ofType(type)) {
      const policy2 = shape.policy ? entry(b.body, shape.policy) : void 0;
      const document = policy2 && policyFrom(draft, policy2.value, locOfEntry(policy2));
      draft.addResource({
        id: b.address,
        kind: shape.kind,
        type,
        name: shape.name.map((key) => stringAt(b.body, key)).find((a) => a !== void 0),
        policies: document ? [document] : [],
        attributes: shape.attributes(b.body),
        loc: b.loc
      });
      if (type === "aws_cloudwatch_log_group") linkLogGroup2(draft, b);
    }
  }
  linkLoggingConfigs(draft);
  attachResourceSettings(draft);
}
function legacyBucket(b) {
  return {
    acl: stringAt(b, "acl"),
    ...bucketEncryption(nested(b, "server_side_encryption_configuration"))
  };
}

// src/iac/terraform/model/draft.ts
var Draft = class {
  constructor(service, folder, policyFiles = /* @__PURE__ */ new Map()) {
    this.service = service;
    this.folder = folder;
    this.policyFiles = policyFiles;
  }
  service;
  folder;
  policyFiles;
  functions = /* @__PURE__ */ new Map();
  roles = /* @__PURE__ */ new Map();
  /** `data.aws_iam_policy_document.x` → its document. */
  documents = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  endpoints = /* @__PURE__ */ new Map();
  diagnostics = [];
  addFunction(f) {
    this.functions.set(f.id, f);
    this.service.functions.push(f);
  }
  addRole(r) {
    this.roles.set(r.id, r);
    this.service.roles.push(r);
  }
  addResource(r) {
    for (const [k, v] of Object.entries(r.attributes)) {
      if (v === void 0) delete r.attributes[k];
    }
    this.resources.set(r.id, r);
    this.service.resources.push(r);
  }
  addEndpoint(e) {
    this.endpoints.set(e.id, e);
    this.service.endpoints.push(e);
  }
  /**
   * The function a value names: a reference to an `aws_lambda_function`, a Lambda module or an
   * alias of one, or a literal function name or ARN matching a function of the folder.
   */
  functionFor(v) {
    for (const ref of refsIn2(v)) {
      const direct = this.functions.get(ref);
      if (direct) return direct;
      const alias = ref.startsWith("aws_lambda_alias.") ? this.folder.get(ref) : void 0;
      if (alias) return this.functionFor(get(alias.body, "function_name"));
    }
    const literal2 = asString(v) ?? exactName(v, "function");
    return literal2 ? this.functionNamed(literal2) : void 0;
  }
  /** The function whose literal name is `nameOrArn`, or the name inside a function ARN. */
  functionNamed(nameOrArn) {
    const m = /:function:([^:/]+)/.exec(nameOrArn);
    const name = m ? m[1] : nameOrArn;
    return [...this.functions.values()].find((f) => f.name?.value === name);
  }
  /** The role a value names: a reference to an `aws_iam_role`, or its literal name or ARN. */
  roleFor(v) {
    for (const ref of refsIn2(v)) {
      const role2 = this.roles.get(ref) ?? this.roles.get(`${ref}.role`);
      if (role2) return role2;
    }
    const literal2 = asString(v);
    if (!literal2) return void 0;
    const name = literal2.includes(":role/") ? literal2.split("/").pop() : literal2;
    return [...this.roles.values()].find((r) => r.name?.value === name);
  }
  /** The resource of `type` a value names: a reference, or a literal matching its name. */
  resourceFor(v, type) {
    for (const ref of refsIn2(v)) {
      const r = ref.startsWith(`${type}.`) ? this.resources.get(ref) : void 0;
      if (r) return r;
    }
    const modelled = this.moduleResource(v, type);
    if (modelled) return modelled;
    const literal2 = asString(v);
    if (!literal2) return void 0;
    return this.service.resources.find(
      (r) => r.type === type && r.name !== void 0 && (r.name.value === literal2 || literal2.endsWith(`:${String(r.name.value)}`))
    );
  }
  /**
   * The resource a registry module call was modelled as, named by one of its outputs
   * (`module.assets.s3_bucket_id`); a dead-letter queue's outputs name no modelled resource.
   */
  moduleResource(v, type) {
    if (v?.kind !== "symbolic" || /dead_letter|dlq/.test(v.expr)) return void 0;
    for (const ref of refsIn2(v)) {
      const r = ref.startsWith("module.") ? this.resources.get(ref) : void 0;
      if (r?.type === type) return r;
    }
    return void 0;
  }
};

// src/iac/terraform/model/events.ts
function mapEventTriggers(draft) {
  for (const b of draft.folder.ofType("aws_cloudwatch_event_target")) ruleTarget(draft, b);
  for (const b of draft.folder.ofType("aws_scheduler_schedule")) {
    const target = nested(b.body, "target");
    const fn = draft.functionFor(get(target, "arn"));
    if (fn) {
      const source = stringAt(b.body, "schedule_expression");
      fn.triggers.push({ kind: "schedule", source, async: true, loc: b.loc });
    }
  }
  for (const b of draft.folder.ofType("aws_sns_topic_subscription")) {
    if (asString(get(b.body, "protocol"))?.toLowerCase() !== "lambda") continue;
    const fn = draft.functionFor(get(b.body, "endpoint"));
    if (fn)
      fn.triggers.push({
        kind: "sns",
        source: stringAt(b.body, "topic_arn"),
        async: true,
        loc: b.loc
      });
  }
  for (const b of draft.folder.ofType("aws_s3_bucket_notification")) {
    for (const n of nestedAll(b.body, "lambda_function")) {
      const fn = draft.functionFor(get(n, "lambda_function_arn"));
      if (fn)
        fn.triggers.push({
          kind: "s3",
          source: stringAt(b.body, "bucket"),
          async: true,
          loc: n.loc
        });
    }
  }
}
function ruleTarget(draft, b) {
  const fn = draft.functionFor(get(b.body, "arn"));
  if (!fn) return;
  const rule = draft.folder.referenced(get(b.body, "rule"), "aws_cloudwatch_event_rule");
  const schedule = rule && stringAt(rule.body, "schedule_expression");
  if (schedule) {
    fn.triggers.push({ kind: "schedule", source: schedule, async: true, loc: b.loc });
    return;
  }
  fn.triggers.push({
    kind: "eventbridge",
    source: rule && eventPattern(rule),
    async: true,
    loc: b.loc
  });
}
function eventPattern(rule) {
  const e = entry(rule.body, "event_pattern");
  if (!e) return stringAt(rule.body, "name");
  const v = e.value;
  if (v.kind === "symbolic") return { value: v, loc: locOfEntry(e) };
  return {
    value: v.kind === "scalar" ? String(v.value) : JSON.stringify(toPlain(v)),
    loc: locOfEntry(e)
  };
}

// src/iac/terraform/model/functions.ts
function mapFunctions2(draft) {
  for (const b of draft.folder.ofType("aws_lambda_function"))
    draft.addFunction(functionFrom(draft, b));
}
function functionFrom(draft, b) {
  const body = b.body;
  const roleValue = get(body, "role");
  const role2 = draft.roleFor(roleValue);
  return {
    id: b.address,
    name: stringAt(body, "function_name"),
    runtime: stringAt(body, "runtime"),
    handler: stringAt(body, "handler"),
    memorySize: numberAt(body, "memory_size"),
    timeout: numberAt(body, "timeout"),
    architectures: stringListAt(body, "architectures"),
    packageType: stringAt(body, "package_type"),
    codePath: codePath(draft, body),
    environment: environmentFrom2(get(nested(body, "environment"), "variables")),
    kmsKeyArn: stringAt(body, "kms_key_arn"),
    roleId: role2?.id,
    roleRef: stringAt(body, "role"),
    vpc: vpcFrom2(nested(body, "vpc_config"), "subnet_ids", "security_group_ids"),
    tracing: stringAt(nested(body, "tracing_config"), "mode"),
    reservedConcurrency: numberAt(body, "reserved_concurrent_executions"),
    deadLetterTarget: stringAt(nested(body, "dead_letter_config"), "target_arn"),
    layers: stringListAt(body, "layers"),
    codeSigningConfig: stringAt(body, "code_signing_config_arn"),
    triggers: [],
    loc: b.loc
  };
}
function codePath(draft, body) {
  const filename = get(body, "filename");
  const archive = draft.folder.referenced(filename, "data.archive_file");
  if (archive) {
    const source = stringAt(archive.body, "source_dir") ?? stringAt(archive.body, "source_file");
    if (source) return source;
  }
  return stringAt(body, "filename") ?? stringAt(body, "s3_key") ?? stringAt(body, "image_uri");
}
function environmentFrom2(variables, origin = "function") {
  if (!isMap(variables)) return [];
  const out = [];
  for (const e of variables.entries.values()) {
    const loc = locOfEntry(e);
    const v = e.value;
    if (v.kind === "scalar") out.push({ name: e.key, value: { value: v.value, loc }, origin, loc });
    else if (v.kind === "symbolic") out.push({ name: e.key, value: { value: v, loc }, origin, loc });
  }
  return out;
}
function vpcFrom2(map, subnetsKey, groupsKey, atBlock = true) {
  const subnets = entry(map, subnetsKey);
  const groups = entry(map, groupsKey);
  if (!map || !subnets && !groups) return void 0;
  const first = subnets ?? groups;
  return {
    subnetIds: stringListAt(map, subnetsKey),
    securityGroupIds: stringListAt(map, groupsKey),
    loc: atBlock || !first ? map.loc : locOfEntry(first)
  };
}

// src/iac/terraform/model/links.ts
function linkFunction(draft, endpoint, target, kind, loc) {
  const fn = draft.functionFor(target);
  if (!fn) return;
  if (!endpoint.functionIds.includes(fn.id)) endpoint.functionIds.push(fn.id);
  fn.triggers.push({ kind, source: routeOf2(endpoint), endpointId: endpoint.id, async: false, loc });
}
function routeOf2(e) {
  const { method: method2, path: path2 } = e;
  if (!path2) return method2;
  if (!method2) return path2;
  const loc = path2.loc;
  if (typeof method2.value === "string" && typeof path2.value === "string")
    return { value: `${method2.value} ${path2.value}`, loc };
  const written3 = (a) => typeof a.value === "string" ? a.value : a.value.expr;
  const refs = refsIn2(typeof method2.value === "string" ? void 0 : method2.value);
  refsIn2(typeof path2.value === "string" ? void 0 : path2.value, refs);
  return { value: symbolic("route", `${written3(method2)} ${written3(path2)}`, refs, loc), loc };
}
function sameTarget(a, b) {
  if (!a || !b) return false;
  if (a.kind === "scalar" && b.kind === "scalar") return a.value === b.value;
  if (a.kind === "symbolic" && b.kind === "symbolic") {
    const ra = [...refsIn2(a)].sort().join(",");
    return ra !== "" && ra === [...refsIn2(b)].sort().join(",");
  }
  return false;
}

// src/iac/terraform/model/http-api.ts
var V2_AUTH2 = { NONE: "none", AWS_IAM: "iam", JWT: "jwt", CUSTOM: "lambda" };
function mapHttpApis(draft) {
  for (const b of draft.folder.ofType("aws_apigatewayv2_api")) api(draft, b);
  for (const b of draft.folder.ofType("aws_apigatewayv2_route")) route(draft, b);
  for (const b of draft.folder.ofType("aws_apigatewayv2_stage")) stage(draft, b);
  for (const b of draft.folder.ofType("aws_apigatewayv2_domain_name")) {
    const config = nested(b.body, "domain_name_configuration");
    draft.addResource({
      id: b.address,
      kind: "api-domain",
      type: b.type,
      name: stringAt(b.body, "domain_name"),
      policies: [],
      attributes: {
        securityPolicy: stringAt(config, "security_policy"),
        endpointType: stringAt(config, "endpoint_type")
      },
      loc: b.loc
    });
  }
}
function kindOf(api2) {
  return asString(get(api2?.body, "protocol_type"))?.toUpperCase() === "WEBSOCKET" ? "websocket" : "http";
}
function api(draft, b) {
  draft.addResource({
    id: b.address,
    kind: "api",
    type: b.type,
    name: stringAt(b.body, "name"),
    policies: [],
    attributes: { protocol: stringAt(b.body, "protocol_type") },
    loc: b.loc
  });
  const target = entry(b.body, "target");
  if (!target) return;
  const loc = locOfEntry(target);
  const endpoint = {
    id: `${b.address}.$default`,
    kind: kindOf(b),
    path: stringAt(b.body, "route_key") ?? { value: "$default", loc },
    apiId: b.address,
    functionIds: [],
    auth: { type: "none" },
    cors: corsFrom3(nested(b.body, "cors_configuration")),
    loc
  };
  draft.addEndpoint(endpoint);
  linkFunction(
    draft,
    endpoint,
    target.value,
    endpoint.kind === "websocket" ? "websocket" : "http-api",
    loc
  );
}
function route(draft, b) {
  const body = b.body;
  const apiBlock = draft.folder.referenced(get(body, "api_id"), "aws_apigatewayv2_api");
  const kind = kindOf(apiBlock);
  const { method: method2, path: path2 } = splitRouteKey(stringAt(body, "route_key"), kind);
  const endpoint = {
    id: b.address,
    kind,
    method: method2,
    path: path2,
    apiId: apiBlock?.address,
    functionIds: [],
    auth: authFrom2(
      V2_AUTH2,
      authSettingAt2(body, "authorization_type"),
      stringAt(body, "authorizer_id")
    ),
    apiKeyRequired: booleanAt(body, "api_key_required"),
    cors: apiBlock ? corsFrom3(nested(apiBlock.body, "cors_configuration")) : void 0,
    loc: b.loc
  };
  draft.addEndpoint(endpoint);
  const integration2 = draft.folder.referenced(get(body, "target"), "aws_apigatewayv2_integration");
  const uri = integration2 ? get(integration2.body, "integration_uri") : void 0;
  linkFunction(draft, endpoint, uri, kind === "websocket" ? "websocket" : "http-api", b.loc);
}
function splitRouteKey(key, kind) {
  if (!key || typeof key.value !== "string" || kind === "websocket") return { path: key };
  const space = key.value.indexOf(" ");
  if (space < 0) return { path: key };
  return {
    method: { value: key.value.slice(0, space), loc: key.loc },
    path: { value: key.value.slice(space + 1).trim(), loc: key.loc }
  };
}
function stage(draft, b) {
  const defaults = nested(b.body, "default_route_settings");
  const name = stringAt(b.body, "name");
  draft.addResource({
    id: b.address,
    kind: "api-stage",
    type: b.type,
    name,
    policies: [],
    attributes: {
      apiId: draft.folder.referenced(get(b.body, "api_id"), "aws_apigatewayv2_api")?.address,
      stageName: name,
      accessLogDestination: stringAt(nested(b.body, "access_log_settings"), "destination_arn"),
      loggingLevel: stringAt(defaults, "logging_level"),
      dataTrace: booleanAt(defaults, "data_trace_enabled"),
      throttlingBurstLimit: numberAt(defaults, "throttling_burst_limit"),
      throttlingRateLimit: numberAt(defaults, "throttling_rate_limit")
    },
    loc: b.loc
  });
}

// src/iac/terraform/model/iam.ts
function mapRolesAndPolicies(draft) {
  const managed = /* @__PURE__ */ new Map();
  for (const b of draft.folder.ofType("aws_iam_policy")) {
    const policy2 = {
      id: b.address,
      name: stringAt(b.body, "name") ?? stringAt(b.body, "name_prefix"),
      kind: "managed",
      document: policyAt(draft, b, "policy"),
      attachedTo: [],
      loc: b.loc
    };
    managed.set(b.address, policy2);
    draft.service.policies.push(policy2);
  }
  for (const b of draft.folder.ofType("aws_iam_role")) draft.addRole(roleFrom(draft, managed, b));
}
function mapRoleAttachments(draft) {
  const managed = new Map(
    draft.service.policies.filter((p) => p.kind === "managed").map((p) => [p.id, p])
  );
  for (const b of draft.folder.ofType("aws_iam_role_policy")) addRolePolicy(draft, b);
  for (const b of draft.folder.ofType("aws_iam_role_policy_attachment")) {
    attach(draft, managed, get(b.body, "role"), b);
  }
  for (const b of draft.folder.ofType("aws_iam_policy_attachment")) {
    for (const role2 of asList(entry(b.body, "roles")?.value)) attach(draft, managed, role2, b);
  }
}
function roleFrom(draft, managed, b) {
  const role2 = {
    id: b.address,
    name: stringAt(b.body, "name") ?? stringAt(b.body, "name_prefix"),
    trustPolicy: policyAt(draft, b, "assume_role_policy"),
    policies: [],
    permissionsBoundary: stringAt(b.body, "permissions_boundary"),
    loc: b.loc
  };
  nestedAll(b.body, "inline_policy").forEach((p, i) => {
    const e = entry(p, "policy");
    if (!e) return;
    const name = stringAt(p, "name");
    const label = typeof name?.value === "string" ? name.value : String(i);
    role2.policies.push({
      id: `${b.address}.inline_policy.${label}`,
      name,
      kind: "inline",
      document: policyFrom(draft, e.value, locOfEntry(e)),
      loc: p.loc
    });
  });
  const arns = entry(b.body, "managed_policy_arns");
  asList(arns?.value).forEach((arn2, i) => {
    const policy2 = byArn2(
      draft,
      managed,
      arn2,
      arn2.loc,
      `${b.address}.managed_policy_arns[${i}]`,
      arn2.loc
    );
    if (policy2?.kind === "managed") policy2.attachedTo = [...policy2.attachedTo ?? [], b.address];
    if (policy2) role2.policies.push(policy2);
  });
  return role2;
}
function inlinePolicyOf(draft, b) {
  return {
    id: b.address,
    name: stringAt(b.body, "name") ?? stringAt(b.body, "name_prefix"),
    kind: "inline",
    document: policyAt(draft, b, "policy"),
    loc: b.loc
  };
}
function addRolePolicy(draft, b) {
  const role2 = draft.roleFor(entry(b.body, "role")?.value);
  const policy2 = inlinePolicyOf(draft, b);
  if (role2) role2.policies.push(policy2);
  else draft.service.policies.push({ ...policy2, attachedTo: [] });
}
function attach(draft, managed, role2, b) {
  for (const inst of attachmentInstances(b, role2 ? [role2] : [])) {
    const policy2 = byArn2(draft, managed, inst.arn, inst.loc, inst.id, b.loc);
    const holder = role2 && draft.roleFor(bound(role2, inst));
    if (!policy2) continue;
    if (!holder) {
      const kept = draft.service.policies.some((p) => p.id === policy2.id);
      if (policy2.kind === "aws-managed" && !kept)
        draft.service.policies.push({ ...policy2, attachedTo: [] });
      continue;
    }
    if (policy2.kind === "managed") policy2.attachedTo = [...policy2.attachedTo ?? [], holder.id];
    if (!holder.policies.includes(policy2)) holder.policies.push(policy2);
  }
}
function attachmentInstances(b, also = []) {
  const written3 = entry(b.body, "policy_arn");
  if (!written3) return [];
  const instances = [written3.value, ...also].some(isEach) ? instancesOf(b) : [{ id: b.address }];
  return instances.map((inst) => {
    const arn2 = bound(written3.value, inst);
    return { ...inst, arn: arn2, loc: arn2 === written3.value ? locOfEntry(written3) : arn2.loc };
  });
}
function byArn2(draft, managed, arn2, arnLoc, id, loc) {
  const own = draft.folder.referenced(arn2, "aws_iam_policy");
  if (own) return managed.get(own.address);
  const byName = arn2.kind === "symbolic" ? lookedUpByName(draft, arn2) : void 0;
  if (byName) return { id, kind: "external", arn: { value: byName, loc: arnLoc }, loc };
  const text = arn2.kind === "symbolic" ? knownArnText(draft, arn2) : asString(arn2);
  const attr = text !== void 0 ? { value: text, loc: arnLoc } : arn2.kind === "symbolic" ? { value: arn2, loc: arnLoc } : void 0;
  if (!attr) return void 0;
  const written3 = text ?? (arn2.kind === "symbolic" ? arn2.expr : "");
  const kind = /:iam::aws:policy\//.test(written3) ? "aws-managed" : "external";
  return { id, kind, arn: attr, loc };
}
function knownArnText(draft, arn2) {
  const looked = draft.folder.referenced(arn2, "data.aws_iam_policy");
  if (looked && arn2.expr === `${looked.address}.arn`) return asString(get(looked.body, "arn"));
  if (arn2.fn !== "template") return void 0;
  const text = arn2.expr.replace(/^"|"$/g, "").replace(/\$\{\s*data\.aws_partition\.[\w-]+\.(?:partition|id)\s*\}/g, "aws");
  return text.includes("${") ? void 0 : text;
}
var AWS_POLICY_PATHS = /* @__PURE__ */ new Set(["/", "/service-role/", "/job-function/", "/aws-service-role/"]);
function lookedUpByName(draft, arn2) {
  const looked = draft.folder.referenced(arn2, "data.aws_iam_policy");
  if (!looked || arn2.expr !== `${looked.address}.arn` || get(looked.body, "arn")) return void 0;
  const name = asString(get(looked.body, "name"));
  const prefix = get(looked.body, "path_prefix");
  if (!name || prefix && !AWS_POLICY_PATHS.has(asString(prefix) ?? "")) return void 0;
  return `arn:aws:iam::aws:policy/${name}`;
}
function policyAt(draft, b, key) {
  const e = entry(b.body, key);
  return e ? policyFrom(draft, e.value, locOfEntry(e)) : void 0;
}

// src/iac/terraform/model/iam-principals.ts
function mapIamPrincipals(draft) {
  for (const kind of ["user", "group"]) {
    for (const b of draft.folder.ofType(`aws_iam_${kind}`)) {
      principalsOf(draft).push({
        id: b.address,
        kind,
        name: stringAt(b.body, "name"),
        policies: [],
        defined: true,
        loc: b.loc
      });
    }
  }
  const managed = new Map(
    draft.service.policies.filter((p) => p.kind === "managed").map((p) => [p.id, p])
  );
  for (const kind of ["user", "group"]) {
    for (const b of draft.folder.ofType(`aws_iam_${kind}_policy`)) {
      addPolicy2(principalFor(draft, kind, get(b.body, kind), b), inlinePolicyOf(draft, b));
    }
    for (const b of draft.folder.ofType(`aws_iam_${kind}_policy_attachment`)) {
      attach2(draft, managed, principalFor(draft, kind, get(b.body, kind), b), b);
    }
  }
  for (const b of draft.folder.ofType("aws_iam_policy_attachment")) {
    for (const [kind, key] of [
      ["user", "users"],
      ["group", "groups"]
    ]) {
      for (const v of asList(get(b.body, key))) {
        attach2(draft, managed, principalFor(draft, kind, v, b), b);
      }
    }
  }
}
function principalsOf(draft) {
  return draft.service.principals ??= [];
}
function principalFor(draft, kind, v, b) {
  const all = principalsOf(draft);
  const own = draft.folder.referenced(v, `aws_iam_${kind}`);
  const literal2 = asString(v);
  const found2 = all.find((p) => p.defined && p.id === own?.address) ?? all.find((p) => p.defined && p.kind === kind && literal2 && p.name?.value === literal2);
  if (found2) return found2;
  const named = v ? attrFromValue("string", v, v.loc) : void 0;
  const written3 = v?.kind === "symbolic" ? v.expr : literal2 ?? b.address;
  const known = all.find((p) => !p.defined && p.kind === kind && p.id === written3);
  if (known) return known;
  const principal = {
    id: written3,
    kind,
    name: named,
    policies: [],
    defined: false,
    loc: b.loc
  };
  all.push(principal);
  return principal;
}
function attach2(draft, managed, principal, b) {
  for (const { id, arn: arn2, loc } of attachmentInstances(b)) {
    const policy2 = byArn2(draft, managed, arn2, loc, id, b.loc);
    if (policy2) addPolicy2(principal, policy2);
  }
}
function addPolicy2(principal, policy2) {
  if (!principal.policies.includes(policy2)) principal.policies.push(policy2);
}

// src/iac/terraform/model/lambda-module-role.ts
function moduleRole(draft, b) {
  const body = b.body;
  if (asBoolean(get(body, "create_role")) === false) return void 0;
  const lambdaRole = get(body, "lambda_role");
  if (lambdaRole && (lambdaRole.kind === "symbolic" || asString(lambdaRole))) return void 0;
  const id = `${b.address}.role`;
  const role2 = {
    id,
    name: stringAt(body, "role_name") ?? stringAt(body, "function_name"),
    trustPolicy: trustPolicy(b),
    policies: [],
    permissionsBoundary: stringAt(body, "role_permissions_boundary"),
    generatedBy: "terraform-module",
    loc: b.loc
  };
  const on = (key) => {
    const e = entry(body, key);
    return e && asBoolean(e.value) === true ? e : void 0;
  };
  if (asBoolean(get(body, "attach_cloudwatch_logs_policy")) !== false)
    role2.policies.push(logsPolicy(b, id));
  if (on("attach_policy_statements")) role2.policies.push(...statementsPolicy2(body, id));
  if (on("attach_policy_json"))
    role2.policies.push(...jsonPolicies(draft, entry(body, "policy_json"), `${id}.policy_json`));
  if (on("attach_policy_jsons"))
    role2.policies.push(...jsonPolicies(draft, entry(body, "policy_jsons"), `${id}.policy_jsons`));
  if (on("attach_policy"))
    role2.policies.push(...arnPolicies(draft, entry(body, "policy"), id, "policy"));
  if (on("attach_policies"))
    role2.policies.push(...arnPolicies(draft, entry(body, "policies"), id, "policies"));
  return role2;
}
function trustPolicy(b) {
  const loc = b.loc;
  const services = [{ value: "lambda.amazonaws.com", loc }];
  for (const item of asList(get(b.body, "trusted_entities"))) {
    const s = asString(item);
    if (s) services.push({ value: s, loc: item.loc });
  }
  return {
    statements: [
      allowStatement(
        loc,
        ["sts:AssumeRole"],
        [],
        services.map((value) => ({ type: "Service", value }))
      )
    ],
    loc
  };
}
function logsPolicy(b, roleId) {
  const body = b.body;
  const at = entry(body, "attach_cloudwatch_logs_policy");
  const loc = at ? locOfEntry(at) : b.loc;
  const createsGroup = asBoolean(get(body, "use_existing_cloudwatch_log_group")) !== true && asBoolean(get(body, "attach_create_log_group_permission")) !== false;
  const actions = [
    ...createsGroup ? ["logs:CreateLogGroup"] : [],
    "logs:CreateLogStream",
    "logs:PutLogEvents"
  ];
  const group = symbolic("module", `log group of ${b.address}`, [b.address], loc);
  return {
    id: `${roleId}.logs`,
    kind: "inline",
    document: { statements: [allowStatement(loc, actions, [{ value: group, loc }], [])], loc },
    loc
  };
}
function statementsPolicy2(body, roleId) {
  const e = entry(body, "policy_statements");
  if (!e) return [];
  const loc = locOfEntry(e);
  const items = isMap(e.value) ? [...e.value.entries.values()] : asList(e.value).map((v, i) => ({ key: String(i), keyLoc: v.loc, value: v }));
  const statements2 = items.filter((i) => isMap(i.value)).map(moduleStatement);
  const document = e.value.kind === "symbolic" ? { statements: [], symbolic: e.value, loc } : { statements: statements2, loc };
  return [{ id: `${roleId}.policy_statements`, kind: "inline", document, loc }];
}
function moduleStatement(e) {
  const v = e.value;
  const loc = locOfEntry(e);
  return {
    sid: asString(get(v, "sid")) ?? e.key.replace(/[^0-9A-Za-z]/g, ""),
    effect: stringAt(v, "effect") ?? { value: "Allow", loc },
    actions: stringListAt(v, "actions"),
    notActions: stringListAt(v, "not_actions"),
    resources: stringListAt(v, "resources"),
    notResources: stringListAt(v, "not_resources"),
    principals: principalBlocks(asList(get(v, "principals")).filter(isMap)),
    notPrincipals: principalBlocks(asList(get(v, "not_principals")).filter(isMap)),
    condition: conditionFromBlocks(asList(get(v, "condition")).filter(isMap)),
    loc
  };
}
function jsonPolicies(draft, e, id) {
  if (!e) return [];
  const loc = locOfEntry(e);
  const docs = e.value.kind === "list" ? e.value.items : [e.value];
  return docs.map((doc, i) => ({
    id: docs.length > 1 ? `${id}[${i}]` : id,
    kind: "inline",
    document: policyFrom(draft, doc, docs.length > 1 ? doc.loc : loc),
    loc
  }));
}
function arnPolicies(draft, e, roleId, key) {
  if (!e) return [];
  const id = `${roleId}.${key}`;
  const arns = e.value.kind === "list" ? e.value.items : [e.value];
  return arns.flatMap((arn2, i) => {
    const at = arns.length > 1 ? arn2.loc : locOfEntry(e);
    const own = draft.folder.referenced(arn2, "aws_iam_policy");
    const managed = own && draft.service.policies.find((p) => p.id === own.address);
    if (managed) {
      managed.attachedTo = [...managed.attachedTo ?? [], roleId];
      return [managed];
    }
    const written3 = arn2.kind === "symbolic" ? arn2.expr : asString(arn2) ?? "";
    if (written3 === "") return [];
    const value = arn2.kind === "symbolic" ? arn2 : written3;
    const kind = /:iam::aws:policy\//.test(written3) ? "aws-managed" : "external";
    return [{ id: arns.length > 1 ? `${id}[${i}]` : id, kind, arn: { value, loc: at }, loc: at }];
  });
}

// src/iac/terraform/model/lambda-module.ts
function mapLambdaModules(draft) {
  for (const b of draft.folder.ofType("module")) {
    const source = asString(get(b.body, "source"));
    if (!source || !isLambdaModule(source) || !createsFunction(b.body)) continue;
    const role2 = moduleRole(draft, b);
    if (role2) draft.addRole(role2);
    const fn = moduleFunction(draft, b, role2?.id);
    draft.addFunction(fn);
    functionUrl2(draft, b, fn);
    allowedTriggers(draft, b, fn);
  }
}
function createsFunction(body) {
  return asBoolean(get(body, "create")) !== false && asBoolean(get(body, "create_function")) !== false && asBoolean(get(body, "create_layer")) !== true;
}
function moduleFunction(draft, b, roleId) {
  const body = b.body;
  return {
    id: b.address,
    name: stringAt(body, "function_name"),
    runtime: stringAt(body, "runtime"),
    handler: stringAt(body, "handler"),
    memorySize: numberAt(body, "memory_size"),
    timeout: numberAt(body, "timeout"),
    architectures: stringListAt(body, "architectures"),
    packageType: stringAt(body, "package_type"),
    codePath: sourcePath(body) ?? stringAt(body, "local_existing_package") ?? stringAt(get(body, "s3_existing_package"), "key") ?? stringAt(body, "image_uri"),
    environment: environmentFrom2(get(body, "environment_variables")),
    kmsKeyArn: stringAt(body, "kms_key_arn"),
    roleId: roleId ?? draft.roleFor(get(body, "lambda_role"))?.id,
    roleRef: stringAt(body, "lambda_role"),
    vpc: vpcFrom2(body, "vpc_subnet_ids", "vpc_security_group_ids", false),
    tracing: stringAt(body, "tracing_mode"),
    reservedConcurrency: numberAt(body, "reserved_concurrent_executions"),
    deadLetterTarget: stringAt(body, "dead_letter_target_arn"),
    onFailureDestination: stringAt(body, "destination_on_failure"),
    layers: stringListAt(body, "layers"),
    codeSigningConfig: stringAt(body, "code_signing_config_arn"),
    logRetentionDays: numberAt(body, "cloudwatch_logs_retention_in_days"),
    triggers: [],
    loc: b.loc
  };
}
function sourcePath(body) {
  const e = entry(body, "source_path");
  if (!e) return void 0;
  const first = e.value.kind === "list" ? e.value.items[0] : e.value;
  if (!first) return void 0;
  if (isMap(first)) return stringAt(first, "path");
  return attrFromValue("string", first, first === e.value ? locOfEntry(e) : first.loc);
}
var URL_AUTH3 = { NONE: "none", AWS_IAM: "iam" };
function functionUrl2(draft, b, fn) {
  const create = entry(b.body, "create_lambda_function_url");
  if (!create || asBoolean(create.value) !== true) return;
  const loc = locOfEntry(create);
  const setting = authSettingAt2(b.body, "authorization_type");
  const cors = corsFrom3(isMap(get(b.body, "cors")) ? get(b.body, "cors") : void 0);
  const endpointId = `${b.address}.function_url`;
  draft.addEndpoint({
    id: endpointId,
    kind: "function-url",
    functionIds: [fn.id],
    auth: authFrom2(URL_AUTH3, setting),
    cors,
    loc
  });
  fn.url = { authType: setting ?? { value: "NONE", loc }, cors, endpointId, loc };
  fn.triggers.push({ kind: "function-url", endpointId, async: false, loc });
}
var SERVICE_TRIGGERS = {
  sns: "sns",
  s3: "s3",
  events: "eventbridge",
  scheduler: "schedule",
  sqs: "sqs",
  logs: "cloudwatch-logs",
  iot: "iot",
  "cognito-idp": "cognito",
  "alexa-appkit": "alexa",
  elasticloadbalancing: "alb"
};
var ASYNC = /* @__PURE__ */ new Set([
  "s3",
  "sns",
  "eventbridge",
  "schedule",
  "cloudwatch-logs",
  "iot"
]);
function allowedTriggers(draft, b, fn) {
  const triggers = get(b.body, "allowed_triggers");
  if (!isMap(triggers)) return;
  for (const e of triggers.entries.values()) {
    if (!isMap(e.value)) continue;
    const loc = locOfEntry(e);
    const principal = principalOf(e.value, loc);
    const sourceArn = stringAt(e.value, "source_arn");
    draft.service.permissions.push({
      id: `${b.address}.allowed_triggers.${e.key}`,
      functionId: fn.id,
      functionRef: fn.name ?? { value: b.address, loc: b.loc },
      action: stringAt(e.value, "action") ?? { value: "lambda:InvokeFunction", loc },
      principal,
      sourceArn,
      sourceAccount: stringAt(e.value, "source_account"),
      principalOrgId: stringAt(e.value, "principal_org_id"),
      eventSourceToken: stringAt(e.value, "event_source_token"),
      functionUrlAuthType: stringAt(e.value, "function_url_auth_type"),
      loc
    });
    const kind = triggerKind(draft, e, principal);
    fn.triggers.push({ kind, source: sourceArn, async: ASYNC.has(kind), loc });
  }
}
function principalOf(trigger, loc) {
  const principal = stringAt(trigger, "principal");
  if (principal) return principal;
  const service = entry(trigger, "service");
  if (!service) return { value: ".amazonaws.com", loc };
  const at = locOfEntry(service);
  const name = asString(service.value);
  if (name !== void 0) return { value: `${name}.amazonaws.com`, loc: at };
  const written3 = service.value.kind === "symbolic" ? service.value.expr : "";
  return {
    value: symbolic("format", `\${${written3}}.amazonaws.com`, refsIn2(service.value), at),
    loc: at
  };
}
function triggerKind(draft, e, principal) {
  const service = asString(get(e.value, "service")) ?? (typeof principal.value === "string" ? principal.value.replace(/\.amazonaws\.com$/, "") : "");
  if (service !== "apigateway") return ownValue(SERVICE_TRIGGERS, service) ?? "other";
  const refs = [...refsIn2(get(e.value, "source_arn"))];
  if (refs.some((r) => r.startsWith("aws_api_gateway_rest_api."))) return "rest-api";
  if (refs.some((r) => r.startsWith("aws_apigatewayv2_api."))) return "http-api";
  const apiModule = refs.map((r) => draft.folder.get(r)).find((m) => m?.mode === "module");
  const source = asString(get(apiModule?.body, "source")) ?? "";
  return /apigateway-v2/.test(source) ? "http-api" : "other";
}

// src/iac/terraform/model/openapi-body.ts
function mapOpenApiBodies(draft) {
  for (const b of draft.folder.ofType("aws_api_gateway_rest_api")) {
    const body = b.body.entries.get("body");
    if (body) mapOpenApiBody(draft, { apiId: b.address, kind: "rest", body });
  }
  for (const b of draft.folder.ofType("aws_apigatewayv2_api")) {
    const body = b.body.entries.get("body");
    if (!body || asString(get(b.body, "protocol_type"))?.toUpperCase() === "WEBSOCKET") continue;
    const cors = corsFrom3(nested(b.body, "cors_configuration"));
    mapOpenApiBody(draft, { apiId: b.address, kind: "http", body, cors });
  }
}
function mapOpenApiBody(draft, api2) {
  const definition = definitionOf(draft, api2.body);
  if (!definition) {
    const why = `${api2.apiId} defines routes in an OpenAPI definition (body), which is not read: the authorization of routes written only there is not checked`;
    warn(draft, why, api2.body);
    return [];
  }
  const { routes, referenced } = openApiRoutes(api2.apiId, api2.kind, definition);
  for (const { path: path2, ref } of referenced) warn(draft, referencedWhy(api2.apiId, path2), ref);
  const taken = new Set(draft.service.endpoints.map(endpointKey));
  const added = [];
  for (const { endpoint, uri } of routes) {
    if (taken.has(endpointKey(endpoint))) continue;
    if (api2.kind === "http" && api2.cors) endpoint.cors = api2.cors;
    draft.addEndpoint(endpoint);
    linkFunction(draft, endpoint, uri, TRIGGER[api2.kind], endpoint.loc);
    added.push(endpoint.id);
  }
  return added;
}
function definitionOf(draft, body) {
  const v = body.value;
  if (isMap(v)) return v;
  if (v.kind === "scalar" && typeof v.value === "string") {
    const loaded = loadDocument(v.loc.file, v.value);
    const value = loaded.diagnostics.length === 0 ? loaded.value : void 0;
    return value && isMap(value) ? relocate(value, locOfEntry(body)) : void 0;
  }
  const file = v.kind === "symbolic" ? draft.policyFiles.get(v.expr) : void 0;
  const read = file && documentOfFile(file);
  return read && isMap(read) ? read : void 0;
}
function warn(draft, message, at) {
  const loc = locOfEntry(at);
  draft.diagnostics.push(diagnostic(loc.file, message, OPENAPI_NOT_READ, loc, "warning"));
}

// src/iac/terraform/model/registry/bucket.ts
var BLOCK_INPUTS = [
  ["blockPublicAcls", "block_public_acls"],
  ["blockPublicPolicy", "block_public_policy"],
  ["ignorePublicAcls", "ignore_public_acls"],
  ["restrictPublicBuckets", "restrict_public_buckets"]
];
function mapBucketModule(draft, inputs) {
  if (inputs.creates("create_bucket", true) === false) return;
  const encryption = bucketEncryption(inputs.map("server_side_encryption_configuration"));
  for (const [key, a] of Object.entries(encryption))
    if (a && typeof a.value === "object")
      inputs.note(
        "server_side_encryption_configuration",
        `${key} not known before deployment`,
        a.loc
      );
  inputs.add(draft, {
    id: inputs.block.address,
    kind: "bucket",
    type: "aws_s3_bucket",
    name: inputs.text("bucket") ?? stringAt(inputs.body, "bucket_prefix"),
    policies: bucketPolicies(draft, inputs),
    attributes: {
      acl: inputs.text("acl"),
      publicAccessBlock: publicAccessBlock(inputs),
      ...encryption
    },
    loc: inputs.block.loc
  });
  for (const key of ["versioning", "logging"]) inputs.map(key);
}
function publicAccessBlock(inputs) {
  const attached = inputs.creates("attach_public_policy", true);
  if (attached === false) return void 0;
  const byDefault = inputs.major === void 0 || inputs.major >= 4;
  const block = { loc: inputs.block.loc };
  const unknownAttach = entry(inputs.body, "attach_public_policy");
  for (const [field, key] of BLOCK_INPUTS) {
    const written3 = inputs.flag(key);
    block[field] = attached === "unknown" && unknownAttach ? undecidedFlag(unknownAttach.value, locOfEntry(unknownAttach)) : written3 ?? { value: byDefault, loc: inputs.block.loc };
  }
  return block;
}
function undecidedFlag(v, loc) {
  return v.kind === "symbolic" ? { value: v, loc } : { value: false, loc };
}
function bucketPolicies(draft, inputs) {
  const out = [];
  const attach3 = inputs.creates("attach_policy", false);
  const policy2 = entry(inputs.body, "policy");
  if (attach3 !== false && policy2) {
    const doc = policyFrom(draft, policy2.value, locOfEntry(policy2));
    if (doc?.symbolic)
      inputs.note("policy", "a policy document not known before deployment", doc.loc);
    if (doc) out.push(doc);
  }
  const tls = entry(inputs.body, "attach_deny_insecure_transport_policy");
  const denies = inputs.creates("attach_deny_insecure_transport_policy", false);
  if (tls && denies !== false) {
    const loc = locOfEntry(tls);
    out.push({ statements: [tlsOnlyDeny(loc, denies === "unknown" ? tls.value : void 0)], loc });
  }
  return out;
}
function tlsOnlyDeny(loc, unknown2) {
  const scalar = (value) => ({ kind: "scalar", value, loc });
  const map = (key, value) => ({
    kind: "map",
    entries: /* @__PURE__ */ new Map([[key, { key, keyLoc: loc, value }]]),
    loc
  });
  const values = unknown2?.kind === "symbolic" ? unknown2 : { kind: "list", items: [scalar("false")], loc };
  return {
    sid: "denyInsecureTransport",
    effect: { value: "Deny", loc },
    actions: [{ value: "s3:*", loc }],
    notActions: [],
    resources: [],
    notResources: [],
    principals: [{ type: "*", value: { value: "*", loc } }],
    notPrincipals: [],
    condition: map("Bool", map("aws:SecureTransport", values)),
    loc
  };
}

// src/iac/terraform/model/registry/http-api.ts
var V2_AUTH3 = { NONE: "none", AWS_IAM: "iam", JWT: "jwt", CUSTOM: "lambda" };
var AUTHORIZER_AUTH2 = { JWT: "JWT", REQUEST: "CUSTOM" };
function mapHttpApiModule(draft, inputs) {
  if (inputs.creates("create", true) === false) return;
  const b = inputs.block;
  const protocol = inputs.text("protocol_type");
  inputs.add(draft, {
    id: b.address,
    kind: "api",
    type: "aws_apigatewayv2_api",
    name: inputs.text("name"),
    policies: [],
    attributes: { protocol: protocol ?? { value: "HTTP", loc: b.loc } },
    loc: b.loc
  });
  const websocket = typeof protocol?.value === "string" && protocol.value.toUpperCase() === "WEBSOCKET";
  const kind = websocket ? "websocket" : "http";
  const cors = corsFrom3(inputs.map("cors_configuration"));
  const v5 = inputs.major === void 0 || inputs.major >= 5;
  const keys = inputs.major === void 0 ? ["routes", "integrations"] : [v5 ? "routes" : "integrations"];
  for (const key of keys) {
    const routes = inputs.map(key);
    for (const e of routes?.entries.values() ?? []) route2(draft, inputs, e, kind, cors);
  }
  const body = inputs.body.entries.get("body");
  if (body && !websocket) {
    const api2 = { apiId: b.address, kind: "http", body, cors };
    inputs.call.modelled.push(...mapOpenApiBody(draft, api2));
  }
  stage2(draft, inputs, v5);
  domain(draft, inputs, v5);
}
function route2(draft, inputs, e, kind, cors) {
  const loc = locOfEntry(e);
  const [method2, ...rest] = e.key.split(" ");
  const path2 = rest.join(" ").trim();
  const endpoint = {
    id: `${inputs.block.address}.routes["${e.key}"]`,
    kind,
    ...kind === "http" && path2 ? { method: { value: method2 ?? "", loc }, path: { value: path2, loc } } : { path: { value: e.key, loc } },
    apiId: inputs.block.address,
    functionIds: [],
    auth: routeAuth(inputs, e),
    apiKeyRequired: booleanAt(e.value, "api_key_required"),
    cors,
    loc
  };
  if (endpoint.auth.type === "unknown")
    inputs.note(
      `${e.key}.authorization_type`,
      "not known before deployment",
      endpoint.auth.loc ?? loc
    );
  draft.addEndpoint(endpoint);
  inputs.call.modelled.push(endpoint.id);
  const integration2 = get(e.value, "integration");
  const target = get(integration2, "uri") ?? get(e.value, "lambda_arn") ?? get(e.value, "integration_uri");
  linkFunction(draft, endpoint, target, kind === "websocket" ? "websocket" : "http-api", loc);
}
function routeAuth(inputs, e) {
  const written3 = authSettingAt2(e.value, "authorization_type");
  const authorizer = stringAt(e.value, "authorizer_key") ?? stringAt(e.value, "authorizer_id");
  if (written3 || !authorizer) return authFrom2(V2_AUTH3, written3, authorizer);
  const key = typeof authorizer.value === "string" ? authorizer.value : void 0;
  const type = key ? stringAt(get(get(inputs.body, "authorizers"), key), "authorizer_type") : void 0;
  const name = typeof type?.value === "string" ? type.value.toUpperCase() : void 0;
  const setting = {
    value: (name && ownValue(AUTHORIZER_AUTH2, name)) ?? "UNKNOWN",
    loc: authorizer.loc
  };
  return authFrom2(V2_AUTH3, setting, authorizer);
}
function stage2(draft, inputs, v5) {
  if (inputs.creates(v5 ? "create_stage" : "create_default_stage", true) === false) return;
  const b = inputs.block;
  const settings = inputs.map(v5 ? "stage_default_route_settings" : "default_route_settings");
  const stageName = v5 ? inputs.text("stage_name") : void 0;
  const r = {
    id: `${b.address}.stage`,
    kind: "api-stage",
    type: "aws_apigatewayv2_stage",
    name: stageName ?? { value: "$default", loc: b.loc },
    policies: [],
    attributes: {
      apiId: b.address,
      stageName: stageName ?? { value: "$default", loc: b.loc },
      accessLogDestination: accessLogs(inputs, v5),
      loggingLevel: stringAt(settings, "logging_level"),
      dataTrace: booleanAt(settings, "data_trace_enabled"),
      throttlingBurstLimit: numberAt(settings, "throttling_burst_limit"),
      throttlingRateLimit: numberAt(settings, "throttling_rate_limit")
    },
    loc: b.loc
  };
  inputs.add(draft, r);
}
function accessLogs(inputs, v5) {
  if (!v5) return inputs.text("default_stage_access_log_destination_arn");
  const settings = inputs.map("stage_access_log_settings");
  const destination = stringAt(settings, "destination_arn");
  if (destination) return destination;
  const create = entry(settings, "create_log_group");
  const createLogGroup = booleanAt(settings, "create_log_group");
  if (create && createLogGroup?.value === false) return void 0;
  return {
    value: "log group created by the module",
    loc: create ? locOfEntry(create) : inputs.block.loc
  };
}
function domain(draft, inputs, v5) {
  const name = inputs.text("domain_name");
  if (!name || name.value === "") return;
  if (inputs.creates(v5 ? "create_domain_name" : "create_api_domain_name", true) === false) return;
  inputs.add(draft, {
    id: `${inputs.block.address}.domain`,
    kind: "api-domain",
    type: "aws_apigatewayv2_domain_name",
    name,
    policies: [],
    attributes: {
      securityPolicy: { value: "TLS_1_2", loc: inputs.block.loc },
      endpointType: { value: "REGIONAL", loc: inputs.block.loc }
    },
    loc: inputs.block.loc
  });
}

// src/iac/terraform/model/registry/known.ts
var KNOWN_MAJOR = {
  sqs: 4,
  sns: 6,
  "s3-bucket": 4,
  "apigateway-v2": 5,
  "dynamodb-table": 4
};
var ModuleInputs = class {
  constructor(block, module, source, installed) {
    this.block = block;
    this.module = module;
    const version = installed?.version ?? asString(get(block.body, "version")) ?? /[?&]ref=([^&]+)/.exec(source)?.[1];
    this.major = majorOf(version);
    this.call = { id: block.address, source, version, modelled: [], undecided: [], loc: block.loc };
    if (this.major !== void 0 && this.major > KNOWN_MAJOR[module]) {
      this.note(
        "version",
        `version ${version ?? ""} is newer than the ${KNOWN_MAJOR[module]}.x the gate follows: inputs it renamed or added are not read`,
        block.loc
      );
    }
  }
  block;
  module;
  call;
  major;
  get body() {
    return this.block.body;
  }
  /** A boolean input; a symbolic one is undecided. */
  flag(key) {
    return this.decided(key, booleanAt(this.body, key));
  }
  /** A string input; a symbolic one is undecided. */
  text(key) {
    return this.decided(key, stringAt(this.body, key));
  }
  /** A map input (an object); an unresolved one is undecided and read as absent. */
  map(key) {
    const v = get(this.body, key);
    if (isMap(v)) return v;
    if (v?.kind === "symbolic") this.undecidedAt(key, v);
    return void 0;
  }
  /** Whether a `create*` input leaves the resource in: `unknown` when it is not static. */
  creates(key, byDefault) {
    const e = entry(this.body, key);
    if (!e) return byDefault;
    const a = booleanAt(this.body, key);
    if (a && typeof a.value === "boolean") return a.value;
    this.note(
      key,
      "not known before deployment: what it creates is modelled as created",
      locOfEntry(e)
    );
    return "unknown";
  }
  /** Adds a resource modelled from the call, and lists it on the call. */
  add(draft, r) {
    draft.addResource(r);
    this.call.modelled.push(r.id);
  }
  note(input, reason, loc) {
    this.call.undecided.push({ input, reason, loc });
  }
  undecidedAt(input, v) {
    const e = entry(this.body, input);
    this.note(input, "not known before deployment", e ? locOfEntry(e) : v.loc);
  }
  decided(key, a) {
    if (a && typeof a.value === "object" && a.value !== null) {
      this.note(key, "not known before deployment", a.loc);
    }
    return a;
  }
};
function majorOf(version) {
  const m = /^[\s~>=<!^]*v?(\d+)(?:\.|\s*$|\s*,)/.exec(version ?? "");
  return m ? Number(m[1]) : void 0;
}

// src/iac/terraform/model/registry/statements.ts
function modulePolicy(draft, inputs, statementsKey, documentKeys) {
  const found2 = [];
  const written3 = statementsKey ? entry(inputs.body, statementsKey) : void 0;
  if (written3 && statementsKey)
    found2.push(statementsFrom2(inputs, statementsKey, written3.value, locOfEntry(written3)));
  for (const key of documentKeys) {
    const e = entry(inputs.body, key);
    if (!e) continue;
    const loc = locOfEntry(e);
    const items = e.value.kind === "list" ? e.value.items : [e.value];
    for (const item of items) {
      const doc = policyFrom(draft, item, loc);
      if (doc?.symbolic) inputs.note(key, "a policy document not known before deployment", loc);
      if (doc) found2.push(doc);
    }
  }
  if (found2.length === 0) return void 0;
  const symbolic2 = found2.find((d) => d.symbolic)?.symbolic;
  return {
    statements: found2.flatMap((d) => d.statements),
    ...symbolic2 ? { symbolic: symbolic2 } : {},
    loc: found2[0]?.loc
  };
}
function statementsFrom2(inputs, key, v, loc) {
  if (v.kind === "symbolic") {
    inputs.note(key, "policy statements not known before deployment", loc);
    return { statements: [], symbolic: v, loc };
  }
  const items = isMap(v) ? [...v.entries.values()].map((e) => e.value) : asList(v);
  return { statements: items.filter(isMap).map(moduleStatement2), loc };
}
function moduleStatement2(s) {
  const statement = statementFromBlock(s);
  statement.condition ??= conditionFromBlocks(nestedAll(s, "conditions"));
  return statement;
}

// src/iac/terraform/model/registry/queues-topics.ts
function mapSqsModule(draft, inputs) {
  if (inputs.creates("create", true) === false) return;
  addQueue(draft, inputs, inputs.block.address, "");
  if (inputs.creates("create_dlq", false) !== false)
    addQueue(draft, inputs, `${inputs.block.address}.dlq`, "dlq_");
}
function addQueue(draft, inputs, id, prefix) {
  const policy2 = inputs.creates(`create_${prefix}queue_policy`, false) !== false ? modulePolicy(draft, inputs, `${prefix}queue_policy_statements`, [
    `source_${prefix}queue_policy_documents`,
    `override_${prefix}queue_policy_documents`
  ]) : void 0;
  inputs.add(draft, {
    id,
    kind: "queue",
    type: "aws_sqs_queue",
    name: prefix ? inputs.text("dlq_name") : inputs.text("name") ?? stringAt(inputs.body, "name_prefix"),
    policies: policy2 ? [policy2] : [],
    attributes: {
      kmsKeyId: inputs.text(`${prefix}kms_master_key_id`),
      sseEnabled: inputs.flag(`${prefix}sqs_managed_sse_enabled`)
    },
    loc: inputs.block.loc
  });
}
function mapSnsModule(draft, inputs) {
  if (inputs.creates("create", true) === false) return;
  const policies = [];
  const managed = inputs.creates("create_topic_policy", true);
  if (managed !== false) {
    const doc = modulePolicy(draft, inputs, "topic_policy_statements", [
      "source_topic_policy_documents",
      "override_topic_policy_documents"
    ]);
    if (doc) policies.push(doc);
  }
  if (managed !== true) {
    const doc = modulePolicy(draft, inputs, void 0, ["topic_policy"]);
    if (doc) policies.push(doc);
  }
  inputs.add(draft, {
    id: inputs.block.address,
    kind: "topic",
    type: "aws_sns_topic",
    name: inputs.text("name") ?? stringAt(inputs.body, "name_prefix"),
    policies,
    attributes: { kmsKeyId: inputs.text("kms_master_key_id") },
    loc: inputs.block.loc
  });
}

// src/iac/terraform/model/registry/table.ts
function mapTableModule(draft, inputs) {
  if (inputs.creates("create_table", true) === false) return;
  inputs.add(draft, {
    id: inputs.block.address,
    kind: "table",
    type: "aws_dynamodb_table",
    name: inputs.text("name"),
    policies: [],
    attributes: {
      pointInTimeRecovery: inputs.flag("point_in_time_recovery_enabled"),
      sseEnabled: inputs.flag("server_side_encryption_enabled"),
      kmsKeyId: inputs.text("server_side_encryption_kms_key_arn")
    },
    loc: inputs.block.loc
  });
}

// src/iac/terraform/model/registry/index.ts
var MAPPERS = {
  sqs: mapSqsModule,
  sns: mapSnsModule,
  "s3-bucket": mapBucketModule,
  "apigateway-v2": mapHttpApiModule,
  "dynamodb-table": mapTableModule
};
function mapRegistryModules(draft, installed) {
  const calls = [];
  for (const b of draft.folder.ofType("module")) {
    const written3 = asString(get(b.body, "source"));
    const found2 = installed.get(b.name);
    const module = knownModuleOf(written3 ?? "") ?? knownModuleOf(found2?.source ?? "");
    if (!module) {
      if (written3 && isOpaque(written3)) calls.push(opaqueCall(b, written3, found2));
      continue;
    }
    const inputs = new ModuleInputs(b, module, written3 ?? found2?.source ?? "", found2);
    MAPPERS[module](draft, inputs);
    calls.push(inputs.call);
  }
  if (calls.length > 0) draft.service.moduleCalls = calls;
}
function isOpaque(source) {
  return !/^\.{1,2}\//.test(source) && !isLambdaModule(source);
}
function opaqueCall(b, source, found2) {
  const version = found2?.version ?? asString(get(b.body, "version"));
  const call2 = {
    id: b.address,
    source,
    ...version !== void 0 ? { version } : {},
    modelled: [],
    loc: b.loc
  };
  if (found2?.read && found2.dir !== void 0)
    return { ...call2, installedAt: found2.dir, undecided: [] };
  const reason = "a module the gate does not model: what it creates is not checked";
  return { ...call2, undecided: [{ input: "source", reason, loc: b.loc }] };
}

// src/iac/terraform/model/rest-stages.ts
function mapRestStages(draft) {
  for (const b of draft.folder.ofType("aws_api_gateway_stage")) {
    const body = b.body;
    draft.addResource(
      stage3(draft, b, {
        accessLogDestination: stringAt(nested(body, "access_log_settings"), "destination_arn"),
        tracing: booleanAt(body, "xray_tracing_enabled")
      })
    );
  }
  for (const b of draft.folder.ofType("aws_api_gateway_deployment")) {
    if (entry(b.body, "stage_name")) draft.addResource(stage3(draft, b, {}));
  }
  const settings = [...draft.folder.ofType("aws_api_gateway_method_settings")].sort(
    (a, b) => Number(!isStageWide(a)) - Number(!isStageWide(b))
  );
  for (const b of settings) methodSettings(draft, b);
  for (const b of draft.folder.ofType("aws_wafv2_web_acl_association")) waf(draft, b, "web_acl_arn");
  for (const b of draft.folder.ofType("aws_wafregional_web_acl_association"))
    waf(draft, b, "web_acl_id");
  for (const b of draft.folder.ofType("aws_api_gateway_usage_plan")) usagePlan(draft, b);
  for (const b of draft.folder.ofType("aws_api_gateway_domain_name")) {
    draft.addResource({
      id: b.address,
      kind: "api-domain",
      type: b.type,
      name: stringAt(b.body, "domain_name"),
      policies: [],
      attributes: {
        securityPolicy: stringAt(b.body, "security_policy"),
        endpointType: stringListAt(nested(b.body, "endpoint_configuration"), "types")[0]
      },
      loc: b.loc
    });
  }
  for (const b of draft.folder.ofType("aws_api_gateway_rest_api_policy")) {
    const api2 = draft.resourceFor(get(b.body, "rest_api_id"), "aws_api_gateway_rest_api");
    const policy2 = entry(b.body, "policy");
    const document = policy2 && policyFrom(draft, policy2.value, locOfEntry(policy2));
    if (api2 && document) api2.policies.push(document);
  }
}
function stage3(draft, b, attributes) {
  const stageName = stringAt(b.body, "stage_name");
  return {
    id: b.address,
    kind: "api-stage",
    type: b.type,
    name: stageName,
    policies: [],
    attributes: {
      apiId: draft.folder.referenced(get(b.body, "rest_api_id"), "aws_api_gateway_rest_api")?.address,
      stageName,
      ...attributes
    },
    loc: b.loc
  };
}
function isStageWide(b) {
  return asString(get(b.body, "method_path")) === "*/*";
}
function methodSettings(draft, b) {
  const stageName = get(b.body, "stage_name");
  const literal2 = asString(stageName);
  const apiId = draft.folder.referenced(
    get(b.body, "rest_api_id"),
    "aws_api_gateway_rest_api"
  )?.address;
  const target = draft.resourceFor(stageName, "aws_api_gateway_stage") ?? draft.resourceFor(stageName, "aws_api_gateway_deployment") ?? draft.service.resources.find(
    (r) => r.kind === "api-stage" && literal2 !== void 0 && r.attributes.stageName?.value === literal2 && r.attributes.apiId === apiId
  );
  const s = nested(b.body, "settings");
  if (!s) return;
  const settings = {
    loggingLevel: stringAt(s, "logging_level"),
    dataTrace: booleanAt(s, "data_trace_enabled"),
    cacheEnabled: booleanAt(s, "caching_enabled"),
    cacheEncrypted: booleanAt(s, "cache_data_encrypted"),
    throttlingBurstLimit: numberAt(s, "throttling_burst_limit"),
    throttlingRateLimit: numberAt(s, "throttling_rate_limit")
  };
  if (!target) {
    const name = stringAt(b.body, "stage_name") ?? { value: b.address, loc: b.loc };
    addExternalTarget(draft.service, {
      id: b.address,
      kind: "api-stage",
      type: b.type,
      target: name,
      policies: [],
      attributes: { stageName: name, ...settings },
      loc: b.loc
    });
    return;
  }
  for (const [key, value] of Object.entries(settings)) {
    const k = key;
    if (value !== void 0 && target.attributes[k] === void 0)
      Object.assign(target.attributes, { [k]: value });
  }
}
function usagePlan(draft, b) {
  const throttle = nested(b.body, "throttle_settings");
  const quota = nested(b.body, "quota_settings");
  const limits = usagePlanLimits(
    { value: b.address, loc: b.loc },
    { burst: numberAt(throttle, "burst_limit"), rate: numberAt(throttle, "rate_limit") },
    { limit: numberAt(quota, "limit"), period: stringAt(quota, "period") }
  );
  for (const item of nestedAll(b.body, "api_stages")) {
    const apiId = draft.folder.referenced(get(item, "api_id"), "aws_api_gateway_rest_api")?.address;
    const stageName = get(item, "stage");
    const name = asString(stageName);
    const stage4 = draft.resourceFor(stageName, "aws_api_gateway_stage") ?? draft.service.resources.find(
      (r) => r.kind === "api-stage" && name !== void 0 && r.attributes.stageName?.value === name && r.attributes.apiId === apiId
    );
    if (stage4) applyUsagePlan(stage4.attributes, limits);
  }
}
function waf(draft, b, key) {
  const stageRef = get(b.body, "resource_arn");
  const target = draft.resourceFor(stageRef, "aws_api_gateway_stage");
  const acl = stringAt(b.body, key);
  if (!acl) return;
  if (target) {
    target.attributes.wafAclId = acl;
    return;
  }
  const written3 = stringAt(b.body, "resource_arn");
  if (!written3 || !stageRef) return;
  const text = typeof written3.value === "string" ? written3.value : written3.value.expr;
  const stages = draft.service.resources.filter((r) => r.kind === "api-stage");
  markPossiblyProtected(stages, text, written3);
}

// src/iac/terraform/model/rest-api.ts
var REST_AUTH2 = {
  NONE: "none",
  AWS_IAM: "iam",
  CUSTOM: "lambda",
  COGNITO_USER_POOLS: "cognito"
};
function mapRestApis(draft) {
  for (const b of draft.folder.ofType("aws_api_gateway_rest_api")) {
    const policy2 = entry(b.body, "policy");
    const document = policy2 ? policyFrom(draft, policy2.value, locOfEntry(policy2)) : void 0;
    draft.addResource({
      id: b.address,
      kind: "api",
      type: b.type,
      name: stringAt(b.body, "name"),
      policies: document ? [document] : [],
      attributes: {
        protocol: { value: "REST", loc: b.loc },
        endpointType: stringListAt(nested(b.body, "endpoint_configuration"), "types")[0]
      },
      loc: b.loc
    });
  }
  const paths = new ResourcePaths(draft);
  for (const b of draft.folder.ofType("aws_api_gateway_method"))
    draft.addEndpoint(methodEndpoint(draft, b, paths));
  for (const b of draft.folder.ofType("aws_api_gateway_integration")) integration(draft, b);
  mapRestStages(draft);
}
function methodEndpoint(draft, b, paths) {
  const body = b.body;
  const models = entry(body, "request_models");
  const validation = stringAt(body, "request_validator_id") ?? (models ? { value: true, loc: locOfEntry(models) } : void 0);
  return {
    id: b.address,
    kind: "rest",
    method: stringAt(body, "http_method"),
    path: paths.ofMethod(b),
    apiId: draft.folder.referenced(get(body, "rest_api_id"), "aws_api_gateway_rest_api")?.address,
    functionIds: [],
    auth: authFrom2(
      REST_AUTH2,
      authSettingAt2(body, "authorization"),
      stringAt(body, "authorizer_id")
    ),
    apiKeyRequired: booleanAt(body, "api_key_required"),
    requestValidation: validation,
    loc: b.loc
  };
}
function integration(draft, b) {
  const method2 = draft.folder.referenced(get(b.body, "http_method"), "aws_api_gateway_method") ?? draft.folder.ofType("aws_api_gateway_method").find(
    (m) => ["rest_api_id", "resource_id", "http_method"].every(
      (k) => sameTarget(get(m.body, k), get(b.body, k))
    )
  );
  const endpoint = method2 ? draft.endpoints.get(method2.address) : void 0;
  if (endpoint) linkFunction(draft, endpoint, get(b.body, "uri"), "rest-api", b.loc);
}
var ResourcePaths = class {
  constructor(draft) {
    this.draft = draft;
  }
  draft;
  known = /* @__PURE__ */ new Map();
  ofMethod(method2) {
    const resourceId = entry(method2.body, "resource_id");
    if (!resourceId) return void 0;
    const resource = this.draft.folder.referenced(resourceId.value, "aws_api_gateway_resource");
    if (!resource) {
      return isRoot(resourceId.value) ? { value: "/", loc: locOfEntry(resourceId) } : stringAt(method2.body, "resource_id");
    }
    const part = entry(resource.body, "path_part");
    const loc = part ? locOfEntry(part) : resource.loc;
    const path2 = this.of(resource, /* @__PURE__ */ new Set());
    return path2 !== void 0 ? { value: path2, loc } : { value: symbolic("path", `path of ${resource.address}`, [resource.address], loc), loc };
  }
  of(resource, seen) {
    if (this.known.has(resource.address)) return this.known.get(resource.address);
    if (seen.has(resource.address)) return void 0;
    seen.add(resource.address);
    const part = get(resource.body, "path_part");
    const parentId = get(resource.body, "parent_id");
    const parent = this.draft.folder.referenced(parentId, "aws_api_gateway_resource");
    let path2;
    if (part?.kind === "scalar" && part.value !== null) {
      const base = parent ? this.of(parent, seen) : isRoot(parentId) ? "" : void 0;
      path2 = base === void 0 ? void 0 : `${base === "/" ? "" : base}/${String(part.value)}`;
    }
    this.known.set(resource.address, path2);
    return path2;
  }
};
function isRoot(v) {
  return v?.kind === "symbolic" && /\.root_resource_id$/.test(v.expr);
}

// src/iac/terraform/model/service.ts
function buildService(dir, files, folder, decls, scope, installed = /* @__PURE__ */ new Map(), policyFiles = /* @__PURE__ */ new Map(), diagnostics = []) {
  const id = dir === "" ? "." : dir;
  const name = dir === "" ? "." : posix5.basename(dir);
  const service = emptyService(id, name, "terraform", dir, {
    file: files[0] ?? id,
    line: 1,
    column: 1
  });
  service.files = [.../* @__PURE__ */ new Set([...files, ...[...policyFiles.values()].map((f) => f.path)])];
  const draft = new Draft(service, folder, policyFiles);
  mapPolicyDocuments(draft);
  mapRolesAndPolicies(draft);
  mapLambdaModules(draft);
  mapRoleAttachments(draft);
  mapIamPrincipals(draft);
  mapFunctions2(draft);
  mapFunctionLinks(draft);
  mapRestApis(draft);
  mapHttpApis(draft);
  mapOpenApiBodies(draft);
  mapRegistryModules(draft, installed);
  mapEventTriggers(draft);
  mapDataStores(draft);
  for (const b of folder.blocks) {
    if (b.mode !== "module")
      service.rawResources.push({ id: b.address, type: b.type, properties: b.body, loc: b.loc });
  }
  service.parameters = parameters(decls, scope);
  diagnostics.push(...draft.diagnostics);
  return service;
}
function parameters(decls, scope) {
  return [...decls.variables.values()].map((v) => {
    const param = { name: v.name, secret: false, loc: v.loc };
    if (v.default) {
      const value = scope.evaluateSource(v.default.source, v.file);
      param.default = {
        value: value.kind === "symbolic" ? value : toPlain(value),
        loc: { ...v.default.keyLoc, value: value.loc.value }
      };
    }
    if (v.sensitive) param.secret = asBoolean(scope.evaluateSource(v.sensitive, v.file)) === true;
    return param;
  });
}

// src/iac/terraform/index.ts
var terraformFormat = {
  format: "terraform",
  async build(input, ctx) {
    const diagnostics = [];
    const decls = new Declarations();
    const parser = await parserFor(input, diagnostics);
    for (const file of inReadingOrder(input.files)) {
      if (file.path.endsWith(".json")) {
        addJsonFile(decls, file.path, file.text);
      } else if (parser) {
        const parsed = parseHcl(parser, file.path, file.text);
        diagnostics.push(...parsed.diagnostics);
        decls.addHclFile(file.path, parsed.blocks);
      }
    }
    for (const file of tfvarsInLoadingOrder(input.files))
      diagnostics.push(...addTfvarsFile(decls, parser, file.path, file.text));
    for (const file of tfvarsForVarFile(input.files))
      diagnostics.push(...addTfvarsFile(decls, parser, file.path, file.text, true));
    const scope = new FolderScope(
      decls,
      (text) => parser ? parseTemplateString(parser, text) : void 0
    );
    const blocks = evaluateBlocks(
      decls.blocks.filter((d) => !hasNoInstance(d)),
      scope
    );
    const files = input.files.map((f) => f.path);
    const installed = await installedModules(input, ctx, files, diagnostics);
    const policies = await readPolicyFiles(blocks, input.dir, ctx.repo);
    const folder = new Folder(blocks);
    const service = buildService(
      input.dir,
      files,
      folder,
      decls,
      scope,
      installed,
      policies.files,
      diagnostics
    );
    diagnostics.push(
      ...decls.diagnostics,
      ...scope.diagnostics,
      ...policyFileProblems(policies.files),
      ...policies.unreadable
    );
    return { services: [service], diagnostics };
  }
};
async function parserFor(input, diagnostics) {
  const hcl = input.files.filter((f) => !f.path.endsWith(".json"));
  try {
    return await terraformParser();
  } catch (err) {
    const why = errorMessage(err).split("\n")[0];
    for (const f of hcl) {
      diagnostics.push(
        diagnostic(f.path, `Terraform parser could not be loaded: ${why}`, "parser-unavailable")
      );
    }
    return void 0;
  }
}
async function installedModules(input, ctx, files, diagnostics) {
  const root = input.installedAs?.root ?? input.dir;
  const path2 = modulesJsonPath(root);
  const { text, why } = await readOrWhy(ctx.repo, path2);
  if (text === void 0) {
    if (why !== void 0) diagnostics.push(diagnostic(path2, why, "unreadable"));
    return /* @__PURE__ */ new Map();
  }
  if (!input.installedAs) files.push(path2);
  const read = readModulesJson(root, text, input.installedAs?.key);
  diagnostics.push(...read.diagnostics);
  for (const m of read.installed.values())
    if (m.dir !== void 0 && input.installedRead?.has(m.dir)) m.read = true;
  for (const [key, m] of read.installed) {
    if (!m.dir || !knownModuleOf(m.source)) continue;
    const main = m.dir === "" ? "main.tf" : `${m.dir}/main.tf`;
    if (await ctx.repo.readText(main) !== void 0) continue;
    read.installed.delete(key);
    diagnostics.push(
      diagnostic(
        path2,
        `module "${key}" is listed as installed in ${m.dir}, but that folder has no main.tf: run \`terraform init\` again`,
        "module-not-installed",
        { line: m.line }
      )
    );
  }
  return read.installed;
}

// src/iac/registry.ts
var TEMPLATE_FORMATS = [
  serverlessFormat,
  samFormat,
  cloudformationFormat
];

// src/iac/build-model.ts
async function buildModel(source, root, options = {}) {
  const files = await source.list();
  const { terraform } = discoverIac(files);
  const installed = await installedFolders(terraform, files, repoReaderFor(source).readText);
  const units = modelUnits(files, installed.folders);
  const parallel = await modelInWorkers(source, units, files, options);
  const read = parallel ? (path2) => source.read(path2) : readAhead(source, units.flatMap(unitFiles));
  const services = [];
  const diagnostics = [...installed.diagnostics];
  for (const file of serverlessCodeFiles(files)) {
    diagnostics.push(
      outOfScope(file, "is a Serverless service written as code, which is never run")
    );
  }
  const included2 = /* @__PURE__ */ new Set();
  for (const [i, unit] of units.entries()) {
    if (unit.kind === "template" && included2.has(unit.file)) continue;
    const result = parallel?.[i] ?? await modelUnit(source, read, unit, files);
    for (const s of result.services.filter((s2) => s2.format === "serverless"))
      s.files.filter((f) => f !== s.id).forEach((f) => included2.add(f));
    services.push(...result.services);
    diagnostics.push(...result.diagnostics);
  }
  services.sort((a, b) => a.id.localeCompare(b.id));
  return { root, services, diagnostics: withoutReadFiles(diagnostics, services) };
}
function withoutReadFiles(diagnostics, services) {
  const read = new Set(services.flatMap((s) => s.files.filter((f) => f !== s.id)));
  return diagnostics.filter((d) => d.code !== OUT_OF_SCOPE_CODE || !read.has(d.file));
}
function modelUnits(files, installed = []) {
  const { templates, terraform } = discoverIac(files);
  const template2 = (file) => ({ kind: "template", file });
  const installedRead = installed.map((f) => f.dir);
  return [
    ...templates.filter(isServerlessFile).map(template2),
    ...templates.filter((f) => !isServerlessFile(f)).map(template2),
    ...[...terraform].map(([dir, paths]) => ({
      kind: "terraform",
      dir,
      paths,
      installedRead
    })),
    ...installed.map(({ dir, files: paths, root, key }) => ({
      kind: "terraform",
      dir,
      paths,
      installedRead,
      installedAs: { root, key }
    }))
  ];
}
function unitFiles(unit) {
  return unit.kind === "template" ? [unit.file] : unit.paths;
}
function modelUnit(source, read, unit, files) {
  return unit.kind === "template" ? readTemplate(source, read, unit.file, files) : readTerraform(source, read, unit);
}
async function readTemplate(source, reader, file, files) {
  const read = await reader(file);
  if ("diagnostic" in read) return { services: [], diagnostics: [unreadable2(file, read)] };
  const named = isTemplateByName(file);
  if (isLfsPointer(read.text)) return { services: [], diagnostics: [lfsPointer(file, named)] };
  if (!named && !looksLikeTemplate(read.text) && !looksLikeServerlessService(file, read.text))
    return { services: [], diagnostics: [] };
  const loaded = loadTemplateText(file, read.text);
  if (loaded.diagnostics.length > 0) return { services: [], diagnostics: loaded.diagnostics };
  if (!isMap(loaded.value)) {
    const why = isServerlessFile(file) ? diagnostic(
      file,
      "expected a mapping at the top level of the Serverless file",
      "not-a-template"
    ) : outOfScope(file, "mentions AWS resource types but is not a mapping");
    return { services: [], diagnostics: [why] };
  }
  const document = withLoopsUnrolled(loaded.value);
  const format = TEMPLATE_FORMATS.find((f) => f.detect(file, document));
  if (!format) return { services: [], diagnostics: [notDetected(file, named, read.text)] };
  const ctx = { repo: repoReaderFor(source) };
  const built = await guarded(file, () => format.build({ file, document }, ctx));
  if (format.format === "serverless") return built;
  const registered = built.services.flatMap((s) => s.rawResources);
  const nested2 = await nestedStackProblems(file, registered, ctx.repo);
  const code = format.format === "sam" ? await codeUriProblems(file, document, files, source.whyUnreadable?.bind(source)) : [];
  return { ...built, diagnostics: [...built.diagnostics, ...nested2, ...code] };
}
function unreadable2(file, read) {
  const notNeeded = PREVIEWED.has(read.diagnostic.code) && !isTemplateByName(file) && read.preview !== void 0 && !looksLikeTemplate(read.preview);
  return notNeeded ? { ...read.diagnostic, severity: "warning" } : read.diagnostic;
}
var PREVIEWED = /* @__PURE__ */ new Set(["file-too-large", "binary-content"]);
function lfsPointer(file, named) {
  return diagnostic(
    file,
    `is a Git LFS pointer, not the file itself: check out LFS files (actions/checkout needs \`lfs: true\`) to have it checked`,
    "lfs-pointer",
    {},
    named ? "error" : "warning"
  );
}
function notDetected(file, named, text) {
  if (named && isServerlessFile(file))
    return outOfScope(file, "is a Serverless service for a provider other than AWS");
  if (!named && !looksLikeTemplate(text))
    return outOfScope(file, "looks like a Serverless service but names no AWS provider");
  return named ? outOfScope(file, "is named like a CloudFormation template but declares no AWS resources") : outOfScope(
    file,
    "mentions AWS resource types but is not a CloudFormation, SAM or Serverless template"
  );
}
function outOfScope(file, what) {
  return diagnostic(file, `${what}: not checked`, OUT_OF_SCOPE_CODE, {}, "warning");
}
async function readTerraform(source, reader, unit) {
  const { dir, paths } = unit;
  const files = [];
  const diagnostics = [];
  for (const path2 of paths) {
    const read = await reader(path2);
    if ("diagnostic" in read) diagnostics.push(read.diagnostic);
    else if (isLfsPointer(read.text)) diagnostics.push(lfsPointer(path2, true));
    else diagnostics.push(...checkedText(path2, read.text, files));
  }
  if (files.length === 0) return { services: [], diagnostics };
  const ctx = { repo: repoReaderFor(source) };
  const folder = {
    dir,
    files,
    installedRead: new Set(unit.installedRead),
    ...unit.installedAs ? { installedAs: unit.installedAs } : {}
  };
  const result = await guarded(dir || ".", () => terraformFormat.build(folder, ctx));
  return { services: result.services, diagnostics: [...diagnostics, ...result.diagnostics] };
}
function checkedText(path2, text, files) {
  const deep = nestingError(path2, text);
  if (deep) return [deep];
  files.push({ path: path2, text });
  return [];
}
async function guarded(file, build) {
  try {
    return await build();
  } catch (err) {
    const message = errorMessage(err);
    return {
      services: [],
      diagnostics: [diagnostic(file, `could not be modelled: ${message}`, "internal-error")]
    };
  }
}

export {
  readAhead,
  serveTasks,
  buildModel,
  unitFiles,
  modelUnit
};
