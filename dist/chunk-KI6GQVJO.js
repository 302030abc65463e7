import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  walkLinks
} from "./chunk-DJEB6POX.js";
import {
  attackPathsOf,
  cachedLookup,
  defaultPick,
  pathFinding,
  undecidedReach,
  worthTaking
} from "./chunk-WURO2SF7.js";
import {
  PATH_RULES
} from "./chunk-6ATYAQCS.js";
import {
  describeIssues
} from "./chunk-PJT4EC5G.js";
import {
  decide
} from "./chunk-UX7RXPQN.js";
import {
  GateSettingsSchema
} from "./chunk-5SJJU53O.js";
import {
  alignMoved,
  applySuppressions,
  ruleSettingsOf,
  suppressionOptions
} from "./chunk-7SEDE4AE.js";
import {
  NO_RENAMES,
  renamesBetween
} from "./chunk-OJQZW7RI.js";
import {
  SEVERITIES
} from "./chunk-4BT7JHZN.js";
import {
  includedFiles,
  selectLockfiles
} from "./chunk-7R77QNO6.js";
import {
  clip,
  oneLine
} from "./chunk-A7L7NCZO.js";
import {
  OUT_OF_SCOPE_CODE,
  SAMCONFIG_NAMES,
  discoverIac,
  includeKind,
  isServerlessFile,
  isTemplateByName,
  looksLikeServerlessService,
  looksLikeTemplate,
  policyFilePath,
  repositoryPath,
  serverlessCodeFiles,
  templateFilePath,
  withoutIacFiles
} from "./chunk-SSFE73ML.js";
import {
  INSTALLED_MODULES
} from "./chunk-WLV54ML5.js";
import {
  dirOf,
  globMatcher,
  isUrl,
  mayHoldMatches,
  resolveInRepo
} from "./chunk-BGWANNZY.js";
import {
  diagnostic,
  uniqueDiagnostics
} from "./chunk-X54H5DKA.js";
import {
  ConfigError,
  errorMessage
} from "./chunk-G4PDCYJP.js";

// src/diff/paths.ts
function pathFindingsOfDiff(base, head, renames = NO_RENAMES) {
  const plainHead = head.paths.map((p) => pathFinding(p));
  const baseFindings = alignMoved(
    base.paths.map((p) => pathFinding(p)),
    plainHead,
    renames
  );
  const onBase = new Set(baseFindings.map((f) => f.fingerprint));
  const headOut = head.paths.map((p, i) => {
    const plain = plainHead[i];
    if (onBase.has(plain.fingerprint)) return { finding: plain, status: "unchanged" };
    const opened = whatOpened(p, factsOf(base.facts, p.facts, renames));
    return { finding: pathFinding(p, opened.pick, opened.change), status: "new" };
  });
  const onHead = new Set(headOut.map((h) => h.finding.fingerprint));
  return { head: headOut, fixed: baseFindings.filter((f) => !onHead.has(f.fingerprint)) };
}
function factsOf(all, f, renames) {
  return all.find((b) => renames.toHead(b.service) === f.service && b.functionId === f.functionId);
}
var WHO = { internet: "anyone on the internet", "any-account": "any AWS account" };
function whatOpened(path, before) {
  const pick = defaultPick(path);
  const fn = path.facts.functionId;
  if (!before)
    return { pick, change: { part: "function", sentence: `this change adds function \`${fn}\`` } };
  const who = WHO[path.rule.reach];
  for (const entry of path.entries) {
    const was = before.reach.entries.find((e) => e.key === entry.key);
    if (was?.level === entry.level) continue;
    return {
      pick: { ...pick, entry },
      change: { part: "entry", sentence: entrySentence(entry, was, who) }
    };
  }
  const hadPackage = (name, version) => before.ships.known && before.ships.vulnerable.some((p) => p.name === name && p.version === version);
  const pkg = path.packages.find((p) => !hadPackage(p.name, p.version));
  if (pkg)
    return {
      pick: { ...pick, package: pkg },
      change: {
        part: "package",
        sentence: `this change ships \`${pkg.name}\` ${pkg.version} with \`${fn}\`, which ${who} can call`
      }
    };
  const had = new Set(worthTaking(before.mayDo).map((c) => `${c.class}|${c.action}|${c.resource}`));
  const grant = path.grants.find((c) => !had.has(`${c.class}|${c.action}|${c.resource}`));
  if (grant && (path.rule.needs !== "vulnerable" || path.packages.length > 0))
    return {
      pick: { ...pick, grant },
      change: {
        part: "grant",
        sentence: `this change lets \`${fn}\`, which ${who} can call, \`${grant.action}\`${grant.resource ? ` on \`${grant.resource}\`` : ""}`
      }
    };
  return {
    pick,
    change: { part: "function", sentence: `this change opens a path through function \`${fn}\`` }
  };
}
function entrySentence(entry, was, who) {
  if (!was) return `this change adds ${entry.what}, which ${who} can call`;
  if (was.auth)
    return `this change removes the ${was.auth} authorization of ${entry.what}: ${who} can call it`;
  return `this change opens ${entry.what} to ${who}`;
}
function foldIntoPaths(findings) {
  const order = (f) => PATH_RULES.findIndex((r) => r.id === f.ruleId);
  const primaries = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Set();
  const paths = findings.filter((f) => f.path && !f.suppressed && f.status !== "fixed");
  for (const f of [...paths].sort((a, b) => order(a) - order(b))) {
    const key = `${f.status}|${f.path?.function}`;
    const primary = primaries.get(key);
    if (primary) {
      fold(primary, f);
      folded.add(f);
    } else primaries.set(key, f);
  }
  const byLine = /* @__PURE__ */ new Map();
  for (const p of primaries.values()) {
    const key = lineKey(p);
    if (!byLine.has(key)) byLine.set(key, p);
  }
  for (const f of findings) {
    if (f.path || f.suppressed || f.status === "fixed") continue;
    const primary = byLine.get(lineKey(f));
    if (!primary) continue;
    fold(primary, f);
    folded.add(f);
  }
  return findings.filter((f) => !folded.has(f));
}
function lineKey(f) {
  return `${f.status}|${f.location.file}|${f.location.line}`;
}
function fold(into, f) {
  const message = f.path ? f.title.toLowerCase() : f.message;
  into.also = [
    ...into.also ?? [],
    { ruleId: f.ruleId, severity: f.severity, message },
    ...f.also ?? []
  ];
  if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(into.severity)) into.severity = f.severity;
  if (f.dependency && !into.dependency) into.dependency = f.dependency;
}

