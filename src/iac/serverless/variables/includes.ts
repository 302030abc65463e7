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
    const { text, why } = await readOrWhy(this.repo, path)
    if (text === undefined)
      return why === undefined ? { kind: 'absent' } : { kind: 'unreadable', why }
    this.files.push(path)
    if (kind === 'text') {
      return {
        kind: 'read',
        value: { kind: 'scalar', value: text, loc: { file: path, line: 1, column: 1 } }
      }
    }
    const loaded = loadDocument(path, text)
    this.diagnostics.push(...loaded.diagnostics)
    if (loaded.diagnostics.length > 0) return { kind: 'failed' }
    return loaded.value ? { kind: 'read', value: loaded.value } : { kind: 'absent' }
  }

  private warn(message: string, code: string, loc: SourceLocation): void {
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, 'warning'))
  }
}
