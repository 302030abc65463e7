import { diagnostic, type Diagnostic } from '../../model/location.js'
import { LineIndex } from './lines.js'
import { errorMessage } from '../../sources/errors.js'
import { withoutBom } from '../../sources/text.js'

export type JsonRead = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic }

/** `JSON.parse` that never throws: a syntax error becomes a diagnostic at its line and column. */
export function readJson(text: string, file: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(withoutBom(text)) as unknown }
  } catch (err) {
    const message = errorMessage(err)
    return {
      ok: false,
      diagnostic: diagnostic(
        file,
        `not valid JSON: ${message}`,
        'parse-error',
        errorAt(text, message)
      )
    }
  }
}

/** Where V8's message says the error is: `line L column C`, or `position N`. */
function errorAt(text: string, message: string): { line?: number; column?: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(message)
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) }
  const position = /position (\d+)/.exec(message)
  if (position) return new LineIndex(text).position(Number(position[1]))
  if (/end of (JSON|data) input/i.test(message)) {
    return new LineIndex(text).position(text.length)
  }
  return {}
}

/** A plain JSON object (not an array, not null), or undefined. */
export function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined
}

export function asText(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}
