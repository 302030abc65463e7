import { diagnostic } from '../../../model/location.js'
import {
  asList,
  isMap,
  membersOnce,
  type MapEntry,
  type MapValue,
  type Value
} from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import type { Declarations } from './declarations.js'

/**
 * Reads a `.tf.json` file (Terraform's JSON syntax) into the folder's declarations:
 * `{"resource": {"type": {"name": {...}}}, "data": ..., "module": ..., "variable": ..., "locals": ...}`.
 */
export function addJsonFile(decls: Declarations, file: string, text: string): void {
  const loaded = loadDocument(file, text)
  decls.diagnostics.push(...loaded.diagnostics)
  if (loaded.diagnostics.length > 0) return
  const root = loaded.value
  if (!isMap(root)) {
    decls.diagnostics.push(
      diagnostic(file, 'expected a JSON object at the top level', 'parse-error')
    )
    return
  }
  for (const section of ['resource', 'data'] as const) {
    for (const typeEntry of entriesOf(...written(root, section))) {
      for (const nameEntry of entriesOf(typeEntry.value)) {
        const type = typeEntry.key
        const name = nameEntry.key
        const address = section === 'data' ? `data.${type}.${name}` : `${type}.${name}`
        const body = firstMap(nameEntry)
        if (body)
          decls.addBlock({
            mode: section,
            type,
            name,
            address,
            file,
            loc: nameEntry.keyLoc,
            body: { kind: 'json', value: body }
          })
      }
    }
  }
  for (const e of entriesOf(...written(root, 'module'))) {
    const body = firstMap(e)
    if (body)
      decls.addBlock({
        mode: 'module',
        type: 'module',
        name: e.key,
        address: `module.${e.key}`,
        file,
        loc: e.keyLoc,
        body: { kind: 'json', value: body }
      })
  }
  for (const e of entriesOf(...written(root, 'variable'))) {
    const body = firstMap(e)
    const def = body?.entries.get('default')
    const sensitive = body?.entries.get('sensitive')
    const type = body?.entries.get('type')
    const conditions = asList(body?.entries.get('validation')?.value)
      .filter(isMap)
      .flatMap(v => asList(v.entries.get('condition')?.value))
      .map(value => ({ kind: 'json' as const, value }))
    decls.addVariable({
      name: e.key,
      file,
      loc: e.keyLoc,
      default: def ? { source: { kind: 'json', value: def.value }, keyLoc: def.keyLoc } : undefined,
      sensitive: sensitive ? { kind: 'json', value: sensitive.value } : undefined,
      type: type ? { kind: 'json', value: type.value } : undefined,
      conditions
    })
  }
  for (const e of entriesOf(...written(root, 'locals'))) {
    decls.addLocal({
      name: e.key,
      file,
      keyLoc: e.keyLoc,
      source: { kind: 'json', value: e.value }
    })
  }
}

/**
 * Each value written under `key` in an object. Terraform's JSON syntax keeps a name written twice
 * (`"resource": {...}, "resource": {...}`): each declares its blocks.
 */
function written(map: MapValue, key: string): Value[] {
  return [...membersOnce(map)].filter(e => e.key === key).map(e => e.value)
}

/**
 * The members of JSON objects, or of each object in a list of them (both forms are allowed), a
 * name written twice listed each time.
 */
function entriesOf(...values: Value[]): MapEntry[] {
  return values
    .flatMap(v => asList(v))
    .filter(isMap)
    .flatMap(m => [...membersOnce(m)])
}

function firstMap(e: MapEntry): MapValue | undefined {
  return asList(e.value).find(isMap)
}
