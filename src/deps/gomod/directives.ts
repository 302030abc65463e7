import { splitLines } from '../shared/lines.js'
import { closingQuote } from '../shared/quoted.js'

/** One directive line of a `go.mod`, inside a block or on its own, with its words. */
export interface Directive {
  verb: string
  args: string[]
  line: number
  /** `// indirect` follows it. */
  indirect: boolean
}

export interface DirectiveRead {
  directives: Directive[]
  problems: { line: number; message: string }[]
}

/**
 * Splits a `go.mod` into directives: `require x v1` and `require ( ... )` blocks alike, comments
 * removed (keeping whether a line is marked `// indirect`), quoted paths unquoted.
 */
export function readDirectives(text: string): DirectiveRead {
  const directives: Directive[] = []
  const problems: DirectiveRead['problems'] = []
  let block: { verb: string; line: number } | undefined
  splitLines(text).forEach((raw, index) => {
    const line = index + 1
    const comment = raw.indexOf('//')
    const code = (comment === -1 ? raw : raw.slice(0, comment)).trim()
    const indirect = comment !== -1 && /^\/\/\s*indirect\b/.test(raw.slice(comment))
    if (code === '') return
    const words = tokens(code)
    if (words === undefined) {
      // Go refuses the file; reading the rest of the line as a path would look up no module.
      problems.push({ line, message: 'a quoted path is never closed: the line was not read' })
      return
    }
    if (block) {
      if (code === ')') block = undefined
      else directives.push({ verb: block.verb, args: words, line, indirect })
      return
    }
    const [verb = '', ...args] = words
    if (args.length === 1 && args[0] === '(') block = { verb, line }
    else directives.push({ verb, args, line, indirect })
  })
  if (block)
    problems.push({ line: block.line, message: `the ${block.verb} block is never closed with ")"` })
  return { directives, problems }
}

/**
 * Whitespace-separated words; `"quoted paths"` and `` `raw` `` ones count as one word. Read by
 * hand: a backtracking pattern over a quoted word runs out of stack on a line of millions of
 * characters. Undefined when a word opens a quote that is never closed, as Go refuses it.
 */
function tokens(code: string): string[] | undefined {
  const out: string[] = []
  let i = 0
  while (i < code.length) {
    if (isSpace(code, i)) {
      i++
      continue
    }
    const close = closingQuoteOf(code, i)
    if (close !== undefined) {
      out.push(code.slice(i + 1, close))
      i = close + 1
      continue
    }
    if (code[i] === '"' || code[i] === '`') return undefined
    let end = i
    while (end < code.length && !isSpace(code, end)) end++
    out.push(code.slice(i, end))
    i = end
  }
  return out
}

/** Where the quoted word opening at `start` closes; undefined when none opens or closes there. */
function closingQuoteOf(code: string, start: number): number | undefined {
  if (code[start] !== '`') return closingQuote(code, start)
  const close = code.indexOf('`', start + 1)
  return close === -1 ? undefined : close
}

function isSpace(code: string, i: number): boolean {
  return /\s/.test(code[i] as string)
}
