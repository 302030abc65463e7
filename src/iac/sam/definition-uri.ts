import { diagnostic, type Diagnostic } from '../../model/location.js'
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
import { resolveInRepo } from '../../sources/paths.js'
import { dirOf } from '../cloudformation/naming.js'
import { loadTemplateText } from '../document/load-template.js'
import type { RepoReader } from '../types.js'

const API_TYPES = new Set(['AWS::Serverless::Api', 'AWS::Serverless::HttpApi'])

export interface InlinedDefinitions {
  template: MapValue
  /** The definition files read: the service reads them as it reads its template. */
  files: string[]
  diagnostics: Diagnostic[]
}

/**
 * `sam package` uploads an API's local `DefinitionUri` file and SAM reads it as if it were its
 * `DefinitionBody`: the file is read from the repository and put there, so its routes are checked
 * where they are written. The template's unit already names the file (any path it writes), so a
 * pull request that changes only the file re-evaluates the template. A file on S3, outside the
 * repository or missing stays unread (and the API says so).
 */
export async function inlineDefinitionFiles(
  template: MapValue,
  file: string,
  repo: RepoReader
): Promise<InlinedDefinitions> {
  const out: InlinedDefinitions = { template, files: [], diagnostics: [] }
  const resources = entry(template, 'Resources')
  if (!resources || !isMap(resources.value)) return out
  // A large generated template whose text names no definition file is not walked again.
  if (writtenText(resources.value)?.includes('DefinitionUri') === false) return out
  const replaced = new Map<string, MapEntry>()
  for (const r of membersOnce(resources.value)) {
    const path = localDefinitionPath(r, file)
    const definition = path ? await readDefinition(path, repo, out) : undefined
    if (path && definition) replaced.set(r.key, withDefinitionBody(r, definition))
  }
  if (replaced.size === 0) return out
  const merged = new Map(resources.value.entries)
  for (const [id, e] of replaced) merged.set(id, e)
  const entries = new Map(template.entries)
  entries.set('Resources', withValue(resources, withEntries(resources.value, merged)))
  out.template = withEntries(template, entries)
  return out
}

/** The repository path of a SAM API's local `DefinitionUri`, when it has one and no body. */
function localDefinitionPath(r: MapEntry, file: string): string | undefined {
  if (!API_TYPES.has(asString(get(r.value, 'Type')) ?? '')) return undefined
  const props = get(r.value, 'Properties')
  if (entry(props, 'DefinitionBody')) return undefined
  const written = asString(get(props, 'DefinitionUri'))
  if (!written || /^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return undefined
  return resolveInRepo(dirOf(file), written)
}

async function readDefinition(
  path: string,
  repo: RepoReader,
  out: InlinedDefinitions
): Promise<MapValue | undefined> {
  let text: string | undefined
  try {
    text = await repo.readText(path)
  } catch {
    return undefined
  }
  if (text === undefined) {
    // There but unreadable: the routes it writes cannot be checked (a missing one keeps the
    // API's warning).
    const why = await repo.whyUnreadable?.(path)
    if (why !== undefined) out.diagnostics.push(unreadableDefinition(path, why))
    return undefined
  }
  const loaded = loadTemplateText(path, text)
  out.diagnostics.push(...loaded.diagnostics)
  if (!out.files.includes(path)) out.files.push(path)
  return isMap(loaded.value) ? loaded.value : undefined
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
