import { spawn } from 'node:child_process'
import { ConfigError } from './errors.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import { landingFile } from './links.js'
import { confinePath, globMatcher } from './paths.js'
import { decodeText, PREVIEW_BYTES, previewText, tooLarge } from './text.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from './types.js'
import { SAFE_GIT_ARGS } from './git-command.js'
import { treeListing } from './installed-modules.js'
import { GitBlobReader } from './git-batch.js'

const SAFE = SAFE_GIT_ARGS

/**
 * One long-lived `git cat-file` per repository, shared by every revision read from it (revisions,
 * trees and blobs, each blob with its size): a scan starts one git process however many files and
 * revisions it reads.
 */
const blobReaders = new Map<string, GitBlobReader>()

function blobReaderOf(repo: string): GitBlobReader {
  let reader = blobReaders.get(repo)
  if (!reader) blobReaders.set(repo, (reader = new GitBlobReader(repo)))
  return reader
}

/**
 * What reading a blob gave, by blob id and size limit, shared by the two sides of a pull request
 * (see `openSides`): they hold mostly the same files, and a file one side read is the other's
 * without asking git again.
 */
type SharedReads = Map<string, Promise<ReadResult>>

/** The files of one commit of a local repository, read with `git` (no checkout, nothing executed). */
export class GitRevisionSource implements FileSource {
  readonly label: string
  private options: SourceOptions
  private entries?: Promise<Map<string, TreeEntry>>
  /** The entries once listed: most reads need nothing else. */
  private loaded?: Map<string, TreeEntry>
  private listing?: Promise<string[]>
  private linkTargets?: Promise<ReadonlyMap<string, string>>
  /** Whether the commit holds a symbolic link, once asked. */
  private linked?: boolean

