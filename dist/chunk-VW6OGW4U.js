import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  readLockfiles
} from "./chunk-NXOYWNCA.js";
import {
  linkedLockfiles,
  serviceOf
} from "./chunk-OSVJ6EM3.js";
import {
  VULNERABLE_DEPENDENCY
} from "./chunk-IHI3M6UZ.js";
import {
  selectLockfiles
} from "./chunk-7R77QNO6.js";
import {
  fingerprintKey,
  fingerprintOf
} from "./chunk-CNIQ5CR7.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import {
  compareVersions,
  isOsvUnavailable,
  scanPackages
} from "./chunk-HWCTCYKZ.js";
import "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";

// src/deps/version-order.ts
var fallbackCompare = (_ecosystem, a, b) => {
  if (a === b) return 0;
  const [mainA, preA] = splitPre(a);
  const [mainB, preB] = splitPre(b);
  const main = compareTokens(tokens(mainA), tokens(mainB));
  if (main !== 0) return main;
  if (preA === void 0 || preB === void 0)
    return preA === preB ? 0 : preA === void 0 ? 1 : -1;
  return compareTokens(tokens(preA), tokens(preB));
};
function splitPre(version) {
  const bare = version.replace(/^[vV]/, "").replace(/\+.*$/, "");
  const dash = bare.indexOf("-");
  return dash === -1 ? [bare, void 0] : [bare.slice(0, dash), bare.slice(dash + 1)];
}
function tokens(text) {
  return (text.match(/\d+|[a-zA-Z]+/g) ?? []).map(
    (t) => /^\d/.test(t) ? Number(t) : t.toLowerCase()
  );
}
function compareTokens(a, b) {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === void 0) {
      if (y === 0) continue;
      return typeof y === "number" ? -1 : 1;
    }
    if (y === void 0) {
      if (x === 0) continue;
      return typeof x === "number" ? 1 : -1;
    }
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return 1;
    if (typeof y === "number") return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

// src/deps/diff.ts
function diffDependencies(base, head, options = {}) {
  const compare = options.compare ?? fallbackCompare;
  const unreadable = new Set(options.unreadableBase ?? []);
  const baseSet = base ?? /* @__PURE__ */ new Map();
  const paths = [.../* @__PURE__ */ new Set([...baseSet.keys(), ...head.keys()])].sort();
  const lockfiles = paths.map(
    (path) => diffLockfile(path, baseSet.get(path), head.get(path), unreadable.has(path), compare)
  );
  const known = /* @__PURE__ */ new Set();
  for (const refs of baseSet.values()) for (const ref of refs) known.add(identity(ref));
  const newInHead = [...head.values()].flatMap(
    (refs) => refs.filter((ref) => !known.has(identity(ref)))
  );
  return { baseReadable: base !== void 0, lockfiles, newInHead };
}
function diffLockfile(path, base, head, baseUnreadable, compare) {
  const out = {
    path,
    status: "unchanged",
    baseUnreadable,
    added: [],
    removed: [],
    upgraded: [],
    downgraded: []
  };
  if (base === void 0 || head === void 0) {
    out.status = base === void 0 ? "added" : "removed";
    if (base === void 0) out.added = [...head ?? []];
    else out.removed = [...base];
    return out;
  }
  const before = byPackage(base);
  const after = byPackage(head);
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    compareVersions2(before.get(key) ?? /* @__PURE__ */ new Map(), after.get(key) ?? /* @__PURE__ */ new Map(), out, compare);
  }
  const changed = out.added.length + out.removed.length + out.upgraded.length + out.downgraded.length;
  out.status = changed > 0 ? "modified" : "unchanged";
  return out;
}
function compareVersions2(before, after, out, compare) {
  const sample = [...after.values(), ...before.values()][0]?.[0];
  if (!sample) return;
  const order = (a, b) => compare(sample.ecosystem, a, b);
  const gone = [...before.keys()].filter((v) => !after.has(v)).sort(order);
  const come = [...after.keys()].filter((v) => !before.has(v)).sort(order);
  const pairs = Math.min(gone.length, come.length);
  for (let i = 0; i < pairs; i++) {
    const from = before.get(gone[i])[0];
    const direction = order(come[i], gone[i]);
    if (direction === 0) continue;
    const changes = direction > 0 ? out.upgraded : out.downgraded;
    for (const to of after.get(come[i]) ?? []) changes.push({ from, to });
  }
  for (const v of come.slice(pairs)) out.added.push(...after.get(v) ?? []);
  for (const v of gone.slice(pairs)) out.removed.push(...before.get(v) ?? []);
}
function byPackage(refs) {
  const out = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const key = `${ref.ecosystem}\0${comparableName(ref.ecosystem, ref.name)}`;
    const versions = out.get(key) ?? /* @__PURE__ */ new Map();
    versions.set(ref.version, [...versions.get(ref.version) ?? [], ref]);
    out.set(key, versions);
  }
  return out;
}
function identity(ref) {
  return `${ref.ecosystem}\0${comparableName(ref.ecosystem, ref.name)}\0${ref.version}`;
}
function comparableName(ecosystem, name) {
  return ecosystem === "NuGet" || ecosystem === "Packagist" ? name.toLowerCase() : name;
}

