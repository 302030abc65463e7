import type { Diagnostic } from '../model/location.js'

/** Where the files of one side of a scan come from: a directory, a git revision, a pull request. */
export interface FileSource {
  /** A label for messages: the directory, `HEAD`, `base (abc1234)`. */
  readonly label: string
  /** Every file that may be scanned: root-relative, forward slashes, excludes already applied. */
  list(): Promise<string[]>
  /** A file's text, or a diagnostic saying why it cannot be read (too large, not UTF-8, outside the root). */
  read(path: string): Promise<ReadResult>
  /**
   * Path → git blob id, when the source knows it without reading (a commit's tree): files with the
   * same id on two sides are the same, so a pull request finds what changed from the listings.
   */
  blobIds?(): Promise<ReadonlyMap<string, string>>
  /**
   * The symbolic links among the listed files: link path → its target as written. A read follows
   * them, so what a file depends on includes where its links lead.
   */
  links?(): Promise<ReadonlyMap<string, string>>
  /**
   * Why a path that exists (a file or a folder) cannot be read, or undefined when it is absent or
   * readable: for sources on disk, where a folder the system refuses to list shows no files.
   */
  whyUnreadable?(path: string): Promise<string | undefined>
  /**
   * Folders that are there but could not be listed (permissions, I/O), each an error naming the
   * folder and the system's reason: files in them are neither listed nor checked. Sources on disk.
   */
  listingProblems?(): Promise<Diagnostic[]>
  /**
   * How another thread opens the same files, when it can (a directory on disk): a large scan is
   * modelled in worker threads that read the files themselves.
   */
  locator?(): SourceLocator
}

/**
 * Read access to the scanned repository, for formats that include other files (Serverless
 * `${file(...)}`). It only ever returns files inside the repository root: a path with `..` that
 * leaves it, an absolute path, or a symlink pointing out of it reads as undefined.
 */
export interface RepoReader {
  /** A file's text; undefined when it is absent or cannot be read. Never rejects. */
  readText(path: string): Promise<string | undefined>
  /** Why a file that is there cannot be read; undefined when it is absent (or readable). */
  whyUnreadable?(path: string): Promise<string | undefined>
}

/** A source another thread can open again: see `openLocated`. */
export interface SourceLocator {
  kind: 'directory'
  root: string
  options: SourceOptions
}

/**
 * A file that could not be read may come with the start of its text (`preview`, when it was too
 * large): enough to tell whether it is a file the gate would need at all.
 */
export type ReadResult = { text: string } | { diagnostic: Diagnostic; preview?: string }

export interface SourceOptions {
  /** Files larger than this are not read: an error when the gate recognises them (see README). */
  maxFileBytes: number
  /** Extra globs (root-relative) to leave out, on top of `.gitignore` and the built-in excludes. */
  excludePaths: string[]
  /**
   * In a git work tree, also scan untracked files that are not ignored (a local run, where they
   * are work in progress). Tracked files are scanned whatever `.gitignore` says.
   */
  untracked: boolean
}

/**
 * 256 MiB: lockfiles of large monorepos reach tens of megabytes and CDK templates tens more, and
 * every file the gate recognises must be read; the limit only spares files it would not need.
 */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024

export const DEFAULT_SOURCE_OPTIONS: SourceOptions = {
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  excludePaths: [],
  untracked: true
}
