import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'

export interface DuplicateKey {
  /** Dotted key path of the repeated key: `rules.iam-wildcard-action`. */
  path: string
  line: number
  firstLine: number
}

/**
 * Keys given twice in one mapping. A YAML reader keeps the later one, so a second
 * `fail-on-severity:` further down would silently override a reviewed setting.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, strict: false })
  const out: DuplicateKey[] = []
  const visit = (node: unknown, at: string[]): void => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...at, String(i)]))
    if (!isMap(node)) return
    const seen = new Map<string, number>()
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = keyText(pair.key, doc)
      const line = lines.linePos((pair.key as Node | null)?.range?.[0] ?? 0).line
      const first = seen.get(key)
      if (first === undefined) seen.set(key, line)
      else out.push({ path: [...at, key].join('.'), line, firstLine: first })
      visit(pair.value, [...at, key])
    }
  }
  visit(doc.contents, [])
  return out
}

/** A key as the reader sees it: an alias (`*k :`) is the key it names. */
function keyText(key: unknown, doc: Document): string {
  const node = isAlias(key) ? key.resolve(doc) : key
  return isScalar(node) ? String(node.value) : String(node)
}
