import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  oneOf,
  parseCommandArgs
} from "./chunk-ELS72SX4.js";
import {
  JOB_SUMMARY_MAX_BYTES,
  codeScanningLimitNotes,
  countsOf,
  movedSentence,
  notScanned,
  renderSummary,
  toJsonReport,
  toSarif
} from "./chunk-QBO3MG4J.js";
import {
  bySeverity,
  coverageText,
  listInput,
  resolveSettings,
  runScan
} from "./chunk-KI6GQVJO.js";
import "./chunk-DJEB6POX.js";
import {
  osvSourceFor
} from "./chunk-WURO2SF7.js";
import "./chunk-OIJINK6H.js";
import "./chunk-6ATYAQCS.js";
import {
  loadConfigFile,
  loadConfigFromPath
} from "./chunk-PJT4EC5G.js";
import {
  effectiveDecision
} from "./chunk-UX7RXPQN.js";
import {
  ConfigFileSchema
} from "./chunk-5SJJU53O.js";
import "./chunk-7SEDE4AE.js";
import "./chunk-OJQZW7RI.js";
import {
  isOpen
} from "./chunk-EYSVWNS6.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-X55WVBGH.js";
import "./chunk-4BT7JHZN.js";
import "./chunk-OSVJ6EM3.js";
import "./chunk-7R77QNO6.js";
import "./chunk-CNIQ5CR7.js";
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError
} from "./chunk-QUQGESWO.js";
import {
  jsonOutput,
  oneLine,
  withoutWorkflowCommands
} from "./chunk-A7L7NCZO.js";
import {
  DirectorySource
} from "./chunk-TOJCQWTX.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-SSFE73ML.js";
import "./chunk-WLV54ML5.js";
import "./chunk-P4JAG5LX.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import {
  formatLocation,
  uniqueDiagnostics
} from "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";

// src/cli/commands/scan.ts
import { existsSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/report/text.ts
function renderText(result, verbose = false) {
  const counts = countsOf(result);
  const out = [
    `serverless-gate: ${result.decision.toUpperCase()} \u2014 ${oneLine(result.reasons.join("; "))}`
  ];
  const severities = Object.entries(counts.bySeverity).map(([s, n]) => `${n} ${s}`);
  out.push(
    `${counts.findings} open findings (${severities.join(", ")}), ${counts.fixed} fixed, ${counts.suppressed} suppressed`
  );
  block(out, "Could not be checked", uniqueDiagnostics(result.errors).map(diagnosticText));
  if (result.coverage) out.push(coverageText(result.coverage));
  if (result.moved) out.push(movedSentence(result.moved, (path) => oneLine(path)));
  const open = bySeverity(result.findings.filter(isOpen));
  if (result.mode === "diff") {
    block(out, "New", open.filter((f) => f.status === "new").map(findingText));
    block(out, "Unchanged", open.filter((f) => f.status === "unchanged").map(findingText));
    block(out, "Fixed", result.findings.filter((f) => f.status === "fixed").map(findingText));
    block(
      out,
      "Security-relevant changes",
      result.changes.map((c) => `${at(c.location)}  ${oneLine(c.summary)}`)
    );
  } else {
    block(out, "Findings", open.map(findingText));
  }
  block(
    out,
    "Suppressed",
    result.findings.filter((f) => f.suppressed && f.status !== "fixed").map(
      (f) => `${findingText(f)}
      suppressed (${f.suppressed?.source}): ${oneLine(f.suppressed?.reason ?? "")}`
    )
  );
  block(out, "Not scanned", notScanned(result).map(diagnosticText));
  block(out, "Notes", result.notes.map(diagnosticText));
  if (verbose)
    block(
      out,
      "Not decidable (symbolic values)",
      result.undecided.map(
        (u) => `${at(u.location)}  ${oneLine(`${u.ruleId}: ${u.resource}: ${u.reason}`)}`
      )
    );
  return withoutWorkflowCommands(`${out.join("\n")}
`);
}
function findingText(f) {
  const also = (f.also ?? []).map((a) => `
      also ${oneLine(`${a.ruleId}: ${a.message}`)}`).join("");
  const note = f.suppressionNote ? `
      note: ${oneLine(f.suppressionNote)}` : "";
  return `${f.severity.padEnd(8)} ${oneLine(f.ruleId)}  ${at(f.location)}
      ${oneLine(f.message)}${also}${note}`;
}
function block(out, title, lines) {
  if (lines.length === 0) return;
  out.push("", `${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`));
}
function diagnosticText(d) {
  return `${at(d)}  ${oneLine(d.message)}`;
}
function at(location) {
  return oneLine(formatLocation(location));
}

