/**
 * Where the `"`-quoted string opening at `start` closes (the index of its closing quote),
 * backslash escapes skipped; undefined when no string opens there or none closes it. Scanned by
 * hand: a backtracking pattern over a string of millions of characters runs out of stack.
 */
export function closingQuote(text: string, start: number): number | undefined {
  if (text.charCodeAt(start) !== QUOTE) return undefined
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === BACKSLASH) i++
    else if (code === QUOTE) return i
  }
  return undefined
}

const QUOTE = 34
const BACKSLASH = 92
