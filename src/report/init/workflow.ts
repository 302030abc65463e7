/** The action a generated workflow uses, unless told otherwise (`--action`). */
export const DEFAULT_ACTION_REF = 'serverless-gate/serverless-gate@v1'

/** `owner/repo@ref` (a tag such as v1, or a full commit SHA), and nothing that could break YAML. */
export function isActionRef(ref: string): boolean {
  return /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[A-Za-z0-9_./-]+$/.test(ref)
}

/**
 * The workflow `init` writes: the pull-request gate (check run, comments, SARIF upload) and the
 * weekly audit with its tracking issue, each job with only the permissions it uses.
 */
export function renderGateWorkflow(actionRef: string = DEFAULT_ACTION_REF): string {
  if (!isActionRef(actionRef)) throw new Error(`not an action reference: ${actionRef}`)
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
`
}