// src/cli/commands/scan.ts
var USAGE = `Usage: serverless-gate scan [dir] [options]

Evaluates the security policy over the infrastructure-as-code under dir (default: the current
directory). With --base, compares two revisions and reports what the head introduces and fixes;
files git finds renamed, and files moved with their content unchanged (between two directories
too), are compared with the base where they were.

Options:
  --base REF|DIR       base side: a git revision of the repository in dir, or a directory
  --head REF|DIR       head side (default: the working tree of dir)
  --format FORMAT      text (default), json, sarif or markdown
  --output FILE        write the report to FILE instead of standard output
  --fail-on SEVERITY   critical, high, medium, low or none (default: from the config, else high)
  --config FILE        config file (default: dir/.serverless-gate.yml)
  --scanners LIST      iac, deps or both (default: from the config, else iac,deps)
  --pr-scope SCOPE     with --base: changed (default: only the units the change reaches) or full
  --osv-api-url URL    OSV API for dependency vulnerabilities (default: https://api.osv.dev)
  --osv-offline-dir DIR  OSV records (.json files or all.zip exports) to use instead of the API
  --workers N          worker threads to model a large tree with; 1 models in one thread
                       (default: SERVERLESS_GATE_WORKERS, else one per core on large trees)
  --verbose            also list checks that could not be decided (symbolic values)

Exit codes: 0 pass, 1 findings at or above the threshold, 2 usage, configuration or scan error.
`;
var scanCommand = {
  name: "scan",
  summary: "evaluate the security policy (one tree, or base vs head)",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      base: { type: "string" },
      head: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      "fail-on": { type: "string" },
      config: { type: "string" },
      scanners: { type: "string" },
      "pr-scope": { type: "string" },
      "osv-api-url": { type: "string" },
      "osv-offline-dir": { type: "string" },
      verbose: { type: "boolean" },
      workers: { type: "string" }
    });
    if (positionals.length > 1) throw new UsageError("scan takes at most one directory");
    const format = oneOf(
      "format",
      values.format,
      ["text", "json", "sarif", "markdown"],
      "text"
    );
    const dir = resolve(io.cwd, positionals[0] ?? ".");
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${dir}`);
    if (!values.base && values.head) throw new UsageError("--head needs --base");
    const proposed = values.config ? await loadConfigFromPath(resolve(io.cwd, values.config)) : await loadConfigFile(new DirectorySource(dir));
    const baseConfig = values.base && !values.config ? await loadConfigFile(await sideOf(dir, values.base, io, {})).catch(
      () => ConfigFileSchema.parse({})
    ) : void 0;
    const config = baseConfig ? (await import("./chunk-XNHD4SV3.js")).strictestConfig(baseConfig, proposed) : proposed;
    const explicit = {
      "fail-on-severity": values["fail-on"],
      scanners: listInput(values.scanners),
      "pr-scope": values["pr-scope"]
    };
    const settings = resolveSettings(explicit, config, "option");
    const options = {
      maxFileBytes: settings["max-file-size"],
      excludePaths: settings["exclude-paths"]
    };
    const { base, head, renamed } = await sidesOf(dir, values.base, values.head, io, options);
    const osv = osvSourceFor({
      apiUrl: values["osv-api-url"] ?? "https://api.osv.dev",
      offlineDir: values["osv-offline-dir"] ? resolve(io.cwd, values["osv-offline-dir"]) : void 0
    });
    const configPath = values.config ?? ".serverless-gate.yml";
    const workers = workersOption(values.workers);
    const result = await runScan({
      head,
      base,
      config,
      baseConfig,
      proposedConfig: proposed,
      settings,
      osv,
      configPath,
      workers,
      renamed
    });
    const rules = format === "sarif" ? (await import("./chunk-YRKW3RLT.js")).allRuleMeta(config) : [];
    let report;
    let notes = [];
    if (format === "sarif") {
      const sarif = toSarif(result, rules);
      report = jsonOutput(sarif);
      notes = codeScanningLimitNotes(sarif, report);
    } else report = render(result, format, values.verbose === true);
    if (values.output) writeFileSync(resolve(io.cwd, values.output), report);
    else io.out.write(report);
    for (const note of notes) io.err.write(`serverless-gate: ${note}
`);
    for (const e of result.errors)
      io.err.write(
        `serverless-gate: could not check ${oneLine(`${e.file}:${e.line}: ${e.message}`)}
`
      );
    const effective = effectiveDecision(result);
    if (result.decision === "error" && effective !== "error")
      io.err.write(
        "serverless-gate: on-error: warn, so the exit code is decided on the files that could be checked\n"
      );
    return effective === "error" ? EXIT_ERROR : effective === "fail" ? EXIT_FINDINGS : EXIT_OK;
  }
};
function workersOption(value) {
  if (value === void 0) return void 0;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`--workers must be a whole number from 1: ${value}`);
  return Number(value);
}
async function sidesOf(dir, baseSpec, headSpec, io, options) {
  if (baseSpec && headSpec && !isFolder(io, baseSpec) && !isFolder(io, headSpec)) {
    const { GitRevisionSource } = await import("./chunk-A3O6F53I.js");
    const sides = await GitRevisionSource.openSides(dir, baseSpec, headSpec, options);
    return { ...sides, renamed: await renamesOf(dir, baseSpec, headSpec) };
  }
  const head = headSpec ? await sideOf(dir, headSpec, io, options) : new DirectorySource(dir, options);
  const base = baseSpec ? await sideOf(dir, baseSpec, io, options) : void 0;
  const gitBase = baseSpec !== void 0 && !isFolder(io, baseSpec);
  const renamed = gitBase && !headSpec ? await renamesOf(dir, baseSpec) : void 0;
  return { base, head, ...renamed ? { renamed } : {} };
}
async function renamesOf(dir, base, head) {
  const { renamesFromGit } = await import("./chunk-KCVVXKB5.js");
  return renamesFromGit(dir, base, head);
}
function isFolder(io, spec) {
  const path = resolve(io.cwd, spec);
  return existsSync(path) && statSync(path).isDirectory();
}
async function sideOf(dir, spec, io, options) {
  if (isFolder(io, spec)) return new DirectorySource(resolve(io.cwd, spec), options);
  const { GitRevisionSource } = await import("./chunk-A3O6F53I.js");
  return GitRevisionSource.open(dir, spec, options);
}
function render(result, format, verbose) {
  switch (format) {
    case "json":
      return jsonOutput(toJsonReport(result));
    case "markdown":
      return renderSummary(result, {
        maxLength: JOB_SUMMARY_MAX_BYTES,
        fullReportHint: "run with --format sarif or --format json for every finding"
      });
    case "text":
      return renderText(result, verbose);
  }
}
export {
  scanCommand
};
