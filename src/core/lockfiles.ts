import { posix } from 'node:path'
import { parseLockfile, selectLockfiles } from '../deps/registry.js'
import type { PackageRef } from '../deps/types.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import { confinePath } from '../sources/paths.js'
import { isLfsPointer } from '../sources/text.js'
import type { FileSource } from '../sources/types.js'

/** Manifests some lockfile formats read beside themselves, for direct and dev flags. */
const SIBLING_MANIFESTS = ['package.json', 'composer.json', 'pyproject.toml', 'Pipfile']

export interface LockfileRead {
  /** Lockfile path → its packages. */
  packages: Map<string, PackageRef[]>
  diagnostics: Diagnostic[]
  /** Lockfiles that exist but could not be read or parsed. */
  unreadable: string[]
}

/** Reads and parses every lockfile of one side; nothing here throws. */
export async function readLockfiles(source: FileSource): Promise<LockfileRead> {
  const all = await source.list()
  const lockfiles = selectLockfiles(all)
  const texts = await readAll(source, [...lockfiles, ...siblingsOf(lockfiles, new Set(all))])
  const out: LockfileRead = { packages: new Map(), diagnostics: [], unreadable: [] }
  for (const file of lockfiles) {
    const text = texts.get(file)
    const problem = typeof text === 'string' ? lfsPointerIn(file, text) : text
    if (problem || typeof text !== 'string') {
      out.diagnostics.push(problem ?? (text as Diagnostic))
      out.unreadable.push(file)
      continue
    }
    const dir = posix.dirname(file)
    const result = parseLockfile(file, text, {
      siblings: name => asText(texts.get(posix.join(dir, name))),
      readRepoFile: path => {
        const safe = confinePath(path)
        return safe === undefined ? undefined : asText(texts.get(safe))
      }
    })
    out.packages.set(file, result.packages)
    out.diagnostics.push(...result.diagnostics)
    if (result.diagnostics.some(d => d.severity === 'error')) out.unreadable.push(file)
  }
  return out
}

function lfsPointerIn(file: string, text: string): Diagnostic | undefined {
  if (!isLfsPointer(text)) return undefined
  const why =
    'is a Git LFS pointer, not the lockfile itself: check out LFS files (actions/checkout needs `lfs: true`) to have it checked'
  return diagnostic(file, why, 'lfs-pointer')
}

function siblingsOf(lockfiles: string[], present: Set<string>): string[] {
  const dirs = new Set(lockfiles.map(f => posix.dirname(f)))
  return [...dirs]
    .flatMap(d => SIBLING_MANIFESTS.map(n => (d === '.' ? n : `${d}/${n}`)))
    .filter(p => present.has(p))
}

async function readAll(
  source: FileSource,
  paths: string[]
): Promise<Map<string, string | Diagnostic>> {
  const out = new Map<string, string | Diagnostic>()
  for (const path of new Set(paths)) {
    const r = await source.read(path)
    out.set(path, 'text' in r ? r.text : r.diagnostic)
  }
  return out
}

function asText(v: string | Diagnostic | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}
