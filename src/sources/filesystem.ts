import { lstat, open, readdir, readFile, realpath } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { diagnostic } from '../model/location.js'
import { confinePath, globMatcher, inSkippedDir, isCdkTemplate, isSkippedDir } from './paths.js'
import { ignoredCdkOutDirs, workTreeFiles } from './worktree.js'
import { withInstalledModules } from './installed-modules.js'
import { decodeText, PREVIEW_BYTES, previewText, tooLarge } from './text.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from './types.js'

/** The files of a directory on disk, with `.gitignore` files and the built-in excludes honoured. */
export class DirectorySource implements FileSource {
  readonly label: string
  private rootReal?: Promise<string>
  private options: SourceOptions

  constructor(
    readonly root: string,
    options: Partial<SourceOptions> = {}
  ) {
    this.label = root
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options }
  }

  async list(): Promise<string[]> {
    const excluded = globMatcher(this.options.excludePaths)
    const tracked = await workTreeFiles(this.root, this.options.untracked)
    const out: string[] = []
    if (tracked) out.push(...(await this.existing(tracked, excluded)))
    else await this.walk('', [], excluded, out)
    return withInstalledModules(
      out.sort(),
      async path => {
        const read = await this.read(path)
        return 'text' in read ? read.text : undefined
      },
      dir => this.filesIn(dir, excluded)
    )
  }

  /** The names of the files directly in a folder, outside the excludes. */
  private async filesIn(dir: string, excluded: (p: string) => boolean): Promise<string[]> {
    const entries = await readdir(join(this.root, dir), { withFileTypes: true }).catch(() => [])
    return entries
      .filter(e => (e.isFile() || e.isSymbolicLink()) && !excluded(`${dir}/${e.name}`))
      .map(e => e.name)
  }

  /**
   * In a git work tree: what git holds that is still on disk, outside the built-in excludes, and
   * the CDK templates synthesised into an ignored `cdk.out`.
   */
  private async existing(paths: string[], excluded: (p: string) => boolean): Promise<string[]> {
    const out: string[] = []
    for (const path of paths) {
      if (excluded(path) || inSkippedDir(path)) continue
      const info = await lstat(join(this.root, path)).catch(() => undefined)
      if (info && (info.isFile() || info.isSymbolicLink())) out.push(path)
    }
    const synthesised: string[] = []
    for (const dir of await ignoredCdkOutDirs(this.root))
      if (!excluded(dir)) await this.cdkTemplatesIn(dir, synthesised)
    return [...new Set([...out, ...synthesised.filter(p => !excluded(p))])].sort()
  }

  private async walk(
    dir: string,
    rules: IgnoreRule[],
    excluded: (p: string) => boolean,
    out: string[]
  ): Promise<void> {
    const abs = join(this.root, dir)
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => [])
    const scoped = [...rules, ...(await this.gitignoreAt(dir))]
    for (const e of entries) {
      const path = dir === '' ? e.name : `${dir}/${e.name}`
      if (excluded(path)) continue
      if (e.isDirectory()) {
        if (isSkippedDir(path)) continue
        if (isIgnored(scoped, path, true)) await this.cdkTemplatesIn(path, out)
        else await this.walk(path, scoped, excluded, out)
      } else if (
        (e.isFile() || e.isSymbolicLink()) &&
        (isCdkTemplate(path) || !isIgnored(scoped, path, false))
      ) {
        out.push(path)
      }
    }
  }

  /** An ignored folder may still be CDK output, whose templates are scanned all the same. */
  private async cdkTemplatesIn(dir: string, out: string[]): Promise<void> {
    if (!dir.endsWith('cdk.out')) return
    const entries = await readdir(join(this.root, dir), { withFileTypes: true }).catch(() => [])
    for (const e of entries)
      if (e.isFile() && isCdkTemplate(`${dir}/${e.name}`)) out.push(`${dir}/${e.name}`)
  }

  private async gitignoreAt(dir: string): Promise<IgnoreRule[]> {
    const text = await readFile(join(this.root, dir, '.gitignore'), 'utf8').catch(() => undefined)
    return text === undefined ? [] : [{ base: dir, rules: ignore().add(text) }]
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    if (safe === undefined)
      return { diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root') }
    const abs = join(this.root, safe)
    const real = await realpath(abs).catch(() => undefined)
    const rootReal = await (this.rootReal ??= realpath(this.root))
    if (real === undefined) return { diagnostic: diagnostic(safe, 'file not found', 'not-found') }
    if (real !== rootReal && !real.startsWith(rootReal + sep)) {
      return {
        diagnostic: diagnostic(
          safe,
          'symbolic link points outside the repository: not read',
          'outside-root'
        )
      }
    }
    const info = await lstat(real)
    if (!info.isFile()) return { diagnostic: diagnostic(safe, 'not a regular file', 'not-a-file') }
    if (info.size > this.options.maxFileBytes) {
      const preview = previewText(await readBounded(real, PREVIEW_BYTES - 1))
      return { ...tooLarge(safe, info.size, this.options.maxFileBytes), preview }
    }
    return decodeText(
      safe,
      await readBounded(real, this.options.maxFileBytes),
      this.options.maxFileBytes
    )
  }

  /** Root-relative form of an absolute path under the root. */
  relative(abs: string): string {
    return relative(this.root, abs).split(sep).join(posix.sep)
  }
}

interface IgnoreRule {
  base: string
  rules: Ignore
}

function isIgnored(rules: IgnoreRule[], path: string, isDir: boolean): boolean {
  return rules.some(({ base, rules: r }) => {
    const rel = base === '' ? path : path.slice(base.length + 1)
    return r.ignores(isDir ? `${rel}/` : rel)
  })
}

/** Reads at most `max + 1` bytes, so a file that grows while being read cannot exhaust memory. */
async function readBounded(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(max + 1, (await handle.stat()).size + 1))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
