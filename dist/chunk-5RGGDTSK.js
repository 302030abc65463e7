import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  attackPathsSection,
  bySeverity,
  changeLine,
  coverageText,
  diagnosticLine,
  escapeMarkdown,
  findingLine,
  ruleDocsUrl,
  severityTable,
  suppressedLine
} from "./chunk-OJ7YZSUH.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-VCAYRNIZ.js";
import {
  ConfigError
} from "./chunk-7AT2U4C7.js";
import {
  withoutWorkflowCommands
} from "./chunk-75XDHQUK.js";
import {
  SAFE_GIT_ARGS
} from "./chunk-VUFPYZZL.js";
import {
  PREVIEW_BYTES,
  decodeText,
  previewText,
  tooLarge
} from "./chunk-ANGQG4QP.js";
import {
  DEFAULT_SOURCE_OPTIONS
} from "./chunk-7FSMGYCW.js";
import {
  treeListing
} from "./chunk-SVN3ZMTH.js";
import {
  confinePath,
  globMatcher,
  resolveInRepo
} from "./chunk-R3PD77ZX.js";
import {
  SEVERITIES
} from "./chunk-5U7EEZS5.js";
import {
  diagnostic,
  uniqueDiagnostics
} from "./chunk-X54H5DKA.js";

// src/sources/git.ts
import { spawn as spawn2 } from "node:child_process";
import { posix } from "node:path";

// src/sources/git-batch.ts
import { spawn } from "node:child_process";
var GitBlobReader = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  child;
  queue = [];
  /** Output received and not yet answered, kept as chunks until the next answer is complete. */
  chunks = [];
  received = 0;
  /** Bytes the next answer needs before it can be parsed (0: unknown yet). */
  needed = 0;
  /** Bytes still to drop of a blob larger than its read's limit. */
  skipping = 0;
  failure;
  /**
   * Names asked for by the work now running, written to git in one go as soon as it is done:
   * not at the next turn of the event loop, after whatever else is queued.
   */
  unsent = [];
  /** A blob's bytes by object name (`<commit>:<path>` or a blob id); undefined when missing. */
  async read(object) {
    const found = await this.object(object);
    return found?.type === "blob" ? found.bytes : void 0;
  }
  /**
   * A blob by name with its size, in one request: the content only when it holds at most `limit`
   * bytes (a larger one is dropped as it arrives, never held); undefined when missing.
   */
  async readUpTo(object, limit) {
    const found = await this.object(object, limit);
    return found?.type === "blob" ? found : void 0;
  }
  /** Any object by name (`<rev>^{commit}`, `<commit>^{tree}`, an id); undefined when missing. */
  object(object, limit = Infinity) {
    if (/[\n\0]/.test(object)) return Promise.resolve(void 0);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.process();
    return new Promise((resolve, reject) => {
      if (this.queue.push({ resolve, reject, limit }) === 1) this.setActive(true);
      if (this.unsent.push(object) === 1)
        queueMicrotask(() => child.stdin.write(`${this.unsent.splice(0).join("\n")}
`));
    });
  }
  /** Ends the process (reads afterwards start a new one). */
  close() {
    this.child?.stdin.end();
    this.child = void 0;
  }
  process() {
    if (this.child) return this.child;
    const child = spawn("git", [...SAFE_GIT_ARGS, "cat-file", "--batch"], {
      cwd: this.repo,
      stdio: ["pipe", "pipe", "pipe"]
    });
    child.stdout.on("data", (chunk) => this.receive(chunk));
    child.stderr.resume();
    const fail = (err) => this.fail(err);
    child.on("error", fail);
    child.stdin.on("error", fail);
    child.on("exit", (code) => {
      if (this.queue.length > 0) fail(new Error(`git cat-file exited with code ${code}`));
      if (this.child === child) this.child = void 0;
    });
    this.child = child;
    this.setActive(false);
    return child;
  }
  /**
   * Answers `<id> <type> <size>\n<bytes>\n` or `<name> missing\n`, as many as have arrived. A
   * large blob arrives in many chunks: they are joined once it is complete, not at every chunk.
   */
  receive(chunk) {
    const dropped = Math.min(this.skipping, chunk.length);
    this.skipping -= dropped;
    if (dropped === chunk.length) return;
    this.chunks.push(dropped > 0 ? chunk.subarray(dropped) : chunk);
    this.received += chunk.length - dropped;
    if (this.received < this.needed) return;
    const buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const at = this.answer(buffer);
    this.chunks = at < buffer.length ? [buffer.subarray(at)] : [];
    this.received = buffer.length - at;
  }
  /** Settles every complete answer at the start of `buffer`; returns where the rest starts. */
  answer(buffer) {
    let at = 0;
    this.needed = 0;
    for (; ; ) {
      const eol = buffer.indexOf(10, at);
      if (eol < 0) return at;
      const header = buffer.toString("latin1", at, eol);
      const m = /^(\S+) (\w+) (\d+)$/.exec(header);
      if (!m) {
        at = eol + 1;
        this.settle(void 0);
        continue;
      }
      const found = { id: m[1], type: m[2], size: Number(m[3]) };
      const end = eol + 1 + found.size + 1;
      if (found.size > (this.queue[0]?.limit ?? Infinity)) {
        at = Math.min(end, buffer.length);
        this.skipping = end - at;
        this.settle(found);
        continue;
      }
      if (buffer.length < end) {
        this.needed = end - at;
        return at;
      }
      const bytes2 = Buffer.from(buffer.subarray(eol + 1, eol + 1 + found.size));
      at = end;
      this.settle({ id: found.id, type: found.type, size: found.size, bytes: bytes2 });
    }
  }
  settle(object) {
    this.queue.shift()?.resolve(object);
    if (this.queue.length === 0) this.setActive(false);
  }
  fail(err) {
    this.failure = err;
    for (const p of this.queue.splice(0)) p.reject(err);
  }
  /** Keeps the program alive only while answers are awaited. */
  setActive(active) {
    const child = this.child;
    if (!child) return;
    const streams = [child.stdout, child.stderr, child.stdin];
    if (active) {
      child.ref();
      streams.forEach((s) => s.ref?.());
    } else {
      child.unref();
      streams.forEach((s) => s.unref?.());
    }
  }
};

