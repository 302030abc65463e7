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

const run = promisify(execFile)

const SAFE = SAFE_GIT_ARGS

async function git(cwd: string, args: string[], maxBuffer = 256 * 1024 * 1024): Promise<string> {
  const { stdout } = await run('git', [...SAFE, ...args], { cwd, maxBuffer, encoding: 'utf8' })
  return stdout
}

async function gitBytes(cwd: string, args: string[], maxBuffer: number): Promise<Buffer> {
  const { stdout } = await run('git', [...SAFE, ...args], { cwd, maxBuffer, encoding: 'buffer' })
  return stdout
}

/** The files of one commit of a local repository, read with `git` (no checkout, nothing executed). */
export class GitRevisionSource implements FileSource {
  readonly label: string
  private options: SourceOptions
  private sizes?: Map<string, number>

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
      const m = /^(\d+) blob [0-9a-f]+\s+(\d+|-)\t(.+)$/s.exec(record)
      if (m && (m[1] === '100644' || m[1] === '100755'))
        this.sizes.set(m[3] as string, Number(m[2]))
    }
    return this.sizes
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    if (safe === undefined)
      return { diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root') }
    const size = (await this.tree()).get(safe)
    if (size === undefined)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, 'not-found') }
    if (size > this.options.maxFileBytes) return tooLarge(safe, size, this.options.maxFileBytes)
    const bytes = await gitBytes(
      this.repo,
      ['cat-file', 'blob', `${this.commit}:${safe}`],
      size + 1024
    )
    return decodeText(safe, bytes, this.options.maxFileBytes)
  }
}

function inSkippedDir(path: string): boolean {
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) if (isSkippedDir(parts.slice(0, i).join('/'))) return true
  return false
}