// src/core/deps-scope.ts
async function unaffectedLockfiles(scope, hasCandidates) {
  const listed = selectLockfiles(await scope.head.list());
  const paths = listed.filter((p) => !scope.affected.has(p));
  const unaffected = new Set(paths);
  if (hasCandidates) {
    const known = await readLockfiles(scope.head, unaffected);
    const shipped = await shippedBy(scope, unaffected, known);
    return { paths, known, shipped: subset(known, shipped) };
  }
  const read = emptyRead();
  await shippedBy(scope, unaffected, read);
  return { paths, known: read, shipped: read };
}
async function shippedBy(scope, unaffected, read) {
  const lists = await Promise.all([scope.head.list(), scope.base.list()]);
  const shipped = /* @__PURE__ */ new Set();
  for (; ; ) {
    const missing = /* @__PURE__ */ new Set();
    scope.models.forEach((model, i) => {
      const readable = selectLockfiles(lists[Math.min(i, 1)] ?? []).filter(
        (l) => !read.unreadable.includes(l)
      );
      for (const service of model.services)
        for (const fn of service.functions)
          for (const l of linkedLockfiles(service, fn, readable))
            if (unaffected.has(l)) {
              shipped.add(l);
              if (!read.packages.has(l) && !read.unreadable.includes(l)) missing.add(l);
            }
    });
    if (missing.size === 0) return shipped;
    merge(read, await readLockfiles(scope.head, missing));
  }
}
function emptyRead() {
  return { packages: /* @__PURE__ */ new Map(), diagnostics: [], unreadable: [] };
}
function merge(a, b) {
  for (const [path, packages] of b.packages) a.packages.set(path, packages);
  a.diagnostics.push(...b.diagnostics);
  a.unreadable.push(...b.unreadable);
  return a;
}
function subset(read, paths) {
  return {
    packages: new Map([...read.packages].filter(([p]) => paths.has(p))),
    diagnostics: read.diagnostics.filter((d) => paths.has(d.file)),
    unreadable: read.unreadable.filter((p) => paths.has(p))
  };
}
function withUnaffected(side, extra) {
  return {
    // In path order, as a read of every lockfile lists them.
    packages: new Map(
      [...side.packages, ...extra.packages].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    ),
    diagnostics: side.diagnostics,
    unreadable: [...side.unreadable]
  };
}