// src/sources/git.ts
var SAFE = SAFE_GIT_ARGS;
var blobReaders = /* @__PURE__ */ new Map();
function blobReaderOf(repo) {
  let reader = blobReaders.get(repo);
  if (!reader) blobReaders.set(repo, reader = new GitBlobReader(repo));
  return reader;
}
var GitRevisionSource = class _GitRevisionSource {
  constructor(repo, commit, ref, options) {
    this.repo = repo;
    this.commit = commit;
    this.label = `${ref} (${commit.slice(0, 7)})`;
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options };
  }
  repo;
  commit;
  label;
  options;
  entries;
  /** The entries once listed: most reads need nothing else. */
  loaded;
  listing;
  /** Resolves `ref` to a commit of the repository at `repo`; an unknown revision is a usage error. */
  static async open(repo, ref, options = {}) {
    if (ref.startsWith("-")) throw new ConfigError(`not a git revision: ${ref}`);
    const commit = await blobReaderOf(repo).object(`${ref}^{commit}`).catch(() => void 0);
    if (commit?.type !== "commit") throw new ConfigError(`not a git revision of ${repo}: ${ref}`);
    return new _GitRevisionSource(repo, commit.id, ref, options);
  }
  /** A commit's files never change: listed once, each caller gets its own copy. */
  async list() {
    this.listing ??= this.tree().then(
      (tree) => treeListing([...tree.keys()], globMatcher(this.options.excludePaths), (path) => this.read(path))
    );
    return [...await this.listing];
  }
  /**
   * Path → entry of every regular file and symbolic link of the commit (submodules left out),
   * read from the tree objects, a level of folders at a time.
   */
  async tree() {
    this.entries ??= listTree(blobReaderOf(this.repo), this.commit).then((tree) => {
      this.loaded = tree;
      return tree;
    });
    return this.entries;
  }
  /** Link path → target as written, read from the links' blobs. */
  async links() {
    const tree = await this.tree();
    const linked = [];
    tree.forEach((entry, path) => {
      if (entry.link) linked.push([path, entry]);
    });
    const targets = await Promise.all(
      linked.map(([, entry]) => blobReaderOf(this.repo).read(entry.id))
    );
    return new Map(
      linked.map(([path], i) => [path, Buffer.from(targets[i] ?? []).toString("utf8")])
    );
  }
  /** Path → blob id: files with the same id on two sides are the same file. */
  async blobIds() {
    return new BlobIds(await this.tree());
  }
  async read(path) {
    const safe = confinePath(path);
    if (safe === void 0)
      return { diagnostic: diagnostic(path, "path is outside the repository", "outside-root") };
    const entry = (this.loaded ?? await this.tree()).get(safe);
    const target = entry && !entry.link ? { path: safe, entry } : await this.followLinks(safe);
    if ("diagnostic" in target) return target;
    const limit = this.options.maxFileBytes;
    const blob = await blobReaderOf(this.repo).readUpTo(target.entry.id, limit);
    if (!blob)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, "not-found") };
    if (!blob.bytes) {
      const preview = previewText(await this.blobStart(target.path));
      return { ...tooLarge(safe, blob.size, limit), preview };
    }
    return decodeText(safe, blob.bytes, limit);
  }
  /**
   * A symbolic link is read as its target when that is a file of the same commit: on both sides
   * of a pull request alike, as a checkout would. One that leaves the repository, or leads
   * nowhere, is an error located at the link.
   */
  async followLinks(path) {
    const tree = await this.tree();
    let current = path;
    let written = "";
    for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
      const entry = tree.get(current);
      if (entry === void 0) {
        const why2 = current === path ? `file not found in ${this.label}` : `symbolic link to ${written}, which is not a file of this commit: not read`;
        return { diagnostic: diagnostic(path, why2, current === path ? "not-found" : "broken-link") };
      }
      if (!entry.link) return { path: current, entry };
      const bytes2 = await blobReaderOf(this.repo).read(entry.id);
      const target = Buffer.from(bytes2 ?? new Uint8Array()).toString("utf8");
      written = target;
      const next = resolveInRepo(posix.dirname(current), target);
      if (next === void 0) {
        const why2 = `symbolic link to ${target}, outside the repository: not read`;
        return { diagnostic: diagnostic(path, why2, "outside-root") };
      }
      current = next;
    }
    const why = `symbolic links nested more than ${MAX_LINK_HOPS} deep (a loop?): not read`;
    return { diagnostic: diagnostic(path, why, "broken-link") };
  }
  blob(path) {
    return `${this.commit}:${path}`;
  }
  /** The first bytes of a blob, without reading the rest. */
  blobStart(path) {
    return new Promise((resolve, reject) => {
      const child = spawn2("git", [...SAFE, "cat-file", "blob", this.blob(path)], {
        cwd: this.repo,
        stdio: ["ignore", "pipe", "ignore"]
      });
      const chunks = [];
      let length = 0;
      child.stdout.on("data", (chunk) => {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= PREVIEW_BYTES) child.kill();
      });
      child.on("error", reject);
      child.on("close", () => resolve(Buffer.concat(chunks).subarray(0, PREVIEW_BYTES)));
    });
  }
};
var BlobIds = class {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  get size() {
    return this.tree.size;
  }
  get(path) {
    return this.tree.get(path)?.id;
  }
  has(path) {
    return this.tree.has(path);
  }
  forEach(fn) {
    this.tree.forEach((entry, path) => fn(entry.id, path, this));
  }
  *entries() {
    for (const [path, entry] of this.tree) yield [path, entry.id];
  }
  keys() {
    return this.tree.keys();
  }
  *values() {
    for (const entry of this.tree.values()) yield entry.id;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
var LINK_MODE = "120000";
var MAX_LINK_HOPS = 40;
var FILE_MODES = /* @__PURE__ */ new Set(["100644", "100755", LINK_MODE]);
var TREE_MODE = "40000";
var treeCache = /* @__PURE__ */ new WeakMap();
function treeRecords(reader, name, idBytes) {
  let cache = treeCache.get(reader);
  if (!cache) treeCache.set(reader, cache = /* @__PURE__ */ new Map());
  let records = cache.get(name);
  if (!records) {
    records = reader.object(name).then((tree) => {
      if (tree?.type !== "tree" || !tree.bytes) throw new Error(`git tree ${name} not readable`);
      return treeEntries(tree.bytes, idBytes);
    });
    if (/^[0-9a-f]+$/.test(name)) cache.set(name, records);
  }
  return records;
}
async function listTree(reader, commit) {
  const idBytes = commit.length / 2;
  const cache = flatTreesOf(reader);
  const root = await treeRecords(reader, `${commit}^{tree}`, idBytes);
  const fetched = /* @__PURE__ */ new Map();
  let level = unlisted(root, "", cache);
  while (level.length > 0) {
    const trees = await Promise.all(level.map((t) => treeRecords(reader, t.id, idBytes)));
    const next = [];
    level.forEach((t, i) => {
      fetched.set(t.id, trees[i] ?? []);
      next.push(...unlisted(trees[i] ?? [], t.prefix, cache));
    });
    level = next;
  }
  const flat = flatten(root, "", fetched, cache);
  const entries = /* @__PURE__ */ new Map();
  for (let i = 0; i < flat.paths.length; i++)
    entries.set(flat.paths[i], flat.entries[i]);
  return entries;
}
var flatTrees = /* @__PURE__ */ new WeakMap();
function flatTreesOf(reader) {
  let cache = flatTrees.get(reader);
  if (!cache) flatTrees.set(reader, cache = /* @__PURE__ */ new Map());
  return cache;
}
function unlisted(records, prefix, cache) {
  const out = [];
  for (const e of records) {
    const at = `${prefix}${e.name}/`;
    if (e.mode === TREE_MODE && !cache.has(flatKey(e.id, at))) out.push({ id: e.id, prefix: at });
  }
  return out;
}
function flatKey(id, prefix) {
  return `${id}\0${prefix}`;
}
function flatten(records, prefix, trees, cache, id) {
  const key = id === void 0 ? void 0 : flatKey(id, prefix);
  const known = key === void 0 ? void 0 : cache.get(key);
  if (known) return known;
  const flat = { paths: [], entries: [] };
  for (const e of records) {
    const path = `${prefix}${e.name}`;
    if (e.mode === TREE_MODE) {
      const sub = flatten(trees.get(e.id) ?? [], `${path}/`, trees, cache, e.id);
      for (let i = 0; i < sub.paths.length; i++) {
        flat.paths.push(sub.paths[i]);
        flat.entries.push(sub.entries[i]);
      }
    } else if (e.entry) {
      flat.paths.push(path);
      flat.entries.push(e.entry);
    }
  }
  if (key !== void 0) cache.set(key, flat);
  return flat;
}
function treeEntries(bytes2, idBytes) {
  const out = [];
  for (let at = 0; at < bytes2.length; ) {
    const space = bytes2.indexOf(32, at);
    const nul = space < 0 ? -1 : bytes2.indexOf(0, space);
    if (nul < 0) throw new Error("malformed git tree");
    const mode = bytes2.toString("latin1", at, space);
    const id = bytes2.toString("hex", nul + 1, nul + 1 + idBytes);
    const entry = FILE_MODES.has(mode) ? { link: mode === LINK_MODE, id } : void 0;
    out.push({
      mode,
      name: bytes2.toString("utf8", space + 1, nul),
      id,
      ...entry ? { entry } : {}
    });
    at = nul + 1 + idBytes;
  }
  return out;
}

// src/report/json.ts
function toJsonReport(result) {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: result.mode,
    result: result.decision,
    reasons: result.reasons,
    settings: {
      "fail-on-severity": result.settings["fail-on-severity"],
      "gate-on": result.settings["gate-on"],
      scanners: result.settings.scanners,
      "pr-scope": result.settings["pr-scope"]
    },
    ...result.coverage ? { coverage: result.coverage } : {},
    counts: countsOf(result),
    findings: result.findings,
    changes: result.changes,
    diagnostics: result.diagnostics,
    errors: result.errors,
    notes: result.notes,
    undecided: result.undecided
  };
}
function countsOf(result) {
  const open = result.findings.filter((f) => f.status !== "fixed" && !f.suppressed);
  const bySeverity2 = Object.fromEntries(
    SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length])
  );
  return {
    findings: open.length,
    new: open.filter((f) => f.status === "new").length,
    unchanged: open.filter((f) => f.status === "unchanged").length,
    fixed: result.findings.filter((f) => f.status === "fixed").length,
    suppressed: result.findings.filter((f) => f.suppressed && f.status !== "fixed").length,
    gating: result.gating.length,
    bySeverity: bySeverity2
  };
}

