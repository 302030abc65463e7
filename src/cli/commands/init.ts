import { lstatSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { planInit, type InitFile, type InitPlan } from '../../core/init.js'
import { FORMAT_NAMES } from '../../report/init/config.js'
import { DEFAULT_ACTION_REF, isActionRef } from '../../report/init/workflow.js'
import { DirectorySource } from '../../sources/filesystem.js'
import { parseCommandArgs } from '../args.js'
import { EXIT_ERROR, EXIT_OK, UsageError, type CliIo, type Command } from '../io.js'

const USAGE = `Usage: serverless-gate init [dir] [--force] [--action OWNER/REPO@REF]

Sets the gate up in the repository at dir (default: the current directory). Writes
.github/workflows/serverless-gate.yml (the pull-request gate with SARIF upload, and a weekly audit
of the default branch, each with least-privilege permissions) and a commented
.serverless-gate.yml naming the formats, services and lockfiles found. Existing files are left
alone unless --force.

Options:
  --force        overwrite files that already exist
  --action REF   the action the workflow runs (default: ${DEFAULT_ACTION_REF});
                 owner/repo@<full commit SHA> pins exactly the code that runs
`

export const initCommand: Command = {
  name: 'init',
  summary: 'write the workflow and a starter config for this repository',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      force: { type: 'boolean' },
      action: { type: 'string' }
    })
    if (positionals.length > 1) throw new UsageError('init takes at most one directory')
    const actionRef = values.action ?? DEFAULT_ACTION_REF
    if (!isActionRef(actionRef))
      throw new UsageError(`--action must look like owner/repo@v1 or owner/repo@<sha>`)
    const root = resolve(io.cwd, positionals[0] ?? '.')
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${root}`)
    const plan = await planInit(new DirectorySource(root), root, actionRef)
    const existing = plan.files.filter(f =>
      lstatSync(join(root, f.path), { throwIfNoEntry: false })
    )
    if (existing.length > 0 && values.force !== true) {
      const names = existing.map(f => f.path).join(', ')
      io.err.write(
        `serverless-gate init: ${names} already exist${existing.length === 1 ? 's' : ''}; nothing was written (--force overwrites)\n`
      )
      return EXIT_ERROR
    }
    writeAll(root, plan.files)
    io.out.write(report(plan, existing.length))
    return EXIT_OK
  }
}

function writeAll(root: string, files: InitFile[]): void {
  for (const file of files) {
    const path = join(root, file.path)
    mkdirSync(dirname(path), { recursive: true })
    // Replace what is there (a symbolic link included) rather than write through it.
    rmSync(path, { force: true })
    writeFileSync(path, file.content)
  }
}

function report(plan: InitPlan, overwritten: number): string {
  const { services, lockfiles } = plan.found
  const formats = [...new Set(services.map(s => FORMAT_NAMES[s.format]))].join(', ')
  const lines = [
    ...plan.files.map(f => `wrote ${f.path}`),
    ...(overwritten > 0 ? [`(--force: ${overwritten} existing file(s) overwritten)`] : []),
    `found: ${services.length} service(s)${formats ? ` (${formats})` : ''}, ${lockfiles.length} lockfile(s)`,
    '',
    'Next:',
    '  1. Commit both files and open a pull request: the gate runs on it.',
    '  2. Make the check required: Settings → Branches (or Rules → Rulesets), a rule for the',
    '     default branch, "Require status checks to pass", add `serverless-gate`.',
    '  3. Review .serverless-gate.yml: the threshold, paths to skip, exceptions with reasons.'
  ]
  return `${lines.join('\n')}\n`
}