  private constructor(
    private repo: string,
    readonly commit: string,
    ref: string,
    options: Partial<SourceOptions>,
    private readonly shared?: SharedReads
  ) {
    this.label = `${ref} (${commit.slice(0, 7)})`
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options }
  }

  /** Resolves `ref` to a commit of the repository at `repo`; an unknown revision is a usage error. */
  static open(
    repo: string,
    ref: string,
    options: Partial<SourceOptions> = {}
  ): Promise<GitRevisionSource> {
    return GitRevisionSource.opened(repo, ref, options)
  }

  /**
   * The two sides of a pull request, resolved together: a file both hold (the same blob) is read
   * from git and decoded once for both, and a side never waits on the other to be opened.
   */
  static async openSides(
    repo: string,
    baseRef: string,
    headRef: string,
    options: Partial<SourceOptions> = {}
  ): Promise<{ base: GitRevisionSource; head: GitRevisionSource }> {
    const shared: SharedReads = new Map()
    const [base, head] = await Promise.all([
      GitRevisionSource.opened(repo, baseRef, options, shared),
      GitRevisionSource.opened(repo, headRef, options, shared)
    ])
    return { base, head }
  }

  private static async opened(
    repo: string,
    ref: string,
    options: Partial<SourceOptions>,
    shared?: SharedReads
  ): Promise<GitRevisionSource> {
    if (ref.startsWith('-')) throw new ConfigError(`not a git revision: ${ref}`)
    const commit = await blobReaderOf(repo)
      .object(`${ref}^{commit}`)
      .catch(() => undefined)
    if (commit?.type !== 'commit') throw new ConfigError(`not a git revision of ${repo}: ${ref}`)
    return new GitRevisionSource(repo, commit.id, ref, options, shared)
  }

  /** A commit's files never change: listed once, each caller gets its own copy. */
  async list(): Promise<string[]> {
    this.listing ??= this.tree().then(tree =>
      treeListing([...tree.keys()], globMatcher(this.options.excludePaths), path => this.read(path))
    )
    return [...(await this.listing)]
  }

  /**
   * Path → entry of every regular file and symbolic link of the commit (submodules left out),
   * read from the tree objects, a level of folders at a time.
   */
  private async tree(): Promise<Map<string, TreeEntry>> {
    this.entries ??= listTree(blobReaderOf(this.repo), this.commit).then(tree => {
      this.loaded = tree
      return tree
    })
    return this.entries
  }

  /** Link path → target as written, read from the links' blobs once per commit. */
  links(): Promise<ReadonlyMap<string, string>> {
    this.linkTargets ??= this.tree().then(async tree => {
      const linked: [string, TreeEntry][] = []
      tree.forEach((entry, path) => {
        if (entry.link) linked.push([path, entry])
      })
      const targets = await Promise.all(
        linked.map(([, entry]) => blobReaderOf(this.repo).read(entry.id))
      )
      return new Map(linked.map(([path], i) => [path, linkText(targets[i])]))
    })
    return this.linkTargets
  }

  /** Path → blob id: files with the same id on two sides are the same file. */
  async blobIds(): Promise<ReadonlyMap<string, string>> {
    return new BlobIds(await this.tree())
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    if (safe === undefined)
      return { diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root') }
    const tree = this.loaded ?? (await this.tree())
    const entry = tree.get(safe)
    if (!entry && !this.holdsLinks(tree))
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, 'not-found') }
    const target = entry && !entry.link ? { path: safe, entry } : await this.followLinks(safe)
    if ('diagnostic' in target) return target
    if (!this.shared) return this.readBlob(safe, target.path, target.entry.id)
    // The blob read (links followed) names the content: the same id is the same text anywhere.
    const key = `${target.entry.id} ${this.options.maxFileBytes}`
    const known = this.shared.get(key)
    if (!known) {
      const read = this.readBlob(safe, target.path, target.entry.id)
      this.shared.set(key, read)
      return read
    }
    const result = await known
    // A diagnostic names the path it was read as: another path gets its own.
    return 'text' in result ? result : this.readBlob(safe, target.path, target.entry.id)
  }

  private async readBlob(safe: string, path: string, id: string): Promise<ReadResult> {
    // The size comes with the content, in one request: a blob over the limit is never held.
    const limit = this.options.maxFileBytes
    const blob = await blobReaderOf(this.repo).readUpTo(id, limit)
    if (!blob)
      return { diagnostic: diagnostic(safe, `file not found in ${this.label}`, 'not-found') }
    if (!blob.bytes) {
      const preview = previewText(await this.blobStart(path))
      return { ...tooLarge(safe, blob.size, limit), preview }
    }
    return decodeText(safe, blob.bytes, limit)
  }

  /**
   * Whether the commit holds any symbolic link: without one, a path that is not a file of its
   * tree is not found, with no folder above it to follow.
   */
  private holdsLinks(tree: ReadonlyMap<string, TreeEntry>): boolean {
    if (this.linked === undefined) {
      this.linked = false
      for (const entry of tree.values())
        if (entry.link) {
          this.linked = true
          break
        }
    }
    return this.linked
  }

  /**
   * A symbolic link (the path itself or a folder above it) is read as its target when that is a
   * file of the same commit: on both sides of a pull request alike, as a checkout would. One that
   * leaves the repository, or leads nowhere, is an error located at the path.
   */
  private async followLinks(
    path: string
  ): Promise<{ path: string; entry: TreeEntry } | { diagnostic: Diagnostic }> {
    const tree = await this.tree()
    const landed = await landingFile(path, {
      isFile: p => tree.get(p)?.link === false,
      isLink: p => tree.get(p)?.link === true,
      target: async link => linkText(await blobReaderOf(this.repo).read(tree.get(link)?.id ?? '')),
      label: this.label
    })
    if ('diagnostic' in landed) return landed
    return { path: landed.path, entry: tree.get(landed.path) as TreeEntry }
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

/** Path → blob id, read from a commit's entries as asked: no second map of every file. */
class BlobIds implements ReadonlyMap<string, string> {
  constructor(private readonly tree: ReadonlyMap<string, TreeEntry>) {}

  get size(): number {
    return this.tree.size
  }

  get(path: string): string | undefined {
    return this.tree.get(path)?.id
  }

  has(path: string): boolean {
    return this.tree.has(path)
  }

  forEach(fn: (id: string, path: string, map: ReadonlyMap<string, string>) => void): void {
    this.tree.forEach((entry, path) => fn(entry.id, path, this))
  }

  *entries(): MapIterator<[string, string]> {
    for (const [path, entry] of this.tree) yield [path, entry.id]
  }

  keys(): MapIterator<string> {
    return this.tree.keys()
  }

  *values(): MapIterator<string> {
    for (const entry of this.tree.values()) yield entry.id
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries()
  }
}

/** Git's mode for a symbolic link; its blob holds the target path. */
const LINK_MODE = '120000'

interface TreeEntry {
  readonly link: boolean
  /** The blob id: the same id on two sides is the same content. */
  readonly id: string
}

/** Git's modes of a regular file, an executable and a symbolic link, as tree objects write them. */
const FILE_MODES = new Set(['100644', '100755', LINK_MODE])
const TREE_MODE = '40000'

/** A tree's record; `entry` for a file or link, shared by every listing that holds the tree. */
type TreeRecord = { mode: string; name: string; id: string; entry?: TreeEntry }

/**
 * Tree objects already read, by id, per repository: the two sides of a pull request share most of
 * their folders, which are then read once.
 */
const treeCache = new WeakMap<GitBlobReader, Map<string, Promise<TreeRecord[]>>>()

function treeRecords(reader: GitBlobReader, name: string, idBytes: number): Promise<TreeRecord[]> {
  let cache = treeCache.get(reader)
  if (!cache) treeCache.set(reader, (cache = new Map()))
  let records = cache.get(name)
  if (!records) {
    records = reader.object(name).then(tree => {
      if (tree?.type !== 'tree' || !tree.bytes) throw new Error(`git tree ${name} not readable`)
      return treeEntries(tree.bytes, idBytes)
    })
    // Only trees named by id are the same object whatever asks for them.
    if (/^[0-9a-f]+$/.test(name)) cache.set(name, records)
  }
  return records
}

/**
 * Every file of a commit's tree: the trees of each level of folders are asked for together, then
 * walked depth first, in git's order, which is nearly the sorted order listings are kept in.
 */
async function listTree(reader: GitBlobReader, commit: string): Promise<Map<string, TreeEntry>> {
  // A SHA-1 repository names objects with 20 bytes, a SHA-256 one with 32.
  const idBytes = commit.length / 2
  const cache = flatTreesOf(reader)
  const root = await treeRecords(reader, `${commit}^{tree}`, idBytes)
  const fetched = new Map<string, TreeRecord[]>()
  // Only folders not yet listed at their place are read.
  let level = unlisted(root, '', cache)
  while (level.length > 0) {
    const trees = await Promise.all(level.map(t => treeRecords(reader, t.id, idBytes)))
    const next: typeof level = []
    level.forEach((t, i) => {
      fetched.set(t.id, trees[i] ?? [])
      next.push(...unlisted(trees[i] ?? [], t.prefix, cache))
    })
    level = next
  }
  // The root's own listing is the commit's alone: its folders' listings go straight into the map.
  const entries = new Map<string, TreeEntry>()
  for (const e of root) {
    if (e.mode === TREE_MODE) {
      const sub = flatten(fetched.get(e.id) ?? [], `${e.name}/`, fetched, cache, e.id)
      for (let i = 0; i < sub.paths.length; i++)
        entries.set(sub.paths[i] as string, sub.entries[i] as TreeEntry)
    } else if (e.entry) entries.set(e.name, e.entry)
  }
  return entries
}

/** The files under a tree, depth first, with their paths from the root of the commit. */
interface FlatTree {
  paths: string[]
  entries: TreeEntry[]
}

/**
 * Folders already listed, by tree id and place, per repository: the two sides of a pull request
 * differ in a few folders, and the other side's listing is mostly made of the first one's.
 */
const flatTrees = new WeakMap<GitBlobReader, Map<string, FlatTree>>()

function flatTreesOf(reader: GitBlobReader): Map<string, FlatTree> {
  let cache = flatTrees.get(reader)
  if (!cache) flatTrees.set(reader, (cache = new Map()))
  return cache
}

/** The folders of a tree whose listing at their place is not known yet. */
function unlisted(
  records: readonly TreeRecord[],
  prefix: string,
  cache: ReadonlyMap<string, FlatTree>
): { id: string; prefix: string }[] {
  const out: { id: string; prefix: string }[] = []
  for (const e of records) {
    const at = `${prefix}${e.name}/`
    if (e.mode === TREE_MODE && !cache.has(flatKey(e.id, at))) out.push({ id: e.id, prefix: at })
  }
  return out
}

function flatKey(id: string, prefix: string): string {
  return `${id}\0${prefix}`
}

/** Lists a folder's files and those of the folders under it; `id` names the folder's tree. */
function flatten(
  records: readonly TreeRecord[],
  prefix: string,
  trees: ReadonlyMap<string, TreeRecord[]>,
  cache: Map<string, FlatTree>,
  id: string
): FlatTree {
  const key = flatKey(id, prefix)
  const known = cache.get(key)
  if (known) return known
  const flat: FlatTree = { paths: [], entries: [] }
  for (const e of records) {
    const path = `${prefix}${e.name}`
    if (e.mode === TREE_MODE) {
      const sub = flatten(trees.get(e.id) ?? [], `${path}/`, trees, cache, e.id)
      for (let i = 0; i < sub.paths.length; i++) {
        flat.paths.push(sub.paths[i] as string)
        flat.entries.push(sub.entries[i] as TreeEntry)
      }
    } else if (e.entry) {
      flat.paths.push(path)
      flat.entries.push(e.entry)
    }
  }
  cache.set(key, flat)
  return flat
}

/** A tree object's records: `<mode> <name>\0<id bytes>`, one after another. */
function treeEntries(bytes: Buffer, idBytes: number): TreeRecord[] {
  const out: TreeRecord[] = []
  for (let at = 0; at < bytes.length;) {
    const space = bytes.indexOf(0x20, at)
    const nul = space < 0 ? -1 : bytes.indexOf(0, space)
    if (nul < 0) throw new Error('malformed git tree')
    const mode = bytes.toString('latin1', at, space)
    const id = bytes.toString('hex', nul + 1, nul + 1 + idBytes)
    const entry = FILE_MODES.has(mode) ? { link: mode === LINK_MODE, id } : undefined
    out.push({
      mode,
      name: bytes.toString('utf8', space + 1, nul),
      id,
      ...(entry ? { entry } : {})
    })
    at = nul + 1 + idBytes
  }
  return out
}

/** A link's blob holds its target as written. */
function linkText(blob: Uint8Array | undefined): string {
  return Buffer.from(blob ?? []).toString('utf8')
}
