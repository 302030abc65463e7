import { execFile, spawn } from 'node:child_process'
import { posix } from 'node:path'
import { promisify } from 'node:util'
import { ConfigError } from '../core/errors.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import { confinePath, globMatcher, resolveInRepo } from './paths.js'
import { decodeText, PREVIEW_BYTES, previewText, tooLarge } from './text.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from './types.js'
import { SAFE_GIT_ARGS } from './git-command.js'
import { listTree } from './installed-modules.js'
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
  private entries?: Map<string, TreeEntry>

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
    return listTree([...(await this.tree()).keys()], excluded, path => this.read(path))
  }

  /** Path → entry of every regular file and symbolic link of the commit (submodules left out). */
  private async tree(): Promise<Map<string, TreeEntry>> {
    if (this.entries) return this.entries
    const out = await git(this.repo, ['ls-tree', '-r', '-z', '--long', '--full-tree', this.commit])
    this.entries = new Map()
    for (const record of out.split('\0')) {
      const m = /^(\d+) blob ([0-9a-f]+)\s+(\d+|-)\t(.+)$/s.exec(record)
      const mode = m?.[1]
      if (m && (mode === '100644' || mode === '100755' || mode === LINK_MODE))
        this.entries.set(m[4] as string, {
          size: Number(m[3]),
          link: mode === LINK_MODE,
          id: m[2] as string
        })
    }
    return this.entries
  }

  /** Path → blob id: files with the same id on two sides are the same file. */
  async blobIds(): Promise<ReadonlyMap<string, string>> {
    const tree = await this.tree()
    return new Map([...tree].map(([path, entry]) => [path, entry.id]))
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    if (safe === undefined)
      return { diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root') }
    const target = await this.followLinks(safe)
    if ('diagnostic' in target) return target
    const size = target.entry.size
    if (size > this.options.maxFileBytes) {
      const preview = previewText(await this.blobStart(target.path))
      return { ...tooLarge(safe, size, this.options.maxFileBytes), preview }
    }
    const bytes = await blobReaderOf(this.repo).read(target.entry.id)
    if (!bytes)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, 'not-found') }
    return decodeText(safe, bytes, this.options.maxFileBytes)
  }

  /**
   * A symbolic link is read as its target when that is a file of the same commit: on both sides
   * of a pull request alike, as a checkout would. One that leaves the repository, or leads
   * nowhere, is an error located at the link.
   */
  private async followLinks(
    path: string
  ): Promise<{ path: string; entry: TreeEntry } | { diagnostic: Diagnostic }> {
    const tree = await this.tree()
    let current = path
    let written = ''
    for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
      const entry = tree.get(current)
      if (entry === undefined) {
        const why =
          current === path
            ? `file not found in ${this.label}`
            : `symbolic link to ${written}, which is not a file of this commit: not read`
        return { diagnostic: diagnostic(path, why, current === path ? 'not-found' : 'broken-link') }
      }
      if (!entry.link) return { path: current, entry }
      const bytes = await blobReaderOf(this.repo).read(entry.id)
      const target = Buffer.from(bytes ?? new Uint8Array()).toString('utf8')
      written = target
      const next = resolveInRepo(posix.dirname(current), target)
      if (next === undefined) {
        const why = `symbolic link to ${target}, outside the repository: not read`
        return { diagnostic: diagnostic(path, why, 'outside-root') }
      }
      current = next
    }
    const why = `symbolic links nested more than ${MAX_LINK_HOPS} deep (a loop?): not read`
    return { diagnostic: diagnostic(path, why, 'broken-link') }
  }

  private blob(path: string): string {
    return `${this.commit}:${path}`
  }

  /** The first bytes of a blob, without reading the rest. */
  private blobStart(path: string): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...SAFE, 'cat-file', 'blob', this.blob(path)], {
        cwd: this.repo,
        stdio: ['ignore', 'pipe', 'ignore']
      })
      const chunks: Buffer[] = []
      let length = 0
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        length += chunk.length
        if (length >= PREVIEW_BYTES) child.kill()
      })
      child.on('error', reject)
      child.on('close', () => resolve(Buffer.concat(chunks).subarray(0, PREVIEW_BYTES)))
    })
  }
}

/** Git's mode for a symbolic link; its blob holds the target path. */
const LINK_MODE = '120000'
/** As the operating system's own limit on links followed in a path (Linux: 40). */
const MAX_LINK_HOPS = 40

interface TreeEntry {
  size: number
  link: boolean
  /** The blob id: the same id on two sides is the same content. */
  id: string
}
