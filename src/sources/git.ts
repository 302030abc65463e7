import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { ConfigError } from '../core/errors.js'
import { diagnostic } from '../model/location.js'
import { confinePath, globMatcher, isSkippedDir } from './paths.js'
import { decodeText, tooLarge } from './text.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from './types.js'
import { SAFE_GIT_ARGS } from './git-command.js'
import { GitBlobReader } from './git-batch.js'

const run = promisify(execFile)

const SAFE = SAFE_GIT_ARGS

async function git(cwd: string, args: string[], maxBuffer = 256 * 1024 * 1024): Promise<string> {
  const { stdout } = await run('git', [...SAFE, ...args], { cwd, maxBuffer, encoding: 'utf8' })
  return stdout
}

/** One `git cat-file --batch` per repository, shared by every revision read from it. */
const blobReaders = new Map<string, GitBlobReader>()

function blobReaderOf(repo: string): GitBlobReader {
  let reader = blobReaders.get(repo)
  if (!reader) blobReaders.set(repo, (reader = new GitBlobReader(repo)))
  return reader
}

/** The files of one commit of a local repository, read with `git` (no checkout, nothing executed). */
export class GitRevisionSource implements FileSource {
  readonly label: string
  private options: SourceOptions
  private sizes?: Map<string, number>
  private ids = new Map<string, string>()

  private constructor(
    private repo: string,
    readonly commit: string,
    ref: string,
    options: Partial<SourceOptions>
  ) {
    this.label = `${ref} (${commit.slice(0, 7)})`
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options }
  }

  /** Resolves `ref` to a commit of the repository at `repo`; an unknown revision is a usage error. */
  static async open(
    repo: string,
    ref: string,
    options: Partial<SourceOptions> = {}
  ): Promise<GitRevisionSource> {
    if (ref.startsWith('-')) throw new ConfigError(`not a git revision: ${ref}`)
    const commit = await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(
      () => ''
    )
    if (commit.trim() === '') throw new ConfigError(`not a git revision of ${repo}: ${ref}`)
    return new GitRevisionSource(repo, commit.trim(), ref, options)
  }

  async list(): Promise<string[]> {
    const excluded = globMatcher(this.options.excludePaths)
    return [...(await this.tree()).keys()].filter(p => !excluded(p) && !inSkippedDir(p)).sort()
  }

  /** Path → size of every regular file of the commit (symbolic links and submodules left out). */
  private async tree(): Promise<Map<string, number>> {
    if (this.sizes) return this.sizes
    const out = await git(this.repo, ['ls-tree', '-r', '-z', '--long', '--full-tree', this.commit])
    this.sizes = new Map()
    for (const record of out.split('\0')) {
      const m = /^(\d+) blob ([0-9a-f]+)\s+(\d+|-)\t(.+)$/s.exec(record)
      if (m && (m[1] === '100644' || m[1] === '100755')) {
        this.sizes.set(m[4] as string, Number(m[3]))
        this.ids.set(m[4] as string, m[2] as string)
      }
    }
    return this.sizes
  }

  /** Path → blob id: files with the same id on two sides are the same file. */
  async blobIds(): Promise<ReadonlyMap<string, string>> {
    await this.tree()
    return this.ids
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    if (safe === undefined)
      return { diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root') }
    const size = (await this.tree()).get(safe)
    if (size === undefined)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, 'not-found') }
    if (size > this.options.maxFileBytes) return tooLarge(safe, size, this.options.maxFileBytes)
    const bytes = await blobReaderOf(this.repo).read(this.ids.get(safe) ?? `${this.commit}:${safe}`)
    if (!bytes)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, 'not-found') }
    return decodeText(safe, bytes, this.options.maxFileBytes)
  }
}

function inSkippedDir(path: string): boolean {
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) if (isSkippedDir(parts.slice(0, i).join('/'))) return true
  return false
}
