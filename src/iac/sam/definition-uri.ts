import { diagnostic, type Diagnostic, type Position } from '../../model/location.js'
import {
  asString,
  entry,
  get,
  isMap,
  membersOnce,
  type MapEntry,
  type MapValue,
  withEntries,
  withValue,
  writtenText
} from '../../model/value.js'
import { dirOf, isUrl, resolveInRepo } from '../../sources/paths.js'
import { readOrWhy } from '../../sources/repo-reader.js'
import {} from '../cloudformation/naming.js'
import { loadTemplateText } from '../document/load-template.js'
import type { RepoReader } from '../types.js'

const API_TYPES = new Set(['AWS::Serverless::Api', 'AWS::Serverless::HttpApi'])

export interface InlinedDefinitions {
  template: MapValue
  /** The definition files read: the service reads them as it reads its template. */
  files: string[]
  diagnostics: Diagnostic[]
  /** Where the `DefinitionUri` keys whose file could not be read are: each has an error. */
  unreadKeys: Position[]
}

/**
 * `sam package` uploads an API's local `DefinitionUri` file and SAM reads it as if it were its
 * `DefinitionBody`: the file is read from the repository and put there, so its routes are checked
 * where they are written. The template's unit already names the file (any path it writes), so a
 * pull request that changes only the file re-evaluates the template. A file on S3 stays unread
 * (the API says so); one outside the repository, missing, unreadable or not a map is an error.
 */
export async function inlineDefinitionFiles(
  template: MapValue,
  file: string,
  repo: RepoReader
): Promise<InlinedDefinitions> {
  const out: InlinedDefinitions = { template, files: [], diagnostics: [], unreadKeys: [] }
  const resources = entry(template, 'Resources')
  if (!resources || !isMap(resources.value)) return out
  // A large generated template whose text names no definition file is not walked again.
  if (writtenText(resources.value)?.includes('DefinitionUri') === false) return out
  const replaced = new Map<string, MapEntry>()
  for (const r of membersOnce(resources.value)) {
    const uri = localDefinitionUri(r)
    if (!uri) continue
    const definition = await readDefinition(uri, file, repo, out)
    if (definition) replaced.set(r.key, withDefinitionBody(r, definition))
  }
  if (replaced.size === 0) return out
  const merged = new Map(resources.value.entries)
  for (const [id, e] of replaced) merged.set(id, e)
  const entries = new Map(template.entries)
  entries.set('Resources', withValue(resources, withEntries(resources.value, merged)))
  out.template = withEntries(template, entries)
  return out
}

/** A SAM API's `DefinitionUri` written as a local path, when it has one and no body. */
function localDefinitionUri(r: MapEntry): { entry: MapEntry; written: string } | undefined {
  if (!API_TYPES.has(asString(get(r.value, 'Type')) ?? '')) return undefined
  const props = get(r.value, 'Properties')
  if (entry(props, 'DefinitionBody')) return undefined
  const uri = entry(props, 'DefinitionUri')
  const written = asString(uri?.value)
  if (!uri || !written || isUrl(written)) return undefined
  return { entry: uri, written }
}

/**
 * The definition file as a map; otherwise undefined, with an error at `DefinitionUri` (the
 * routes it writes cannot be checked): outside the repository, missing, unreadable, or not a map.
 */
async function readDefinition(
  uri: { entry: MapEntry; written: string },
  file: string,
  repo: RepoReader,
  out: InlinedDefinitions
): Promise<MapValue | undefined> {
  const at = { line: uri.entry.keyLoc.line, column: uri.entry.keyLoc.column }
  const unread = (problem?: Diagnostic): undefined => {
    if (problem) out.diagnostics.push(problem)
    out.unreadKeys.push(at)
    return undefined
  }
  const atUri = (why: string, code: string): Diagnostic =>
    diagnostic(
      file,
      `DefinitionUri ${uri.written} ${why}: the routes this API definition writes are not checked`,
      code,
      at
    )
  const path = resolveInRepo(dirOf(file), uri.written)
  if (path === undefined)
    return unread(atUri('is outside the repository', 'definition-outside-repository'))
  const { text, why } = await readOrWhy(repo, path)
  if (text === undefined) {
    if (why === undefined)
      return unread(atUri('is not in the repository', 'unresolved-definition-uri'))
    return unread(unreadableDefinition(path, why))
  }
  const loaded = loadTemplateText(path, text)
  out.diagnostics.push(...loaded.diagnostics)
  if (!out.files.includes(path)) out.files.push(path)
  if (isMap(loaded.value)) return loaded.value
  // A file that does not parse has its error already; one that parses to a list or a scalar not.
  if (loaded.diagnostics.some(d => d.severity === 'error')) return unread()
  return unread(
    atUri(`(${path}) does not hold an OpenAPI definition (a map)`, 'invalid-definition-uri')
  )
}

function unreadableDefinition(path: string, why: string): Diagnostic {
  const message = `cannot be read (${why}): the routes this API definition writes are not checked`
  return diagnostic(path, message, 'unreadable-definition')
}

/** The resource with the definition as its `DefinitionBody`, written where `DefinitionUri` is. */
function withDefinitionBody(r: MapEntry, definition: MapValue): MapEntry {
  const props = get(r.value, 'Properties') as MapValue
  const uri = entry(props, 'DefinitionUri') as MapEntry
  const entries = new Map(props.entries)
  entries.delete('DefinitionUri')
  entries.set('DefinitionBody', { key: 'DefinitionBody', keyLoc: uri.keyLoc, value: definition })
  const resource = new Map((r.value as MapValue).entries)
  const propsEntry = entry(r.value, 'Properties') as MapEntry
  resource.set('Properties', withValue(propsEntry, withEntries(props, entries)))
  return withValue(r, withEntries(r.value as MapValue, resource))
}
