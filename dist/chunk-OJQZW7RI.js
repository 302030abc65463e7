import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/policy/suppressions/meta.ts
var INVALID_SUPPRESSION = {
  id: "invalid-suppression",
  title: "Suppression that does not take effect",
  severity: "medium",
  area: "policy",
  rationale: "A suppression must say why the risk is accepted, so that reviewers and auditors can judge it. One without a reason, past its expiry date, or written inline where the configuration allows only reviewed exceptions in the config file does not hide the finding, and is reported so it gets fixed.",
  remediation: {
    text: "Add the reason after the rule id (`# serverless-gate:ignore <rule-id> <reason>`), renew or remove the expired entry, or move the exception to `ignore:` in the config file.",
    snippets: {}
  },
  references: [],
  compliance: [],
  equivalents: {}
};

// src/sources/renames.ts
var NO_RENAMES = { toHead: (path) => path, files: /* @__PURE__ */ new Map() };
function renamesBetween(reported, baseFiles, headFiles) {
  if (reported.size === 0) return NO_RENAMES;
  const head = new Set(headFiles);
  const files = confirmed(reported, new Set(baseFiles), head);
  if (files.size === 0) return NO_RENAMES;
  const folders = movedFolders(files, baseFiles, head);
  return { files, toHead: (path) => files.get(path) ?? throughFolder(path, folders) };
}
function confirmed(reported, base, head) {
  const files = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  for (const [from, to] of reported)
    if (from !== to && base.has(from) && head.has(to)) {
      files.set(from, to);
      targets.set(to, (targets.get(to) ?? 0) + 1);
    }
  for (const [from, to] of files) if ((targets.get(to) ?? 0) > 1) files.delete(from);
  for (let dropped = true; dropped; ) {
    dropped = false;
    const movedOnto = new Set(files.values());
    for (const [from, to] of files) {
      const gone = !head.has(from) || movedOnto.has(from);
      const fresh = !base.has(to) || files.has(to);
      if (gone && fresh) continue;
      files.delete(from);
      dropped = true;
    }
  }
  return files;
}
function movedFolders(files, baseFiles, head) {
  const candidates = /* @__PURE__ */ new Map();
  for (const [from, to] of files)
    for (const [old, now] of foldersOf(from, to)) {
      const seen = candidates.get(old);
      candidates.set(old, seen === void 0 || seen === now ? now : null);
    }
  const kept = /* @__PURE__ */ new Set();
  const onBase = /* @__PURE__ */ new Set();
  for (const file of baseFiles) {
    const above = ancestors(file);
    above.forEach((folder) => onBase.add(folder));
    if (head.has(file)) above.forEach((folder) => kept.add(folder));
  }
  const out = /* @__PURE__ */ new Map();
  for (const [from, to] of candidates)
    if (to !== null && !kept.has(from) && !onBase.has(to)) out.set(from, to);
  return out;
}
function foldersOf(from, to) {
  const [a, b] = [from.split("/"), to.split("/")];
  const out = [];
  for (let shared = 1; shared < a.length || shared < b.length; shared++) {
    const [i, j] = [a.length - shared, b.length - shared];
    if (a[i] !== b[j]) break;
    const pair = [a.slice(0, i).join("/"), b.slice(0, j).join("/")];
    if (pair[0] === pair[1]) break;
    out.push(pair);
  }
  return out;
}
function ancestors(path) {
  const out = [""];
  for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1))
    out.push(path.slice(0, slash));
  return out;
}
function throughFolder(path, folders) {
  if (folders.size === 0) return path;
  const exact = folders.get(path);
  if (exact !== void 0) return exact;
  for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
    const to = folders.get(path.slice(0, slash));
    if (to !== void 0) return joined(to, path.slice(slash + 1));
  }
  const root = folders.get("");
  return root === void 0 ? path : joined(root, path);
}
function joined(folder, rest) {
  return folder === "" ? rest : `${folder}/${rest}`;
}

export {
  NO_RENAMES,
  renamesBetween,
  INVALID_SUPPRESSION
};
