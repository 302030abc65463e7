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
}

export type ReadResult = { text: string } | { diagnostic: Diagnostic }

export interface SourceOptions {
  /** Files larger than this are reported and skipped. */
  maxFileBytes: number
  /** Extra globs (root-relative) to leave out, on top of `.gitignore` and the built-in excludes. */
  excludePaths: string[]
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024

export const DEFAULT_SOURCE_OPTIONS: SourceOptions = {
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  excludePaths: []
}
