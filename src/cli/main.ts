import { ConfigError, errorMessage } from '../sources/errors.js'
import { plainLines } from '../report/plain-text.js'
import { EXIT_ERROR, UsageError, type CliIo, type Command } from './io.js'

/** Each command is loaded when it runs: a scan does not load the code only other commands use. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  inventory: async () => (await import('./commands/inventory.js')).inventoryCommand,
  paths: async () => (await import('./commands/paths.js')).pathsCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  init: async () => (await import('./commands/init.js')).initCommand
}

const help = (commands: Command[]) => `serverless-gate: security gate for serverless applications

Usage: serverless-gate <command> [options]

Commands:
${commands.map(c => `  ${c.name.padEnd(12)}${c.summary}`).join('\n')}

Run \`serverless-gate <command> --help\` for a command's options.
Exit codes: 0 ok, 1 findings at or above the threshold, 2 usage, configuration or scan error.
`

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out.write(await fullHelp())
    return name === undefined ? EXIT_ERROR : 0
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!load) {
    io.err.write(`serverless-gate: unknown command \`${name}\`\n\n${await fullHelp()}`)
    return EXIT_ERROR
  }
  const command = await load()
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

async function fullHelp(): Promise<string> {
  return help(await Promise.all(Object.values(COMMANDS).map(load => load())))
}
