/** Logging for the core, backed by @actions/core in the action and by stderr in the CLI. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} }
