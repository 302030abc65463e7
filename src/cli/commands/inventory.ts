import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { readLockfiles } from '../../core/lockfiles.js'
import { osvSourceFor } from '../../core/osv-source.js'
import { buildModel } from '../../iac/build-model.js'
import type { Model } from '../../model/types.js'
import { scanPackages, type OsvSource } from '../../osv/index.js'
import { attackPathsOf, factsOf, type FunctionFacts } from '../../paths/index.js'
import type { FileSource } from '../../sources/types.js'
import { inventoryOf } from '../../report/inventory.js'
import { renderInventoryText } from '../../report/inventory-text.js'
import { DirectorySource } from '../../sources/filesystem.js'
import { oneOf, parseCommandArgs } from '../args.js'
import { EXIT_OK, UsageError, type CliIo, type Command } from '../io.js'
import { jsonOutput } from '../../report/plain-text.js'

const USAGE = `Usage: serverless-gate inventory [dir] [--format text|json]

Lists, per service, the functions with their runtime, triggers (with their authorization), the
permissions of their role, and what the attack paths join: who can reach each function, what
it ships and what it may do; and the API stages with their throttling, stage limits apart from
usage plan limits (rate, burst, quota), which hold only for requests that carry an API key of the
plan. Reads Serverless Framework, SAM, CloudFormation (and CDK output)
and Terraform under dir (default: the current directory). Nothing is executed.

Options:
  --format text|json   output format (default: text)
  --max-file-size N    do not read files larger than N bytes (default: 268435456)
  --osv-api-url URL    look up the vulnerabilities each function ships in this OSV API
  --osv-offline-dir DIR  ... or in these OSV records (without either, ships lists the lockfiles)
`

export const inventoryCommand: Command = {
  name: 'inventory',
  summary: 'list functions, triggers and permissions',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      'max-file-size': { type: 'string' },
      'osv-api-url': { type: 'string' },
      'osv-offline-dir': { type: 'string' }
    })
    if (positionals.length > 1) throw new UsageError('inventory takes at most one directory')
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text')
    const maxFileBytes =
      values['max-file-size'] === undefined ? undefined : Number(values['max-file-size'])
    if (maxFileBytes !== undefined && !(Number.isInteger(maxFileBytes) && maxFileBytes > 0)) {
      throw new UsageError('--max-file-size must be a positive whole number of bytes')
    }
    const root = resolve(io.cwd, positionals[0] ?? '.')
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`not a directory: ${root}`)
    const source = new DirectorySource(root, maxFileBytes ? { maxFileBytes } : {})
    const model = await buildModel(source, root)
    const osvDir = values['osv-offline-dir']
    const apiUrl = values['osv-api-url']
    const osv =
      osvDir || apiUrl
        ? osvSourceFor({
            apiUrl: apiUrl ?? '',
            offlineDir: osvDir ? resolve(io.cwd, osvDir) : undefined
          })
        : undefined
    const facts = await functionFacts(model, source, osv)
    const inventory = inventoryOf(model, facts)
    io.out.write(format === 'json' ? jsonOutput(inventory) : `${renderInventoryText(inventory)}\n`)
    return EXIT_OK
  }
}

/** Reach, ships and may-do per function; vulnerabilities only when a database is given. */
async function functionFacts(
  model: Model,
  source: FileSource,
  osv: OsvSource | undefined
): Promise<FunctionFacts[]> {
  const lockfiles = await readLockfiles(source)
  const none = { disabled: new Set<string>(), severities: new Map() }
  if (!osv) return factsOf(model, [...lockfiles.packages.keys()])
  const lookup = async (packages: Parameters<typeof scanPackages>[0]) =>
    (await scanPackages(packages, osv)).findings
  return (await attackPathsOf({ model, packages: lockfiles.packages }, lookup, none, 'all')).facts
}
