import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  oneOf,
  parseCommandArgs
} from "./chunk-ELS72SX4.js";
import {
  allRuleMeta
} from "./chunk-MNUGCYRD.js";
import {
  pathMatrixMarkdown
} from "./chunk-OIJINK6H.js";
import "./chunk-6ATYAQCS.js";
import "./chunk-5SJJU53O.js";
import "./chunk-WNHZODXO.js";
import "./chunk-OJQZW7RI.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-IFPMTODG.js";
import "./chunk-X55WVBGH.js";
import {
  SEVERITIES
} from "./chunk-4BT7JHZN.js";
import "./chunk-IHI3M6UZ.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-QUQGESWO.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-UEE2SDQD.js";
import "./chunk-P4JAG5LX.js";
import "./chunk-BGWANNZY.js";
import "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-GH4QJ2HJ.js";

// src/report/rules-doc.ts
var AREAS = {
  functions: "Functions",
  iam: "IAM",
  api: "API",
  data: "Data, messaging and secrets",
  diff: "Diff-native (base vs head)",
  dependencies: "Dependencies",
  paths: "Attack paths",
  policy: "Policy",
  custom: "Custom"
};
function renderRulesMarkdown(rules) {
  const out = [
    "# Rules",
    "",
    "Generated from the rules' metadata by `serverless-gate rules --format markdown`; do not edit by hand.",
    "",
    `${rules.length} rules. Ids are stable: use them in \`.serverless-gate.yml\` (\`rules:\`, \`ignore:\`) and in suppressions.`,
    "",
    "| id | title | severity | area |",
    "|---|---|---|---|",
    ...rules.map(
      (r) => `| [\`${r.id}\`](#${r.id}) | ${r.title} | ${r.severity} | ${AREAS[r.area] ?? r.area} |`
    )
  ];
  if (rules.some((r) => r.area === "paths"))
    out.push("", "## Attack-path severity matrix", "", pathMatrixMarkdown());
  for (const r of rules) out.push("", ...ruleSection(r));
  return `${out.join("\n")}
`;
}
function ruleSection(r) {
  const eq = Object.entries(r.equivalents).filter(([, ids]) => ids && ids.length > 0).map(([tool, ids]) => `${tool}: ${(ids ?? []).join(", ")}`);
  return [
    `## ${r.id}`,
    "",
    `**${r.title}** \u2014 default severity **${r.severity}**, area ${AREAS[r.area] ?? r.area}.`,
    "",
    r.rationale,
    "",
    `**How to fix:** ${r.remediation.text}`,
    ...Object.entries(r.remediation.snippets).flatMap(([format, snippet]) => [
      "",
      `${format}:`,
      "",
      "```",
      snippet,
      "```"
    ]),
    ...r.references.length > 0 ? ["", `References: ${r.references.map((u) => `<${u}>`).join(", ")}`] : [],
    ...r.compliance.length > 0 ? ["", `Compliance: ${r.compliance.join(", ")}`] : [],
    ...eq.length > 0 ? ["", `Equivalent checks: ${eq.join("; ")}`] : []
  ];
}
function renderRulesText(rules) {
  const width = Math.max(...rules.map((r) => r.id.length));
  const sorted = [...rules].sort(
    (a, b) => a.area.localeCompare(b.area) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  );
  return `${sorted.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.title}`).join("\n")}
`;
}

// src/cli/commands/rules.ts
var USAGE = `Usage: serverless-gate rules [--format text|json|markdown]

Lists the rule catalog: id, default severity and title (json and markdown: everything, including
why each rule matters, how to fix it per format, references and equivalent checks of other tools).
`;
var rulesCommand = {
  name: "rules",
  summary: "list the rule catalog",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: "string" } });
    if (positionals.length > 0) throw new UsageError("rules takes no arguments");
    const format = oneOf("format", values.format, ["text", "json", "markdown"], "text");
    const rules = allRuleMeta();
    if (format === "json") io.out.write(`${JSON.stringify(rules, null, 2)}
`);
    else io.out.write(format === "markdown" ? renderRulesMarkdown(rules) : renderRulesText(rules));
    return EXIT_OK;
  }
};
export {
  rulesCommand
};
