import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'
import { errorMessage } from '../sources/errors.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses a command's arguments; anything unknown or malformed is a usage error (exit 2). */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(errorMessage(err))
  }
}

export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got \`${value}\`)`)
}
