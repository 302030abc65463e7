import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { osvSourceFor } from '../../core/osv-source.js'
import { runScan } from '../../core/scan.js'
import { listInput, resolveSettings } from '../../core/settings.js'
import type { ClassifiedFinding } from '../../diff/findings.js'
import { formatLocation } from '../../model/location.js'
import { loadConfigFile, loadConfigFromPath } from '../../policy/config/load.js'
import { attackPathsSection, pathFindings } from '../../report/markdown/paths.js'
import { DirectorySource } from '../../sources/filesystem.js'
import { oneOf, parseCommandArgs } from '../args.js'
import { EXIT_ERROR, EXIT_OK, UsageError, type CliIo, type Command } from '../io.js'
import { jsonOutput, logLine, oneLine, withoutWorkflowCommands } from '../../report/plain-text.js'

const USAGE = `Usage: serverless-gate paths [dir] [options]

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
`

export const pathsCommand: Command = {
  name: 'paths',
  summary: 'list attack paths: reach × vulnerable packages × permissions',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      config: { type: 'string' },
      scanners: { type: 'string' },
      'osv-api-url': { type: 'string' },
      'osv-offline-dir': { type: 'string' },
      verbose: { type: 'boolean' }
    })
    if (positionals.length > 1) throw new UsageError('paths takes at most one directory')
    const format = oneOf('format', values.format, ['text', 'json', 'markdown'] as const, 'text')
    const dir = resolve(io.cwd, positionals[0] ?? '.')
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${dir}`)
    const config = values.config
      ? await loadConfigFromPath(resolve(io.cwd, values.config))
      : await loadConfigFile(new DirectorySource(dir))
    const settings = resolveSettings({ scanners: listInput(values.scanners) }, config, 'option')
    const osv = osvSourceFor({
      apiUrl: values['osv-api-url'] ?? 'https://api.osv.dev',
      offlineDir: values['osv-offline-dir'] ? resolve(io.cwd, values['osv-offline-dir']) : undefined
    })
    const head = new DirectorySource(dir, { maxFileBytes: settings['max-file-size'] })
    const result = await runScan({ head, config, settings, osv })
    const { open } = pathFindings(result.findings)
    const undecided = result.undecided.filter(u => u.ruleId === 'attack-paths')
    if (format === 'json')
      io.out.write(jsonOutput({ paths: open, undecided, errors: result.errors }))
    else if (format === 'markdown')
      io.out.write(
        withoutWorkflowCommands(
          `${['## Attack paths', ...attackPathsSection(open, false).slice(2)].join('\n')}\n`
        )
      )
    else io.out.write(renderText(open, values.verbose ? undecided : []))
    for (const e of result.errors)
      io.err.write(`serverless-gate: ${logLine(`${e.file}:${e.line}: ${e.message}`)}\n`)
    return result.errors.length > 0 ? EXIT_ERROR : EXIT_OK
  }
}

function renderText(
  paths: ClassifiedFinding[],
  undecided: { resource: string; reason: string; location: Parameters<typeof formatLocation>[0] }[]
): string {
  const out = [`${paths.length} attack path(s)`]
  for (const f of paths) {
    out.push('', `${f.severity.padEnd(8)} ${f.ruleId}  ${f.path?.function}`)
    for (const s of f.path?.steps ?? [])
      out.push(`  ${s.kind.padEnd(8)} ${formatLocation(s.location)}  ${s.message}`)
    for (const a of f.also ?? []) out.push(`  also     ${a.ruleId}: ${a.message}`)
  }
  if (undecided.length > 0) {
    out.push('', `Undecided reach (${undecided.length}):`)
    for (const u of undecided)
      out.push(`  ${formatLocation(u.location)}  ${u.resource}: ${u.reason}`)
  }
  // Names and messages are repository text: each line is made plain and no line is a command.
  return withoutWorkflowCommands(`${out.map(oneLine).join('\n')}\n`)
}
