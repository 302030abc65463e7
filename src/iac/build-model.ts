import { diagnostic, type Diagnostic } from '../model/location.js'
import type { Model, Service } from '../model/types.js'
import { isMap } from '../model/value.js'
import { repoReaderFor } from '../sources/repo-reader.js'
import { isLfsPointer } from '../sources/text.js'
import type { FileSource } from '../sources/types.js'
import {
  discoverIac,
  isServerlessFile,
  isTemplateByName,
  looksLikeTemplate,
  OUT_OF_SCOPE_CODE
} from './discover.js'
import { nestingError } from './document/depth.js'
import { codeUriProblems } from './sam/code-uri.js'
import { loadDocument } from './document/yaml.js'
import { TEMPLATE_FORMATS, terraformFormat } from './registry.js'
import { installedFolders } from './terraform/installed-folders.js'
import type { ModuleInput, ParseContext, ParseResult } from './types.js'

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
    const result = await readTemplate(source, file, files)
    for (const s of result.services) s.files.filter(f => f !== s.id).forEach(f => included.add(f))
    collect(result)
  }
  const installed = await installedFolders(terraform, files, repoReaderFor(source).readText)
  diagnostics.push(...installed.diagnostics)
  const installedRead = new Set(installed.folders.map(f => f.dir))
  for (const [dir, tfFiles] of terraform)
    collect(await readTerraform(source, { dir, installedRead }, tfFiles))
  for (const { dir, files: tfFiles, root, key } of installed.folders)
    collect(
      await readTerraform(source, { dir, installedRead, installedAs: { root, key } }, tfFiles)
    )
  services.sort((a, b) => a.id.localeCompare(b.id))
  return { root, services, diagnostics }
}

async function readTemplate(
  source: FileSource,
  file: string,
  files: readonly string[]
): Promise<ParseResult> {
  const read = await source.read(file)
  if ('diagnostic' in read) return { services: [], diagnostics: [unreadable(file, read)] }
  const named = isTemplateByName(file)
  if (isLfsPointer(read.text)) return { services: [], diagnostics: [lfsPointer(file, named)] }
  // A file named as a template is parsed whatever it holds: a broken one is an error.
  if (!named && !looksLikeTemplate(read.text)) return { services: [], diagnostics: [] }
  const deep = nestingError(file, read.text)
  if (deep) return { services: [], diagnostics: [deep] }
  const loaded = loadDocument(file, read.text)
  if (loaded.diagnostics.length > 0) return { services: [], diagnostics: loaded.diagnostics }
  if (!isMap(loaded.value)) {
    const why = isServerlessFile(file)
      ? diagnostic(
          file,
          'expected a mapping at the top level of the Serverless file',
          'not-a-template'
        )
      : outOfScope(file, 'mentions AWS resource types but is not a mapping')
    return { services: [], diagnostics: [why] }
  }
  const document = loaded.value
  const format = TEMPLATE_FORMATS.find(f => f.detect(file, document))
  if (!format) return { services: [], diagnostics: [notDetected(file, named)] }
  const ctx: ParseContext = { repo: repoReaderFor(source) }
  const built = await guarded(file, () => format.build({ file, document }, ctx))
  if (format.format !== 'sam') return built
  return {
    ...built,
    diagnostics: [...built.diagnostics, ...codeUriProblems(file, document, files)]
  }
}

/**
 * A template candidate that could not be read. A file over the size limit whose start shows it
 * is no template is one the gate does not need: said, but not an error.
 */
function unreadable(file: string, read: { diagnostic: Diagnostic; preview?: string }): Diagnostic {
  const notNeeded =
    read.diagnostic.code === 'file-too-large' &&
    !isTemplateByName(file) &&
    read.preview !== undefined &&
    !looksLikeTemplate(read.preview)
  return notNeeded ? { ...read.diagnostic, severity: 'warning' } : read.diagnostic
}

function lfsPointer(file: string, named: boolean): Diagnostic {
  return diagnostic(
    file,
    `is a Git LFS pointer, not the file itself: check out LFS files (actions/checkout needs \`lfs: true\`) to have it checked`,
    'lfs-pointer',
    {},
    named ? 'error' : 'warning'
  )
}

/** A Serverless file for another cloud, or YAML/JSON that only mentions AWS types. */
function notDetected(file: string, named: boolean): Diagnostic {
  if (named && isServerlessFile(file))
    return outOfScope(file, 'is a Serverless service for a provider other than AWS')
  return named
    ? outOfScope(file, 'is named like a CloudFormation template but declares no AWS resources')
    : outOfScope(
        file,
        'mentions AWS resource types but is not a CloudFormation, SAM or Serverless template'
      )
}

function outOfScope(file: string, what: string): Diagnostic {
  return diagnostic(file, `${what}: not checked`, OUT_OF_SCOPE_CODE, {}, 'warning')
}

async function readTerraform(
  source: FileSource,
  folder: Omit<ModuleInput, 'files'>,
  paths: string[]
): Promise<ParseResult> {
  const files: { path: string; text: string }[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of paths) {
    const read = await source.read(path)
    if ('diagnostic' in read) diagnostics.push(read.diagnostic)
    else if (isLfsPointer(read.text)) diagnostics.push(lfsPointer(path, true))
    else diagnostics.push(...checkedText(path, read.text, files))
  }
  if (files.length === 0) return { services: [], diagnostics }
  const ctx: ParseContext = { repo: repoReaderFor(source) }
  const result = await guarded(folder.dir || '.', () =>
    terraformFormat.build({ ...folder, files }, ctx)
  )
  return { services: result.services, diagnostics: [...diagnostics, ...result.diagnostics] }
}

/** A Terraform file goes to the parser unless it nests too deep for it. */
function checkedText(path: string, text: string, files: { path: string; text: string }[]) {
  const deep = nestingError(path, text)
  if (deep) return [deep]
  files.push({ path, text })
  return []
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
