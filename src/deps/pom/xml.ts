import type * as FastXmlParser from 'fast-xml-parser'
import { diagnostic, type Diagnostic } from '../../model/location.js'
import { errorMessage } from '../../sources/errors.js'

/** One element of an order-preserving parse: `{ tag: children, [META]: { startIndex } }`. */
export type XmlNode = Record<string, unknown>

interface XmlReader {
  parser: FastXmlParser.XMLParser
  validator: typeof FastXmlParser.XMLValidator
  /** Where the parser keeps an element's start; a plain symbol the library types as `Symbol`. */
  meta: symbol
}

let reader: XmlReader | undefined

/** Loads the XML reader, for the formats whose files are XML. */
export async function loadXmlReader(): Promise<void> {
  if (reader) return
  const { XMLParser, XMLValidator } = await import('fast-xml-parser')
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
  reader ??= {
    parser,
    validator: XMLValidator,
    meta: XMLParser.getMetaDataSymbol() as unknown as symbol
  }
}

/** The loaded reader: reading before `loadXmlReader` is a bug, and throws. */
function loaded(): XmlReader {
  if (reader === undefined) throw new Error('the XML reader is not loaded')
  return reader
}

export type XmlRead = { ok: true; nodes: XmlNode[] } | { ok: false; diagnostic: Diagnostic }

/** Parses XML into ordered nodes that know where they start. Never throws on its input. */
export function readXml(text: string, file: string): XmlRead {
  const { parser, validator } = loaded()
  const valid = validator.validate(text)
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
    const message = errorMessage(err)
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

/**
 * The text content of an element (its direct text nodes, trimmed), with character references
 * and the five predefined entities decoded as every XML reader (Maven's too) decodes them:
 * `log4j-&#99;ore` is `log4j-core`. Entities a DTD declares stay as written (never expanded).
 */
export function textOf(node: XmlNode | undefined): string | undefined {
  const texts = childrenOf(node).flatMap(c => (typeof c['#text'] === 'string' ? [c['#text']] : []))
  return texts.length > 0 ? decodeReferences(texts.join('')).trim() : undefined
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }

/** One pass, so `&amp;#99;` is the text `&#99;`, as in XML. */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|apos|quot);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED[ref] as string
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The text of a child element. */
export function childText(node: XmlNode | undefined, tag: string): string | undefined {
  return textOf(childNamed(childrenOf(node), tag))
}

/** Offset of the element's `<` in the text. */
export function startOf(node: XmlNode): number | undefined {
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[loaded().meta]
  return meta?.startIndex
}
