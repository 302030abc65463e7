import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  oneOf,
  parseCommandArgs
} from "./chunk-ELS72SX4.js";
import {
  attackPathsSection,
  listInput,
  pathFindings,
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
import "./chunk-UX7RXPQN.js";
import "./chunk-5SJJU53O.js";
import "./chunk-7SEDE4AE.js";
import "./chunk-OJQZW7RI.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-X55WVBGH.js";
import "./chunk-4BT7JHZN.js";
import "./chunk-OSVJ6EM3.js";
import "./chunk-7R77QNO6.js";
import "./chunk-CNIQ5CR7.js";
import {
  EXIT_ERROR,
  EXIT_OK,
  UsageError
} from "./chunk-QUQGESWO.js";
import {
  jsonOutput,
  logLine,
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
  formatLocation
} from "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";

// src/cli/commands/paths.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
var USAGE = `Usage: serverless-gate paths [dir] [options]

Lists the attack paths of the tree under dir (default: the current directory): who can reach each
function (anyone on the internet, any AWS account), what vulnerable packages it ships and what its
role may do, joined by the path rules. Reach that is not known before deployment forms no path.

Options:
  --format FORMAT        text (default), json, or markdown (with a Mermaid diagram)
  --config FILE          config file (default: dir/.serverless-gate.yml)
  --scanners LIST        iac, deps or both (default: from the config, else iac,deps)
  --osv-api-url URL      OSV API for dependency vulnerabilities (default: https://api.osv.dev)
  --osv-offline-dir DIR  OSV records (.json files or all.zip exports) to use instead of the API
  --verbose              also list entries whose reach could not be decided
`;
var pathsCommand = {
  name: "paths",
  summary: "list attack paths: reach \xD7 vulnerable packages \xD7 permissions",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      config: { type: "string" },
      scanners: { type: "string" },
      "osv-api-url": { type: "string" },
      "osv-offline-dir": { type: "string" },
      verbose: { type: "boolean" }
    });
    if (positionals.length > 1) throw new UsageError("paths takes at most one directory");
    const format = oneOf("format", values.format, ["text", "json", "markdown"], "text");
    const dir = resolve(io.cwd, positionals[0] ?? ".");
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${dir}`);
    const config = values.config ? await loadConfigFromPath(resolve(io.cwd, values.config)) : await loadConfigFile(new DirectorySource(dir));
    const settings = resolveSettings({ scanners: listInput(values.scanners) }, config, "option");
    const osv = osvSourceFor({
      apiUrl: values["osv-api-url"] ?? "https://api.osv.dev",
      offlineDir: values["osv-offline-dir"] ? resolve(io.cwd, values["osv-offline-dir"]) : void 0
    });
    const head = new DirectorySource(dir, { maxFileBytes: settings["max-file-size"] });
    const result = await runScan({ head, config, settings, osv });
    const { open } = pathFindings(result.findings);
    const undecided = result.undecided.filter((u) => u.ruleId === "attack-paths");
    if (format === "json")
      io.out.write(jsonOutput({ paths: open, undecided, errors: result.errors }));
    else if (format === "markdown")
      io.out.write(
        withoutWorkflowCommands(
          `${["## Attack paths", ...attackPathsSection(open, false).slice(2)].join("\n")}
`
        )
      );
    else io.out.write(renderText(open, values.verbose ? undecided : []));
    for (const e of result.errors)
      io.err.write(`serverless-gate: ${logLine(`${e.file}:${e.line}: ${e.message}`)}
`);
    return result.errors.length > 0 ? EXIT_ERROR : EXIT_OK;
  }
};
function renderText(paths, undecided) {
  const out = [`${paths.length} attack path(s)`];
  for (const f of paths) {
    out.push("", `${f.severity.padEnd(8)} ${f.ruleId}  ${f.path?.function}`);
    for (const s of f.path?.steps ?? [])
      out.push(`  ${s.kind.padEnd(8)} ${formatLocation(s.location)}  ${s.message}`);
    for (const a of f.also ?? []) out.push(`  also     ${a.ruleId}: ${a.message}`);
  }
  if (undecided.length > 0) {
    out.push("", `Undecided reach (${undecided.length}):`);
    for (const u of undecided)
      out.push(`  ${formatLocation(u.location)}  ${u.resource}: ${u.reason}`);
  }
  return withoutWorkflowCommands(`${out.map(oneLine).join("\n")}
`);
}
export {
  pathsCommand
};
