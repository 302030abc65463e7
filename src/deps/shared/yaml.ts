import {
  isMap,
  isScalar,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type YAMLMap
} from 'yaml'
import { diagnostic, type Diagnostic, type Position } from '../../model/location.js'
import { errorMessage } from '../../sources/errors.js'

/** One YAML document of a lockfile, as plain data, with a way to locate its map keys. */
export interface YamlLockDocument {
  data: unknown
  /** Positions of the keys of the map at `path` (keys of the root map for `[]`). */
  keyPositions(path: readonly string[]): Map<string, Position>
  /** Position of the key at `path` itself. */
  positionOf(path: readonly string[]): Position | undefined
}

export interface YamlRead {
  documents: YamlLockDocument[]
  diagnostics: Diagnostic[]
}

/** Aliases are legal YAML but lockfiles never need many: this stops alias bombs early. */
const MAX_ALIAS_COUNT = 100

/**
 * Reads every document of a YAML lockfile. Never throws: syntax errors and alias bombs come back
 * as diagnostics at their line, and no document is returned then.
 */
export function readYamlDocuments(text: string, file: string): YamlRead {
  const lines = new LineCounter()
  let parsed: Document.Parsed[]
  try {
    parsed = parseAllDocuments(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false
    }) as Document.Parsed[]
  } catch (err) {
    return { documents: [], diagnostics: [unreadable(file, err)] }
  }
  if (!Array.isArray(parsed)) parsed = []
  const diagnostics = parsed.flatMap(doc =>
    doc.errors.map(e => {
      const pos = lines.linePos(e.pos[0])
      const at = { line: pos.line, column: pos.col }
      return /call stack/i.test(e.message)
        ? diagnostic(file, 'the document is nested too deeply to read', 'document-too-complex', at)
        : diagnostic(file, firstLine(e.message), 'parse-error', at)
    })
  )
  if (diagnostics.length > 0) return { documents: [], diagnostics }
  const documents: YamlLockDocument[] = []
  for (const doc of parsed) {
    try {
      const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
      documents.push(locatedDocument(doc, data, lines))
    } catch (err) {
      return { documents: [], diagnostics: [unreadable(file, err)] }
    }
  }
  return { documents, diagnostics }
}

function locatedDocument(
  doc: Document.Parsed,
  data: unknown,
  lines: LineCounter
): YamlLockDocument {
  const at = (node: YamlNode | null | undefined): Position | undefined => {
    if (!node?.range) return undefined
    const pos = lines.linePos(node.range[0])
    return { line: pos.line, column: pos.col }
  }
  return {
    data,
    keyPositions(path) {
      const out = new Map<string, Position>()
      const map = mapAt(doc, path)
      for (const pair of map?.items ?? []) {
        const key = pair.key as YamlNode | null
        const pos = at(key)
        if (isScalar(key) && pos) out.set(String(key.value), pos)
      }
      return out
    },
    positionOf(path) {
      if (path.length === 0) return { line: 1, column: 1 }
      const parent = mapAt(doc, path.slice(0, -1))
      const last = path[path.length - 1]
      const pair = parent?.items.find(p => isScalar(p.key) && String(p.key.value) === last)
      return at(pair?.key as YamlNode | undefined)
    }
  }
}

function mapAt(doc: Document.Parsed, path: readonly string[]): YAMLMap | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
  return isMap(node) ? node : undefined
}

/** Stack exhaustion (absurd nesting) and alias limits are reported as too complex, not as a crash. */
function unreadable(file: string, err: unknown): Diagnostic {
  if (err instanceof RangeError) {
    return diagnostic(file, 'the document is nested too deeply to read', 'document-too-complex')
  }
  const code = /alias/i.test(errorMessage(err)) ? 'document-too-complex' : 'parse-error'
  return diagnostic(file, `cannot read YAML: ${firstLine(errorMessage(err))}`, code)
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
