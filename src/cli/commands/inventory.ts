import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildModel } from '../../iac/build-model.js'
import { inventoryOf } from '../../report/inventory.js'
import { renderInventoryText } from '../../report/inventory-text.js'
import { DirectorySource } from '../../sources/filesystem.js'
import { oneOf, parseCommandArgs } from '../args.js'
import { EXIT_OK, UsageError, type CliIo, type Command } from '../io.js'

const USAGE = `Usage: serverless-gate inventory [dir] [--format text|json]

Lists, per service, the functions with their runtime, triggers (with their authorization) and
the permissions of their role. Reads Serverless Framework, SAM, CloudFormation (and CDK output)
and Terraform under dir (default: the current directory). Nothing is executed.

Options:
  --format text|json   output format (default: text)
  --max-file-size N    do not read files larger than N bytes (default: 268435456)
`

export const inventoryCommand: Command = {
  name: 'inventory',
  summary: 'list functions, triggers and permissions',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      'max-file-size': { type: 'string' }
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
    const inventory = inventoryOf(await buildModel(source, root))
    io.out.write(
      format === 'json'
        ? `${JSON.stringify(inventory, null, 2)}\n`
        : `${renderInventoryText(inventory)}\n`
    )
    return EXIT_OK
  }
}
