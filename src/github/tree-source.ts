import { errorMessage } from '../sources/errors.js'
import type { Logger } from '../core/logger.js'
import type { GitHubClient, Repository } from './client.js'
import { diagnostic } from '../model/location.js'
import { landingFile } from '../sources/links.js'
import { confinePath, globMatcher, isSkippedDir } from '../sources/paths.js'
import { decodeText, tooLarge } from '../sources/text.js'
import { treeListing } from '../sources/installed-modules.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from '../sources/types.js'

export interface GitHubTreeOptions extends SourceOptions {
  /** The name of the commit in messages (`base`, `head`); the label adds its short id. */
  ref?: string
  /**
   * A local git object store (the workspace's checkout, even a shallow one): a blob it holds is
   * the same file by its id, so it is read there instead of downloaded.
   */
  localBlobs?: { read(blobId: string): Promise<Buffer | undefined> }
}

/** A regular file of the commit: its blob and, as the tree lists it, its size. */
interface BlobEntry {
  sha: string
  size?: number
  /** A symbolic link (mode 120000): its blob holds the target's path. */
  link?: boolean
}

interface TreeItem {
  path: string
  mode: string
  type: string
  sha: string
  size?: number
}

/**
 * The files of one commit, read through GitHub's git data API: for runs without the commit in a
 * local checkout (a shallow clone, or a fork's head under `pull_request_target`, which is never
 * checked out). The tree is listed once; a file is downloaded only when the gate reads it, and only
 * when the tree says it is within the size limit.
 */
export class GitHubTreeSource implements FileSource {
  readonly label: string
  private readonly options: GitHubTreeOptions
  private readonly texts = new Map<string, Promise<ReadResult>>()
  private readonly linkTargets = new Map<string, Promise<string>>()

  private constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository,
    readonly commit: string,
    private readonly blobs: Map<string, BlobEntry>,
    options: GitHubTreeOptions,
    private readonly logger: Logger
  ) {
    this.options = options
    this.label = `${options.ref ?? 'commit'} (${commit.slice(0, 7)})`
  }

  /**
   * Lists the commit's tree. Submodules are left out. An API error here is
   * thrown: without the list of files there is nothing to scan.
   */
  static async open(
    client: GitHubClient,
    repository: Repository,
    sha: string,
    options: Partial<GitHubTreeOptions>,
    logger: Logger
  ): Promise<GitHubTreeSource> {
    const settings = { ...DEFAULT_SOURCE_OPTIONS, ...options }
    const lister = new TreeLister(client, repository, logger)
    try {
      const blobs = await lister.list(sha)
      logger.debug(`${repository.owner}/${repository.repo}@${sha}: ${blobs.size} files listed`)
      return new GitHubTreeSource(client, repository, sha, blobs, settings, logger)
    } catch (err) {
      throw new Error(
        `could not list the files of commit ${sha.slice(0, 7)} through the GitHub API: ${errorMessage(err)}`,
        { cause: err }
      )
    }
  }

  async list(): Promise<string[]> {
    const excluded = globMatcher(this.options.excludePaths)
    return treeListing([...this.blobs.keys()], excluded, path => this.read(path))
  }

  read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    if (safe === undefined) {
      return Promise.resolve({
        diagnostic: diagnostic(path, 'path is outside the repository', 'outside-root')
      })
    }
    let text = this.texts.get(safe)
    if (!text) {
      text = this.readBlob(safe)
      this.texts.set(safe, text)
    }
    return text
  }

  async blobIds(): Promise<ReadonlyMap<string, string>> {
    return new Map([...this.blobs].map(([path, entry]) => [path, entry.sha]))
  }

  /** Link path → target as written: one request per link, shared with the reads. */
  async links(): Promise<ReadonlyMap<string, string>> {
    const linked = [...this.blobs].filter(([, entry]) => entry.link)
    const targets = await Promise.all(linked.map(([, entry]) => this.linkTarget(entry.sha)))
    return new Map(linked.map(([path], i) => [path, targets[i] ?? '']))
  }

  private async readBlob(path: string): Promise<ReadResult> {
    const entry = this.blobs.get(path)
    if (!entry || entry.link) return this.readThroughLinks(path)
    const max = this.options.maxFileBytes
    if (entry.size !== undefined && entry.size > max) return tooLarge(path, entry.size, max)
    const local = await this.options.localBlobs?.read(entry.sha).catch(() => undefined)
    if (local) return decodeText(path, local, max)
    try {
      const { data } = await this.client.rest.git.getBlob({
        owner: this.repository.owner,
        repo: this.repository.repo,
        file_sha: entry.sha
      })
      this.logger.debug(`downloaded ${path} (${data.size} bytes) of ${this.label}`)
      if (data.encoding !== 'base64' && data.encoding !== 'utf-8') {
        const why = `could not be read: GitHub sent it in an unknown encoding (${data.encoding})`
        return { diagnostic: diagnostic(path, why, 'read-error') }
      }
      const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
      return decodeText(path, bytes, max)
    } catch (err) {
      const why = `could not be read through the GitHub API: ${errorMessage(err)}`
      return { diagnostic: diagnostic(path, why, 'read-error') }
    }
  }

  /**
   * A symbolic link (the path itself or a folder above it) is read as its target when that is a
   * file of the same commit, as a checkout would; one that leaves the repository or leads nowhere
   * is an error located at the path.
   */
  private async readThroughLinks(path: string): Promise<ReadResult> {
    try {
      const landed = await landingFile(path, {
        isFile: p => this.blobs.has(p) && !this.blobs.get(p)?.link,
        isLink: p => this.blobs.get(p)?.link === true,
        target: link => this.linkTarget(this.blobs.get(link)?.sha ?? ''),
        label: this.label
      })
      if ('diagnostic' in landed) return landed
      const read = await this.readBlob(landed.path)
      return 'text' in read ? read : { ...read, diagnostic: { ...read.diagnostic, file: path } }
    } catch (err) {
      const why = `could not be read through the GitHub API: ${errorMessage(err)}`
      return { diagnostic: diagnostic(path, why, 'read-error') }
    }
  }

  /** A link's target from the local object store, when it holds the blob: no request. */
  private async localLinkTarget(sha: string): Promise<string | undefined> {
    const local = await this.options.localBlobs?.read(sha).catch(() => undefined)
    return local ? Buffer.from(local).toString('utf8') : undefined
  }

  private linkTarget(sha: string): Promise<string> {
    let target = this.linkTargets.get(sha)
    if (!target) {
      target = this.localLinkTarget(sha).then(
        local =>
          local ??
          this.client.rest.git
            .getBlob({ owner: this.repository.owner, repo: this.repository.repo, file_sha: sha })
            .then(({ data }) =>
              Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString(
                'utf8'
              )
            )
      )
      this.linkTargets.set(sha, target)
    }
    return target
  }
}

