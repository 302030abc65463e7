import { allRuleMeta } from '../../report/rules-meta.js'
import { renderRulesMarkdown, renderRulesText } from '../../report/rules-doc.js'
import { oneOf, parseCommandArgs } from '../args.js'
import { EXIT_OK, UsageError, type CliIo, type Command } from '../io.js'

const USAGE = `Usage: serverless-gate rules [--format text|json|markdown]

Lists the rule catalog: id, default severity and title (json and markdown: everything, including
why each rule matters, how to fix it per format, references and equivalent checks of other tools).
`

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rule catalog',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' } })
    if (positionals.length > 0) throw new UsageError('rules takes no arguments')
    const format = oneOf('format', values.format, ['text', 'json', 'markdown'] as const, 'text')
    const rules = allRuleMeta()
    if (format === 'json') io.out.write(`${JSON.stringify(rules, null, 2)}\n`)
    else io.out.write(format === 'markdown' ? renderRulesMarkdown(rules) : renderRulesText(rules))
    return EXIT_OK
  }
}
