import { existsSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { effectiveDecision } from '../../core/decision.js'
import { listInput, resolveSettings } from '../../core/settings.js'
import { osvSourceFor } from '../../core/osv-source.js'
import { runScan, type ScanResult } from '../../core/scan.js'
import { loadConfigFile, loadConfigFromPath } from '../../policy/config/load.js'
import { ConfigFileSchema } from '../../policy/config/schema.js'
import { toJsonReport } from '../../report/json.js'
import { JOB_SUMMARY_MAX_BYTES, renderSummary } from '../../report/markdown/summary.js'
import { oneLine } from '../../report/plain-text.js'
import { codeScanningLimitNotes, toSarif } from '../../report/sarif.js'
import { renderText } from '../../report/text.js'
import { DirectorySource } from '../../sources/filesystem.js'
import type { FileSource, SourceOptions } from '../../sources/types.js'
import { oneOf, parseCommandArgs } from '../args.js'
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo, type Command } from '../io.js'
import { jsonOutput } from '../../report/plain-text.js'

const USAGE = `Usage: serverless-gate scan [dir] [options]

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
`

export const scanCommand: Command = {
  name: 'scan',
  summary: 'evaluate the security policy (one tree, or base vs head)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      base: { type: 'string' },
      head: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      scanners: { type: 'string' },
      'pr-scope': { type: 'string' },
      'osv-api-url': { type: 'string' },
      'osv-offline-dir': { type: 'string' },
      verbose: { type: 'boolean' },
      workers: { type: 'string' }
    })
    if (positionals.length > 1) throw new UsageError('scan takes at most one directory')
    const format = oneOf(
      'format',
      values.format,
      ['text', 'json', 'sarif', 'markdown'] as const,
      'text'
    )
    const dir = resolve(io.cwd, positionals[0] ?? '.')
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${dir}`)
    if (!values.base && values.head) throw new UsageError('--head needs --base')
    const proposed = values.config
      ? await loadConfigFromPath(resolve(io.cwd, values.config))
      : await loadConfigFile(new DirectorySource(dir))
    // Comparing revisions, each side's config file is its own: the base's is what was reviewed.
    const baseConfig =
      values.base && !values.config
        ? await loadConfigFile(await sideOf(dir, values.base, io, {})).catch(() =>
            ConfigFileSchema.parse({})
          )
        : undefined
    // The rule catalog is loaded only when a run needs it (comparing configs, describing rules).
    const config = baseConfig
      ? (await import('../../policy/config/strictest.js')).strictestConfig(baseConfig, proposed)
      : proposed
    const explicit = {
      'fail-on-severity': values['fail-on'],
      scanners: listInput(values.scanners),
      'pr-scope': values['pr-scope']
    }
    const settings = resolveSettings(explicit, config, 'option')
    const options: Partial<SourceOptions> = {
      maxFileBytes: settings['max-file-size'],
      excludePaths: settings['exclude-paths']
    }
    const { base, head, renamed } = await sidesOf(dir, values.base, values.head, io, options)
    const osv = osvSourceFor({
      apiUrl: values['osv-api-url'] ?? 'https://api.osv.dev',
      offlineDir: values['osv-offline-dir'] ? resolve(io.cwd, values['osv-offline-dir']) : undefined
    })
    const configPath = values.config ?? '.serverless-gate.yml'
    const workers = workersOption(values.workers)
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
    })
    const rules =
      format === 'sarif' ? (await import('../../report/rules-meta.js')).allRuleMeta(config) : []
    let report: string
    let notes: string[] = []
    if (format === 'sarif') {
      const sarif = toSarif(result, rules)
      report = jsonOutput(sarif)
      // What code scanning will refuse or leave out is said, never cut from the report.
      notes = codeScanningLimitNotes(sarif, report)
    } else report = render(result, format, values.verbose === true)
    if (values.output) writeFileSync(resolve(io.cwd, values.output), report)
    else io.out.write(report)
    for (const note of notes) io.err.write(`serverless-gate: ${note}\n`)
    for (const e of result.errors)
      io.err.write(
        `serverless-gate: could not check ${oneLine(`${e.file}:${e.line}: ${e.message}`)}\n`
      )
    const effective = effectiveDecision(result)
    if (result.decision === 'error' && effective !== 'error')
      io.err.write(
        'serverless-gate: on-error: warn, so the exit code is decided on the files that could be checked\n'
      )
    return effective === 'error' ? EXIT_ERROR : effective === 'fail' ? EXIT_FINDINGS : EXIT_OK
  }
}

function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`--workers must be a whole number from 1: ${value}`)
  return Number(value)
}

/**
 * The head (the tree in `dir` unless given) and the base, if any. Two revisions are opened
 * together, as the action opens them: a file both hold is read from git once. A base revision
 * comes with the files git finds renamed since (to the head revision, or to the working tree).
 */
async function sidesOf(
  dir: string,
  baseSpec: string | undefined,
  headSpec: string | undefined,
  io: CliIo,
  options: Partial<SourceOptions>
): Promise<{ base?: FileSource; head: FileSource; renamed?: Map<string, string> }> {
  if (baseSpec && headSpec && !isFolder(io, baseSpec) && !isFolder(io, headSpec)) {
    const { GitRevisionSource } = await import('../../sources/git.js')
    const sides = await GitRevisionSource.openSides(dir, baseSpec, headSpec, options)
    return { ...sides, renamed: await renamesOf(dir, baseSpec, headSpec) }
  }
  const head = headSpec
    ? await sideOf(dir, headSpec, io, options)
    : new DirectorySource(dir, options)
  const base = baseSpec ? await sideOf(dir, baseSpec, io, options) : undefined
  const gitBase = baseSpec !== undefined && !isFolder(io, baseSpec)
  const renamed = gitBase && !headSpec ? await renamesOf(dir, baseSpec) : undefined
  return { base, head, ...(renamed ? { renamed } : {}) }
}

async function renamesOf(dir: string, base: string, head?: string): Promise<Map<string, string>> {
  const { renamesFromGit } = await import('../../github/local-diff.js')
  return renamesFromGit(dir, base, head)
}

function isFolder(io: CliIo, spec: string): boolean {
  const path = resolve(io.cwd, spec)
  return existsSync(path) && statSync(path).isDirectory()
}

/** A directory when the argument names one, else a git revision of the repository in `dir`. */
async function sideOf(
  dir: string,
  spec: string,
  io: CliIo,
  options: Partial<SourceOptions>
): Promise<FileSource> {
  if (isFolder(io, spec)) return new DirectorySource(resolve(io.cwd, spec), options)
  // Loaded only to compare with a revision: a scan of one tree never reads git objects.
  const { GitRevisionSource } = await import('../../sources/git.js')
  return GitRevisionSource.open(dir, spec, options)
}

function render(
  result: ScanResult,
  format: 'text' | 'json' | 'markdown',
  verbose: boolean
): string {
  switch (format) {
    case 'json':
      return jsonOutput(toJsonReport(result))
    case 'markdown':
      return renderSummary(result, {
        maxLength: JOB_SUMMARY_MAX_BYTES,
        fullReportHint: 'run with --format sarif or --format json for every finding'
      })
    case 'text':
      return renderText(result, verbose)
  }
}
