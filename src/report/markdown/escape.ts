import { oneLine } from '../plain-text.js'

/**
 * Text from the scanned repository (ids, paths, values, messages built from them) is escaped before
 * it goes into Markdown: no formatting, links, HTML, @mentions or issue references can be injected
 * through it, and it stays on one line.
 */
export function escapeMarkdown(text: string): string {
  return (
    oneLine(text)
      // First: an entity (`&commat;`) would be decoded into what the rest escapes.
      .replace(/&/g, '&amp;')
      .replace(/[\\`*_{}[\]()#+!|~]/g, c => `\\${c}`)
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@(?=[A-Za-z0-9-])/g, '@\u200b')
      // GitHub links `#123` (and `owner/repo#123`, `GH-123`) after Markdown, backslash or not, and
      // the issue it names shows the reference in its timeline: a zero-width space breaks it.
      .replace(/(#|\bGH-)(?=\d)/gi, '$1\u200b')
  )
}

/**
 * Inline code from the repository: backticks inside are neutralised, so the span cannot end early;
 * mentions and references do not trigger inside code, and nothing inside is interpreted. Not for a
 * table cell: outside a table a backslash before `|` is shown as it is, so pipes are left alone.
 */
export function code(text: string): string {
  const clean = oneLine(text).replace(/`/g, 'ˋ')
  return `\`${clean.length > 0 ? clean : ' '}\``
}

/**
 * Messages mark repository values with backticks (`` function `create` ``). Each part outside
 * backticks is escaped; each part inside is rendered as code.
 */
export function messageToMarkdown(message: string): string {
  return message
    .split(/(`[^`]*`)/)
    .map(part =>
      part.startsWith('`') && part.endsWith('`') && part.length >= 2
        ? code(part.slice(1, -1))
        : escapeMarkdown(part)
    )
    .join('')
}

/**
 * Markdown cut short ends where it was cut, not inside a construct the escaping relies on: a cut
 * inside an inline code span leaves its backtick unmatched, and the repository text after it
 * (`<img src=…>`, `@org/team`) would be rendered live; a cut inside an entity (`&l` of `&lt;`) or
 * after an escaping backslash would show or change what follows. The unfinished span, entity or
 * escape on the last line is dropped.
 */
export function withoutUnfinishedSpan(text: string): string {
  const start = text.lastIndexOf('\n') + 1
  const line = text.slice(start)
  let open = -1
  let end = line.length
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (open < 0 && c === '\\') {
      if (i === line.length - 1) end = i
      i++
    } else if (c === '`') open = open < 0 ? i : -1
  }
  const kept = line.slice(0, open < 0 ? end : open)
  return text.slice(0, start) + kept.replace(/&[#A-Za-z0-9]*$/, '')
}
