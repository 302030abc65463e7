/** Where a command writes, and where it runs: passed in so tests drive the real CLI in-process. */
export interface CliIo {
  out: { write(text: string): unknown }
  err: { write(text: string): unknown }
  cwd: string
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_ERROR = 2

export class UsageError extends Error {
  override name = 'UsageError'
}

/** One CLI command: its name, help, and what it does (returning the exit code). */
export interface Command {
  name: string
  summary: string
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}
