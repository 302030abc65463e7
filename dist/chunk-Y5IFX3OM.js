import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-ELS72SX4.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-PJT4EC5G.js";
import "./chunk-5SJJU53O.js";
import "./chunk-7C5J5Z2A.js";
import "./chunk-4BT7JHZN.js";
import {
  parserFor,
  selectLockfiles
} from "./chunk-7R77QNO6.js";
import {
  EXIT_ERROR,
  EXIT_OK,
  UsageError
} from "./chunk-QUQGESWO.js";
import {
  buildModel
} from "./chunk-3WEDGVE5.js";
import "./chunk-ZBLJTQBM.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-BR7PZRYD.js";
import {
  DirectorySource
} from "./chunk-TOJCQWTX.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-SSFE73ML.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-WLV54ML5.js";
import "./chunk-UEE2SDQD.js";
import "./chunk-P4JAG5LX.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import "./chunk-35MOABOI.js";
import "./chunk-6P36TZKO.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
import "./chunk-67PM2TIG.js";
import "./chunk-GH4QJ2HJ.js";

// src/cli/commands/init.ts
import { lstatSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/report/init/config.ts
var FORMAT_NAMES = {
  serverless: "Serverless Framework",
  sam: "AWS SAM",
  cloudformation: "CloudFormation",
  terraform: "Terraform"
};
function renderStarterConfig(found) {
  return `# serverless-gate settings: https://github.com/serverless-gate/serverless-gate#configuration
# Written by \`serverless-gate init\` for what it found in this repository:
#
${foundLines(found)}
#
# Every value below is the built-in default: change what your team needs. A mistake in this file
# is an error that names its line; it is never silently ignored.
version: 1

# Fail at or above this severity: critical | high | medium | low | none.
fail-on-severity: high

# In a pull request, fail on what it introduces (new) or on every finding (all).
gate-on: new

# iac: the templates listed above; deps: known vulnerabilities (OSV) of the lockfiles' packages.
scanners: [iac, deps]

# What a scan error does: fail (never "pass" because something could not be checked) or warn.
on-error: fail

# Scan only these paths (globs); empty: the whole repository.
paths: []

# Paths to skip, on top of .gitignore (test fixtures, generated templates, ...).
exclude-paths: []

# Switch a rule off or change its severity (\`serverless-gate rules\` lists them):
# rules:
#   lambda-tracing-disabled:
#     severity: medium

# Reviewed exceptions, each with its reason and, best, an expiry date:
# ignore:
#   - rule: iam-wildcard-action[s3:*]
#     path: ${commentSafe(exampleGlob(found))}
#     reason: the export bucket is the function's scratch space
#     expires: 2027-03-31
`;
}
function foundLines(found) {
  const services = found.services.map((s) => {
    const functions = `${s.functions} function${s.functions === 1 ? "" : "s"}`;
    return [FORMAT_NAMES[s.format], s.name, `${s.path} (${functions})`];
  });
  const lockfiles = found.lockfiles.map((l) => [`lockfile (${l.ecosystem})`, "", l.path]);
  const rows = [...services, ...lockfiles].map((row) => row.map(commentSafe));
  if (rows.length === 0) {
    return "#   no infrastructure-as-code or lockfile yet: the gate reads Serverless Framework, SAM,\n#   CloudFormation (and CDK output) and Terraform, and the lockfiles of every Lambda runtime.";
  }
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `#   ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2]}`.trimEnd()).join("\n");
}
function exampleGlob(found) {
  const dir = found.services[0]?.dir;
  return dir && dir !== "." ? `${dir}/**` : "**";
}
function commentSafe(text) {
  return [...text].map((c) => isControl(c.codePointAt(0)) ? "?" : c).join("");
}
function isControl(code) {
  return code < 32 || code >= 127 && code <= 159 || code === 8232 || code === 8233;
}

