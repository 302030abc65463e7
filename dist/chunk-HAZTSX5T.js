import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  landingFile
} from "./chunk-DJEB6POX.js";
import {
  SAFE_GIT_ARGS
} from "./chunk-KX7MGPW2.js";
import {
  DEFAULT_SOURCE_OPTIONS
} from "./chunk-7FSMGYCW.js";
import {
  treeListing
} from "./chunk-WLV54ML5.js";
import {
  PREVIEW_BYTES,
  decodeText,
  previewText,
  tooLarge
} from "./chunk-KAT2RU3A.js";
import {
  confinePath,
  globMatcher
} from "./chunk-BGWANNZY.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import {
  ConfigError
} from "./chunk-G4PDCYJP.js";

// src/sources/git.ts
import { spawn as spawn2 } from "node:child_process";

// src/sources/git-batch.ts
import { spawn } from "node:child_process";
var UNKNOWN_OPTION = 129;
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
  /** The git in use has no `--batch-command`: found once, when it refuses the option. */
  perObject = false;
  /** Whether the running process has answered anything yet. */
  answered = false;
  /** A blob's bytes by object name (`<commit>:<path>` or a blob id); undefined when missing. */
  async read(object) {
    return (await this.request(object, Infinity, true))?.bytes;
  }
  /**
   * A blob by name with its size, in one request: the content only when it holds at most `limit`
   * bytes (a larger one is dropped as it arrives, never held); undefined when missing.
   */
  readUpTo(object, limit) {
    return this.request(object, limit, true);
  }
  /** Any object by name (`<rev>^{commit}`, `<commit>^{tree}`, an id); undefined when missing. */
  object(object, limit = Infinity) {
    return this.request(object, limit, false);
  }
  request(object, limit, blobOnly) {
    if (/[\n\0]/.test(object)) return Promise.resolve(void 0);
    if (this.failure) return Promise.reject(this.failure);
    this.process();
    return new Promise((resolve, reject) => {
      if (this.queue.push({ name: object, resolve, reject, limit, blobOnly }) === 1)
        this.setActive(true);
      if (this.unsent.push(object) === 1) queueMicrotask(() => this.send(this.unsent.splice(0)));
    });
  }
  send(names) {
    const child = this.process();
    child.stdin.write(
      this.perObject ? `${names.join("\n")}
` : `${names.map((name) => `contents ${name}
`).join("")}flush
`
    );
  }
  /** Ends the process (reads afterwards start a new one). */
  close() {
    this.child?.stdin.end();
    this.child = void 0;
  }
  process() {
    if (this.child) return this.child;
    const mode = this.perObject ? ["--batch"] : ["--batch-command", "--buffer"];
    const child = spawn("git", [...SAFE_GIT_ARGS, "cat-file", ...mode], {
      cwd: this.repo,
      stdio: ["pipe", "pipe", "pipe"]
    });
    this.answered = false;
    child.stdout.on("data", (chunk) => this.receive(chunk));
    child.stderr.resume();
    const fail = (err) => this.fail(err);
    child.on("error", fail);
    child.stdin.on("error", () => void 0);
    child.on("exit", (code) => {
      if (this.child === child) this.child = void 0;
      if (code === UNKNOWN_OPTION && !this.perObject && !this.answered) return this.olderGit();
      if (this.queue.length > 0) fail(new Error(`git cat-file exited with code ${code}`));
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
      const bytes = Buffer.from(buffer.subarray(eol + 1, eol + 1 + found.size));
      at = end;
      this.settle({ id: found.id, type: found.type, size: found.size, bytes });
    }
  }
  /** Git without `--batch-command`: the same requests again, in its per-object mode. */
  olderGit() {
    this.perObject = true;
    this.chunks = [];
    this.received = 0;
    this.needed = 0;
    this.skipping = 0;
    if (this.queue.length === 0) return;
    this.send(this.queue.map((p) => p.name));
    this.setActive(true);
  }
  settle(object) {
    this.answered = true;
    const pending = this.queue.shift();
    pending?.resolve(pending.blobOnly && object?.type !== "blob" ? void 0 : object);
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
  constructor(repo, commit, ref, options, shared) {
    this.repo = repo;
    this.commit = commit;
    this.shared = shared;
    this.label = `${ref} (${commit.slice(0, 7)})`;
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options };
  }
  repo;
  commit;
  shared;
  label;
  options;
  entries;
  /** The entries once listed: most reads need nothing else. */
  loaded;
  listing;
  linkTargets;
  /** Whether the commit holds a symbolic link, once asked. */
  linked;
  /** Resolves `ref` to a commit of the repository at `repo`; an unknown revision is a usage error. */
  static open(repo, ref, options = {}) {
    return _GitRevisionSource.opened(repo, ref, options);
  }
  /**
   * The two sides of a pull request, resolved together: a file both hold (the same blob) is read
   * from git and decoded once for both, and a side never waits on the other to be opened.
   */
  static async openSides(repo, baseRef, headRef, options = {}) {
    const shared = /* @__PURE__ */ new Map();
    const [base, head] = await Promise.all([
      _GitRevisionSource.opened(repo, baseRef, options, shared),
      _GitRevisionSource.opened(repo, headRef, options, shared)
    ]);
    return { base, head };
  }
  static async opened(repo, ref, options, shared) {
    if (ref.startsWith("-")) throw new ConfigError(`not a git revision: ${ref}`);
    const commit = await blobReaderOf(repo).object(`${ref}^{commit}`).catch(() => void 0);
    if (commit?.type !== "commit") throw new ConfigError(`not a git revision of ${repo}: ${ref}`);
    return new _GitRevisionSource(repo, commit.id, ref, options, shared);
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
  /** Link path → target as written, read from the links' blobs once per commit. */
  links() {
    this.linkTargets ??= this.tree().then(async (tree) => {
      const linked = [];
      tree.forEach((entry, path) => {
        if (entry.link) linked.push([path, entry]);
      });
      const targets = await Promise.all(
        linked.map(([, entry]) => blobReaderOf(this.repo).read(entry.id))
      );
      return new Map(linked.map(([path], i) => [path, linkText(targets[i])]));
    });
    return this.linkTargets;
  }
  /** Path → blob id: files with the same id on two sides are the same file. */
  async blobIds() {
    return new BlobIds(await this.tree());
  }
  async read(path) {
    const safe = confinePath(path);
    if (safe === void 0)
      return { diagnostic: diagnostic(path, "path is outside the repository", "outside-root") };
    const tree = this.loaded ?? await this.tree();
    const entry = tree.get(safe);
    if (!entry && !this.holdsLinks(tree))
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, "not-found") };
    const target = entry && !entry.link ? { path: safe, entry } : await this.followLinks(safe);
    if ("diagnostic" in target) return target;
    if (!this.shared) return this.readBlob(safe, target.path, target.entry.id);
    const key = `${target.entry.id} ${this.options.maxFileBytes}`;
    const known = this.shared.get(key);
    if (!known) {
      const read = this.readBlob(safe, target.path, target.entry.id);
      this.shared.set(key, read);
      return read;
    }
    const result = await known;
    return "text" in result ? result : this.readBlob(safe, target.path, target.entry.id);
  }
  async readBlob(safe, path, id) {
    const limit = this.options.maxFileBytes;
    const blob = await blobReaderOf(this.repo).readUpTo(id, limit);
    if (!blob)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, "not-found") };
    if (!blob.bytes) {
      const preview = previewText(await this.blobStart(path));
      return { ...tooLarge(safe, blob.size, limit), preview };
    }
    return decodeText(safe, blob.bytes, limit);
  }
  /**
   * Whether the commit holds any symbolic link: without one, a path that is not a file of its
   * tree is not found, with no folder above it to follow.
   */
  holdsLinks(tree) {
    if (this.linked === void 0) {
      this.linked = false;
      for (const entry of tree.values())
        if (entry.link) {
          this.linked = true;
          break;
        }
    }
    return this.linked;
  }
  /**
   * A symbolic link (the path itself or a folder above it) is read as its target when that is a
   * file of the same commit: on both sides of a pull request alike, as a checkout would. One that
   * leaves the repository, or leads nowhere, is an error located at the path.
   */
  async followLinks(path) {
    const tree = await this.tree();
    const landed = await landingFile(path, {
      isFile: (p) => tree.get(p)?.link === false,
      isLink: (p) => tree.get(p)?.link === true,
      target: async (link) => linkText(await blobReaderOf(this.repo).read(tree.get(link)?.id ?? "")),
      label: this.label
    });
    if ("diagnostic" in landed) return landed;
    return { path: landed.path, entry: tree.get(landed.path) };
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
  const entries = /* @__PURE__ */ new Map();
  for (const e of root) {
    if (e.mode === TREE_MODE) {
      const sub = flatten(fetched.get(e.id) ?? [], `${e.name}/`, fetched, cache, e.id);
      for (let i = 0; i < sub.paths.length; i++)
        entries.set(sub.paths[i], sub.entries[i]);
    } else if (e.entry) entries.set(e.name, e.entry);
  }
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
  const key = flatKey(id, prefix);
  const known = cache.get(key);
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
  cache.set(key, flat);
  return flat;
}
function treeEntries(bytes, idBytes) {
  const out = [];
  for (let at = 0; at < bytes.length; ) {
    const space = bytes.indexOf(32, at);
    const nul = space < 0 ? -1 : bytes.indexOf(0, space);
    if (nul < 0) throw new Error("malformed git tree");
    const mode = bytes.toString("latin1", at, space);
    const id = bytes.toString("hex", nul + 1, nul + 1 + idBytes);
    const entry = FILE_MODES.has(mode) ? { link: mode === LINK_MODE, id } : void 0;
    out.push({
      mode,
      name: bytes.toString("utf8", space + 1, nul),
      id,
      ...entry ? { entry } : {}
    });
    at = nul + 1 + idBytes;
  }
  return out;
}
function linkText(blob) {
  return Buffer.from(blob ?? []).toString("utf8");
}

export {
  GitBlobReader,
  GitRevisionSource
};