// src/report/markdown/budget.ts
var MARGIN = 256;
function renderWithinBudget(head, sections, budget) {
  const kept = budget ? share(head, sections, budget) : sections.map((s) => s.items.length);
  const lines = [...head];
  let dropped = 0;
  sections.forEach((s, i) => {
    const n = kept[i];
    if (n < 0) {
      dropped += s.items.length;
      return;
    }
    lines.push(...s.open, ...s.items.slice(0, n));
    if (n < s.items.length) lines.push(notice(s.items.length - n, budget?.hint));
    lines.push(...s.close);
  });
  if (dropped > 0) lines.push("", notice(dropped, budget?.hint));
  return [...lines, ""].join("\n");
}
function share(head, sections, budget) {
  const minimum = sections.map(
    (s) => s.items.length === 0 ? 0 : size(s.open) + size(s.close) + bytes(notice(s.items.length, budget.hint)) + 1
  );
  let left = budget.maxBytes - size(head) - MARGIN;
  const kept = sections.map(() => -1);
  const order = sections.map((_, i) => i).sort(
    (a, b) => sections[a].priority - sections[b].priority
  );
  order.forEach((index, rank) => {
    const s = sections[index];
    const reserved = order.slice(rank + 1).reduce((n2, j) => n2 + minimum[j], 0);
    const room = left - reserved;
    const frame = size(s.open) + size(s.close);
    const full = frame + size(s.items);
    if (full <= room) {
      kept[index] = s.items.length;
      left -= full;
      return;
    }
    if (minimum[index] > room) return;
    let used = frame + bytes(notice(s.items.length, budget.hint)) + 1;
    let n = 0;
    while (n < s.items.length && used + bytes(s.items[n]) + 1 <= room)
      used += bytes(s.items[n++]) + 1;
    kept[index] = n;
    left -= used;
  });
  return kept;
}
function notice(count, hint = "see the full report") {
  return `- \u2026 and ${count} more: ${hint}`;
}
function size(lines) {
  let n = 0;
  for (const l of lines) n += bytes(l) + 1;
  return n;
}
function bytes(line) {
  return Buffer.byteLength(line, "utf8");
}

