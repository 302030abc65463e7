import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  diagnostic
} from "./chunk-X54H5DKA.js";

// src/iac/terraform/syntax/template-text.ts
var QUOTED_ESCAPE = /\\(?:([nrt"\\])|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))|\$\$\{|%%\{/g;
var SIMPLE = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function unescapeQuoted(s) {
  if (!s.includes("\\") && !s.includes("$${") && !s.includes("%%{")) return s;
  return s.replace(QUOTED_ESCAPE, (m, simple, u4, u8) => {
    if (simple) return SIMPLE[simple] ?? simple;
    const hex = u4 ?? u8;
    if (hex) {
      const code = parseInt(hex, 16);
      return code <= 1114111 ? String.fromCodePoint(code) : m;
    }
    return m.slice(1);
  });
}
function unescapeMarkers(s) {
  if (!s.includes("$${") && !s.includes("%%{")) return s;
  return s.replace(/\$\$\{|%%\{/g, (m) => m.slice(1));
}
function heredocText(s, indent, atLineStart) {
  return unescapeMarkers(indent > 0 ? dedent(s, indent, atLineStart) : s);
}
function commonIndent(raw) {
  let min = Infinity;
  for (const line of raw.split("\n")) {
    if (line.trim() === "") continue;
    min = Math.min(min, line.length - line.trimStart().length);
  }
  return Number.isFinite(min) ? min : 0;
}
function dedent(s, indent, atLineStart) {
  const lines = s.split("\n");
  return lines.map((line, i) => {
    if (i === 0 && !atLineStart) return line;
    const blanks = line.length - line.trimStart().length;
    return line.slice(Math.min(blanks, indent));
  }).join("\n");
}

// src/iac/terraform/syntax/templates.ts
function templateFrom(node, conv, depth) {
  const t = node.type === "template_expr" ? node.namedChild(0) ?? node : node;
  return t.type === "heredoc_template" ? heredoc(t, conv, depth) : quoted(t, conv, depth);
}
function quoted(node, conv, depth) {
  const start = node.children.find((c) => c?.type === "quoted_template_start");
  const end = node.children.find((c) => c?.type === "quoted_template_end");
  const content = {
    startIndex: start?.endIndex ?? node.startIndex,
    startPosition: start?.endPosition ?? node.startPosition,
    endIndex: end?.startIndex ?? node.endIndex,
    endPosition: end?.startPosition ?? node.endPosition
  };
  return build(node, content, conv, depth, { heredoc: false, unescape: unescapeQuoted });
}
function heredoc(node, conv, depth) {
  const ids = node.children.filter((c) => c?.type === "heredoc_identifier");
  const [open, close] = ids;
  const strip = node.children.some((c) => c?.type === "heredoc_start" && c.text === "<<-");
  if (!open || !close) return conv.opaque(node, "expression", []);
  const lineStart = close.startIndex - close.startPosition.column;
  const newline = slice(node, open.endIndex, lineStart).indexOf("\n");
  const content = {
    startIndex: newline < 0 ? lineStart : open.endIndex + newline + 1,
    startPosition: { row: open.endPosition.row + 1, column: 0 },
    endIndex: lineStart,
    endPosition: { row: close.startPosition.row, column: 0 }
  };
  const raw = slice(node, content.startIndex, content.endIndex);
  const indent = strip ? commonIndent(raw) : 0;
  const unescape = (s, atLineStart) => heredocText(s, indent, atLineStart);
  return build(node, content, conv, depth, { heredoc: true, unescape });
}
function build(node, content, conv, depth, style) {
  const holes = node.namedChildren.filter(
    (c) => (c?.type === "template_interpolation" || c?.type === "template_directive") && c.startIndex >= content.startIndex && c.endIndex <= content.endIndex
  );
  const parts = [];
  let cursor = {
    ...content,
    endIndex: content.startIndex,
    endPosition: content.startPosition
  };
  const addText = (from, to) => {
    if (to.startIndex <= from.endIndex) return;
    const text = slice(node, from.endIndex, to.startIndex);
    parts.push({
      kind: "text",
      value: style.unescape(text, from.endPosition.column === 0),
      raw: text,
      range: { start: conv.position(from.endPosition), end: conv.position(to.startPosition) }
    });
  };
  for (const hole of holes) {
    addText(cursor, hole);
    parts.push({
      kind: "interpolation",
      expr: holeExpr(hole, conv, depth),
      range: conv.range(hole)
    });
    cursor = hole;
  }
  addText(cursor, { startIndex: content.endIndex, startPosition: content.endPosition });
  const directives = holes.some((h) => h.type === "template_directive");
  return {
    kind: "template",
    parts,
    heredoc: style.heredoc,
    directives,
    range: conv.range(node),
    text: node.text
  };
}
function holeExpr(hole, conv, depth) {
  if (hole.type === "template_directive")
    return conv.opaque(hole, "expression", conv.references(hole, depth + 1));
  const expr = hole.namedChildren.find((c) => c?.type === "expression");
  return expr ? conv.expression(expr, depth + 1) : conv.opaque(hole, "expression", []);
}
function slice(node, from, to) {
  return node.text.slice(from - node.startIndex, to - node.startIndex);
}

// src/iac/terraform/syntax/convert.ts
var MAX_DEPTH = 64;
var MAX_BLOCK_DEPTH = 32;
var TOO_DEEP_MESSAGE = `nested more than ${MAX_DEPTH} expressions or ${MAX_BLOCK_DEPTH} blocks deep: what is inside is not read (no real configuration nests this deep)`;
var Converter = class {
  /** `lineOffset`: the line the parsed text starts at in its file, minus one. */
  constructor(lineOffset = 0) {
    this.lineOffset = lineOffset;
  }
  lineOffset;
  /** Where nesting first went past what is converted: what is inside was not read. */
  tooDeep;
  cutAt(node) {
    this.tooDeep ??= this.position(node.startPosition);
  }
  position(p) {
    return { line: p.row + 1 + this.lineOffset, column: p.column + 1 };
  }
  range(node) {
    return { start: this.position(node.startPosition), end: this.position(node.endPosition) };
  }
  /** The blocks and attributes of a `body` node; nodes with syntax errors are left out. */
  body(node, depth = 0) {
    const body = { attributes: [], blocks: [] };
    for (const child of node?.namedChildren ?? []) {
      if (!child || child.hasError) continue;
      if (child.type === "attribute") body.attributes.push(this.attribute(child));
      else if (child.type !== "block") continue;
      else if (depth < MAX_BLOCK_DEPTH) body.blocks.push(this.block(child, depth + 1));
      else this.cutAt(child);
    }
    return body;
  }
  block(node, depth = 0) {
    const named = node.namedChildren.filter((c) => c !== null && c.type !== "comment");
    const type = named[0]?.text ?? "";
    const labels = named.slice(1).filter((c) => c.type === "string_lit" || c.type === "identifier").map((c) => c.type === "identifier" ? c.text : stringLitValue(c));
    return {
      type,
      labels,
      body: this.body(
        named.find((c) => c.type === "body"),
        depth
      ),
      range: this.range(node)
    };
  }
  attribute(node) {
    const name = node.namedChildren.find((c) => c?.type === "identifier");
    const exprNode = node.namedChildren.find((c) => c?.type === "expression");
    return {
      name: name.text,
      nameRange: this.range(name),
      expr: exprNode ? this.expression(exprNode, 0) : this.opaque(node, "expression", [])
    };
  }
  /** An `expression` node: a term followed by attribute, index and splat steps. */
  expression(node, depth) {
    if (depth > MAX_DEPTH) {
      this.cutAt(node);
      return this.opaque(node, "expression", []);
    }
    const parts = significant(node);
    const [head, ...rest] = parts;
    if (!head) return this.opaque(node, "expression", []);
    if (head.type === "(") {
      const inner = parts.find((p) => p.type === "expression");
      const afterParen = parts.slice(parts.findIndex((p) => p.type === ")") + 1);
      if (inner && afterParen.length === 0) return this.expression(inner, depth + 1);
      return this.opaque(node, "expression", this.references(node, depth));
    }
    if (head.type === "variable_expr") return this.traversal(node, head, rest, depth);
    if (rest.length > 0) return this.opaque(node, "expression", this.references(node, depth));
    return this.term(head, depth);
  }
  term(node, depth) {
    switch (node.type) {
      case "literal_value":
        return this.literal(node);
      case "template_expr":
        return templateFrom(node, this, depth);
      case "collection_value":
        return this.collection(node, depth);
      case "function_call":
        return this.call(node, depth);
      case "conditional":
        return this.conditional(node, depth);
      case "for_expr":
        return this.opaque(node, "for", this.references(node, depth));
      case "expression":
        return this.expression(node, depth + 1);
      default:
        return this.opaque(node, "operation", this.references(node, depth));
    }
  }
  /** `cond ? a : b`: opaque, with its two results kept for the evaluator. */
  conditional(node, depth) {
    const opaque = this.opaque(node, "conditional", this.references(node, depth));
    const parts = node.namedChildren.filter((c) => c?.type === "expression");
    const [, yes, no] = parts;
    if (parts.length === 3 && yes && no)
      opaque.branches = [this.expression(yes, depth + 1), this.expression(no, depth + 1)];
    return opaque;
  }
  literal(node) {
    const inner = node.namedChild(0);
    const base = { range: this.range(node), text: node.text };
    switch (inner?.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(inner.text), ...base };
      case "bool_lit":
        return { kind: "literal", value: inner.text === "true", ...base };
      case "null_lit":
        return { kind: "literal", value: null, ...base };
      default:
        return inner ? templateFrom(inner, this, 0) : { kind: "literal", value: null, ...base };
    }
  }
  collection(node, depth) {
    const inner = node.namedChild(0);
    const base = { range: this.range(node), text: node.text };
    if (inner.type === "tuple") {
      const items2 = inner.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c, depth + 1));
      return { kind: "tuple", items: items2, ...base };
    }
    const items = inner.namedChildren.filter((c) => c?.type === "object_elem").map((c) => this.objectItem(c, depth));
    return { kind: "object", items, ...base };
  }
  objectItem(node, depth) {
    const keyNode = node.childForFieldName("key");
    const valueNode = node.childForFieldName("val");
    const value = this.expression(valueNode, depth + 1);
    const keyRange = this.range(keyNode);
    const key = this.expression(keyNode, depth + 1);
    if (key.kind === "traversal" && key.steps.length === 0)
      return { key: key.root, keyRange, value };
    if (key.kind === "literal" && typeof key.value === "string")
      return { key: key.value, keyRange, value };
    return { key: keyNode.text, computedKey: key, keyRange, value };
  }
  call(node, depth) {
    const name = node.namedChild(0)?.text ?? "";
    const argsNode = node.namedChildren.find((c) => c?.type === "function_arguments");
    const argNodes = (argsNode?.namedChildren ?? []).filter(
      (c) => c?.type === "expression"
    );
    const expandFinal = argsNode?.namedChildren.some((c) => c?.type === "ellipsis") ?? false;
    return {
      kind: "call",
      name,
      args: argNodes.map((a) => this.expression(a, depth + 1)),
      expandFinal,
      range: this.range(node),
      text: node.text
    };
  }
  traversal(node, head, steps, depth) {
    const converted = [];
    for (const step of steps) {
      const next = this.step(step, depth);
      if (!next) return this.opaque(node, "expression", this.references(node, depth));
      converted.push(...next);
    }
    const base = { range: this.range(node), text: node.text };
    return { kind: "traversal", root: head.text, steps: converted, ...base };
  }
  step(node, depth) {
    if (node.type === "get_attr") return [{ kind: "attr", name: node.namedChild(0)?.text ?? "" }];
    if (node.type === "index") {
      const inner = node.namedChild(0);
      if (inner?.type === "legacy_index") {
        const digits = inner.text.replace(/^\./, "");
        return [
          {
            kind: "index",
            key: { kind: "literal", value: Number(digits), range: this.range(inner), text: digits }
          }
        ];
      }
      const keyNode = inner?.namedChildren.find((c) => c?.type === "expression");
      return keyNode ? [{ kind: "index", key: this.expression(keyNode, depth + 1) }] : void 0;
    }
    if (node.type === "splat") {
      const inner = node.namedChild(0);
      const after = (inner?.namedChildren ?? []).filter((c) => c !== null);
      const rest = after.map((s) => this.step(s, depth));
      if (rest.some((r) => r === void 0)) return void 0;
      return [{ kind: "splat" }, ...rest.flatMap((r) => r ?? [])];
    }
    return void 0;
  }
  opaque(node, what, children) {
    return { kind: "opaque", what, children, range: this.range(node), text: node.text };
  }
  /**
   * Every traversal (`var.x`, `aws_s3_bucket.b.arn`) written anywhere inside a node, in the order
   * written. Walked with a stack of its own: a chain of forty `&&` already nests deeper than the
   * expressions converted, and a long one would overflow a recursive walk.
   */
  references(node, depth) {
    const out = [];
    const pending = [node];
    for (let item = pending.pop(); item; item = pending.pop()) {
      if ("kind" in item) {
        out.push(item);
        continue;
      }
      const kids = item.children.filter((c) => c !== null);
      const inside = kids.map(
        (child, i) => child.type === "variable_expr" ? this.reference(item, kids, i, depth) : child
      );
      pending.push(...inside.filter((x) => x !== void 0).reverse());
    }
    return out;
  }
  /** The traversal a `variable_expr` starts, with the attribute steps written after it. */
  reference(parent, kids, at, depth) {
    const head = kids[at];
    const steps = [];
    for (const next of kids.slice(at + 1)) {
      if (next.type !== "get_attr" && next.type !== "index" && next.type !== "splat") break;
      steps.push(next);
    }
    const attrs = steps.filter((s) => s.type === "get_attr");
    const t = this.traversal(parent, head, attrs, depth);
    const text = head.text + steps.map((s) => s.text).join("");
    return t.kind === "traversal" ? { ...t, range: this.range(head), text } : void 0;
  }
};
function significant(node) {
  return node.children.filter((c) => c !== null && c.type !== "comment");
}
function stringLitValue(node) {
  const literal = node.namedChildren.find((c) => c?.type === "template_literal");
  return literal ? literal.text : "";
}

// src/iac/terraform/syntax/errors.ts
var MAX_PER_FILE = 20;
function syntaxDiagnostics(file, root, text, lineOffset = 0, end = "end of file") {
  const out = [];
  for (const region of topLevelNodes(root)) {
    if (out.length >= MAX_PER_FILE) break;
    if (!region.hasError && !region.isError && !region.isMissing) continue;
    const problem = firstProblem(region);
    if (!problem) continue;
    const { message, at } = describe(problem, region, text, end);
    out.push(
      diagnostic(file, message, "parse-error", {
        line: at.startPosition.row + 1 + lineOffset,
        column: at.startPosition.column + 1
      })
    );
  }
  return out;
}
function topLevelNodes(root) {
  if (root.isError) return [root];
  const out = [];
  for (const child of root.children) {
    if (!child) continue;
    if (child.type === "body") out.push(...child.children.filter((c) => c !== null));
    else out.push(child);
  }
  if (out.length === 0 && root.hasError) out.push(root);
  return out;
}
function firstProblem(region) {
  let node = region;
  while (node) {
    if (node.isError || node.isMissing) return node;
    node = node.children.find(
      (c) => c !== null && (c.hasError || c.isMissing || c.isError)
    );
  }
  return void 0;
}
var CLOSERS = {
  block_end: '"}"',
  object_end: '"}"',
  "}": '"}"',
  tuple_end: '"]"',
  "]": '"]"',
  ")": '")"',
  quoted_template_end: "a closing quote",
  template_interpolation_end: '"}" to close "${"'
};
function describe(node, region, text, end) {
  const expected = node.isMissing ? CLOSERS[node.type] : void 0;
  const snippet = snippetAt(node, text);
  if (snippet === "") {
    const what = expected ? `expected ${expected} before the ${end}` : `unexpected ${end}`;
    return { message: `syntax error: not closed, ${what}`, at: region.isError ? node : region };
  }
  if (expected)
    return { message: `syntax error: expected ${expected} before '${snippet}'`, at: node };
  return { message: `syntax error: unexpected '${snippet}'`, at: node };
}
function snippetAt(node, text) {
  const to = node.isError ? Math.min(node.endIndex, node.startIndex + 200) : node.startIndex + 200;
  const line = (text.slice(node.startIndex, to).split("\n")[0] ?? "").trim();
  return line.length > 40 ? `${line.slice(0, 39)}\u2026` : line;
}

// src/iac/terraform/syntax/parse.ts
var MAX_FILE_CHARS = 4 * 1024 * 1024;
var BUDGET_WITH_ERRORS_MS = 700;
var BUDGET_MS = 1e4;
var TOP_LEVEL_BLOCK = /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b[^\n{]*\{/gm;
function parseHcl(parser, file, text) {
  if (text.length > MAX_FILE_CHARS) return fail(file, tooLargeMessage(text), "file-too-large");
  if (text.includes("\0")) return fail(file, "file is binary, not Terraform", "parse-error");
  const started = performance.now();
  const whole = parseWithin(parser, text, started);
  if (!whole) return fail(file, "file took too long to parse; not read", "parse-timeout");
  try {
    if (!whole.rootNode.hasError) return bodyOf(file, whole, 0);
    const recovered = recoverByBlocks(parser, file, text, started);
    if (recovered && recovered.diagnostics.length > 0) return recovered;
    const read = bodyOf(file, whole, 0);
    return {
      blocks: read.blocks,
      diagnostics: [...syntaxDiagnostics(file, whole.rootNode, text), ...read.diagnostics]
    };
  } finally {
    whole.delete();
  }
}
function recoverByBlocks(parser, file, text, started) {
  const starts = [...text.matchAll(TOP_LEVEL_BLOCK)].map((m) => m.index);
  if (starts.length < 2) return void 0;
  if (starts[0] !== 0) starts.unshift(0);
  const out = { blocks: [], diagnostics: [] };
  let lineOffset = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const chunk = text.slice(from, starts[i + 1] ?? text.length);
    const tree = parseWithin(parser, chunk, started);
    if (!tree) {
      out.diagnostics.push(
        diagnostic(file, "file took too long to parse; the rest was not read", "parse-timeout", {
          line: lineOffset + 1
        })
      );
      break;
    }
    const read = bodyOf(file, tree, lineOffset);
    out.blocks.push(...read.blocks);
    out.diagnostics.push(...read.diagnostics);
    const end = i === starts.length - 1 ? "end of file" : "next block";
    if (tree.rootNode.hasError && out.diagnostics.length < MAX_PER_FILE)
      out.diagnostics.push(
        ...syntaxDiagnostics(file, tree.rootNode, chunk, lineOffset, end).slice(0, 1)
      );
    tree.delete();
    lineOffset += countLines(chunk);
  }
  return out;
}
function parseWithin(parser, text, started) {
  parser.reset();
  const tree = parser.parse(text, null, {
    progressCallback: (state) => {
      const elapsed = performance.now() - started;
      return elapsed > BUDGET_MS || state.hasError && elapsed > BUDGET_WITH_ERRORS_MS;
    }
  });
  parser.reset();
  return tree;
}
function bodyOf(file, tree, lineOffset) {
  const conv = new Converter(lineOffset);
  const body = conv.body(tree.rootNode.namedChildren.find((c) => c?.type === "body"));
  const at = conv.tooDeep;
  return { ...body, diagnostics: at ? [diagnostic(file, TOO_DEEP_MESSAGE, "too-deep", at)] : [] };
}
function countLines(text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function tooLargeMessage(text) {
  const mib = (Buffer.byteLength(text, "utf8") / 1024 / 1024).toFixed(1);
  return `not read: its ${text.length} characters (${mib} MiB) are over the Terraform reader's fixed limit of ${MAX_FILE_CHARS} characters per .tf file; no setting raises it (\`max-file-size\` does not), so the result is error: split it into .tf files under that size to have it checked`;
}
function fail(file, message, code) {
  return { blocks: [], diagnostics: [diagnostic(file, message, code)] };
}

export {
  TOO_DEEP_MESSAGE,
  Converter,
  MAX_FILE_CHARS,
  parseHcl
};
