import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  statSync,
  type Stats
} from 'node:fs'
import { isAbsolute, join, posix, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { diagnostic, uniqueDiagnostics, type Diagnostic } from '../model/location.js'
import { confinePath, globMatcher, inSkippedDir, isCdkTemplate, isSkippedDir } from './paths.js'
import { ignoredCdkOutDirs, mayBeInWorkTree, workTreeFiles } from './worktree.js'
import { withInstalledModules } from './installed-modules.js'
import { isAbsence, openedPath, RealFolders } from './real-folders.js'
import { decodeText, PREVIEW_BYTES, previewText, tooLarge } from './text.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceLocator,
  type SourceOptions
} from './types.js'
import { errorMessage } from './errors.js'

/**
 * The files of a directory on disk, with `.gitignore` files and the built-in excludes honoured.
 * Listing and reading use synchronous calls: thousands of small files are read faster one after
 * another than through the thread pool's round trips, and nothing else waits on the disk meanwhile.
 */
export class DirectorySource implements FileSource {
  readonly label: string
  /** Real paths of folders, found again for each listing: see `RealFolders`. */
  private realFolders: RealFolders
  private options: SourceOptions
  /** Folders the last listing met but could not list: see `listingProblems`. */
  private unlisted: Diagnostic[] = []
  /** The last listing, and the links found in each listing. */
  private listed?: string[]
  private readonly linksOfListing = new WeakMap<readonly string[], Map<string, string>>()

