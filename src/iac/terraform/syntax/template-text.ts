/**
 * The text parts of templates as HCL defines them: quoted strings unescape backslash sequences
 * and the doubled template markers; heredocs only the markers, and `<<-` heredocs lose their
 * common indentation.
 */

const QUOTED_ESCAPE = /\\(?:([nrt"\\])|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))|\$\$\{|%%\{/g
const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

export function unescapeQuoted(s: string): string {
  if (!s.includes('\\') && !s.includes('$${') && !s.includes('%%{')) return s
  return s.replace(QUOTED_ESCAPE, (m: string, simple?: string, u4?: string, u8?: string) => {
    if (simple) return SIMPLE[simple] ?? simple
    const hex = u4 ?? u8
    if (hex) {
      const code = parseInt(hex, 16)
      return code <= 0x10ffff ? String.fromCodePoint(code) : m
    }
    return m.slice(1)
  })
}

/** Heredocs have no backslash escapes, only the doubled template markers. */
export function unescapeMarkers(s: string): string {
  if (!s.includes('$${') && !s.includes('%%{')) return s
  return s.replace(/\$\$\{|%%\{/g, m => m.slice(1))
}

/** The text of a heredoc part: `indent` is the common indentation a `<<-` heredoc removes. */
export function heredocText(s: string, indent: number, atLineStart: boolean): string {
  return unescapeMarkers(indent > 0 ? dedent(s, indent, atLineStart) : s)
}

export function commonIndent(raw: string): number {
  let min = Infinity
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue
    min = Math.min(min, line.length - line.trimStart().length)
  }
  return Number.isFinite(min) ? min : 0
}

/** Removes up to `indent` leading blanks from each line that starts inside `s`. */
function dedent(s: string, indent: number, atLineStart: boolean): string {
  const lines = s.split('\n')
  return lines
    .map((line, i) => {
      if (i === 0 && !atLineStart) return line
      const blanks = line.length - line.trimStart().length
      return line.slice(Math.min(blanks, indent))
    })
    .join('\n')
}
