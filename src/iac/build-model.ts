import { diagnostic, type Diagnostic } from '../model/location.js'
import type { Model, Service } from '../model/types.js'
import { isMap } from '../model/value.js'
import { repoReaderFor } from '../sources/repo-reader.js'
import { isLfsPointer } from '../sources/text.js'
import { readAhead } from '../sources/read-ahead.js'
import type { FileSource, ReadResult } from '../sources/types.js'
import { modelInWorkers, type ParallelOptions } from './parallel/build.js'
import {
  discoverIac,
  isServerlessFile,
  isTemplateByName,
  looksLikeServerlessService,
  looksLikeTemplate,
  OUT_OF_SCOPE_CODE,
  serverlessCodeFiles
} from './discover.js'
import { nestingError } from './document/depth.js'
import { withLoopsUnrolled } from './cloudformation/for-each.js'
import { codeUriProblems } from './sam/code-uri.js'
import { nestedStackProblems } from './cloudformation/nested-stacks.js'
import { loadTemplateText } from './document/load-template.js'
import { TEMPLATE_FORMATS, terraformFormat } from './registry.js'
import { installedFolders, type InstalledFolder } from './terraform/installed-folders.js'
import type { ParseContext, ParseResult } from './types.js'
import { errorMessage } from '../sources/errors.js'

/**
 * Reads every piece of infrastructure-as-code of a source into one located model. Nothing here
 * throws on bad input: unreadable files and formats that fail become diagnostics, and the other
 * files are still modelled. A large source is modelled in worker threads (see `parallel/`), with
 * the same model whatever the number of workers.
 */
export async function buildModel(
  source: FileSource,
  root: string,
  options: ParallelOptions = {}
): Promise<Model> {
  const files = await source.list()
  const { terraform } = discoverIac(files)
  const installed = await installedFolders(terraform, files, repoReaderFor(source).readText)
  const units = modelUnits(files, installed.folders)
  const parallel = await modelInWorkers(source, units, files, options)
  const read = parallel
    ? (path: string) => source.read(path)
    : readAhead(source, units.flatMap(unitFiles))
  const services: Service[] = []
  const diagnostics: Diagnostic[] = [...installed.diagnostics]
  for (const file of serverlessCodeFiles(files)) {
    diagnostics.push(
      outOfScope(file, 'is a Serverless service written as code, which is never run')
    )
  }
  // Serverless services come first: files they include with ${file()} belong to them, and are
  // not read again as templates of their own (their findings would count twice).
  const included = new Set<string>()
  for (const [i, unit] of units.entries()) {
    if (unit.kind === 'template' && included.has(unit.file)) continue
    const result = parallel?.[i] ?? (await modelUnit(source, read, unit, files))
    // Only Serverless includes: a file a template reads (an API definition) may be a template too.
    for (const s of result.services.filter(s => s.format === 'serverless'))
      s.files.filter(f => f !== s.id).forEach(f => included.add(f))
    services.push(...result.services)
    diagnostics.push(...result.diagnostics)
  }
  services.sort((a, b) => a.id.localeCompare(b.id))
  return { root, services, diagnostics: withoutReadFiles(diagnostics, services) }
}

/**
 * A file a service reads (an API definition that writes `${AWS::Region}`) is checked through that
 * service: it is no file the gate leaves unchecked because it is no template of its own.
 */
function withoutReadFiles(diagnostics: Diagnostic[], services: Service[]): Diagnostic[] {
  const read = new Set(services.flatMap(s => s.files.filter(f => f !== s.id)))
  return diagnostics.filter(d => d.code !== OUT_OF_SCOPE_CODE || !read.has(d.file))
}

/**
 * A template file, or a Terraform folder with its `.tf` files: each is modelled on its own. A
 * Terraform unit knows the installed module folders read on their own (`installedRead`), and an
 * installed one the manifest entry it comes from (`installedAs`). Units cross to worker threads:
 * plain data only.
 */
export type ModelUnit =
  | { kind: 'template'; file: string }
  | {
      kind: 'terraform'
      dir: string
      paths: string[]
      installedRead: string[]
      installedAs?: { root: string; key: string }
    }

/**
 * What the model is built from, in the order it is built: Serverless files, templates, Terraform
 * folders, then the installed module folders `terraform init` left that are read as folders.
 */
