import { LineCounter, Parser as YamlParser } from 'yaml'

/** A comment of a file: where it starts and its text, marker included (`# …`, `// …`, `/* … *\/`). */
export interface Comment {
  line: number
  /** 1-based column of the comment's first character. */
  column: number
  text: string
}

/** Comments by the line they start on. */
export type Comments = Map<number, Comment>

const MARKER_WORD = 'serverless-gate:ignore'
/** The model already parsed the file once; a second parse that runs this long is hostile input. */
const PARSE_BUDGET_MS = 5_000

/**
 * The real comments of a file, read with its own syntax: a `#` inside a quoted YAML string, a
 * block scalar, a Terraform string or heredoc is text, not a comment, and JSON has no comments at
 * all. Only files that mention the suppression marker are parsed.
 */
export async function commentsOf(file: string, text: string): Promise<Comments> {
  if (!text.includes(MARKER_WORD)) return new Map()
  switch (syntaxOf(file, text)) {
    case 'json':
      return new Map()
    case 'yaml':
      return yamlComments(text)
    case 'hcl':
      return hclComments(text)
    case 'lines':
      return lineComments(text)
  }
}

/** Whether the file is JSON by its name: it holds no comments, so its text need not be read for them. */
export function isJsonByName(file: string): boolean {
  return file.toLowerCase().endsWith('.json')
}

function syntaxOf(file: string, text: string): 'json' | 'yaml' | 'hcl' | 'lines' {
  const name = file.toLowerCase()
  if (isJsonByName(file)) return 'json'
  if (name.endsWith('.tf')) return 'hcl'
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'yaml'
  if (isJson(text)) return 'json'
  return name.endsWith('.template') ? 'yaml' : 'lines'
}

function isJson(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Comment tokens of the YAML syntax tree: never inside a quoted or block scalar. */
function yamlComments(text: string): Comments {
  const lines = new LineCounter()
  const out: Comments = new Map()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const token = node as { type?: string; offset?: number; source?: string }
    if (token.type === 'comment' && token.offset !== undefined) {
      const at = lines.linePos(token.offset)
      out.set(at.line, { line: at.line, column: at.col, text: token.source ?? '' })
      return
    }
    Object.values(node).forEach(visit)
  }
  for (const token of new YamlParser(lines.addNewLine).parse(text)) visit(token)
  return out
}

/** `comment` nodes of the Terraform syntax tree: never inside a string, template or heredoc. */
async function hclComments(text: string): Promise<Comments> {
  const out: Comments = new Map()
  // The Terraform parser is loaded only for Terraform files that mention the marker.
  const { MAX_FILE_CHARS } = await import('../../iac/terraform/syntax/parse.js')
  if (text.length > MAX_FILE_CHARS) return out
  const { terraformParser } = await import('../../iac/terraform/syntax/wasm.js')
  const parser = await terraformParser()
  const started = performance.now()
  parser.reset()
  const tree = parser.parse(text, null, {
    progressCallback: () => performance.now() - started > PARSE_BUDGET_MS
  })
  parser.reset()
  if (!tree) return out
  try {
    for (const node of tree.rootNode.descendantsOfType('comment')) {
      if (!node) continue
      const { row, column } = node.startPosition
      out.set(row + 1, { line: row + 1, column: column + 1, text: node.text })
    }
  } finally {
    tree.delete()
  }
  return out
}

/**
 * Files of other syntaxes (requirements files, TOML and text lockfiles): a comment starts a line,
 * or follows whitespace outside a quoted string.
 */
function lineComments(text: string): Comments {
  const out: Comments = new Map()
  text.split(/\r?\n/).forEach((line, i) => {
    const start = commentStart(line)
    if (start !== undefined)
      out.set(i + 1, { line: i + 1, column: start + 1, text: line.slice(start) })
  })
  return out
}

function commentStart(line: string): number | undefined {
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (
      (c === '#' || line.startsWith('//', i)) &&
      (i === 0 || /\s/.test(line[i - 1] as string))
    )
      return i
  }
  return undefined
}
