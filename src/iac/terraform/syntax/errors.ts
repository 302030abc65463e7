import type { Node } from 'web-tree-sitter'
import { diagnostic, type Diagnostic } from '../../../model/location.js'

/** A garbled file is reported by its first errors, not by thousands of them. */
export const MAX_PER_FILE = 20

/** Where the parsed text stops: the end of the file, or the next top-level block. */
export type TextEnd = 'end of file' | 'next block'

/**
 * Located diagnostics for the syntax errors of a parse tree: one per error region (a top-level
 * block or stray text that does not parse), at its first problem. A block left open is reported
 * where it starts, since the parser only notices at the end.
 */
export function syntaxDiagnostics(
  file: string,
  root: Node,
  text: string,
  lineOffset = 0,
  end: TextEnd = 'end of file'
): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const region of topLevelNodes(root)) {
    if (out.length >= MAX_PER_FILE) break
    if (!region.hasError && !region.isError && !region.isMissing) continue
    const problem = firstProblem(region)
    if (!problem) continue
    const { message, at } = describe(problem, region, text, end)
    out.push(
      diagnostic(file, message, 'parse-error', {
        line: at.startPosition.row + 1 + lineOffset,
        column: at.startPosition.column + 1
      })
    )
  }
  return out
}

function topLevelNodes(root: Node): Node[] {
  if (root.isError) return [root]
  const out: Node[] = []
  for (const child of root.children) {
    if (!child) continue
    if (child.type === 'body') out.push(...child.children.filter((c): c is Node => c !== null))
    else out.push(child)
  }
  if (out.length === 0 && root.hasError) out.push(root)
  return out
}

/** The first ERROR or MISSING node in document order (iterative: trees can be very deep). */
function firstProblem(region: Node): Node | undefined {
  let node: Node | undefined = region
  while (node) {
    if (node.isError || node.isMissing) return node
    node = node.children.find(
      (c): c is Node => c !== null && (c.hasError || c.isMissing || c.isError)
    )
  }
  return undefined
}

const CLOSERS: Record<string, string> = {
  block_end: '"}"',
  object_end: '"}"',
  '}': '"}"',
  tuple_end: '"]"',
  ']': '"]"',
  ')': '")"',
  quoted_template_end: 'a closing quote',
  template_interpolation_end: '"}" to close "${"'
}

function describe(
  node: Node,
  region: Node,
  text: string,
  end: TextEnd
): { message: string; at: Node } {
  const expected = node.isMissing ? CLOSERS[node.type] : undefined
  const snippet = snippetAt(node, text)
  if (snippet === '') {
    // Missing at the very end: something opened in the region is never closed.
    const what = expected ? `expected ${expected} before the ${end}` : `unexpected ${end}`
    return { message: `syntax error: not closed, ${what}`, at: region.isError ? node : region }
  }
  if (expected)
    return { message: `syntax error: expected ${expected} before '${snippet}'`, at: node }
  return { message: `syntax error: unexpected '${snippet}'`, at: node }
}

/** The text from the problem to the end of its line (an error node's own text when it has some). */
function snippetAt(node: Node, text: string): string {
  const to = node.isError ? Math.min(node.endIndex, node.startIndex + 200) : node.startIndex + 200
  const line = (text.slice(node.startIndex, to).split('\n')[0] ?? '').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}