  constructor(
    readonly root: string,
    options: Partial<SourceOptions> = {}
  ) {
    this.label = root
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options }
    this.realFolders = new RealFolders(root)
  }

  async list(): Promise<string[]> {
    this.unlisted = []
    this.realFolders = new RealFolders(this.root)
    const excluded = globMatcher(this.options.excludePaths)
    // Git lists the ignored folders while it lists the files it holds: two walks of the tree at
    // once, not one after the other.
    const ignoredCdkOut = mayBeInWorkTree(this.root) ? ignoredCdkOutDirs(this.root) : undefined
    const tracked = await workTreeFiles(this.root, this.options.untracked)
    const out: string[] = []
    if (tracked)
      out.push(
        ...(await this.existing(tracked, excluded, ignoredCdkOut ?? ignoredCdkOutDirs(this.root)))
      )
    else this.walk('', [], excluded, out)
    return (this.listed = await withInstalledModules(
      out.sort(),
      async path => {
        const read = await this.read(path)
        return 'text' in read ? read.text : undefined
      },
      async dir => this.filesIn(dir, excluded)
    ))
  }

  /** The names of the files directly in a folder, outside the excludes. */
  private filesIn(dir: string, excluded: (p: string) => boolean): string[] {
    return this.entriesOf(dir)
      .filter(e => (e.isFile() || e.isSymbolicLink()) && !excluded(`${dir}/${e.name}`))
      .map(e => e.name)
  }

  /**
   * In a git work tree: what git holds that is still on disk, outside the built-in excludes, and
   * the CDK templates synthesised into an ignored `cdk.out`.
   */
  private async existing(
    paths: string[],
    excluded: (p: string) => boolean,
    ignoredCdkOut: Promise<string[]>
  ): Promise<string[]> {
    const out: string[] = []
    for (const path of paths) {
      if (excluded(path) || inSkippedDir(path)) continue
      const info = statOrRefusal(join(this.root, path))
      // Refused (a folder above it unsearchable, a symbolic link loop): listed, so that reading
      // it gives the system's reason if the gate recognises it.
      if (info === 'refused' || (info && (info.isFile() || info.isSymbolicLink()))) out.push(path)
      // Git gives a name that is not UTF-8 with U+FFFD in it, and no such file is on disk: listed,
      // so that reading it says why, if the gate recognises it.
      else if (info === undefined && path.includes(NOT_UTF8)) out.push(path)
    }
    const synthesised: string[] = []
    for (const dir of await ignoredCdkOut) if (!excluded(dir)) this.cdkTemplatesIn(dir, synthesised)
    return [...new Set([...out, ...synthesised.filter(p => !excluded(p))])].sort()
  }

  private walk(
    dir: string,
    rules: IgnoreRule[],
    excluded: (p: string) => boolean,
    out: string[],
    raw?: Buffer
  ): void {
    const entries = this.entriesOf(dir, raw)
    const scoped = entries.some(e => e.name === '.gitignore')
      ? [...rules, ...this.gitignoreAt(dir)]
      : rules
    for (const e of entries) {
      const path = dir === '' ? e.name : `${dir}/${e.name}`
      if (excluded(path)) continue
      if (e.isDirectory()) {
        if (isSkippedDir(path)) continue
        if (isIgnored(scoped, path, true)) this.cdkTemplatesIn(path, out)
        else this.walk(path, scoped, excluded, out, e.raw)
      } else if (
        (e.isFile() || e.isSymbolicLink()) &&
        (isCdkTemplate(path) || !isIgnored(scoped, path, false))
      ) {
        out.push(path)
      }
    }
  }

  /** An ignored folder may still be CDK output, whose templates are scanned all the same. */
  private cdkTemplatesIn(dir: string, out: string[]): void {
    if (!dir.endsWith('cdk.out')) return
    for (const e of this.entriesOf(dir))
      if (e.isFile() && isCdkTemplate(`${dir}/${e.name}`)) out.push(`${dir}/${e.name}`)
  }

  /**
   * A folder's entries. One that is there but refused (permissions, I/O, a path too long) holds
   * files nobody sees: it is recorded, never taken for empty.
   */
  private entriesOf(dir: string, raw: Buffer = Buffer.from(join(this.root, dir))): Entry[] {
    try {
      return readdirSync(raw, { withFileTypes: true, encoding: 'buffer' }).map(e => ({
        name: e.name.toString('utf8'),
        // A name that is not UTF-8 has no string path: the folder is listed by its bytes.
        raw: Buffer.concat([raw, Buffer.from(sep), e.name]),
        isFile: () => e.isFile(),
        isDirectory: () => e.isDirectory(),
        isSymbolicLink: () => e.isSymbolicLink()
      }))
    } catch (err) {
      if (!isAbsence(err)) this.unlisted.push(unlistable(dir === '' ? '.' : dir, err))
      return []
    }
  }

  /** Folders the last `list()` could not list, each an error with the system's reason, once. */
  async listingProblems(): Promise<Diagnostic[]> {
    // Listings that overlap (each waits on git) may both record a folder.
    return uniqueDiagnostics(this.unlisted)
  }

  private gitignoreAt(dir: string): IgnoreRule[] {
    const text = attempt(() => readFileSync(join(this.root, dir, '.gitignore'), 'utf8'))
    return text === undefined ? [] : [{ base: dir, rules: ignore().add(text) }]
  }

  async read(path: string): Promise<ReadResult> {
    return this.readNow(path)
  }

  /**
   * The listed symbolic links and their targets; one written as an absolute path into the
   * repository is given relative to the root, as a relative link would be.
   */
  async links(): Promise<ReadonlyMap<string, string>> {
    // Of the last listing: every stage of a scan asks, and the tree is not listed again for it.
    const listed = this.listed ?? (await this.list())
    let out = this.linksOfListing.get(listed)
    if (out) return out
    out = new Map<string, string>()
    this.linksOfListing.set(listed, out)
    for (const path of listed) {
      const abs = join(this.root, path)
      if (!lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) continue
      const target = attempt(() => readlinkSync(abs))
      if (target !== undefined) out.set(path, this.asWritten(path, target))
    }
    return out
  }

  private asWritten(path: string, target: string): string {
    if (!isAbsolute(target)) return target.split(sep).join(posix.sep)
    const rootReal = this.realFolders.rootReal()
    const inRepo = relative(rootReal, target).split(sep).join(posix.sep)
    // Relative to the link's folder, so it resolves as the link does.
    return posix.relative(posix.dirname(path), inRepo) || '.'
  }

  locator(): SourceLocator {
    return { kind: 'directory', root: this.root, options: this.options }
  }

  private readNow(path: string): ReadResult {
    const safe = confinePath(path)
    if (safe === undefined)
      return { diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root') }
    try {
      return this.readConfined(safe)
    } catch (err) {
      // There, but refused by the system (permissions, I/O): never taken for absent.
      return { diagnostic: diagnostic(safe, systemReason(err), 'unreadable') }
    }
  }

  private readConfined(safe: string): ReadResult {
    const found = this.realFolders.file(safe)
    if (found === undefined && safe.includes(NOT_UTF8)) return notUtf8Name(safe)
    if (found === undefined) return { diagnostic: diagnostic(safe, 'file not found', 'not-found') }
    const { real, info } = found
    if (!this.inRepository(real)) return outsideRepository(safe)
    if (!info.isFile()) return { diagnostic: diagnostic(safe, 'not a regular file', 'not-a-file') }
    // Never blocks: what was a file when looked at may be a pipe by now.
    const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      // Confined again as opened, not as listed: the tree may change while it is scanned.
      if (!this.inRepository(openedPath(fd, real))) return outsideRepository(safe)
      const opened = fstatSync(fd)
      if (!opened.isFile())
        return { diagnostic: diagnostic(safe, 'not a regular file', 'not-a-file') }
      const max = this.options.maxFileBytes
      if (opened.size > max) {
        const preview = previewText(readBounded(fd, PREVIEW_BYTES - 1, opened.size))
        return { ...tooLarge(safe, opened.size, max), preview }
      }
      return decodeText(safe, readBounded(fd, max, opened.size), max)
    } finally {
      closeSync(fd)
    }
  }

  private inRepository(real: string): boolean {
    const rootReal = this.realFolders.rootReal()
    return real === rootReal || real.startsWith(rootReal + sep)
  }

  /**
   * Why a path that is there (a file or a folder) cannot be read; undefined when it is absent or
   * readable. A folder the system refuses to list holds files no listing shows.
   */
  async whyUnreadable(path: string): Promise<string | undefined> {
    const safe = confinePath(path)
    if (safe === undefined) return undefined
    const abs = join(this.root, safe)
    try {
      const info = statSync(abs)
      if (info.isDirectory()) readdirSync(abs)
      else if (info.isFile()) closeSync(openSync(abs, 'r'))
      else return 'not a regular file or folder'
      return undefined
    } catch (err) {
      return isAbsence(err) ? undefined : systemReason(err)
    }
  }

  /** Root-relative form of an absolute path under the root. */
  relative(abs: string): string {
    return relative(this.root, abs).split(sep).join(posix.sep)
  }
}