// src/core/deps.ts
async function scanDependencies(input) {
  const affected = input.scope?.affected;
  const head = await readLockfiles(input.head, affected);
  const evaluated = [...head.packages.keys()].filter((f) => !head.unreadable.includes(f));
  const base = input.base ? await readLockfiles(input.base, affected) : void 0;
  if (!input.scope || !base)
    return { ...await lookUp(input, head, base), evaluated, unreached: [] };
  const includeDev = input.config["include-dev"];
  const rest = await unaffectedLockfiles(
    input.scope,
    newPackages(head, base, includeDev).length > 0
  );
  const scan = await lookUp(input, head, base, rest);
  return { ...scan, evaluated, unreached: rest.paths };
}
async function lookUp(input, head, base, rest) {
  const errors = lockfileErrors(head, base);
  const known = base && rest ? withUnaffected(base, rest.known) : base;
  const packages = known ? newPackages(head, known, input.config["include-dev"]) : [...head.packages.values()].flat();
  const status = base ? "new" : "present";
  const readNotes = head.diagnostics.filter((d) => d.severity === "warning");
  const lockfiles = rest ? {
    head: withUnaffected(head, rest.shipped),
    base: base && withUnaffected(base, rest.shipped)
  } : { head, base };
  const read = { lockfiles, lookedUp: { packages: [], findings: [] } };
  if (packages.length === 0)
    return {
      findings: [],
      errors,
      diagnostics: head.diagnostics,
      notes: readNotes,
      checked: 0,
      ...read
    };
  if (!input.osv) {
    const missing = diagnostic(
      "(dependencies)",
      `${packages.length} package(s) to check, but no vulnerability database is configured`,
      "osv-unavailable"
    );
    return {
      findings: [],
      errors: [...errors, missing],
      diagnostics: head.diagnostics,
      notes: readNotes,
      checked: 0,
      ...read
    };
  }
  try {
    const result = await scanPackages(packages, input.osv, input.config, { now: input.now });
    const shipping = [...head.packages.keys(), ...rest?.paths ?? []];
    const findings = result.findings.map(
      (f) => toFinding(
        f,
        status,
        functionsShipping(input.model, f.location.file, shipping),
        serviceDir(input.model, f.location.file)
      )
    );
    return {
      findings,
      errors: [...errors, ...result.errors],
      diagnostics: head.diagnostics,
      notes: [...readNotes, ...ignoreNotes(input.configPath, result, base === void 0)],
      checked: packages.length,
      lockfiles,
      lookedUp: { packages, findings: result.findings }
    };
  } catch (err) {
    if (!isOsvUnavailable(err)) throw err;
    const message = `the vulnerability database could not be queried, so ${packages.length} package(s) were not checked: ${err.message}`;
    return {
      findings: [],
      errors: [...errors, diagnostic("(dependencies)", message, "osv-unavailable")],
      diagnostics: head.diagnostics,
      notes: readNotes,
      checked: 0,
      ...read
    };
  }
}
function ignoreNotes(configPath, result, wholeTree) {
  const expired = result.expiredIgnores.map(
    (e) => diagnostic(
      configPath,
      `vulnerabilities.ignore: ${e.entry.id} expired on ${e.entry.expires} and no longer applies (it would cover ${e.matched.join(", ")})`,
      "expired-ignore",
      {},
      "warning"
    )
  );
  const unused = wholeTree ? result.unusedIgnores.map(
    (e) => diagnostic(
      configPath,
      `vulnerabilities.ignore: ${e.id}${e.package ? ` (${e.package})` : ""} matched no vulnerability: remove it so the list does not rot`,
      "unused-ignore",
      {},
      "warning"
    )
  ) : [];
  return [...expired, ...unused];
}
function newPackages(head, base, includeDev) {
  const known = includeDev ? base.packages : withoutDevOnly(base.packages);
  const diff = diffDependencies(known, head.packages, {
    unreadableBase: base.unreadable,
    compare: (ecosystem, a, b) => compareVersions(ecosystem, a, b) ?? fallbackCompare(ecosystem, a, b)
  });
  return diff.newInHead;
}
function withoutDevOnly(lockfiles) {
  return new Map([...lockfiles].map(([path, refs]) => [path, refs.filter((r) => r.dev !== true)]));
}
function lockfileErrors(head, base) {
  const headErrors = head.diagnostics.filter((d) => d.severity === "error");
  const baseErrors = (base?.unreadable ?? []).filter((path) => head.packages.has(path) && !head.unreadable.includes(path)).map(
    (path) => diagnostic(
      path,
      "the base version of this lockfile cannot be read, so what the change adds cannot be told apart",
      "base-unreadable"
    )
  );
  return [...headErrors, ...baseErrors];
}
var LEVEL_TO_SEVERITY = {
  critical: "critical",
  high: "high",
  medium: "medium",
  low: "low",
  none: "info"
};
function serviceDir(model, lockfile) {
  const dir = serviceOf(
    lockfile,
    model.services.map((s) => s.dir)
  );
  return dir === void 0 ? void 0 : model.services.find((s) => s.dir === dir)?.id;
}
function toFinding(f, status, functions, service) {
  const worst = f.vulnerabilities.reduce(
    (a, v) => rank(v.effectiveLevel) < rank(a) ? v.effectiveLevel : a,
    "none"
  );
  const severity = LEVEL_TO_SEVERITY[worst] ?? "medium";
  const ids = f.vulnerabilities.map((v) => v.id);
  const pkg = f.package;
  const evidence = `${pkg.ecosystem}:${pkg.name}@${pkg.version}`;
  const key = fingerprintKey({
    ruleId: VULNERABLE_DEPENDENCY.id,
    file: f.location.file,
    service: f.location.file,
    resource: `${pkg.ecosystem}:${pkg.name}`,
    evidence: `${pkg.version} ${[...ids].sort().join(",")}`
  });
  return {
    ruleId: VULNERABLE_DEPENDENCY.id,
    title: VULNERABLE_DEPENDENCY.title,
    severity,
    message: `\`${pkg.name}\` ${pkg.version} has ${ids.length === 1 ? "a known vulnerability" : `${ids.length} known vulnerabilities`} (${ids.join(", ")}): ${f.advice}`,
    service: f.location.file,
    resource: `${pkg.ecosystem}:${pkg.name}`,
    evidence,
    location: f.location,
    fingerprint: fingerprintOf(key, 0),
    status,
    dependency: {
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      direct: pkg.direct,
      dev: pkg.dev,
      fixedIn: f.fix.fixedIn,
      advice: f.advice,
      vulnerabilities: f.vulnerabilities.map((v) => ({
        id: v.id,
        aliases: v.aliases,
        summary: v.summary,
        severity: v.effectiveLevel,
        score: v.severity.score,
        url: v.url,
        fixedIn: v.fix.fixedIn
      })),
      functions,
      ...service ? { service } : {}
    }
  };
}
function rank(level) {
  return ["critical", "high", "medium", "low", "none"].indexOf(level);
}
function functionsShipping(model, lockfile, lockfiles) {
  const out = [];
  for (const service of model.services) {
    for (const fn of service.functions) {
      if (linkedLockfiles(service, fn, lockfiles).includes(lockfile))
        out.push(`${service.id}#${fn.id}`);
    }
  }
  return out;
}
export {
  scanDependencies
};
