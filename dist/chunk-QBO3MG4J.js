import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  attackPathsSection,
  bySeverity,
  changeLine,
  code,
  coverageText,
  diagnosticLine,
  escapeMarkdown,
  findingLine,
  ruleDocsUrl,
  severityTable,
  suppressedLine,
  withoutUnfinishedSpan
} from "./chunk-KI6GQVJO.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-WURO2SF7.js";
import {
  isOpen
} from "./chunk-EYSVWNS6.js";
import {
  SEVERITIES
} from "./chunk-4BT7JHZN.js";
import {
  clip,
  clipBytes,
  oneLine,
  withoutWorkflowCommands
} from "./chunk-A7L7NCZO.js";
import {
  uniqueDiagnostics
} from "./chunk-X54H5DKA.js";

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
    ...result.moved ? { moved: Object.fromEntries(result.moved) } : {},
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
  const open = result.findings.filter(isOpen);
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

// src/report/moved.ts
var NAMED = 3;
function movedSentence(moved, name) {
  const named = [...moved].slice(0, NAMED).map(([from, to]) => `${name(to)} (moved from ${name(from)})`);
  const more = moved.size > NAMED ? ` and ${moved.size - NAMED} more` : "";
  const files = moved.size === 1 ? "file" : "files";
  return `${moved.size} moved ${files}, compared with the base where they were: ${named.join(", ")}${more}`;
}

// src/report/markdown/summary.ts
var JOB_SUMMARY_MAX_BYTES = 1e3 * 1024;
var HEADLINE = { pass: "\u2705 pass", fail: "\u274C fail", error: "\u26A0\uFE0F error" };
function renderSummary(result, opts = {}) {
  const counts = countsOf(result);
  const open = result.findings.filter(isOpen);
  const primary = bySeverity(
    (result.mode === "diff" ? open.filter((f) => f.status === "new") : open).filter((f) => !f.path)
  );
  const head = [
    ...opts.marker ? [opts.marker] : [],
    `## serverless-gate: ${HEADLINE[result.decision]}`,
    "",
    result.reasons.map((r) => escapeMarkdown(r)).join("<br>"),
    ...result.coverage ? ["", `_${escapeMarkdown(coverageText(result.coverage))}_`] : [],
    ...result.moved ? ["", `_${movedSentence(result.moved, code)}_`] : [],
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
  return opts.maxLength !== void 0 && Buffer.byteLength(body) > opts.maxLength ? `${clipMarkdown(body, opts.maxLength - Buffer.byteLength(TRUNCATED))}${TRUNCATED}` : body;
}
var TRUNCATED = "\n\n(truncated)\n";
function clipMarkdown(body, max) {
  const clipped = clipBytes(body, max);
  return `${withoutUnfinishedSpan(clipped.slice(0, -1))}\u2026`;
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
import { gzipSync } from "node:zlib";
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
  present: void 0
};
function toSarif(result, rules) {
  const open = result.findings.filter(inHead);
  const used = new Set(open.flatMap((f) => [f.ruleId, ...(f.also ?? []).map((a) => a.ruleId)]));
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
        results: open.map((f) => sarifResult(f, index.get(f.ruleId), result.mode === "diff")),
        invocations: [invocation(result.errors ?? [])]
      }
    ]
  };
}
function inHead(f) {
  return f.status !== "fixed";
}
function invocation(errors) {
  return {
    executionSuccessful: errors.length === 0,
    toolExecutionNotifications: uniqueDiagnostics(errors).map((d) => ({
      level: "error",
      descriptor: { id: d.code },
      message: { text: plainText(d.message) },
      // `(dependencies)` and the like name no file.
      locations: d.file.startsWith("(") ? [] : [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(d.file) },
            region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) }
          }
        }
      ]
    }))
  };
}
var MAX_RULE_NAME = 255;
var MAX_RULE_DESCRIPTION = 1024;
function descriptor(r) {
  return {
    id: r.id,
    name: clip(
      r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase()),
      MAX_RULE_NAME
    ),
    shortDescription: { text: clip(r.title, MAX_RULE_DESCRIPTION) },
    fullDescription: { text: clip(r.rationale, MAX_RULE_DESCRIPTION) },
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
    message: { text: plainText(`${f.message}.${also}`) },
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
function plainText(message) {
  return oneLine(message).replace(/[[\]]/g, (c) => `\\${c}`);
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
        message: { text: plainText(`attack path to ${path.function}`) },
        threadFlows: [
          {
            locations: path.steps.map((s, i) => ({
              executionOrder: i + 1,
              kinds: [s.kind],
              location: { physicalLocation: physical(s), message: { text: plainText(s.message) } }
            }))
          }
        ]
      }
    ],
    relatedLocations: path.steps.map((s, i) => ({
      id: i + 1,
      physicalLocation: physical(s),
      message: { text: plainText(`${s.kind}: ${s.message}`) }
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
var CODE_SCANNING_LIMITS = {
  resultsPerRun: 25e3,
  keptResults: 5e3,
  compressedBytes: 10 * 1024 * 1024
};
function codeScanningLimitNotes(log, text) {
  const { resultsPerRun, keptResults, compressedBytes } = CODE_SCANNING_LIMITS;
  const notes = log.runs.flatMap((run) => {
    const n = run.results?.length ?? 0;
    if (n > resultsPerRun)
      return [
        `the SARIF report holds ${n} results: code scanning refuses more than 25,000 in a run, so its upload will fail; the JSON report and the job summary hold every finding`
      ];
    if (n > keptResults)
      return [
        `the SARIF report holds ${n} results: code scanning keeps only the 5,000 most severe of a run; the JSON report holds every finding`
      ];
    return [];
  });
  if (Buffer.byteLength(text) <= compressedBytes) return notes;
  const compressed = gzipSync(text).length;
  if (compressed > compressedBytes)
    notes.push(
      `the SARIF report is ${(compressed / 1024 / 1024).toFixed(1)} MB compressed: code scanning refuses files over 10 MB, so its upload will fail; the JSON report holds every finding`
    );
  return notes;
}

export {
  toJsonReport,
  countsOf,
  movedSentence,
  JOB_SUMMARY_MAX_BYTES,
  renderSummary,
  notScanned,
  toSarif,
  codeScanningLimitNotes
};