/** What a name that is not UTF-8 reads as, in place of each byte that is not. */
const NOT_UTF8 = '\ufffd'

/** A folder entry: its name as text, and its path as the bytes the system knows it by. */
interface Entry {
  name: string
  raw: Buffer
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
}

/**
 * A listed file whose name (or a folder's above it) is not UTF-8 text: no path in the report can
 * name it, so it is not read, and said so rather than taken for absent.
 */
function notUtf8Name(path: string): ReadResult {
  const why = `its name (or the name of a folder above it) is not UTF-8 text, shown here with ${NOT_UTF8}: not read; rename it`
  return { diagnostic: diagnostic(path, why, 'unreadable') }
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
function readBounded(fd: number, max: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(Math.min(max + 1, size + 1))
  let filled = 0
  for (let n = -1; n !== 0 && filled < buffer.length; filled += n)
    n = readSync(fd, buffer, filled, buffer.length - filled, filled)
  return buffer.subarray(0, filled)
}

function outsideRepository(path: string): ReadResult {
  const why = 'symbolic link points outside the repository: not read'
  return { diagnostic: diagnostic(path, why, 'outside-root') }
}

/** A system error in words a developer acts on: `permission denied (EACCES)`. */
function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, not a file',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'path too long',
    EIO: 'input/output error'
  }
  if (code && known[code]) return `${known[code]} (${code})`
  return code ?? errorMessage(err)
}

function unlistable(dir: string, err: unknown): Diagnostic {
  return diagnostic(
    dir,
    `folder cannot be listed: ${systemReason(err)}; files in it were not checked`,
    'unlistable'
  )
}

/** A path's own status; undefined when absent, `refused` when the system will not say. */
function statOrRefusal(abs: string): Stats | undefined | 'refused' {
  try {
    return lstatSync(abs, { throwIfNoEntry: false })
  } catch (err) {
    if (isAbsence(err)) return undefined
    return 'refused'
  }
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}

/** The source a locator names, opened again (in a worker thread). */
export function openLocated(locator: SourceLocator): FileSource {
  return new DirectorySource(locator.root, locator.options)
}
