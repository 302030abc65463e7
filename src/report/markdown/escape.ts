import { oneLine } from '../plain-text.js'

/**
 * Text from the scanned repository (ids, paths, values, messages built from them) is escaped before
 * it goes into Markdown: no formatting, links, HTML or @mentions can be injected through it, and it
 * stays on one line.
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
  )
}

/**
 * Inline code from the repository: backticks inside are neutralised and the span is fenced with
 * enough backticks; mentions cannot trigger inside code, and nothing inside is interpreted.
 */
export function code(text: string): string {
  const clean = oneLine(text).replace(/`/g, 'ˋ').replace(/\|/g, '\\|')
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
