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
