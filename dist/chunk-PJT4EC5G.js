import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  ConfigFileSchema
} from "./chunk-5SJJU53O.js";
import {
  loadDocument
} from "./chunk-SSFE73ML.js";
import {
  isMap,
  toPlain
} from "./chunk-P4JAG5LX.js";
import {
  ZodArray,
  ZodDefault,
  ZodEnum,
  ZodObject,
  ZodOptional,
  ZodPipe,
  ZodRecord
} from "./chunk-6P36TZKO.js";
import {
  ConfigError
} from "./chunk-G4PDCYJP.js";
import {
  require_dist
} from "./chunk-67PM2TIG.js";
import {
  __toESM
} from "./chunk-GH4QJ2HJ.js";

// src/policy/config/load.ts
import { readFile } from "node:fs/promises";

// src/policy/config/duplicates.ts
var import_yaml = __toESM(require_dist(), 1);
function duplicateKeys(text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, uniqueKeys: false, strict: false });
  const out = [];
  const visit = (node, at) => {
    if ((0, import_yaml.isSeq)(node)) node.items.forEach((item, i) => visit(item, [...at, String(i)]));
    if (!(0, import_yaml.isMap)(node)) return;
    const seen = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const key = keyText(pair.key, doc);
      const line = lines.linePos(pair.key?.range?.[0] ?? 0).line;
      const first = seen.get(key);
      if (first === void 0) seen.set(key, line);
      else out.push({ path: [...at, key].join("."), line, firstLine: first });
      visit(pair.value, [...at, key]);
    }
  };
  visit(doc.contents, []);
  return out;
}
function keyText(key, doc) {
  const node = (0, import_yaml.isAlias)(key) ? key.resolve(doc) : key;
  return (0, import_yaml.isScalar)(node) ? String(node.value) : String(node);
}

// src/policy/config/errors.ts
function describeIssues(issues, known) {
  return issues.flatMap((issue) => {
    if (issue.code === "invalid_union") {
      const deeper = issue.errors.find((branch) => branch.some((i) => i.path.length > 0));
      if (deeper) {
        const nested = deeper.map(
          (i) => ({ ...i, path: [...issue.path, ...i.path] })
        );
        return describeIssues(nested, known);
      }
    }
    const at = issue.path.map(String).join(".");
    const prefix = at === "" ? "" : `\`${at}\`: `;
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const where = at === "" ? key : `${at}.${key}`;
        const hint = closest(key, known(issue.path));
        const message = `\`${where}\`: unknown key${hint ? ` (did you mean \`${hint}\`?)` : ""}`;
        return { path: [...issue.path, key], message };
      });
    }
    if (issue.code === "invalid_value" && "values" in issue) {
      return [
        {
          path: issue.path,
          message: `${prefix}expected one of ${issue.values.map(String).join(", ")}`
        }
      ];
    }
    return [{ path: issue.path, message: `${prefix}${issue.message}` }];
  });
}
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + cost
      );
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/policy/config/load.ts
var DEFAULT_CONFIG_PATH = ".serverless-gate.yml";
async function loadConfigFile(source, path = DEFAULT_CONFIG_PATH) {
  const read = await source.read(path);
  if ("diagnostic" in read) {
    if (read.diagnostic.code === "not-found") return ConfigFileSchema.parse({});
    throw new ConfigError(`${path}: ${read.diagnostic.message}`);
  }
  return parseConfigText(path, read.text);
}
async function loadConfigFromPath(path) {
  const text = await readFile(path, "utf8").catch(() => void 0);
  if (text === void 0) throw new ConfigError(`cannot read the config file ${path}`);
  return parseConfigText(path, text);
}
function parseConfigText(path, text) {
  const loaded = loadDocument(path, text);
  const first = loaded.diagnostics[0];
  if (first) throw new ConfigError(`${path}:${first.line}:${first.column}: ${first.message}`);
  if (loaded.value === void 0) return ConfigFileSchema.parse({});
  if (!isMap(loaded.value)) throw new ConfigError(`${path}:1: expected a mapping of settings`);
  const duplicates = duplicateKeys(text).map(
    (d) => `${path}:${d.line}: \`${d.path}\`: given twice (first on line ${d.firstLine})`
  );
  if (duplicates.length > 0)
    throw new ConfigError(`invalid configuration:
  ${duplicates.join("\n  ")}`);
  const result = ConfigFileSchema.safeParse(toPlain(loaded.value));
  const issues = result.success ? [] : describeIssues(result.error.issues, (at) => keysAt(ConfigFileSchema, at));
  const reported = new Set(issues.map((issue) => issue.path.map(String).join(".")));
  const dropped = protoKeys(loaded.value).filter((at) => !reported.has(at.join(".")));
  if (result.success && dropped.length === 0) return result.data;
  const root = loaded.value;
  const lines = [...issues, ...dropped.map(unknownKey)].sort((a, b) => lineOf(root, a.path) - lineOf(root, b.path)).map((issue) => `${path}:${lineOf(root, issue.path)}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:
  ${lines.join("\n  ")}`);
}
function protoKeys(root, at = []) {
  if (root.kind === "list")
    return root.items.flatMap((item, i) => protoKeys(item, [...at, String(i)]));
  if (!isMap(root)) return [];
  return [...root.entries].flatMap(
    ([key, entry]) => key === "__proto__" ? [[...at, key]] : protoKeys(entry.value, [...at, key])
  );
}
function unknownKey(at) {
  return { path: at, message: `\`${at.join(".")}\`: unknown key` };
}
function lineOf(root, path) {
  for (let n = path.length; n > 0; n--) {
    const parent = walk(root, path.slice(0, n - 1));
    const key = String(path[n - 1]);
    if (isMap(parent)) {
      const entry = parent.entries.get(key);
      if (entry) return entry.keyLoc.line;
    }
    if (parent?.kind === "list") {
      const item = parent.items[Number(key)];
      if (item) return item.loc.line;
    }
  }
  return 1;
}
function walk(root, path) {
  let cur = root;
  for (const key of path) {
    if (cur?.kind === "list") cur = cur.items[Number(key)];
    else cur = isMap(cur) ? cur.entries.get(String(key))?.value : void 0;
  }
  return cur;
}
function keysAt(schema, path) {
  let cur = unwrap(schema);
  for (const key of path) {
    if (cur instanceof ZodObject) cur = unwrap(cur.shape[String(key)]);
    else if (cur instanceof ZodRecord) cur = unwrap(cur.valueType);
    else if (cur instanceof ZodArray) cur = unwrap(cur.element);
    else return [];
  }
  if (cur instanceof ZodObject) return Object.keys(cur.shape);
  if (cur instanceof ZodRecord && cur.keyType instanceof ZodEnum)
    return cur.keyType.options.map(String);
  return [];
}
function unwrap(s) {
  let cur = s;
  while (cur instanceof ZodDefault || cur instanceof ZodOptional || cur instanceof ZodPipe) {
    cur = cur instanceof ZodPipe ? cur.in : cur.unwrap();
  }
  return cur;
}

export {
  describeIssues,
  DEFAULT_CONFIG_PATH,
  loadConfigFile,
  loadConfigFromPath
};
