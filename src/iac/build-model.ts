import { diagnostic, type Diagnostic } from '../model/location.js'
import type { Model, Service } from '../model/types.js'
import { isMap } from '../model/value.js'
import { repoReaderFor } from '../sources/repo-reader.js'
import type { FileSource } from '../sources/types.js'
import { discoverIac, isServerlessFile, looksLikeTemplate } from './discover.js'
import { loadDocument } from './document/yaml.js'
import { TEMPLATE_FORMATS, terraformFormat } from './registry.js'
import type { ParseContext, ParseResult } from './types.js'

/**
 * Reads every piece of infrastructure-as-code of a source into one located model. Nothing here
 * throws on bad input: unreadable files and formats that fail become diagnostics, and the other
 * files are still modelled.
 */
export async function buildModel(source: FileSource, root: string): Promise<Model> {
  const files = await source.list()
  const { templates, terraform } = discoverIac(files)
  const services: Service[] = []
  const diagnostics: Diagnostic[] = []
  const collect = (r: ParseResult): void => {
    services.push(...r.services)
    diagnostics.push(...r.diagnostics)
  }
  // Serverless services first: files they include with ${file()} belong to them, and are not
  // read again as templates of their own (their findings would count twice).
  const ordered = [
    ...templates.filter(isServerlessFile),
    ...templates.filter(f => !isServerlessFile(f))
  ]
  const included = new Set<string>()
  for (const file of ordered) {
    if (included.has(file)) continue
    const result = await readTemplate(source, file)
    for (const s of result.services) s.files.filter(f => f !== s.id).forEach(f => included.add(f))
    collect(result)
  }
  for (const [dir, tfFiles] of terraform) collect(await readTerraform(source, dir, tfFiles))
  services.sort((a, b) => a.id.localeCompare(b.id))
  return { root, services, diagnostics }
}

async function readTemplate(source: FileSource, file: string): Promise<ParseResult> {
  const read = await source.read(file)
  if ('diagnostic' in read) return { services: [], diagnostics: [read.diagnostic] }
  const named = isServerlessFile(file)
  if (!named && !looksLikeTemplate(read.text)) return { services: [], diagnostics: [] }
  const loaded = loadDocument(file, read.text)
  if (loaded.diagnostics.length > 0) return { services: [], diagnostics: loaded.diagnostics }
  if (!isMap(loaded.value)) {
    const why = named
      ? [
          diagnostic(
            file,
            'expected a mapping at the top level of the Serverless file',
            'not-a-template'
          )
        ]
      : []
    return { services: [], diagnostics: why }
  }
  const document = loaded.value
  const format = TEMPLATE_FORMATS.find(f => f.detect(file, document))
  if (!format) return { services: [], diagnostics: [] }
  const ctx: ParseContext = { repo: repoReaderFor(source) }
  return guarded(file, () => format.build({ file, document }, ctx))
}

async function readTerraform(
  source: FileSource,
  dir: string,
  paths: string[]
): Promise<ParseResult> {
  const files: { path: string; text: string }[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of paths) {
    const read = await source.read(path)
    if ('diagnostic' in read) diagnostics.push(read.diagnostic)
    else files.push({ path, text: read.text })
  }
  if (files.length === 0) return { services: [], diagnostics }
  const ctx: ParseContext = { repo: repoReaderFor(source) }
  const result = await guarded(dir || '.', () => terraformFormat.build({ dir, files }, ctx))
  return { services: result.services, diagnostics: [...diagnostics, ...result.diagnostics] }
}

/** A failure inside one format costs that file, never the scan: it is reported and counted. */
async function guarded(file: string, build: () => Promise<ParseResult>): Promise<ParseResult> {
  try {
    return await build()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return {
      services: [],
      diagnostics: [diagnostic(file, `could not be modelled: ${message}`, 'internal-error')]
    }
  }
}