// src/report/init/workflow.ts
var DEFAULT_ACTION_REF = "serverless-gate/serverless-gate@v1";
function isActionRef(ref) {
  return /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[A-Za-z0-9_./-]+$/.test(ref);
}
function renderGateWorkflow(actionRef = DEFAULT_ACTION_REF) {
  if (!isActionRef(actionRef)) throw new Error(`not an action reference: ${actionRef}`);
  return `# serverless-gate: the pull-request gate and the weekly audit of the default branch.
# The gate's settings live in .serverless-gate.yml. Make the \`serverless-gate\` check required in
# branch protection so a pull request cannot merge while it fails.
name: serverless-gate

on:
  pull_request:
  merge_group: # keep it with a merge queue: the queue's merge commit is gated too
  schedule:
    - cron: '17 6 * * 1' # the audit: Mondays, 06:17 UTC
  workflow_dispatch: # an audit on demand

permissions: {} # each job asks for what it uses, nothing more

jobs:
  gate:
    if: github.event_name == 'pull_request' || github.event_name == 'merge_group'
    runs-on: ubuntu-latest
    permissions:
      contents: read # read the repository
      pull-requests: write # review comments and the summary comment
      checks: write # the serverless-gate check run
      security-events: write # SARIF upload to code scanning
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # base and head are read from git; without it, through the API
          persist-credentials: false
      - id: gate
        uses: ${actionRef}
        with:
          mode: pr
      - name: Upload SARIF
        if: always() && steps.gate.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.gate.outputs.sarif-file }}
          category: serverless-gate

  audit:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions:
      contents: read # read the repository
      issues: write # the tracking issue, closed when the repository is clean
      security-events: write # SARIF upload to code scanning
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - id: audit
        uses: ${actionRef}
        with:
          mode: audit
          audit-issue: true
          check-name: '' # no check run for a scheduled audit
      - name: Upload SARIF
        if: always() && steps.audit.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.audit.outputs.sarif-file }}
          category: serverless-gate-audit
`;
}

// src/core/init.ts
var WORKFLOW_PATH = ".github/workflows/serverless-gate.yml";
async function planInit(source, root, actionRef) {
  const found = await detect(source, root);
  return {
    found,
    files: [
      { path: WORKFLOW_PATH, content: renderGateWorkflow(actionRef) },
      { path: DEFAULT_CONFIG_PATH, content: renderStarterConfig(found) }
    ]
  };
}
async function detect(source, root) {
  const model = await buildModel(source, root);
  const lockfiles = selectLockfiles(await source.list());
  return {
    services: model.services.map((s) => ({
      name: s.name,
      format: s.format,
      path: s.id,
      dir: s.dir,
      functions: s.functions.length
    })),
    lockfiles: lockfiles.map((path) => ({ path, ecosystem: parserFor(path).ecosystem }))
  };
}

// src/cli/commands/init.ts
var USAGE = `Usage: serverless-gate init [dir] [--force] [--action OWNER/REPO@REF]

Sets the gate up in the repository at dir (default: the current directory). Writes
.github/workflows/serverless-gate.yml (the pull-request gate with SARIF upload, and a weekly audit
of the default branch, each with least-privilege permissions) and a commented
.serverless-gate.yml naming the formats, services and lockfiles found. Existing files are left
alone unless --force.

Options:
  --force        overwrite files that already exist
  --action REF   the action the workflow runs (default: ${DEFAULT_ACTION_REF});
                 owner/repo@<full commit SHA> pins exactly the code that runs
`;
var initCommand = {
  name: "init",
  summary: "write the workflow and a starter config for this repository",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      force: { type: "boolean" },
      action: { type: "string" }
    });
    if (positionals.length > 1) throw new UsageError("init takes at most one directory");
    const actionRef = values.action ?? DEFAULT_ACTION_REF;
    if (!isActionRef(actionRef))
      throw new UsageError(`--action must look like owner/repo@v1 or owner/repo@<sha>`);
    const root = resolve(io.cwd, positionals[0] ?? ".");
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${root}`);
    const plan = await planInit(new DirectorySource(root), root, actionRef);
    const existing = plan.files.filter(
      (f) => lstatSync(join(root, f.path), { throwIfNoEntry: false })
    );
    if (existing.length > 0 && values.force !== true) {
      const names = existing.map((f) => f.path).join(", ");
      io.err.write(
        `serverless-gate init: ${names} already exist${existing.length === 1 ? "s" : ""}; nothing was written (--force overwrites)
`
      );
      return EXIT_ERROR;
    }
    writeAll(root, plan.files);
    io.out.write(report(plan, existing.length));
    return EXIT_OK;
  }
};
function writeAll(root, files) {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    rmSync(path, { force: true });
    writeFileSync(path, file.content);
  }
}
function report(plan, overwritten) {
  const { services, lockfiles } = plan.found;
  const formats = [...new Set(services.map((s) => FORMAT_NAMES[s.format]))].join(", ");
  const lines = [
    ...plan.files.map((f) => `wrote ${f.path}`),
    ...overwritten > 0 ? [`(--force: ${overwritten} existing file(s) overwritten)`] : [],
    `found: ${services.length} service(s)${formats ? ` (${formats})` : ""}, ${lockfiles.length} lockfile(s)`,
    "",
    "Next:",
    "  1. Commit both files and open a pull request: the gate runs on it.",
    "  2. Make the check required: Settings \u2192 Branches (or Rules \u2192 Rulesets), a rule for the",
    '     default branch, "Require status checks to pass", add `serverless-gate`.',
    "  3. Review .serverless-gate.yml: the threshold, paths to skip, exceptions with reasons."
  ];
  return `${lines.join("\n")}
`;
}
export {
  initCommand
};
