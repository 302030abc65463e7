/**
 * Repository text in human outputs (terminal text, Markdown, logs). A CLI run in a workflow step
 * has its output parsed by the runner, line by line, for workflow commands (`::error::`,
 * `::stop-commands::`, `##[...]`); a file name or value carrying a line break could start one. So
 * every repository string is kept on one line, its control characters made visible, and terminal
 * escape sequences removed.
 */

/** ANSI/VT escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), and two-byte ESC forms. */
const TERMINAL_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-_]?/g

/** C0 and C1 controls, DEL, Unicode line and paragraph separators, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * Half of a surrogate pair with no other half (a JSON or YAML `\ud800` escape in a name): not a
 * character, so no UTF-8 text holds it, and an API body or a file written with it is refused or
 * altered.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * One line of plain text: line breaks, other controls and lone surrogates visible (`\n`,
 * `\u001b`, `\ud800`), escapes gone.
 */
export function oneLine(text: string): string {
  return text
    .replace(TERMINAL_ESCAPE, '')
    .replace(CONTROL, c => NAMED[c] ?? visible(c))
    .replace(LONE_SURROGATE, visible)
}

/** A line that the Actions runner would read as a workflow command. */
const COMMAND_LINE = /^(\s*)(::|##\[)/gm

/**
 * The legacy command form: the runner looks for `##[` anywhere in a line, not only at its start,
 * so `broken\n##[error]forged.yaml` made one line still issues `error`.
 */
const LEGACY_COMMAND = /##\[/g

/**
 * The last guard over a whole human report: no line may begin like a workflow command, even when
 * a repository string (a file named `::error::x`) happens to start it, and no line holds a legacy
 * `##[command]` anywhere.
 */
export function withoutWorkflowCommands(output: string): string {
  return output
    .replace(COMMAND_LINE, (_, space: string, start: string) => `${space}\u200b${start}`)
    .replace(LEGACY_COMMAND, '##\u200b[')
}

/**
 * JSON a command prints, pretty: its strings may hold `##[` (a file name), which the runner reads
 * as a legacy command anywhere in a line. `#` is never JSON syntax, so every `##[` is inside a
 * string, where `[` written `\u005b` is the same value for any reader. (No line can begin with
 * `::`: a JSON string holds no line break.)
 */
export function jsonOutput(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(LEGACY_COMMAND, '##\\u005b')}\n`
}

/** Text whose line breaks are meant (a list of config errors): each line made plain, then guarded. */
export function plainLines(text: string): string {
  return withoutWorkflowCommands(text.split('\n').map(oneLine).join('\n'))
}

/** One log line (a step's own `core.info`): made plain, and never read as a workflow command. */
export function logLine(text: string): string {
  return withoutWorkflowCommands(oneLine(text))
}

/**
 * At most `max` characters, counted as code points (GitHub's limits count them), the cut marked
 * with `…`. A surrogate pair is never split.
 */
export function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** At most `max` bytes of UTF-8, cut between characters and marked with `…`. */
export function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text
  let bytes = Buffer.byteLength('…')
  let out = ''
  for (const c of text) {
    bytes += Buffer.byteLength(c)
    if (bytes > max) break
    out += c
  }
  return `${out}…`
}
