import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  SAFE_GIT_ARGS
} from "./chunk-KX7MGPW2.js";
import {
  ConfigError
} from "./chunk-G4PDCYJP.js";

// src/github/local-diff.ts
import { execFile, spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { promisify } from "node:util";

// src/github/diff-lines.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunkHeader(line) {
  const m = HUNK_HEADER.exec(line);
  if (!m) return void 0;
  return {
    oldStart: Number(m[1]),
    oldCount: m[2] === void 0 ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newCount: m[4] === void 0 ? 1 : Number(m[4])
  };
}
var CommentableLineReader = class {
  lines = /* @__PURE__ */ new Set();
  oldLeft = 0;
  newLeft = 0;
  next = 0;
  /** True while the reader is inside a hunk that still expects lines. */
  get inHunk() {
    return this.oldLeft > 0 || this.newLeft > 0;
  }
  feed(line) {
    if (!this.inHunk) return this.startHunk(line);
    const kind = line.charAt(0);
    if (kind === "+" && this.newLeft > 0) this.take(1, 0);
    else if (kind === "-" && this.oldLeft > 0) this.take(0, 1);
    else if ((kind === " " || line === "") && this.newLeft > 0 && this.oldLeft > 0) this.take(1, 1);
    else if (kind === "\\") return;
    else this.endHunk(line);
  }
  startHunk(line) {
    const header = parseHunkHeader(line);
    if (!header) return;
    this.oldLeft = header.oldCount;
    this.newLeft = header.newCount;
    this.next = header.newStart;
  }
  take(onNew, onOld) {
    if (onNew) {
      this.lines.add(this.next++);
      this.newLeft--;
    }
    this.oldLeft -= onOld;
  }
  endHunk(line) {
    this.oldLeft = 0;
    this.newLeft = 0;
    this.startHunk(line);
  }
};
function commentableLines(patch) {
  const reader = new CommentableLineReader();
  for (const line of patch.split("\n")) reader.feed(line);
  return reader.lines;
}

// src/github/local-diff.ts
var run = promisify(execFile);
var SAFE = SAFE_GIT_ARGS;
var DIFF = ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "-M"];
var PATCH = [
  "-c",
  "core.quotepath=off",
  ...DIFF,
  "-U3",
  "--inter-hunk-context=0",
  "--diff-algorithm=myers",
  "--indent-heuristic",
  "--src-prefix=a/",
  "--dst-prefix=b/"
];
var PATCH_LIMITS = { maxLines: 2e4, maxBytes: 500 * 1024 };
async function changedFilesFromGit(repoDir, baseSha, headSha) {
  for (const rev of [baseSha, headSha]) await requireCommit(repoDir, rev);
  const range = `${baseSha}...${headSha}`;
  const entries = await rawEntries(repoDir, range);
  const sections = new Map(entries.map((entry) => [diffHeader(entry), newSection()]));
  await streamLines(repoDir, [...PATCH, range], sectionFeeder(sections));
  const files = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const section = sections.get(diffHeader(entry));
    files.set(entry.path, { ...entry, commentable: section ? commentableOf(section) : /* @__PURE__ */ new Set() });
  }
  return { files, truncated: false, source: "git" };
}
async function requireCommit(repoDir, rev) {
  const valid = rev !== "" && !rev.startsWith("-") && !/[\s\0]/.test(rev);
  const found = valid && await run("git", [...SAFE, "rev-parse", "--verify", "--quiet", `${rev}^{commit}`], {
    cwd: repoDir
  }).then(
    () => true,
    () => false
  );
  if (!found)
    throw new ConfigError(`commit ${rev.slice(0, 12)} is not in the git history of ${repoDir}`);
}
async function renamesFromGit(repoDir, base, head) {
  const revisions = head === void 0 ? [base] : [base, head];
  for (const rev of revisions) await requireCommit(repoDir, rev);
  const renames = /* @__PURE__ */ new Map();
  for (const entry of await rawEntries(repoDir, revisions))
    if (entry.status === "renamed" && entry.previousPath !== void 0)
      renames.set(entry.previousPath, entry.path);
  return renames;
}
async function rawEntries(repoDir, range) {
  const revisions = typeof range === "string" ? [range] : range;
  const args = [...SAFE, ...DIFF, "--raw", "-z", "--no-abbrev", ...revisions, "--"];
  const { stdout } = await run("git", args, {
    cwd: repoDir,
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8"
  });
  const fields = stdout.split("\0");
  const entries = [];
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i] ?? "";
    if (!meta.startsWith(":")) continue;
    const [, , oldSha, newSha, code = "M"] = meta.slice(1).split(" ");
    const status = statusOf(code.charAt(0), oldSha === newSha);
    const first = fields[++i] ?? "";
    if (status === "renamed" || status === "copied")
      entries.push({ status, previousPath: first, path: fields[++i] ?? "" });
    else entries.push({ status, path: first });
  }
  return entries;
}
function statusOf(code, sameContent) {
  if (code === "A") return "added";
  if (code === "D") return "removed";
  if (code === "R") return "renamed";
  if (code === "C") return "copied";
  if (code === "T" || sameContent) return "changed";
  return "modified";
}
function diffHeader(entry) {
  return `diff --git ${quoted(`a/${entry.previousPath ?? entry.path}`)} ${quoted(`b/${entry.path}`)}`;
}
var ESCAPES = {
  "\x07": "\\a",
  "\b": "\\b",
  "	": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\"
};
var SPECIAL = /["\\\x00-\x1f\x7f]/;
function quoted(path) {
  if (!SPECIAL.test(path)) return path;
  const escape = (c) => ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`;
  return `"${path.replace(new RegExp(SPECIAL.source, "g"), escape)}"`;
}
function newSection() {
  return { reader: new CommentableLineReader(), inPatch: false, lines: 0, bytes: 0 };
}
function sectionFeeder(sections) {
  let current;
  return (line) => {
    if (line.startsWith("diff --git ")) {
      current = sections.get(line);
      if (current) current.inPatch = false;
      return;
    }
    if (!current) return;
    if (line.startsWith("@@")) current.inPatch = true;
    if (current.inPatch) {
      current.lines++;
      current.bytes += Buffer.byteLength(line) + 1;
    }
    current.reader.feed(line);
  };
}
function commentableOf(section) {
  const tooLarge = section.lines > PATCH_LIMITS.maxLines || section.bytes - 1 > PATCH_LIMITS.maxBytes;
  return tooLarge ? /* @__PURE__ */ new Set() : section.reader.lines;
}
function streamLines(cwd, args, onLine) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...SAFE, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const decoder = new StringDecoder("utf8");
    let pending = "";
    let stderr = "";
    const take = (text) => {
      if (!text.includes("\n")) return void (pending += text);
      const lines = (pending + text).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    };
    child.stdout.on("data", (chunk) => take(decoder.write(chunk)));
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      take(decoder.end());
      if (pending !== "") onLine(pending);
      if (code === 0) resolve();
      else reject(new Error(`git diff failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}

export {
  commentableLines,
  PATCH_LIMITS,
  changedFilesFromGit,
  renamesFromGit
};