/** Lists a commit's regular files, in one request unless GitHub truncates the recursive tree. */
class TreeLister {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository,
    private readonly logger: Logger
  ) {}

  async list(sha: string): Promise<Map<string, BlobEntry>> {
    const whole = await this.tree(sha, true)
    if (!whole.truncated) return blobsOf(whole.tree, '')
    this.logger.info(
      `the file tree of ${sha.slice(0, 7)} is too large for one request: listing it folder by folder`
    )
    return this.walk(sha)
  }

  /**
   * Folder by folder, each listed on its own. Folders never scanned (dependencies, build output)
   * are not listed at all. A single folder too large for GitHub to list is an error: the files
   * it leaves out could hide what the pull request changes.
   */
  private async walk(sha: string): Promise<Map<string, BlobEntry>> {
    const blobs = new Map<string, BlobEntry>()
    const folders = [{ sha, prefix: '' }]
    for (let folder = folders.pop(); folder; folder = folders.pop()) {
      const { tree, truncated } = await this.tree(folder.sha, false)
      if (truncated) {
        const where = folder.prefix === '' ? 'the root folder' : `folder ${folder.prefix}`
        throw new Error(`GitHub lists only part of ${where}: it holds too many files`)
      }
      for (const [path, entry] of blobsOf(tree, folder.prefix)) blobs.set(path, entry)
      for (const item of tree) {
        const path = join(folder.prefix, item.path)
        if (item.type === 'tree' && !isSkippedDir(path))
          folders.push({ sha: item.sha, prefix: path })
      }
    }
    return blobs
  }

  private async tree(
    sha: string,
    recursive: boolean
  ): Promise<{ tree: TreeItem[]; truncated: boolean }> {
    const { data } = await this.client.rest.git.getTree({
      owner: this.repository.owner,
      repo: this.repository.repo,
      tree_sha: sha,
      ...(recursive ? { recursive: '1' } : {})
    })
    return { tree: data.tree, truncated: data.truncated }
  }
}

/** Regular files and symbolic links of a tree listing: no submodules or folders. */
function blobsOf(tree: TreeItem[], prefix: string): Map<string, BlobEntry> {
  const blobs = new Map<string, BlobEntry>()
  for (const item of tree) {
    if (item.type !== 'blob') continue
    blobs.set(join(prefix, item.path), {
      sha: item.sha,
      ...(item.size !== undefined ? { size: item.size } : {}),
      ...(item.mode === '120000' ? { link: true } : {})
    })
  }
  return blobs
}

const join = (prefix: string, name: string): string => (prefix === '' ? name : `${prefix}/${name}`)
