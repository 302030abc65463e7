import { posix } from 'node:path'
import {
  isBinaryLockfile,
  loadParsersFor,
  parseLockfile,
  parserFor,
  selectLockfiles
} from '../deps/registry.js'
import { includedFiles } from '../deps/requirements/index.js'
import type { PackageRef } from '../deps/types.js'
import { unpinnedNotes } from '../deps/unpinned.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import { confinePath } from '../sources/paths.js'
import { isLfsPointer } from '../sources/text.js'
import { invalidVersions } from './package-versions.js'
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

/**
 * Reads and parses the lockfiles of one side (`only` those, when given: the others are still
 * known, so a file scanned on its own is not counted again through an include); nothing here throws.
 */
export async function readLockfiles(
  source: FileSource,
  only?: ReadonlySet<string>
): Promise<LockfileRead> {
  const all = await source.list()
  const everyLockfile = selectLockfiles(all)
  const lockfiles = only ? everyLockfile.filter(f => only.has(f)) : everyLockfile
  // A binary lockfile is never read: its parser says what it stands for without its bytes.
  const texts = await readAll(source, [
    ...lockfiles.filter(f => !isBinaryLockfile(f)),
    ...siblingsOf(lockfiles, new Set(all))
  ])
  await readIncludes(source, lockfiles, texts)
  await loadParsersFor(lockfiles)
  const out: LockfileRead = { packages: new Map(), diagnostics: [], unreadable: [] }
  const once = new Once(new Set(everyLockfile))
  const repoHas = pathsAndFolders(all)
  for (const file of lockfiles) {
    const text = isBinaryLockfile(file) ? '' : texts.get(file)
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
        return safe === undefined ? undefined : asRepoFile(texts.get(safe))
      },
      repoHas: path => repoHas.has(path)
    })
    out.packages.set(file, once.packages(file, result.packages))
    // Dependencies without a registry version are not looked up: the report says so.
    const notes = unpinnedNotes(result.unpinned)
    const found = [...result.diagnostics, ...invalidVersions(result.packages), ...notes]
    out.diagnostics.push(...once.diagnostics(file, found))
    // An error in a file it includes is that file's, named there: this one was still read.
    if (result.diagnostics.some(d => d.severity === 'error' && d.file === file))
      out.unreadable.push(file)
  }
  return out
}

function lfsPointerIn(file: string, text: string): Diagnostic | undefined {
  if (!isLfsPointer(text)) return undefined
  const why =
    'is a Git LFS pointer, not the lockfile itself: check out LFS files (actions/checkout needs `lfs: true`) to have it checked'
  return diagnostic(file, why, 'lfs-pointer')
}

/** Include chains longer than any real project's are not read further (the parser says so). */
const MAX_INCLUDE_ROUNDS = 17

/**
 * Reads the files requirements files include (`-r`, `-c`), whatever their names, and what those
 * include in turn, so the synchronous parsers find them. A file that is not there is remembered
 * as missing, so the parser can say so at the include's line.
 */
async function readIncludes(
  source: FileSource,
  lockfiles: string[],
  texts: Map<string, string | Diagnostic>
): Promise<void> {
  let wanted = lockfiles.filter(isRequirements)
  for (let round = 0; round < MAX_INCLUDE_ROUNDS && wanted.length > 0; round++) {
    const next = new Set<string>()
    for (const file of wanted) {
      const text = texts.get(file)
      if (typeof text !== 'string') continue
      for (const target of includedFiles(text, file)) if (!texts.has(target)) next.add(target)
    }
    for (const path of next) {
      const r = await source.read(path)
      texts.set(path, 'text' in r ? r.text : r.diagnostic)
    }
    wanted = [...next]
  }
}

function isRequirements(file: string): boolean {
  return parserFor(file)?.id === 'pypi/requirements'
}

/**
 * Each package and problem once: a file included by several requirements files, or one that is
 * also scanned on its own, yields its packages and problems at their own lines a single time.
 */
class Once {
  private readonly seenPackages = new Map<string, PackageRef>()
  private readonly seenProblems = new Set<string>()

  constructor(private readonly scannedOnTheirOwn: Set<string>) {}

  packages(file: string, packages: PackageRef[]): PackageRef[] {
    // Only requirements files report packages of other files (their includes).
    if (!isRequirements(file)) return packages
    return packages.filter(p => {
      const from = p.location.file
      if (from !== file && this.scannedOnTheirOwn.has(from)) return false
      const key = `${from}:${p.location.line}:${p.name}@${p.version}`
      const seen = this.seenPackages.get(key)
      if (seen === undefined) {
        this.seenPackages.set(key, p)
        return true
      }
      // A file both a development and a run-time requirements file include: its packages are
      // needed at run time, whichever of the two was read first.
      if (seen.dev === true && p.dev !== true) seen.dev = p.dev
      return false
    })
  }

  diagnostics(file: string, diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics.filter(d => {
      if (d.file !== file && this.scannedOnTheirOwn.has(d.file)) return false
      return this.first(this.seenProblems, `${d.file}:${d.line}:${d.code}:${d.message}`)
    })
  }

  private first(seen: Set<string>, key: string): boolean {
    if (seen.has(key)) return false
    seen.add(key)
    return true
  }
}

/** Every listed file and every folder above one: what a lockfile's local links may point at. */
function pathsAndFolders(files: string[]): Set<string> {
  const out = new Set<string>([''])
  for (const file of files) {
    out.add(file)
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash)
      if (out.has(folder)) break
      out.add(folder)
    }
  }
  return out
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

function asRepoFile(v: string | Diagnostic | undefined): string | { problem: string } | undefined {
  if (v === undefined || typeof v === 'string') return v
  return v.code === 'not-found' ? undefined : { problem: v.message }
}

function asText(v: string | Diagnostic | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}