// src/report/markdown/summary.ts
var JOB_SUMMARY_MAX_BYTES = 1e3 * 1024;
var HEADLINE = { pass: "\u2705 pass", fail: "\u274C fail", error: "\u26A0\uFE0F error" };
function renderSummary(result, opts = {}) {
  const counts = countsOf(result);
  const open = result.findings.filter((f) => f.status !== "fixed" && !f.suppressed);
  const primary = bySeverity(
    (result.mode === "diff" ? open.filter((f) => f.status === "new") : open).filter((f) => !f.path)
  );
  const head = [
    ...opts.marker ? [opts.marker] : [],
    `## serverless-gate: ${HEADLINE[result.decision]}`,
    "",
    result.reasons.map((r) => escapeMarkdown(r)).join("<br>"),
    ...result.coverage ? ["", `_${escapeMarkdown(coverageText(result.coverage))}_`] : [],
    "",
    severityTable(counts.bySeverity),
    ...attackPathsSection(result.findings, result.mode === "diff", opts.linkTo)
  ];
  const title = result.mode === "diff" ? `New findings (${primary.length})` : `Findings (${primary.length})`;
  const existing = result.mode === "diff" ? bySeverity(open.filter((f) => f.status === "unchanged")) : [];
  const sections = [
    section(
      0,
      `Could not be checked (${result.errors.length})`,
      uniqueDiagnostics(result.errors).map(diagnosticLine)
    ),
    section(
      1,
      title,
      primary.map((f) => findingLine(f, opts.linkTo))
    ),
    {
      priority: 5,
      open: ["", `<details><summary>Already on the base branch (${existing.length})</summary>`, ""],
      items: existing.map((f) => findingLine(f, opts.linkTo)),
      close: ["", "</details>"]
    },
    section(
      2,
      "What this change does to the attack surface",
      result.changes.map((c) => changeLine(c, opts.linkTo))
    ),
    section(
      4,
      `Fixed (${counts.fixed})`,
      bySeverity(result.findings.filter((f) => f.status === "fixed")).map((f) => findingLine(f))
    ),
    section(
      6,
      `Suppressed (${counts.suppressed})`,
      result.findings.filter((f) => f.suppressed && f.status !== "fixed").map((f) => suppressedLine(f, opts.linkTo))
    ),
    section(3, "Not scanned", notScanned(result).map(diagnosticLine)),
    section(7, "Notes", result.notes.map(diagnosticLine))
  ].filter((s) => s.items.length > 0);
  const budget = opts.maxLength === void 0 ? void 0 : {
    maxBytes: opts.maxLength,
    hint: escapeMarkdown(opts.fullReportHint ?? "see the full report")
  };
  const body = withoutWorkflowCommands(renderWithinBudget(head, sections, budget));
  return opts.maxLength !== void 0 && body.length > opts.maxLength ? body.slice(0, opts.maxLength - 40) + "\n\n\u2026 (truncated)\n" : body;
}
function notScanned(result) {
  const errors = new Set(result.errors.map((d) => `${d.file}\0${d.message}`));
  return uniqueDiagnostics(result.diagnostics.head).filter(
    (d) => !errors.has(`${d.file}\0${d.message}`)
  );
}
function section(priority, title, items) {
  return { priority, open: ["", `### ${title}`, ""], items, close: [] };
}

