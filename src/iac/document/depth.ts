import { diagnostic, type Diagnostic } from '../../model/location.js'

/**
 * How deep a template may nest. Real templates stay under a few dozen levels; parsers and the
 * walks over the model recurse once per level, so a hostile file nested many thousands deep could
 * exhaust the stack or memory. The limit is checked before any parser sees the text.
 */
export const MAX_NESTING = 256

/**
 * A located error for text nested deeper than `MAX_NESTING`, by brackets (JSON, YAML flow
 * collections, HCL) or by indentation (YAML blocks), in one pass; undefined when it is within.
 */
export function nestingError(
  file: string,
  text: string,
  limit = MAX_NESTING
): Diagnostic | undefined {
  let depth = 0
  let line = 1
  let lineStart = 0
  let inString = false
  let indenting = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) {
      line++
      lineStart = i + 1
      indenting = true
      continue
    }
    if (indenting && c !== 0x20 && c !== 0x09) {
      indenting = false
      // Two columns a level is YAML's usual step: far deeper indentation is as deep nesting.
      if (i - lineStart > limit * 2) return tooDeep(file, line, i - lineStart + 1, limit)
    }
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    // `{` or `[` opens a level, `}` or `]` closes one.
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return tooDeep(file, line, i - lineStart + 1, limit)
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--
  }
  return undefined
}

function tooDeep(file: string, line: number, column: number, limit: number): Diagnostic {
  return diagnostic(
    file,
    `nested more than ${limit} levels deep: not read (no real template nests this deep)`,
    'too-deep',
    { line, column }
  )
}
