import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  INVALID_SUPPRESSION
} from "./chunk-OJQZW7RI.js";
import {
  fingerprintKey,
  fingerprintOf
} from "./chunk-CNIQ5CR7.js";
import {
  asList,
  asString,
  get,
  getPath
} from "./chunk-P4JAG5LX.js";
import {
  globMatcher
} from "./chunk-BGWANNZY.js";
import {
  require_dist
} from "./chunk-67PM2TIG.js";
import {
  __toESM
} from "./chunk-GH4QJ2HJ.js";

// src/diff/moved.ts
function alignMoved(base, head, renames) {
  if (renames.files.size === 0) return [...base];
  const moved = (f) => identity(f, renames.toHead) !== identity(f, same);
  const stayed = new Set(base.filter((b) => !moved(b)).map((f) => f.fingerprint));
  const onHead = new Set(head.map((f) => f.fingerprint));
  const waiting = /* @__PURE__ */ new Map();
  for (const h of head) {
    if (stayed.has(h.fingerprint)) continue;
    const key = identity(h, same);
    const list = waiting.get(key);
    if (list) list.push(h);
    else waiting.set(key, [h]);
  }
  return base.map((b) => {
    if (!moved(b)) return b;
    const partner = waiting.get(identity(b, renames.toHead))?.shift();
    if (partner) return { ...b, fingerprint: partner.fingerprint };
    return onHead.has(b.fingerprint) ? { ...b, fingerprint: elsewhere(b.fingerprint) } : b;
  });
}
var same = (path) => path;
function elsewhere(fingerprint) {
  return fingerprintOf(`moved away\0${fingerprint}`, 1);
}
function identity(f, name) {
  const file = f.path ? "" : name(f.location.file);
  return [f.ruleId, file, name(f.service), f.resource, f.evidence].join("\0");
}

// src/policy/rule-settings.ts
function ruleSettingsOf(config, now) {
  const disabled = /* @__PURE__ */ new Set();
  const severities = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(config.rules)) {
    if (setting === "off") disabled.add(id);
    else if (setting) severities.set(id, setting.severity);
  }
  return { disabled, severities, now };
}

// src/policy/suppressions/comments.ts
var import_yaml = __toESM(require_dist(), 1);
var MARKER_WORD = "serverless-gate:ignore";
var PARSE_BUDGET_MS = 5e3;
async function commentsOf(file, text) {
  if (!text.includes(MARKER_WORD)) return /* @__PURE__ */ new Map();
  switch (syntaxOf(file, text)) {
    case "json":
      return /* @__PURE__ */ new Map();
    case "yaml":
      return yamlComments(text);
    case "hcl":
      return hclComments(text);
    case "lines":
      return lineComments(text);
  }
}
function isJsonByName(file) {
  return file.toLowerCase().endsWith(".json");
}
function syntaxOf(file, text) {
  const name = file.toLowerCase();
  if (isJsonByName(file)) return "json";
  if (name.endsWith(".tf")) return "hcl";
  if (name.endsWith(".yml") || name.endsWith(".yaml")) return "yaml";
  if (isJson(text)) return "json";
  return name.endsWith(".template") ? "yaml" : "lines";
}
function isJson(text) {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function yamlComments(text) {
  const lines = new import_yaml.LineCounter();
  const out = /* @__PURE__ */ new Map();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const token = node;
    if (token.type === "comment" && token.offset !== void 0) {
      const at = lines.linePos(token.offset);
      out.set(at.line, { line: at.line, column: at.col, text: token.source ?? "" });
      return;
    }
    Object.values(node).forEach(visit);
  };
  for (const token of new import_yaml.Parser(lines.addNewLine).parse(text)) visit(token);
  return out;
}
async function hclComments(text) {
  const out = /* @__PURE__ */ new Map();
  const { MAX_FILE_CHARS } = await import("./chunk-RYPDWDMT.js");
  if (text.length > MAX_FILE_CHARS) return out;
  const { terraformParser } = await import("./chunk-UQSKDFFW.js");
  const parser = await terraformParser();
  const started = performance.now();
  parser.reset();
  const tree = parser.parse(text, null, {
    progressCallback: () => performance.now() - started > PARSE_BUDGET_MS
  });
  parser.reset();
  if (!tree) return out;
  try {
    for (const node of tree.rootNode.descendantsOfType("comment")) {
      if (!node) continue;
      const { row, column } = node.startPosition;
      out.set(row + 1, { line: row + 1, column: column + 1, text: node.text });
    }
  } finally {
    tree.delete();
  }
  return out;
}
function lineComments(text) {
  const out = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((line, i) => {
    const start = commentStart(line);
    if (start !== void 0)
      out.set(i + 1, { line: i + 1, column: start + 1, text: line.slice(start) });
  });
  return out;
}
function commentStart(line) {
  let quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") quote = c;
    else if ((c === "#" || line.startsWith("//", i)) && (i === 0 || /\s/.test(line[i - 1])))
      return i;
  }
  return void 0;
}