export function modelUnits(
  files: readonly string[],
  installed: readonly InstalledFolder[] = []
): ModelUnit[] {
  const { templates, terraform } = discoverIac(files)
  const template = (file: string): ModelUnit => ({ kind: 'template', file })
  const installedRead = installed.map(f => f.dir)
  return [
    ...templates.filter(isServerlessFile).map(template),
    ...templates.filter(f => !isServerlessFile(f)).map(template),
    ...[...terraform].map(([dir, paths]): ModelUnit => ({
      kind: 'terraform',
      dir,
      paths,
      installedRead
    })),
    ...installed.map(({ dir, files: paths, root, key }): ModelUnit => ({
      kind: 'terraform',
      dir,
      paths,
      installedRead,
      installedAs: { root, key }
    }))
  ]
}

export function unitFiles(unit: ModelUnit): string[] {
  return unit.kind === 'template' ? [unit.file] : unit.paths
}

/** One template, or one Terraform folder, read and modelled on its own. */
export function modelUnit(
  source: FileSource,
  read: Reader,
  unit: ModelUnit,
  files: readonly string[]
): Promise<ParseResult> {
  return unit.kind === 'template'
    ? readTemplate(source, read, unit.file, files)
    : readTerraform(source, read, unit)
}

export type Reader = (path: string) => Promise<ReadResult>

async function readTemplate(
  source: FileSource,
  reader: Reader,
  file: string,
  files: readonly string[]
): Promise<ParseResult> {
  const read = await reader(file)
  if ('diagnostic' in read) return { services: [], diagnostics: [unreadable(file, read)] }
  const named = isTemplateByName(file)
  if (isLfsPointer(read.text)) return { services: [], diagnostics: [lfsPointer(file, named)] }
  // A file named as a template is parsed whatever it holds: a broken one is an error.
  if (!named && !looksLikeTemplate(read.text) && !looksLikeServerlessService(file, read.text))
    return { services: [], diagnostics: [] }
  const loaded = loadTemplateText(file, read.text)
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
  // Resources written in Fn::ForEach loops are read where they are detected and mapped.
  const document = withLoopsUnrolled(loaded.value)
  const format = TEMPLATE_FORMATS.find(f => f.detect(file, document))
  if (!format) return { services: [], diagnostics: [notDetected(file, named, read.text)] }
  const ctx: ParseContext = { repo: repoReaderFor(source) }
  const built = await guarded(file, () => format.build({ file, document }, ctx))
  if (format.format === 'serverless') return built
  const registered = built.services.flatMap(s => s.rawResources)
  const nested = await nestedStackProblems(file, registered, ctx.repo)
  const code =
    format.format === 'sam'
      ? await codeUriProblems(file, document, files, source.whyUnreadable?.bind(source))
      : []
  return { ...built, diagnostics: [...built.diagnostics, ...nested, ...code] }
}

/**
 * A template candidate that could not be read. A file over the size limit whose start shows it
 * is no template, or binary content that names no AWS type, is one the gate does not need: said,
 * but not an error.
 */
function unreadable(file: string, read: { diagnostic: Diagnostic; preview?: string }): Diagnostic {
  const notNeeded =
    PREVIEWED.has(read.diagnostic.code) &&
    !isTemplateByName(file) &&
    read.preview !== undefined &&
    !looksLikeTemplate(read.preview)
  return notNeeded ? { ...read.diagnostic, severity: 'warning' } : read.diagnostic
}

const PREVIEWED = new Set(['file-too-large', 'binary-content'])

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
function notDetected(file: string, named: boolean, text: string): Diagnostic {
  if (named && isServerlessFile(file))
    return outOfScope(file, 'is a Serverless service for a provider other than AWS')
  if (!named && !looksLikeTemplate(text))
    return outOfScope(file, 'looks like a Serverless service but names no AWS provider')
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
  reader: Reader,
  unit: Extract<ModelUnit, { kind: 'terraform' }>
): Promise<ParseResult> {
  const { dir, paths } = unit
  const files: { path: string; text: string }[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of paths) {
    const read = await reader(path)
    if ('diagnostic' in read) diagnostics.push(read.diagnostic)
    else if (isLfsPointer(read.text)) diagnostics.push(lfsPointer(path, true))
    else diagnostics.push(...checkedText(path, read.text, files))
  }
  if (files.length === 0) return { services: [], diagnostics }
  const ctx: ParseContext = { repo: repoReaderFor(source) }
  const folder = {
    dir,
    files,
    installedRead: new Set(unit.installedRead),
    ...(unit.installedAs ? { installedAs: unit.installedAs } : {})
  }
  const result = await guarded(dir || '.', () => terraformFormat.build(folder, ctx))
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
    const message = errorMessage(err)
    return {
      services: [],
      diagnostics: [diagnostic(file, `could not be modelled: ${message}`, 'internal-error')]
    }
  }
}
