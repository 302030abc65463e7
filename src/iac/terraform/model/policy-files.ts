import { diagnostic, type Diagnostic } from '../../../model/location.js'
import type { Value } from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import { policyFilePath } from '../../referenced-files.js'
import type { RepoReader } from '../../types.js'
import type { TfBlock } from './folder.js'

/**
 * JSON policy files a folder reads with `file(...)` (`policy = file("${path.module}/policy.json")`),
 * by the expression as written. They are read before the model is built, so a policy kept in its
 * own file is checked like one written inline, and findings land on its lines.
 */
export type PolicyFiles = ReadonlyMap<string, { path: string; text: string }>

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
  const files = new Map<string, { path: string; text: string }>()
  const unreadable = new Map<string, Diagnostic>()
  for (const expr of exprs) {
    const path = policyFilePath(expr, dir)
    if (path === undefined) continue
    const text = await repo.readText(path)
    if (text !== undefined) files.set(expr, { path, text })
    const why = text === undefined ? await repo.whyUnreadable?.(path) : undefined
    if (why !== undefined) unreadable.set(path, unreadablePolicy(path, why))
  }
  return { files, unreadable: [...unreadable.values()] }
}

function unreadablePolicy(path: string, why: string): Diagnostic {
  const message = `cannot be read (${why}): the policy read from it with file() is not checked`
  return diagnostic(path, message, 'unreadable-policy-file')
}

/**
 * Policy files that cannot be read as a document: an error at the file, since the policy that
 * `terraform apply` would send was not checked (it is not a value unknown until deployment).
 */
export function policyFileProblems(files: PolicyFiles): Diagnostic[] {
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const { path, text } of files.values()) {
    if (seen.has(path)) continue
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
    if (v.fn === 'file') out.add(v.expr)
  } else if (v.kind === 'list') {
    for (const item of v.items) fileCallsIn(item, out, depth + 1)
  } else if (v.kind === 'map') {
    for (const e of v.entries.values()) fileCallsIn(e.value, out, depth + 1)
  }
}