// src/report/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0"
};
var BASELINE = {
  new: "new",
  unchanged: "unchanged",
  fixed: "absent",
  present: void 0
};
function toSarif(result, rules) {
  const used = new Set(
    result.findings.flatMap((f) => [f.ruleId, ...(f.also ?? []).map((a) => a.ruleId)])
  );
  const descriptors = rules.filter((r) => used.has(r.id)).map(descriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: "https://github.com/serverless-gate/serverless-gate",
            rules: descriptors
          }
        },
        results: result.findings.filter((f) => result.mode === "diff" || f.status !== "fixed").map((f) => sarifResult(f, index.get(f.ruleId), result.mode === "diff")),
        invocations: [invocation(result.errors ?? [])]
      }
    ]
  };
}
function invocation(errors) {
  return {
    executionSuccessful: errors.length === 0,
    toolExecutionNotifications: uniqueDiagnostics(errors).map((d) => ({
      level: "error",
      descriptor: { id: d.code },
      message: { text: d.message },
      // `(dependencies)` and the like name no file.
      locations: d.file.startsWith("(") ? [] : [
        {
          physicalLocation: {
            artifactLocation: { uri: d.file },
            region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) }
          }
        }
      ]
    }))
  };
}
function descriptor(r) {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: {
      text: `${r.rationale}

How to fix: ${r.remediation.text}`,
      markdown: helpMarkdown(r)
    },
    helpUri: ruleDocsUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ["security", r.area, ...r.compliance],
      "security-severity": SECURITY_SEVERITY[r.severity],
      precision: "high"
    }
  };
}
function helpMarkdown(r) {
  const snippets = Object.entries(r.remediation.snippets).map(
    ([format, s]) => `${format}:

\`\`\`
${s}
\`\`\``
  );
  return [r.rationale, `**How to fix:** ${r.remediation.text}`, ...snippets].join("\n\n");
}
function sarifResult(f, ruleIndex, diff) {
  const also = f.also?.map((a) => ` ${a.message}.`).join("") ?? "";
  const out = {
    ruleId: f.ruleId,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: LEVEL[f.severity],
    message: { text: `${f.message}.${also}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.location.file) },
          region: { startLine: f.location.line, startColumn: f.location.column }
        },
        logicalLocations: [{ name: f.resource, fullyQualifiedName: `${f.service}#${f.resource}` }]
      }
    ],
    partialFingerprints: { "serverlessGate/v1": f.fingerprint },
    properties: {
      severity: f.severity,
      evidence: f.evidence,
      "security-severity": SECURITY_SEVERITY[f.severity]
    }
  };
  if (f.also?.length) {
    out.properties = {
      ...out.properties,
      alsoRuleIds: [...new Set(f.also.map((a) => a.ruleId))],
      also: f.also.map((a) => ({ ruleId: a.ruleId, severity: a.severity, message: a.message }))
    };
  }
  if (f.dependency) out.properties = { ...out.properties, ...dependencyProperties(f.dependency) };
  if (f.path) Object.assign(out, pathFlow(f.path));
  if (diff) out.baselineState = BASELINE[f.status];
  if (f.suppressed)
    out.suppressions = [
      {
        kind: f.suppressed.source === "inline" ? "inSource" : "external",
        justification: f.suppressed.reason
      }
    ];
  return out;
}
function artifactUri(path) {
  const wellFormed = path.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\uFFFD"
  );
  return wellFormed.split("/").map(encodeURIComponent).join("/");
}
function pathFlow(path) {
  const physical = (s) => ({
    artifactLocation: { uri: artifactUri(s.location.file) },
    region: { startLine: s.location.line, startColumn: s.location.column }
  });
  return {
    codeFlows: [
      {
        message: { text: `attack path to ${path.function}` },
        threadFlows: [
          {
            locations: path.steps.map((s, i) => ({
              executionOrder: i + 1,
              kinds: [s.kind],
              location: { physicalLocation: physical(s), message: { text: s.message } }
            }))
          }
        ]
      }
    ],
    relatedLocations: path.steps.map((s, i) => ({
      id: i + 1,
      physicalLocation: physical(s),
      message: { text: `${s.kind}: ${s.message}` }
    }))
  };
}
function dependencyProperties(d) {
  return {
    package: `${d.ecosystem}/${d.name}`,
    installedVersion: d.version,
    fixedVersion: d.fixedIn ?? null,
    vulnerabilities: d.vulnerabilities.map((v) => ({
      id: v.id,
      aliases: v.aliases,
      severity: v.severity,
      score: v.score ?? null,
      fixedIn: v.fixedIn ?? null,
      url: v.url
    })),
    functions: d.functions
  };
}

export {
  GitBlobReader,
  GitRevisionSource,
  toJsonReport,
  countsOf,
  JOB_SUMMARY_MAX_BYTES,
  renderSummary,
  notScanned,
  toSarif
};