// src/policy/suppressions/inline.ts
var MARKER = /^(?:#|\/\/|\/\*)\s*serverless-gate:ignore\s+([a-z0-9-]+)(?:\[([^\]]*)\])?\s*(.*)$/;
var InlineSuppressions = class {
  constructor(text, comments) {
    this.comments = comments;
    this.lines = text.includes("serverless-gate:ignore") ? text.split(/\r?\n/) : [];
    for (const comment of comments.values()) {
      const m = MARKER.exec(comment.text.split(/\r?\n/)[0] ?? "");
      if (!m) continue;
      const [, ruleId, scope, reason] = m;
      this.byLine.set(comment.line, [
        {
          ruleId,
          scope: scope?.trim() || void 0,
          reason: (reason ?? "").replace(/\*\/\s*$/, "").trim(),
          line: comment.line
        }
      ]);
    }
  }
  comments;
  lines;
  byLine = /* @__PURE__ */ new Map();
  /** Every suppression in the file, for auditing. */
  all() {
    return [...this.byLine.values()].flat();
  }
  /** The suppressions that apply to a finding reported at `line`, nearest first. */
  applicableTo(line) {
    if (this.byLine.size === 0) return [];
    const out = [];
    let current = line;
    while (current !== void 0) {
      out.push(...this.byLine.get(current) ?? [], ...this.commentBlockAbove(current));
      current = this.parentOf(current);
    }
    return out;
  }
  commentBlockAbove(line) {
    const out = [];
    for (let l = line - 1; l >= 1 && this.isCommentLine(l); l--)
      out.push(...this.byLine.get(l) ?? []);
    return out;
  }
  /** A line that holds only a comment. */
  isCommentLine(line) {
    const comment = this.comments.get(line);
    const text = this.lines[line - 1] ?? "";
    return comment !== void 0 && text.slice(0, comment.column - 1).trim() === "";
  }
  /** The nearest line above with less indentation that is code: the enclosing node. */
  parentOf(line) {
    const own = indentOf(this.lines[line - 1] ?? "");
    if (own === 0) return void 0;
    for (let l = line - 1; l >= 1; l--) {
      const text = this.lines[l - 1] ?? "";
      if (text.trim() === "" || this.isCommentLine(l)) continue;
      if (indentOf(text) < own) return l;
    }
    return void 0;
  }
};
function indentOf(text) {
  return /^\s*/.exec(text)?.[0].length ?? 0;
}

// src/policy/suppressions/metadata.ts
function metadataSuppressions(service, resourceId, at) {
  const named = service.rawResources.find((r) => r.id === resourceId);
  const around = enclosing(service.rawResources, at);
  return [.../* @__PURE__ */ new Set([named, around])].flatMap((raw) => listOf(raw));
}
function holdsMetadataSuppressions(service) {
  return service.rawResources.some(
    (r) => getPath(r.metadata, ["serverless-gate", "ignore"]) !== void 0
  );
}
function enclosing(resources, at) {
  let best;
  for (const r of resources) {
    if (r.loc.file !== at.file || r.loc.line > at.line) continue;
    if (!best || r.loc.line > best.loc.line) best = r;
  }
  return best;
}
function listOf(raw) {
  const list = getPath(raw?.metadata, ["serverless-gate", "ignore"]);
  return asList(list).map((item) => ({
    rule: asString(get(item, "rule")) ?? "",
    reason: (asString(get(item, "reason")) ?? "").trim(),
    line: item.loc.line,
    file: item.loc.file
  }));
}

// src/policy/suppressions/apply.ts
async function applySuppressions(findings, opts) {
  const inline = new InlineCache(opts.textOf);
  const services = /* @__PURE__ */ new Map();
  for (const s of opts.model.services) if (!services.has(s.id)) services.set(s.id, s);
  for (const [id, s] of services) if (!holdsMetadataSuppressions(s)) services.delete(id);
  const out = [];
  const invalid = [];
  const dated = { ...opts, today: opts.now.toISOString().slice(0, 10) };
  for (const finding of findings) {
    const result = await suppress(finding, dated, inline, services);
    out.push(result.finding);
    if (result.invalid) invalid.push(invalidFinding(finding, result.invalid));
  }
  return [...out, ...dedupe(invalid)];
}
async function suppress(f, opts, inline, services) {
  const entry = opts.ignores.find((e) => ignoreMatches(e, f));
  if (entry && entry.expires !== void 0 && entry.expires < opts.today) {
    return {
      finding: {
        ...f,
        suppressionNote: `the config ignore for ${entry.rule} expired on ${entry.expires}`
      }
    };
  }
  if (entry)
    return suppressed(f, { reason: entry.reason, source: "config", expires: entry.expires });
  const service = f.service === void 0 ? void 0 : services.get(f.service);
  const meta = service ? metadataSuppressions(service, f.resource, f.location).find((m) => ruleMatches(m.rule, f)) : void 0;
  if (meta && meta.reason === "") {
    return {
      finding: f,
      invalid: {
        message: `the Metadata suppression of ${f.ruleId} has no reason`,
        file: meta.file,
        line: meta.line
      }
    };
  }
  if (meta)
    return suppressed(f, {
      reason: meta.reason,
      source: "metadata",
      location: { file: meta.file, line: meta.line, column: 1 }
    });
  return inlineOutcome(f, opts, await inline.get(f.location.file));
}
function inlineOutcome(f, opts, comments) {
  const hit = comments?.applicableTo(f.location.line).find((s) => ruleMatches(s.scope ? `${s.ruleId}[${s.scope}]` : s.ruleId, f));
  if (!hit) return { finding: f };
  const at = { file: f.location.file, line: hit.line };
  if (hit.reason === "")
    return {
      finding: f,
      invalid: { ...at, message: `the inline suppression of ${f.ruleId} has no reason` }
    };
  if (!opts.allowInline) {
    const message = `inline suppressions are turned off (allow-inline-suppressions: false): ${f.ruleId} is not suppressed`;
    return { finding: { ...f, suppressionNote: message }, invalid: { ...at, message } };
  }
  return suppressed(f, { reason: hit.reason, source: "inline", location: { ...at, column: 1 } });
}
function suppressed(f, suppression) {
  return { finding: { ...f, suppressed: suppression } };
}
function ruleMatches(spec, f) {
  const m = /^([a-z0-9-]+)(?:\[(.*)\])?$/.exec(spec.trim());
  if (!m || m[1] !== f.ruleId) return false;
  return m[2] === void 0 || m[2].trim() === f.evidence;
}
function ignoreMatches(e, f) {
  if (!ruleMatches(e.rule, f)) return false;
  if (e.resource !== void 0 && e.resource !== f.resource) return false;
  return pathMatcher(e.path)(f.location.file);
}
var pathMatchers = /* @__PURE__ */ new Map();
function pathMatcher(glob) {
  let match = pathMatchers.get(glob);
  if (!match) {
    match = globMatcher([glob]);
    pathMatchers.set(glob, match);
  }
  return match;
}
function invalidFinding(f, bad) {
  const key = fingerprintKey({
    ruleId: INVALID_SUPPRESSION.id,
    file: bad.file,
    service: f.service,
    resource: f.resource,
    evidence: `${f.ruleId}:${bad.line}`
  });
  return {
    ruleId: INVALID_SUPPRESSION.id,
    title: INVALID_SUPPRESSION.title,
    severity: INVALID_SUPPRESSION.severity,
    message: bad.message,
    service: f.service,
    resource: f.resource,
    evidence: `${f.ruleId}:${bad.line}`,
    location: { file: bad.file, line: bad.line, column: 1 },
    fingerprint: fingerprintOf(key, 0)
  };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint));
}
var InlineCache = class {
  constructor(textOf) {
    this.textOf = textOf;
  }
  textOf;
  cache = /* @__PURE__ */ new Map();
  get(file) {
    let hit = this.cache.get(file);
    if (!hit) {
      hit = isJsonByName(file) ? Promise.resolve(void 0) : this.textOf(file).then(
        async (t) => t === void 0 ? void 0 : new InlineSuppressions(t, await commentsOf(file, t))
      );
      this.cache.set(file, hit);
    }
    return hit;
  }
};

// src/core/suppression-options.ts
function suppressionOptions(config, model, source, now) {
  return {
    ignores: config.ignore,
    allowInline: config["allow-inline-suppressions"],
    now,
    model,
    textOf: async (file) => {
      const r = await source.read(file);
      return "text" in r ? r.text : void 0;
    }
  };
}

export {
  alignMoved,
  ruleSettingsOf,
  applySuppressions,
  suppressionOptions
};
