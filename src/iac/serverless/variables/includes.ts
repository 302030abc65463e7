import { diagnostic, type Diagnostic, type SourceLocation } from '../../../model/location.js'
import type { Value } from '../../../model/value.js'
import { readOrWhy } from '../../../sources/repo-reader.js'
import { loadDocument } from '../../document/yaml.js'
import type { RepoReader } from '../../types.js'
import { includeKind, repositoryPath, type IncludeKind } from './file-path.js'
import { blocked, missing, type Outcome } from './outcome.js'

type Loaded =
  | { kind: 'read'; value: Value }
  | { kind: 'absent' }
  /** There but refused (permissions, a failed read): `why` says so. */
  | { kind: 'unreadable'; why: string }
  /** Read but unusable (not YAML/JSON, too many files); the reason is already a diagnostic. */
  | { kind: 'failed' }

export type Opened = { kind: 'opened'; path: string; value: Value } | Outcome

/**
 * Files read through `${file(...)}`: only inside the repository and only through its reader, each
 * read once, parsed with the same limits as any template. Code is never run. The number of files
 * is capped so that a chain of includes cannot run away.
 */
export class Includes {
  readonly files: string[] = []
  private readonly cache = new Map<string, Loaded>()

  constructor(
    private readonly repo: RepoReader,
    /** Root-relative folder of the Serverless file: include paths are relative to it. */
    private readonly dir: string,
    private readonly diagnostics: Diagnostic[],
    private readonly maxFiles: number
  ) {}

  /** The document `written` names, or why it cannot be read. */
  async open(written: string, expr: string, loc: SourceLocation): Promise<Opened> {
    const path = repositoryPath(this.dir, written)
    if (!path) {
      const why = `${expr}: ${written} is outside the repository: not read, so what it holds is not checked`
      this.diagnostics.push(diagnostic(loc.file, why, 'file-outside-repository', loc))
      return blocked('file', expr, loc)
    }
    const kind = includeKind(path)
    if (kind === 'code') {
      this.warn(
        `${expr}: ${path} is code, which is never run; its value is unknown`,
        'code-include',
        loc
      )
      return blocked('file', expr, loc)
    }
    const loaded = await this.load(path, kind, loc)
    if (loaded.kind === 'absent')
      return missing('file', `${path} is not in the repository`, 'unresolved-include')
    if (loaded.kind === 'unreadable') {
      // There but refused: no fallback stands in for it, as the framework would fail on it too.
      const message = `${expr}: ${path} cannot be read: ${loaded.why}; what it holds is not checked`
      this.diagnostics.push(diagnostic(loc.file, message, 'unreadable-include', loc))
      return blocked('file', expr, loc)
    }
    if (loaded.kind === 'failed') return blocked('file', expr, loc)
    return { kind: 'opened', path, value: loaded.value }
  }

  private async load(
    path: string,
    kind: Exclude<IncludeKind, 'code'>,
    loc: SourceLocation
  ): Promise<Loaded> {
    const cached = this.cache.get(path)
    if (cached) return cached
    if (this.cache.size >= this.maxFiles) {
      // What the file holds is not checked: an error, like the other variable limits.
      const message = `more than ${this.maxFiles} files included; ${path} is not read`
      this.diagnostics.push(diagnostic(loc.file, message, 'variable-limit', loc))
      return { kind: 'failed' }
    }
    const result = await this.read(path, kind)
    this.cache.set(path, result)
    return result
  }

  private async read(path: string, kind: Exclude<IncludeKind, 'code'>): Promise<Loaded> {
    const included = await includedFile(this.repo, path, kind)
    if (included.kind !== 'read') return included
    this.files.push(path)
    // Each service that includes a file that does not parse reports it: the error is its own too.
    this.diagnostics.push(...included.diagnostics)
    if (included.diagnostics.length > 0) return { kind: 'failed' }
    return included.value ? { kind: 'read', value: included.value } : { kind: 'absent' }
  }

  private warn(message: string, code: string, loc: SourceLocation): void {
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, 'warning'))
  }
}

/** A file as read and parsed, before any one service takes it in. */
type IncludedFile =
  | { kind: 'absent' }
  | { kind: 'unreadable'; why: string }
  | { kind: 'read'; value: Value | undefined; diagnostics: Diagnostic[] }

/**
 * Per reader (one per scanned side), each included file read and parsed once: the services of a
 * repository often include the same file (a shared policy, a stage's settings), and parsed values
 * are never changed by those who read them.
 */
const includedByReader = new WeakMap<RepoReader, Map<string, Promise<IncludedFile>>>()

function includedFile(
  repo: RepoReader,
  path: string,
  kind: Exclude<IncludeKind, 'code'>
): Promise<IncludedFile> {
  let byPath = includedByReader.get(repo)
  if (!byPath) includedByReader.set(repo, (byPath = new Map()))
  let found = byPath.get(path)
  if (!found) byPath.set(path, (found = readIncluded(repo, path, kind)))
  return found
}

async function readIncluded(
  repo: RepoReader,
  path: string,
  kind: Exclude<IncludeKind, 'code'>
): Promise<IncludedFile> {
  const { text, why } = await readOrWhy(repo, path)
  if (text === undefined)
    return why === undefined ? { kind: 'absent' } : { kind: 'unreadable', why }
  if (kind === 'text') {
    const value: Value = { kind: 'scalar', value: text, loc: { file: path, line: 1, column: 1 } }
    return { kind: 'read', value, diagnostics: [] }
  }
  const loaded = loadDocument(path, text)
  return { kind: 'read', value: loaded.value, diagnostics: loaded.diagnostics }
}
