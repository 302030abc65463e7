/** A problem with what the user gave us (inputs, config file, arguments): exit 2, not a crash. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
