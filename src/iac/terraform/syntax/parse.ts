import type { Parser, Tree } from 'web-tree-sitter'
import { diagnostic, type Diagnostic } from '../../../model/location.js'
import type { HclAttribute, HclBlock } from './ast.js'
import { Converter, TOO_DEEP_MESSAGE } from './convert.js'
import { MAX_PER_FILE, syntaxDiagnostics } from './errors.js'

export interface ParsedHcl {
  blocks: HclBlock[]
  /** Top-level attributes (a `.tfvars` file's values), read when the file parses whole. */
  attributes?: HclAttribute[]
  diagnostics: Diagnostic[]
}

/**
 * Files larger than this are not Terraform anyone reviews, and parsing them costs the reader more
 * memory than the rest of a scan: reported as errors, not parsed. No setting raises it.
 */
export const MAX_FILE_CHARS = 4 * 1024 * 1024
/**
 * Time allowed to parse one file, recovery included. Input with syntax errors gets little (error
 * recovery is where hostile input costs), a valid file much more: large files are legitimate.
 */
const BUDGET_WITH_ERRORS_MS = 700
const BUDGET_MS = 10_000

/** Top-level block keywords at the start of a line: where a broken file is cut to recover. */
const TOP_LEVEL_BLOCK =
  /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b[^\n{]*\{/gm

/**
 * Parses one `.tf` file into blocks. Never throws. A file with syntax errors is cut at its
 * top-level blocks and each piece parsed alone, so one broken block costs only itself: it is
 * reported at its first error and the blocks around it are still read.
 */
export function parseHcl(parser: Parser, file: string, text: string): ParsedHcl {
  if (text.length > MAX_FILE_CHARS) return fail(file, tooLargeMessage(text), 'file-too-large')
  if (text.includes('\u0000')) return fail(file, 'file is binary, not Terraform', 'parse-error')
  const started = performance.now()
  const whole = parseWithin(parser, text, started)
  if (!whole) return fail(file, 'file took too long to parse; not read', 'parse-timeout')
  try {
    if (!whole.rootNode.hasError) return bodyOf(file, whole, 0)
    const recovered = recoverByBlocks(parser, file, text, started)
    if (recovered && recovered.diagnostics.length > 0) return recovered
    const read = bodyOf(file, whole, 0)
    return {
      blocks: read.blocks,
      diagnostics: [...syntaxDiagnostics(file, whole.rootNode, text), ...read.diagnostics]
    }
  } finally {
    whole.delete()
  }
}

function recoverByBlocks(
  parser: Parser,
  file: string,
  text: string,
  started: number
): ParsedHcl | undefined {
  const starts = [...text.matchAll(TOP_LEVEL_BLOCK)].map(m => m.index)
  if (starts.length < 2) return undefined
  if (starts[0] !== 0) starts.unshift(0)
  const out: ParsedHcl = { blocks: [], diagnostics: [] }
  let lineOffset = 0
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number
    const chunk = text.slice(from, starts[i + 1] ?? text.length)
    const tree = parseWithin(parser, chunk, started)
    if (!tree) {
      out.diagnostics.push(
        diagnostic(file, 'file took too long to parse; the rest was not read', 'parse-timeout', {
          line: lineOffset + 1
        })
      )
      break
    }
    const read = bodyOf(file, tree, lineOffset)
    out.blocks.push(...read.blocks)
    out.diagnostics.push(...read.diagnostics)
    const end = i === starts.length - 1 ? 'end of file' : 'next block'
    // Only a broken chunk has diagnostics to look for.
    if (tree.rootNode.hasError && out.diagnostics.length < MAX_PER_FILE)
      out.diagnostics.push(
        ...syntaxDiagnostics(file, tree.rootNode, chunk, lineOffset, end).slice(0, 1)
      )
    tree.delete()
    lineOffset += countLines(chunk)
  }
  return out
}

function parseWithin(parser: Parser, text: string, started: number): Tree | null {
  parser.reset()
  const tree = parser.parse(text, null, {
    progressCallback: state => {
      const elapsed = performance.now() - started
      return elapsed > BUDGET_MS || (state.hasError && elapsed > BUDGET_WITH_ERRORS_MS)
    }
  })
  parser.reset()
  return tree
}

/** The blocks and attributes of a tree, and an error where they nest too deep to be read. */
function bodyOf(file: string, tree: Tree, lineOffset: number): Required<ParsedHcl> {
  const conv = new Converter(lineOffset)
  const body = conv.body(tree.rootNode.namedChildren.find(c => c?.type === 'body'))
  const at = conv.tooDeep
  return { ...body, diagnostics: at ? [diagnostic(file, TOO_DEEP_MESSAGE, 'too-deep', at)] : [] }
}

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Said like the `max-file-size` error, with what differs: this limit is the reader's own. */
function tooLargeMessage(text: string): string {
  const mib = (Buffer.byteLength(text, 'utf8') / 1024 / 1024).toFixed(1)
  return `not read: its ${text.length} characters (${mib} MiB) are over the Terraform reader's fixed limit of ${MAX_FILE_CHARS} characters per .tf file; no setting raises it (\`max-file-size\` does not), so the result is error: split it into .tf files under that size to have it checked`
}

function fail(file: string, message: string, code: string): ParsedHcl {
  return { blocks: [], diagnostics: [diagnostic(file, message, code)] }
}