// src/core/attack-paths.ts
async function attackPathPart(head, base, deps, osv, renames) {
  if (!head) return { findings: [], errors: [], undecided: [], facts: [] };
  const lookup = cachedLookup(deps?.lookedUp ?? { packages: [], findings: [] }, asker(osv));
  const settingsOf = (c) => ruleSettingsOf(c, osv.now);
  try {
    const h = await attackPathsOf(
      { model: head.model, packages: deps?.lockfiles.head.packages },
      lookup,
      settingsOf(head.config)
    );
    const undecided = undecidedReach(h.facts);
    if (!base) {
      const found = await head.suppress(h.paths.map((p) => pathFinding(p)));
      const findings2 = found.map((f) => ({ ...f, status: "present" }));
      return { findings: findings2, errors: [], undecided, facts: h.facts };
    }
    const b = await attackPathsOf(
      { model: base.model, packages: deps?.lockfiles.base?.packages },
      lookup,
      settingsOf(base.config)
    );
    const diff = pathFindingsOfDiff(b, h, renames);
    const status = new Map(diff.head.map((x) => [x.finding.fingerprint, x.status]));
    const onHead = await head.suppress(diff.head.map((x) => x.finding));
    const fixed = await base.suppress(diff.fixed);
    const findings = [
      ...onHead.map((f) => ({ ...f, status: status.get(f.fingerprint) ?? "new" })),
      ...fixed.filter((f) => f.path).map((f) => ({ ...f, status: "fixed" }))
    ];
    return { findings, errors: [], undecided, facts: h.facts };
  } catch (err) {
    const message = `attack paths could not be computed: ${errorMessage(err)}`;
    return {
      findings: [],
      errors: [diagnostic("(attack paths)", message, "paths-unavailable")],
      undecided: [],
      facts: []
    };
  }
}
function asker(osv) {
  const source = osv.source;
  if (!source) return void 0;
  return async (packages) => {
    const { scanPackages } = await import("./chunk-D62W6ADG.js");
    return (await scanPackages(packages, source, osv.config, { now: osv.now })).findings;
  };
}

// src/sources/wrapped.ts
var ABILITIES = ["blobIds", "links", "whyUnreadable", "listingProblems", "locator"];
function wrappedSource(inner, own) {
  const wrapped = { label: inner.label, ...own };
  for (const ability of ABILITIES) {
    if (own[ability] || !inner[ability]) continue;
    Object.assign(wrapped, { [ability]: inner[ability].bind(inner) });
  }
  return wrapped;
}

// src/sources/filtered.ts
function filteredSource(source, include, exclude) {
  const included = include.length === 0 ? () => true : globMatcher(include);
  const excluded = globMatcher(exclude);
  const holdsIncluded = (dir) => include.length === 0 || mayHoldMatches(include, dir);
  let listing;
  const unfiltered = include.length === 0 && exclude.length === 0;
  const list = () => listing ??= source.list().then((paths) => unfiltered ? paths : paths.filter((p) => included(p) && !excluded(p)));
  const reads2 = /* @__PURE__ */ new Map();
  const read = (path) => {
    let result2 = reads2.get(path);
    if (!result2) reads2.set(path, result2 = source.read(path));
    return result2;
  };
  return wrappedSource(source, {
    list,
    read,
    ...source.listingProblems ? {
      // A folder outside what this side scans holds nothing the gate would check.
      listingProblems: async () => {
        await list();
        const problems = await source.listingProblems?.() ?? [];
        return problems.filter(
          (d) => holdsIncluded(d.file) && !excluded(d.file) && !excluded(`${d.file}/`)
        );
      }
    } : {}
  });
}

