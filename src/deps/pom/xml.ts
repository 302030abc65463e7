import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { diagnostic, type Diagnostic } from '../../model/location.js'

/** One element of an order-preserving parse: `{ tag: children, [META]: { startIndex } }`. */
export type XmlNode = Record<string, unknown>

/** The library types it as the `Symbol` wrapper; it is a plain symbol. */
const META = XMLParser.getMetaDataSymbol() as unknown as symbol

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  // Entities are never expanded: a POM needs none, and expansion is how XML bombs work.
  processEntities: false,
  htmlEntities: false
})

export type XmlRead = { ok: true; nodes: XmlNode[] } | { ok: false; diagnostic: Diagnostic }

/** Parses XML into ordered nodes that know where they start. Never throws. */
export function readXml(text: string, file: string): XmlRead {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    const { msg, line, col } = valid.err
    return {
      ok: false,
      diagnostic: diagnostic(file, `not valid XML: ${msg}`, 'parse-error', { line, column: col })
    }
  }
  try {
    return { ok: true, nodes: parser.parse(text) as XmlNode[] }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return { ok: false, diagnostic: diagnostic(file, `not valid XML: ${message}`, 'parse-error') }
  }
}

/** The element's tag name. */
export function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find(key => key !== ':@' && key !== '#text')
}

export function childrenOf(node: XmlNode | undefined): XmlNode[] {
  const tag = node ? tagOf(node) : undefined
  const children = tag ? node?.[tag] : undefined
  return Array.isArray(children) ? (children as XmlNode[]) : []
}

/** The first child element with this tag, among a list of nodes. */
export function childNamed(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find(node => tagOf(node) === tag)
}

/** Child elements at a path of tags: `path(project, ['dependencies', 'dependency'])`. */
export function elementsAt(node: XmlNode | undefined, path: readonly string[]): XmlNode[] {
  let level = node ? [node] : []
  for (const tag of path) level = level.flatMap(n => childrenOf(n).filter(c => tagOf(c) === tag))
  return level
}

/** The text content of an element (its direct text nodes, trimmed). */
export function textOf(node: XmlNode | undefined): string | undefined {
  const texts = childrenOf(node).flatMap(c => (typeof c['#text'] === 'string' ? [c['#text']] : []))
  return texts.length > 0 ? texts.join('').trim() : undefined
}

/** The text of a child element. */
export function childText(node: XmlNode | undefined, tag: string): string | undefined {
  return textOf(childNamed(childrenOf(node), tag))
}

/** Offset of the element's `<` in the text. */
export function startOf(node: XmlNode): number | undefined {
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META]
  return meta?.startIndex
}
