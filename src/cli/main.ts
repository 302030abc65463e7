import { ConfigError, errorMessage } from '../core/errors.js'
import { initCommand } from './commands/init.js'
import { plainLines } from '../report/plain-text.js'
import { inventoryCommand } from './commands/inventory.js'
import { pathsCommand } from './commands/paths.js'
import { rulesCommand } from './commands/rules.js'
import { scanCommand } from './commands/scan.js'
import { EXIT_ERROR, UsageError, type CliIo, type Command } from './io.js'

const COMMANDS: Command[] = [scanCommand, inventoryCommand, pathsCommand, rulesCommand, initCommand]

const HELP = `serverless-gate: security gate for serverless applications

Usage: serverless-gate <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(12)}${c.summary}`).join('\n')}

Run \`serverless-gate <command> --help\` for a command's options.
Exit codes: 0 ok, 1 findings at or above the threshold, 2 usage, configuration or scan error.
`

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out.write(HELP)
    return name === undefined ? EXIT_ERROR : 0
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    io.err.write(`serverless-gate: unknown command \`${name}\`\n\n${HELP}`)
    return EXIT_ERROR
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out.write(command.usage)
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (err) {
    const usage = err instanceof UsageError ? `\n\n${command.usage}` : ''
    const kind = err instanceof UsageError || err instanceof ConfigError ? '' : 'error: '
    io.err.write(
      `serverless-gate ${command.name}: ${kind}${plainLines(errorMessage(err))}${usage}\n`
    )
    return EXIT_ERROR
  }
}