// src/sources/blob-id.ts
import { createHash } from "node:crypto";
function gitBlobId(text) {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
var EMPTY_BLOB_ID = gitBlobId("");
async function contentId(source, path, known) {
  const id = known?.get(path);
  if (id !== void 0) return id;
  const r = await source.read(path);
  return "text" in r ? gitBlobId(r.text) : `unreadable:${r.diagnostic.message}`;
}

// src/sources/content-renames.ts
async function sameContentRenames(base, head, changed, ids) {
  const [before, after] = await Promise.all([
    byContent(base, changed, ids?.base),
    byContent(head, changed, ids?.head)
  ]);
  const groups = [];
  for (const [id, from] of before) {
    const to = after.get(id);
    if (to) groups.push([from, to]);
  }
  const out = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  const alone = ([from, to]) => from.length === 1 && to.length === 1;
  for (const [[from], [to]] of groups.filter(alone)) {
    out.set(from, to);
    folders.set(dirOf(from), dirOf(to));
  }
  for (const [from, to] of groups.filter((g) => !alone(g)))
    for (const [a, b] of pairAlike(from, to, folders)) out.set(a, b);
  return out;
}
async function byContent(source, changed, idOf) {
  const [listed, known] = await Promise.all([source.list(), idOf ? void 0 : source.blobIds?.()]);
  const out = /* @__PURE__ */ new Map();
  for (const path of listed.filter((p) => changed.has(p)).sort()) {
    const id = idOf ? idOf(path) : await contentId(source, path, known);
    if (id === EMPTY_BLOB_ID || id.startsWith("unreadable:")) continue;
    const list = out.get(id);
    if (list) list.push(path);
    else out.set(id, [path]);
  }
  return out;
}
function pairAlike(from, to, folders) {
  const pairs = [];
  const left = [...to];
  const take = (a, match) => {
    const i = left.findIndex(match);
    if (i !== -1) pairs.push([a, left.splice(i, 1)[0]]);
    return i !== -1;
  };
  const unpaired = from.filter((a) => {
    const folder = folders.get(dirOf(a));
    return !take(a, (b) => nameOf(b) === nameOf(a) && dirOf(b) === folder);
  });
  const named = (paths, name) => paths.filter((p) => nameOf(p) === name);
  const rest = unpaired.filter(
    (a) => named(unpaired, nameOf(a)).length !== 1 || named(left, nameOf(a)).length !== 1 || !take(a, (b) => nameOf(b) === nameOf(a))
  );
  if (rest.length === 1 && left.length === 1) pairs.push([rest[0], left[0]]);
  return pairs;
}
function nameOf(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/iac/installed-modules.ts
async function installedModuleFolders(...args) {
  if (args[0].size === 0) return { folders: [], diagnostics: [] };
  return (await (reader ??= import("./chunk-EZDTNL7H.js"))).installedFolders(...args);
}
var reader;

// src/core/coverage.ts
async function uncheckedFiles(side) {
  const recognised = await recognisedFiles(side);
  const accounted = accountedFiles(side);
  const unlisted = await side.source.listingProblems?.() ?? [];
  const dropped = [...recognised].filter(([file]) => !accounted.has(file)).map(
    ([file, kind]) => diagnostic(
      file,
      `recognised as ${kind} but neither checked nor reported as unreadable in ${side.source.label}: the gate cannot vouch for it`,
      "not-checked"
    )
  );
  return [...unlisted, ...dropped];
}
async function recognisedFiles(side) {
  const files = await side.source.list();
  const out = /* @__PURE__ */ new Map();
  if (side.lockfiles) for (const f of selectLockfiles(files)) out.set(f, "a lockfile or manifest");
  if (!side.model) return out;
  const { templates, terraform } = discoverIac(files);
  for (const tf of [...terraform.values()].flat()) out.set(tf, "Terraform");
  const installed = await installedModuleFolders(terraform, files, async (path) => {
    const read = await side.source.read(path);
    return "text" in read ? read.text : void 0;
  });
  for (const tf of installed.folders.flatMap((f) => f.files)) out.set(tf, "Terraform");
  for (const file of templates) {
    if (isServerlessFile(file)) out.set(file, "a Serverless Framework service");
    else if (await readsAsTemplate(side.source, file)) out.set(file, "an IaC template");
  }
  return out;
}
async function readsAsTemplate(source, file) {
  if (isTemplateByName(file)) return true;
  const read = await source.read(file);
  if ("text" in read)
    return looksLikeTemplate(read.text) || looksLikeServerlessService(file, read.text);
  return read.preview === void 0 || looksLikeTemplate(read.preview);
}
function accountedFiles(side) {
  const out = new Set(side.lockfiles ?? []);
  for (const service of side.model?.services ?? []) for (const f of service.files) out.add(f);
  for (const d of side.diagnostics)
    if (d.severity === "error" || d.code === OUT_OF_SCOPE_CODE) out.add(d.file);
  return out;
}

// src/units/coverage.ts
function coverageText(c) {
  const units = c.total === 1 ? "unit" : "units";
  return `scanned ${c.scanned} of ${c.total} ${units} affected by this change (${c.changedFiles} changed file${c.changedFiles === 1 ? "" : "s"}); run the audit for the rest`;
}

// src/units/changes.ts
async function changedPaths(base, head) {
  return (await changedContent(base, head)).changed;
}
async function changedContent(base, head) {
  const [baseIds, headIds] = await Promise.all([idsOf(base), idsOf(head)]);
  const ids = { base: baseIds.id, head: headIds.id };
  return { changed: differing(baseIds, headIds), ids };
}
function differing(baseIds, headIds) {
  const changed = /* @__PURE__ */ new Set();
  const [b, h] = [baseIds.listed, headIds.listed];
  if (sorted(b) && sorted(h)) {
    let i = 0;
    let j = 0;
    while (i < b.length || j < h.length) {
      const [inBase, inHead] = [b[i], h[j]];
      if (inHead === void 0 || inBase !== void 0 && inBase < inHead) {
        changed.add(inBase);
        i++;
      } else if (inBase === void 0 || inHead < inBase) {
        changed.add(inHead);
        j++;
      } else {
        if (baseIds.id(inBase) !== headIds.id(inHead)) changed.add(inHead);
        i++;
        j++;
      }
    }
    return changed;
  }
  const baseMap = new Map(b.map((path) => [path, baseIds.id(path)]));
  const headListed = new Set(h);
  for (const path of h) if (baseMap.get(path) !== headIds.id(path)) changed.add(path);
  for (const path of b) if (!headListed.has(path)) changed.add(path);
  return changed;
}
async function idsOf(source) {
  const [listed, known] = await Promise.all([source.list(), source.blobIds?.()]);
  const computed = /* @__PURE__ */ new Map();
  for (let i = 0; i < listed.length; i++) {
    const path = listed[i];
    if (!known?.has(path)) computed.set(path, await contentId(source, path, known));
  }
  return { listed, id: (path) => known?.get(path) ?? computed.get(path) };
}
function sorted(paths) {
  for (let i = 1; i < paths.length; i++)
    if (paths[i - 1] >= paths[i]) return false;
  return true;
}

// src/units/index.ts
import { posix } from "node:path";

// src/units/references.ts
function eachMatch(pattern, text, found) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found(m[1] ?? "");
}
var ESCAPED_CHARACTER = /\\(?:\/|u00([2-7][0-9a-fA-F])|x([2-7][0-9a-fA-F]))/g;
function unescaped(text) {
  if (!text.includes("\\")) return text;
  return text.replace(ESCAPED_CHARACTER, (_, u, x) => {
    const hex = u ?? x;
    return hex === void 0 ? "/" : String.fromCharCode(parseInt(hex, 16));
  });
}
var FILE_INCLUDE = /\$\{\s*file\(([^)]*)\)/g;
function serverlessIncludes(raw, serviceDir, file) {
  const text = unescaped(raw);
  const paths = /* @__PURE__ */ new Set();
  let unknown = /\$\{\s*\$\{/.test(text);
  eachMatch(FILE_INCLUDE, text, (group) => {
    const written = group.trim();
    if (written.includes("$")) {
      unknown = true;
      return;
    }
    const fileDir = dirOf(file);
    for (const dir of fileDir === serviceDir ? [serviceDir] : [serviceDir, fileDir]) {
      const path = repositoryPath(dir, written);
      if (path) paths.add(path);
    }
  });
  return { paths: [...paths], unknown };
}
var PATH_LIKE = /(?:^|[\s"'`:[,(=])((?:\.{1,2}\/)?[\w@+~-][\w.@+~/-]*\.(?:ya?ml|json|template|toml|txt))(?=$|[\s"'`,\])}])/gm;
var PATH_EXTENSION = /\.(?:ya?ml|json|template|toml|txt)/;
var NESTED_LOCATION = /\b(?:TemplateURL|Location)["']?[ \t]*:[ \t]*["']?([^\s"'#,{}[\]!]+)/g;
function templateReferences(raw, file) {
  const text = unescaped(raw);
  const dir = dirOf(file);
  const out = new Set(SAMCONFIG_NAMES.map((name) => dir === "" ? name : `${dir}/${name}`));
  eachMatch(NESTED_LOCATION, text, (written) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return;
    const path = resolveInRepo(dir, written);
    if (path) out.add(path);
  });
  if (!PATH_EXTENSION.test(text)) return [...out];
  eachMatch(PATH_LIKE, text, (written) => {
    const path = resolveInRepo(dir, written);
    if (path) out.add(path);
  });
  return [...out];
}
var CODE_URI = /\b(?:CodeUri|ContentUri)["']?\s*:\s*["']?([^\s"'#,{}[\]]+)/g;
function codeFolders(text, file) {
  const out = /* @__PURE__ */ new Set();
  eachMatch(CODE_URI, unescaped(text), (written) => {
    if (isUrl(written)) return;
    const path = resolveInRepo(dirOf(file), written.replace(/\/+$/, "") || ".");
    if (path !== void 0) out.add(path === "." ? "" : path);
  });
  return [...out];
}
var MODULE_SOURCE = /\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g;
var JSON_MODULE_SOURCE = /"source"\s*:\s*"(\.{1,2}\/[^"]*)"/g;
function terraformModules(text, dir) {
  const out = /* @__PURE__ */ new Set();
  for (const re of [MODULE_SOURCE, JSON_MODULE_SOURCE])
    eachMatch(re, unescaped(text), (written) => {
      const path = resolveInRepo(dir, written.replace(/\/+$/, "") || ".");
      if (path !== void 0) out.add(path === "." ? "" : path);
    });
  return [...out];
}
var FILE_CALL = /\b(file\(\s*"[^"\n]*"\s*\))/g;
var TEMPLATE_CALL = /\b(templatefile\(\s*"[^"\n]*"\s*,)/g;
function terraformFileReads(text, dir) {
  const out = /* @__PURE__ */ new Set();
  if (!text.includes("file(")) return [];
  eachMatch(FILE_CALL, text, (call) => {
    const path = policyFilePath(call, dir);
    if (path !== void 0) out.add(path);
  });
  eachMatch(TEMPLATE_CALL, text, (call) => {
    const path = templateFilePath(call, dir);
    if (path !== void 0) out.add(path);
  });
  return [...out];
}

// src/units/index.ts
var LOCKFILE_SIBLINGS = [
  "package.json",
  "composer.json",
  "pyproject.toml",
  "Pipfile",
  "npm-shrinkwrap.json"
];
var BUN_LOCKFILE_PAIR = /* @__PURE__ */ new Map([
  ["bun.lock", "bun.lockb"],
  ["bun.lockb", "bun.lock"]
]);
var MAX_INCLUDES = 200;
async function indexUnits(source) {
  const files = await source.list();
  const { templates, terraform } = discoverIac(files);
  const text = onceEach(textReader(source));
  for (const file of templates) void text(file);
  for (const tf of terraform.values()) for (const file of tf) void text(file);
  await batchSent();
  const candidates = new Set(templates);
  const texts = await Promise.all(templates.map((file) => text(file)));
  const isService = templates.map((file, i) => isServiceFile(file, texts[i]));
  const [templateUnits, services, folders, lockfiles] = await Promise.all([
    templates.map((file, i) => isService[i] ? void 0 : templateOf(file, texts[i])),
    Promise.all(
      templates.filter((_, i) => isService[i]).map((f) => serverlessUnit(f, text, candidates))
    ),
    terraformUnits(terraform, files, text),
    Promise.all(selectLockfiles(files).map((lockfile) => lockfileUnit(lockfile, text)))
  ]);
  const units = [
    ...templateUnits.flatMap((t) => t?.unit ?? []),
    ...services,
    ...folders,
    ...lockfiles
  ];
  const templateLike = new Set(templates.filter((_, i) => isService[i] || templateUnits[i]));
  const links = await source.links?.() ?? /* @__PURE__ */ new Map();
  if (links.size > 0) for (const u of units) addLinkedFiles(u, links, files);
  const included = new Set(units.flatMap((u) => [...u.includes]));
  return {
    units: units.filter((u) => u.kind !== "template" || !included.has(u.root)),
    candidates,
    templates: templateLike
  };
}
function isServiceFile(file, t) {
  return isServerlessFile(file) || typeof t === "string" && looksLikeServerlessService(file, t);
}
function templateOf(file, t) {
  if (t === void 0) return void 0;
  if (t === UNREADABLE) return { unit: { ...unit("template", file, dirOf(file)), unknown: true } };
  return looksLikeTemplate(t) ? { unit: templateUnit(file, t) } : void 0;
}
async function terraformUnits(terraform, files, text) {
  for (const tf of terraform.values()) for (const file of tf) void text(file);
  const installed = await installedModuleFolders(terraform, files, async (path) => {
    const body = await text(path);
    return typeof body === "string" ? body : void 0;
  });
  const folders = new Map([...terraform, ...installed.folders.map((f) => [f.dir, f.files])]);
  return Promise.all([...folders.keys()].map((dir) => terraformUnit(dir, folders, text)));
}
function addLinkedFiles(u, links, listed) {
  const read = [
    ...u.files,
    ...listed.filter((f) => u.folders.has(dirOf(f)) || [...u.trees].some((t) => within(f, t)))
  ];
  for (const file of read) for (const path of walkLinks(file, links).reads) u.files.add(path);
  for (const tree of [...u.trees]) {
    const walk = walkLinks(tree, links);
    walk.through.forEach((link) => u.files.add(link));
    if (walk.path !== void 0) u.trees.add(walk.path);
  }
}
function within(path, folder) {
  return folder === "" || path.startsWith(`${folder}/`);
}
var batchSent = () => new Promise((resolve) => setImmediate(resolve));
var UNREADABLE = /* @__PURE__ */ Symbol("unreadable");
var LASTING = /* @__PURE__ */ new Set(["not-found", "file-too-large", "invalid-encoding", "outside-root"]);
function textReader(source) {
  return async (path) => {
    const r = await source.read(path);
    if ("text" in r) return r.text;
    return LASTING.has(r.diagnostic.code ?? "") ? void 0 : UNREADABLE;
  };
}
function onceEach(text) {
  const reads2 = /* @__PURE__ */ new Map();
  return (path) => {
    let read = reads2.get(path);
    if (!read) {
      reads2.set(path, read = text(path));
      read.catch(() => void 0);
    }
    return read;
  };
}
function unit(kind, root, dir) {
  return {
    kind,
    root,
    dir,
    files: /* @__PURE__ */ new Set([root]),
    folders: /* @__PURE__ */ new Set(),
    trees: /* @__PURE__ */ new Set(),
    unknown: false,
    includes: /* @__PURE__ */ new Set()
  };
}
function templateUnit(file, text) {
  const u = unit("template", file, dirOf(file));
  for (const path of templateReferences(text, file)) u.files.add(path);
  for (const path of codeFolders(text, file)) u.trees.add(path);
  return u;
}
async function serverlessUnit(file, text, candidates) {
  const u = unit("serverless", file, dirOf(file));
  const pending = [file];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    if (u.files.size > MAX_INCLUDES) {
      u.unknown = true;
      break;
    }
    const body = await text(next);
    if (body === UNREADABLE) u.unknown = true;
    if (typeof body !== "string") continue;
    const found = serverlessIncludes(body, u.dir, next);
    u.unknown ||= found.unknown;
    for (const path of found.paths) {
      if (u.files.has(path)) continue;
      u.files.add(path);
      if (candidates.has(path)) u.includes.add(path);
      if (includeKind(path) === "document") pending.push(path);
    }
  }
  return u;
}
async function terraformUnit(dir, tfFiles, text) {
  const u = unit("terraform", dir, dir);
  u.trees.add(dir === "" ? INSTALLED_MODULES : `${dir}/${INSTALLED_MODULES}`);
  const pending = [dir];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    if (u.folders.has(next)) continue;
    u.folders.add(next);
    for (const file of tfFiles.get(next) ?? []) {
      const body = await text(file);
      if (body === UNREADABLE) u.unknown = true;
      if (typeof body !== "string") continue;
      pending.push(...terraformModules(body, next));
      for (const path of terraformFileReads(body, next)) u.files.add(path);
    }
  }
  return u;
}
async function lockfileUnit(file, text) {
  const dir = dirOf(file);
  const u = unit("lockfile", file, dir);
  const pair = BUN_LOCKFILE_PAIR.get(posix.basename(file));
  for (const name of pair ? [...LOCKFILE_SIBLINGS, pair] : LOCKFILE_SIBLINGS)
    u.files.add(dir === "" ? name : `${dir}/${name}`);
  if (!/\.(txt|in)$/.test(posix.basename(file))) return u;
  const pending = [file];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    if (u.files.size > MAX_INCLUDES) {
      u.unknown = true;
      break;
    }
    const body = await text(next);
    if (body === UNREADABLE) u.unknown = true;
    if (typeof body !== "string") continue;
    for (const path of includedFiles(body, next))
      if (!u.files.has(path)) {
        u.files.add(path);
        pending.push(path);
      }
  }
  return u;
}

// src/units/affected.ts
async function affectedBy(changed, index, otherSide, otherCandidates) {
  const selection = { templates: /* @__PURE__ */ new Set(), terraform: /* @__PURE__ */ new Set(), units: [] };
  const { templates, terraform } = discoverIac([...changed]);
  templates.forEach((t) => selection.templates.add(t));
  for (const dir of terraform.keys()) selection.terraform.add(dir);
  const above = folderTest(changed);
  const chosen = new Set(index.units.filter((u) => reads(u, changed, above)));
  const candidates = /* @__PURE__ */ new Set([...index.candidates, ...otherCandidates]);
  const followed = /* @__PURE__ */ new Set();
  const mayBeTemplate = (t) => changed.has(t) || index.templates.has(t);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of [...chosen]) add(selection, u, mayBeTemplate);
    const roots = [...selection.templates].filter((t) => isServerlessFile(t) && !followed.has(t));
    roots.forEach((root) => followed.add(root));
    const others = await Promise.all(roots.map((r) => serverlessUnit(r, otherSide, candidates)));
    for (const other of others) {
      for (const t of other.includes) if (mayBeTemplate(t)) selection.templates.add(t);
      if (resolvesDifferently(other, changed))
        index.templates.forEach((t) => selection.templates.add(t));
    }
    for (const u of chosen)
      if (u.kind === "serverless" && resolvesDifferently(u, changed))
        index.templates.forEach((t) => selection.templates.add(t));
    for (const u of index.units) {
      if (chosen.has(u) || !tiedTo(u, selection, chosen)) continue;
      chosen.add(u);
      grew = true;
    }
  }
  selection.units = index.units.filter((u) => chosen.has(u));
  return selection;
}
function resolvesDifferently(u, changed) {
  return u.unknown && [...changed].some((path) => u.files.has(path));
}
function reads(u, changed, changedAbove) {
  if (u.unknown && changed.size > 0) return true;
  for (const path of changed) {
    if (u.files.has(path) || u.folders.has(dirOf(path))) return true;
    for (const tree of u.trees) if (within2(path, tree)) return true;
  }
  for (const file of u.files) if (changedAbove(file)) return true;
  return false;
}
function folderTest(changed) {
  if (changed.size <= 32) {
    const folders = [...changed].map((path) => `${path}/`);
    return (file) => folders.some((folder) => file.startsWith(folder));
  }
  return (file) => {
    for (let slash = file.indexOf("/"); slash > 0; slash = file.indexOf("/", slash + 1))
      if (changed.has(file.slice(0, slash))) return true;
    return false;
  };
}
function add(selection, u, mayBeTemplate) {
  if (u.kind === "terraform") selection.terraform.add(u.root);
  else if (u.kind !== "lockfile") selection.templates.add(u.root);
  if (u.kind !== "serverless") return;
  for (const t of u.includes) if (mayBeTemplate(t)) selection.templates.add(t);
}
function tiedTo(u, selection, chosen) {
  if (u.kind === "serverless" && [...u.includes].some((t) => selection.templates.has(t))) return true;
  if (u.kind === "terraform") return selection.terraform.has(u.root) || nearLockfile(u, chosen);
  if (u.kind === "lockfile") return false;
  return selection.templates.has(u.root) || nearLockfile(u, chosen);
}
function nearLockfile(u, chosen) {
  return [...chosen].some((l) => l.kind === "lockfile" && within2(u.dir, l.dir));
}
function within2(dir, parent) {
  return parent === "" || dir === parent || dir.startsWith(`${parent}/`);
}

// src/units/scope.ts
async function scopeToChange(base, head, global, known = {}) {
  const [index, changed] = await Promise.all([
    indexUnits(head),
    (known.changed ? Promise.resolve(known.changed) : changedPaths(base, head)).then((changed2) => {
      prefetchChanged(base, changed2);
      return changed2;
    })
  ]);
  if (global.some((path) => changed.has(path))) return void 0;
  const selection = await affectedBy(
    changed,
    index,
    textReader(base),
    new Set(discoverIac([...changed]).templates)
  );
  return {
    base: narrowed(base, selection),
    head: narrowed(head, selection),
    lockfiles: /* @__PURE__ */ new Set([
      ...selection.units.filter((u) => u.kind === "lockfile").map((u) => u.root),
      // A lockfile the head removed is a unit of the base alone.
      ...selectLockfiles([...changed])
    ]),
    coverage: {
      scanned: selection.units.length,
      total: index.units.length,
      changedFiles: await movedOnce(changed, base, head, known.renames ?? NO_RENAMES)
    }
  };
}
async function movedOnce(changed, base, head, renames) {
  if (renames.files.size === 0) return changed.size;
  const [onBase, onHead] = await Promise.all([base.list(), head.list()]);
  const headChanged = new Set(onHead.filter((path) => changed.has(path)));
  const claimed = /* @__PURE__ */ new Set();
  let removed = 0;
  for (const path of onBase) {
    if (!changed.has(path)) continue;
    const now = renames.toHead(path);
    if (headChanged.has(now) && !claimed.has(now)) claimed.add(now);
    else removed++;
  }
  return headChanged.size + removed;
}
function prefetchChanged(base, changed) {
  const { templates, terraform } = discoverIac([...changed]);
  for (const path of [...templates, ...[...terraform.values()].flat()])
    base.read(path).catch(() => void 0);
}
function narrowed(source, selection) {
  let listing;
  const keep = (files) => {
    const { templates, terraform } = discoverIac(files);
    const left = /* @__PURE__ */ new Set([
      ...templates.filter((t) => !selection.templates.has(t)),
      ...[...terraform].filter(([dir]) => !selection.terraform.has(dir)).flatMap(([, tf]) => tf)
    ]);
    return withoutIacFiles(files, left);
  };
  return wrappedSource(source, {
    list: () => listing ??= source.list().then(keep),
    read: (path) => source.read(path)
  });
}

// src/core/logger.ts
var silentLogger = { info() {
}, warning() {
}, debug() {
} };

// src/core/scan.ts
async function runScan(input) {
  const log = input.logger ?? silentLogger;
  const now = input.now ?? /* @__PURE__ */ new Date();
  const iac = input.settings.scanners.includes("iac");
  const scope = (s) => filteredSource(s, input.config.paths, input.settings["exclude-paths"]);
  const sides = { base: input.base && scope(input.base), head: scope(input.head) };
  const change = await changeOf(input, sides);
  const renames = change.renames ?? NO_RENAMES;
  const scoped = await narrowToChange(input, sides.base, sides.head, change);
  const baseSource = scoped.base;
  const head = await evaluateSide(scoped.head, input.config, now, iac, input.workers);
  log.info(
    `${input.head.label}: ${head.model.services.length} services, ${head.findings.length} findings`
  );
  const baseConfig = { ...input.config, ignore: (input.baseConfig ?? input.config).ignore };
  const base = baseSource && await evaluateSide(baseSource, baseConfig, now, iac, input.workers);
  if (base)
    log.info(
      `${base.source.label}: ${base.model.services.length} services, ${base.findings.length} findings`
    );
  const deps = await dependencies(input, head, baseSource, now, scoped, base);
  if (!base) {
    const paths2 = await attackPaths(input, iac, pathsSide(head, input.config, now), void 0, deps);
    const findings2 = foldIntoPaths([
      ...head.findings.map((f) => ({ ...f, status: "present" })),
      ...deps.findings,
      ...paths2.findings
    ]);
    const errors2 = [
      ...head.errors,
      ...iac ? errorDiagnostics(head.model.diagnostics) : [],
      ...deps.errors,
      ...await unchecked(input, head, deps),
      ...paths2.errors
    ];
    const out = result("full", input, findings2, [], head, void 0, errors2, deps.notes);
    return { ...out, undecided: [...out.undecided, ...paths2.undecided] };
  }
  const iacDiff = iac ? await (await iacStage()).diffSides(input.config, base, head, now, renames) : { findings: [], errors: [], changes: [] };
  const paths = await attackPaths(
    input,
    iac,
    pathsSide(head, input.config, now),
    pathsSide(base, baseConfig, now),
    deps,
    renames
  );
  const errors = [
    ...head.errors,
    ...base.errors,
    ...iacDiff.errors,
    ...deps.errors,
    ...await unchecked(input, head, deps, base),
    ...paths.errors
  ];
  const unfolded = [...iacDiff.findings, ...deps.findings, ...paths.findings];
  const findings = foldIntoPaths(unfolded);
  const scanned = result("diff", input, findings, iacDiff.changes, head, base, errors, deps.notes);
  const reviewed = input.baseConfig;
  const edits = reviewed ? await import("./chunk-XLNMTGXL.js").then(
    (m) => m.configEdits({
      base: reviewed,
      proposed: input.proposedConfig ?? input.config,
      applied: input.config,
      // Counted before the parts of a path fold into it: each finding the edit would hide.
      findings: unfolded,
      gating: scanned.gating,
      errors,
      head: head.source,
      configPath: input.configPath ?? ".serverless-gate.yml"
    })
  ) : [];
  return {
    ...scanned,
    undecided: [...scanned.undecided, ...paths.undecided],
    notes: [...scanned.notes, ...edits],
    ...scoped.coverage ? { coverage: scoped.coverage } : {},
    ...renames.files.size > 0 ? { moved: renames.files } : {}
  };
}
async function changeOf(input, sides) {
  if (!sides.base) return {};
  const { changed, ids } = await changedContent(sides.base, sides.head);
  const found = await sameContentRenames(sides.base, sides.head, changed, ids);
  const [base, head] = await Promise.all([sides.base.list(), sides.head.list()]);
  const renames = renamesBetween(withoutClashes(found, input.renamed ?? /* @__PURE__ */ new Map()), base, head);
  if (renames.files.size > 0)
    input.logger?.info(`${renames.files.size} moved file(s) compared with the base where they were`);
  return { changed, renames };
}
function withoutClashes(first, others) {
  const out = new Map(first);
  const targets = new Set(first.values());
  for (const [from, to] of others)
    if (!out.has(from) && !targets.has(to)) {
      out.set(from, to);
      targets.add(to);
    }
  return out;
}
async function narrowToChange(input, base, head, change) {
  const whole = { base, head };
  if (!base || input.settings["pr-scope"] === "full") return whole;
  if (JSON.stringify(input.baseConfig ?? input.config) !== JSON.stringify(input.config))
    return whole;
  const scoped = await scopeToChange(
    base,
    head,
    [input.configPath ?? ".serverless-gate.yml"],
    change
  );
  if (scoped) input.logger?.info(coverageText(scoped.coverage));
  return scoped ? { ...scoped, whole: { base, head } } : whole;
}
function attackPaths(i, iac, head, base, deps, renames) {
  const osv = { source: i.osv, config: i.config.vulnerabilities, now: i.now ?? /* @__PURE__ */ new Date() };
  return attackPathPart(iac ? head : void 0, base, deps?.scan, osv, renames);
}
function pathsSide(side, config, now) {
  const options = suppressionOptions(config, side.model, side.source, now);
  return { model: side.model, config, suppress: (fs) => applySuppressions(fs, options) };
}
async function evaluateSide(source, config, now, iac, workers) {
  if (!await holdsIac(source)) {
    const model = { root: source.label, services: [], diagnostics: [] };
    return { source, model, findings: [], undecided: [], errors: [] };
  }
  return (await iacStage()).evaluateSide(source, config, now, iac, workers);
}
var stage;
var iacStage = () => stage ??= import("./chunk-CAYPGJG3.js");
async function holdsIac(source) {
  const files = await source.list();
  const { templates, terraform } = discoverIac(files);
  return templates.length > 0 || terraform.size > 0 || serverlessCodeFiles(files).length > 0;
}
async function dependencies(input, headSide, base, now, narrowed2, baseSide) {
  if (!input.settings.scanners.includes("deps"))
    return { findings: [], errors: [], notes: [], diagnostics: [] };
  const { source: head, model } = headSide;
  const configPath = input.configPath ?? ".serverless-gate.yml";
  const { scanDependencies } = await import("./chunk-VW6OGW4U.js");
  const scan = await scanDependencies({
    head,
    base,
    osv: input.osv,
    config: input.config.vulnerabilities,
    model,
    now,
    configPath,
    ...narrowed2.lockfiles && narrowed2.whole ? {
      scope: {
        affected: narrowed2.lockfiles,
        ...narrowed2.whole,
        // Without the IaC scanner there are no attack paths to ship lockfiles to.
        models: input.settings.scanners.includes("iac") ? [model, ...baseSide ? [baseSide.model] : []] : []
      }
    } : {}
  });
  input.logger?.info(
    `dependencies: ${scan.checked} package(s) checked, ${scan.findings.length} vulnerable`
  );
  const suppressed = await applySuppressions(
    scan.findings,
    suppressionOptions(input.config, model, head, now)
  );
  const statusOf = new Map(scan.findings.map((f) => [f.fingerprint, f.status]));
  const lockfileErrors = scan.diagnostics.filter(
    (d) => d.severity === "error" && !scan.errors.includes(d)
  );
  return {
    findings: suppressed.map((f) => ({ ...f, status: statusOf.get(f.fingerprint) ?? "new" })),
    errors: [...scan.errors, ...lockfileErrors],
    notes: scan.notes,
    // Lockfiles a scoped pull request does not reach are left, as its coverage says.
    evaluated: [...scan.evaluated, ...scan.unreached],
    diagnostics: scan.diagnostics,
    scan
  };
}
function result(mode, input, findings, changes, head, base, errors, notes) {
  const unique = uniqueDiagnostics(errors);
  return {
    mode,
    settings: input.settings,
    ...decide(findings, unique, input.settings, mode === "diff"),
    findings,
    changes,
    diagnostics: {
      head: uniqueDiagnostics(head.model.diagnostics),
      base: uniqueDiagnostics(base?.model.diagnostics ?? [])
    },
    undecided: head.undecided,
    errors: unique,
    notes,
    models: { head: head.model, base: base?.model }
  };
}
function errorDiagnostics(ds) {
  return ds.filter((d) => d.severity === "error");
}
async function unchecked(input, head, deps, base) {
  const iac = input.settings.scanners.includes("iac");
  const headOutcome = {
    source: head.source,
    model: iac ? head.model : void 0,
    lockfiles: deps.evaluated,
    diagnostics: [...head.model.diagnostics, ...deps.diagnostics]
  };
  const found = await uncheckedFiles(headOutcome);
  if (base && iac)
    found.push(
      ...await uncheckedFiles({
        source: base.source,
        model: base.model,
        diagnostics: base.model.diagnostics
      })
    );
  return found;
}

// src/core/settings.ts
function resolveSettings(explicit, file, source = "input") {
  const given = Object.fromEntries(Object.entries(explicit).filter(([, v]) => v !== void 0));
  const fromFile = Object.fromEntries(
    Object.keys(GateSettingsSchema.shape).map((k) => [k, file[k]])
  );
  const result2 = GateSettingsSchema.safeParse({ ...fromFile, ...given });
  if (!result2.success) {
    const messages = describeIssues(result2.error.issues, () => []).map((i) => i.message);
    throw new ConfigError(`invalid ${source}: ${messages.join("; ")}`);
  }
  return result2.data;
}
function listInput(raw) {
  if (raw === void 0 || raw.trim() === "") return void 0;
  return raw.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

// src/report/markdown/escape.ts
function escapeMarkdown(text) {
  return oneLine(text).replace(/&/g, "&amp;").replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=[A-Za-z0-9-])/g, "@\u200B").replace(/(#|\bGH-)(?=\d)/gi, "$1\u200B");
}
function code(text) {
  const clean = oneLine(text).replace(/`/g, "\u02CB");
  return `\`${clean.length > 0 ? clean : " "}\``;
}
function messageToMarkdown(message) {
  return message.split(/(`[^`]*`)/).map(
    (part) => part.startsWith("`") && part.endsWith("`") && part.length >= 2 ? code(part.slice(1, -1)) : escapeMarkdown(part)
  ).join("");
}
function withoutUnfinishedSpan(text) {
  const start = text.lastIndexOf("\n") + 1;
  const line = text.slice(start);
  let open = -1;
  let end = line.length;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (open < 0 && c === "\\") {
      if (i === line.length - 1) end = i;
      i++;
    } else if (c === "`") open = open < 0 ? i : -1;
  }
  const kept = line.slice(0, open < 0 ? end : open);
  return text.slice(0, start) + kept.replace(/&[#A-Za-z0-9]*$/, "");
}

// src/report/rule-docs.ts
var DOCS_BASE = "https://github.com/serverless-gate/serverless-gate/blob/main/docs/rules.md";
function ruleDocsUrl(id) {
  return `${DOCS_BASE}#${id}`;
}

// src/report/markdown/sections.ts
var SEVERITY_ICON = {
  critical: "\u{1F7E5}",
  high: "\u{1F7E7}",
  medium: "\u{1F7E8}",
  low: "\u{1F7E6}",
  info: "\u2B1C"
};
function blobLinks(base) {
  const segment = (s) => encodeURIComponent(s).replace(
    /[()'!*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
  return (file, line) => `${base}/${file.split("/").map(segment).join("/")}#L${line}`;
}
function where(file, line, linkTo) {
  const text = code(`${file}:${line}`);
  const url = linkTo?.(file, line);
  return url ? `[${text}](${url})` : text;
}
function findingLine(f, linkTo) {
  const rule = `[${code(f.ruleId)}](${ruleDocsUrl(f.ruleId)})`;
  const also = (f.also ?? []).map((a) => `<br>\u21B3 ${code(a.ruleId)}: ${messageToMarkdown(a.message)}`).join("");
  const note = f.suppressionNote ? `<br>\u26A0\uFE0F ${messageToMarkdown(f.suppressionNote)}` : "";
  return `- ${SEVERITY_ICON[f.severity]} **${f.severity}** ${rule} ${messageToMarkdown(f.message)} (${where(f.location.file, f.location.line, linkTo)})${also}${note}`;
}
function suppressedLine(f, linkTo) {
  const s = f.suppressed;
  const added = s?.addedInPr ? " **(suppression added in this change)**" : "";
  const expires = s?.expires ? `, until ${escapeMarkdown(s.expires)}` : "";
  return `- ${code(f.ruleId)} ${messageToMarkdown(f.message)} (${where(f.location.file, f.location.line, linkTo)}): ${s?.source} suppression, \u201C${escapeMarkdown(s?.reason ?? "")}\u201D${expires}${added}`;
}
var REMOVALS = /* @__PURE__ */ new Set([
  "function-removed",
  "endpoint-removed",
  "permission-revoked"
]);
function changeLine(c, linkTo) {
  const at = REMOVALS.has(c.kind) ? `${where(c.location.file, c.location.line)} in the base` : where(c.location.file, c.location.line, linkTo);
  return `- ${messageToMarkdown(c.summary)} (${at})`;
}
function diagnosticLine(d) {
  return `- ${where(d.file, d.line)} ${d.severity}: ${messageToMarkdown(d.message)}`;
}
function severityTable(counts) {
  return [
    `| ${SEVERITIES.join(" | ")} |`,
    `|${SEVERITIES.map(() => "---").join("|")}|`,
    `| ${SEVERITIES.map((s) => counts[s] ?? 0).join(" | ")} |`
  ].join("\n");
}
function bySeverity(findings) {
  return [...findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line
  );
}

// src/report/markdown/paths.ts
function pathFindings(findings) {
  const paths = findings.filter((f) => f.path && !f.suppressed);
  return {
    open: bySeverity(paths.filter((f) => f.status === "new" || f.status === "present")),
    closed: bySeverity(paths.filter((f) => f.status === "fixed"))
  };
}
function attackPathsSection(findings, diff, linkTo) {
  const { open, closed } = pathFindings(findings);
  if (open.length === 0 && closed.length === 0) return [];
  const title = diff ? `Attack paths (${open.length} opened, ${closed.length} closed)` : `Attack paths (${open.length})`;
  return [
    "",
    `### ${title}`,
    "",
    ...open.slice(0, MAX_LISTED).flatMap((f) => [findingLine(f, linkTo), ...stepLines(f, linkTo)]),
    ...closed.slice(0, MAX_LISTED).map((f) => `- \u2705 closed: ${messageToMarkdown(f.message)}`),
    ...more(
      open.length + closed.length - Math.min(open.length, MAX_LISTED) - Math.min(closed.length, MAX_LISTED)
    ),
    "",
    "```mermaid",
    pathsFlowchart(open, closed),
    "```"
  ];
}
function stepLines(f, linkTo) {
  return (f.path?.steps ?? []).map(
    (s) => `  - ${s.kind}${f.path?.added === s.kind ? " (added by this change)" : ""}: ${messageToMarkdown(s.message)} (${where(s.location.file, s.location.line, linkTo)})`
  );
}
var MAX_LISTED = 30;
function more(n) {
  return n > 0 ? [`- \u2026 and ${n} more attack path(s) in the JSON and SARIF reports`] : [];
}
var MAX_DRAWN = 20;
function pathsFlowchart(open, closed) {
  const lines = ["flowchart LR"];
  const ids = /* @__PURE__ */ new Map();
  const node = (key, label, cls) => {
    let id = ids.get(key);
    if (!id) {
      id = `n${ids.size + 1}`;
      ids.set(key, id);
      lines.push(`  ${id}["${mermaidLabel(label)}"]:::${cls}`);
    }
    return id;
  };
  const draw = (path, state) => {
    const [entry, fn, ...rest] = path.steps;
    if (!entry || !fn) return;
    const from = node(`entry|${path.function}|${entry.label}`, entry.label, "entry");
    const to = node(`fn|${path.function}`, fn.label, "fn");
    const who = path.reach === "internet" ? "internet" : "any AWS account";
    lines.push(`  ${from} -->|${mermaidLabel(`${who}, ${state}`)}| ${to}`);
    for (const step of rest) {
      const part = node(`${step.kind}|${path.function}|${step.label}`, step.label, step.kind);
      lines.push(`  ${to} --> ${part}`);
    }
  };
  for (const f of open.slice(0, MAX_DRAWN)) if (f.path) draw(f.path, "opened");
  for (const f of closed.slice(0, MAX_DRAWN)) if (f.path) draw(f.path, "closed");
  lines.push(
    "  classDef entry fill:#fde2e1,stroke:#b42318",
    "  classDef fn fill:#eef2ff,stroke:#3538cd",
    "  classDef package fill:#fef0c7,stroke:#b54708",
    "  classDef grant fill:#f4ebff,stroke:#6941c6"
  );
  return lines.join("\n");
}
function mermaidLabel(text) {
  return [...clip(text, 60)].map((c) => /[A-Za-z0-9 ./:_*-]/.test(c) ? c : `#${c.codePointAt(0)};`).join("");
}

export {
  coverageText,
  runScan,
  escapeMarkdown,
  code,
  messageToMarkdown,
  withoutUnfinishedSpan,
  ruleDocsUrl,
  SEVERITY_ICON,
  blobLinks,
  findingLine,
  suppressedLine,
  changeLine,
  diagnosticLine,
  severityTable,
  bySeverity,
  resolveSettings,
  listInput,
  pathFindings,
  attackPathsSection
};
