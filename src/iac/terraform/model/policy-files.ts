import { diagnostic, type Diagnostic } from '../../../model/location.js'
import {
  type MapEntry,
  type Value,
  withEntries,
  withItems,
  withValue
} from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import { policyFilePath, templateFilePath } from '../../referenced-files.js'
import type { RepoReader } from '../../types.js'
import { readOrWhy } from '../../../sources/repo-reader.js'
import type { TfBlock } from './folder.js'

/**
 * JSON policy files a folder reads with `file(...)` (`policy = file("${path.module}/policy.json")`),
 * by the expression as written. They are read before the model is built, so a policy kept in its
 * own file is checked like one written inline, and findings land on its lines.
 */
export type PolicyFiles = ReadonlyMap<string, PolicyFile>

/** A file read for a `file(...)` or `templatefile(...)` call; `template` for the latter. */
export interface PolicyFile {
  path: string
  text: string
  template?: boolean
}

/**
 * Reads every JSON file named by a `file(...)` call in the blocks' bodies, once. One that is there
 * but cannot be read is an error at it: the policy `terraform apply` would send is unknown.
 */
export async function readPolicyFiles(
  blocks: readonly TfBlock[],
  dir: string,
  repo: RepoReader
): Promise<{ files: PolicyFiles; unreadable: Diagnostic[] }> {
  const exprs = new Set<string>()
  for (const b of blocks) fileCallsIn(b.body, exprs, 0)
  const files = new Map<string, PolicyFile>()
  const unreadable = new Map<string, Diagnostic>()
  for (const expr of exprs) {
    const template = expr.startsWith('templatefile')
    const path = template ? templateFilePath(expr, dir) : policyFilePath(expr, dir)
    if (path === undefined) continue
    const { text, why } = await readOrWhy(repo, path)
    if (text !== undefined) files.set(expr, { path, text, template })
    else if (why !== undefined) unreadable.set(path, unreadablePolicy(path, why, template))
  }
  return { files, unreadable: [...unreadable.values()] }
}

function unreadablePolicy(path: string, why: string, template: boolean): Diagnostic {
  const message = template
    ? `cannot be read (${why}): the document rendered from it with templatefile() is not checked`
    : `cannot be read (${why}): the policy read from it with file() is not checked`
  return diagnostic(path, message, 'unreadable-policy-file')
}

/**
 * Policy files that cannot be read as a document: an error at the file, since the policy that
 * `terraform apply` would send was not checked (it is not a value unknown until deployment). A
 * template is only a document once rendered: one that does not read as one stays unknown.
 */
export function policyFileProblems(files: PolicyFiles): Diagnostic[] {
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const { path, text, template } of files.values()) {
    if (seen.has(path) || template) continue
    seen.add(path)
    out.push(
      ...loadDocument(path, text).diagnostics.map(d => ({ ...d, severity: 'error' as const }))
    )
  }
  return out
}

function fileCallsIn(v: Value, out: Set<string>, depth: number): void {
  if (depth > 40) return
  if (v.kind === 'symbolic') {
    if (v.fn === 'file' || v.fn === 'templatefile') out.add(v.expr)
  } else if (v.kind === 'list') {
    for (const item of v.items) fileCallsIn(item, out, depth + 1)
  } else if (v.kind === 'map') {
    for (const e of v.entries.values()) fileCallsIn(e.value, out, depth + 1)
  }
}

/**
 * The document a file read for a call holds, located in that file; undefined when it does not
 * read as one. A template's `${...}` interpolations are values known only when it is rendered
 * (symbolic); one with `%{...}` directives is not read, since they change its text.
 */
export function documentOfFile(file: PolicyFile): Value | undefined {
  if (file.template && file.text.includes('%{')) return undefined
  const loaded = loadDocument(file.path, file.text)
  if (!loaded.value || (file.template && loaded.diagnostics.length > 0)) return undefined
  return file.template ? interpolated(loaded.value) : loaded.value
}

/** Strings holding `${...}` become symbolic: their value is set when the template is rendered. */
function interpolated(v: Value): Value {
  if (v.kind === 'list') return withItems(v, v.items.map(interpolated))
  if (v.kind === 'map') {
    const entries = new Map<string, MapEntry>()
    for (const [k, e] of v.entries) {
      const value = interpolated(e.value)
      entries.set(k, value === e.value ? e : withValue(e, value))
    }
    return withEntries(v, entries)
  }
  if (v.kind !== 'scalar' || typeof v.value !== 'string' || !v.value.includes('${')) return v
  return { kind: 'symbolic', fn: 'templatefile', expr: v.value, refs: [], loc: v.loc }
}
