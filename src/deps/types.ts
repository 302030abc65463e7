import type { Diagnostic, SourceLocation } from '../model/location.js'

/** OSV's ecosystem names, spelled exactly as the OSV API expects them. */
export type Ecosystem =
  'npm' | 'PyPI' | 'Go' | 'crates.io' | 'RubyGems' | 'Packagist' | 'Maven' | 'NuGet'

/** One resolved package of a lockfile, at the line of its entry. */
export interface PackageRef {
  ecosystem: Ecosystem
  /** The registry name (npm aliases resolved, PyPI names PEP 503-normalised, Maven `group:artifact`). */
  name: string
  /** The exact version as OSV expects it (Go without the leading `v`). */
  version: string
  /** Declared by the project itself; undefined when the lockfile cannot tell. */
  direct?: boolean
  /** Needed only for development (dev group, test scope); undefined when the lockfile cannot tell. */
  dev?: boolean
  /** File and line (and column) of the package's entry. */
  location: SourceLocation
}

/**
 * Why a dependency has no registry version that can be checked: a version range, a git or URL
 * source, a local path, an editable install, or a value we cannot resolve statically.
 */
export type UnpinnedReason = 'range' | 'git' | 'url' | 'path' | 'editable' | 'unresolved'

/** A dependency that is reported but never queried: its version is not a registry version. */
export interface UnpinnedRef {
  ecosystem: Ecosystem
  /** The package name when it is known; otherwise the requirement as written. */
  name: string
  /** The version, range or source as written. */
  spec: string
  reason: UnpinnedReason
  direct?: boolean
  dev?: boolean
  location: SourceLocation
}

export interface LockfileResult {
  packages: PackageRef[]
  /** Dependencies without a queryable version (ranges, git, URLs, local tarballs). */
  unpinned: UnpinnedRef[]
  diagnostics: Diagnostic[]
}

/** Optional access to other files, for formats that need more than the lockfile itself. */
export interface ParseOptions {
  /**
   * Reads a file in the lockfile's own folder by name (`package.json`, `composer.json`), or
   * undefined when there is none. Used only for direct/dev flags the lockfile does not record.
   */
  siblings?: (name: string) => string | undefined
  /**
   * Reads a root-relative file of the scanned repository (for `-r other.txt` includes): its text,
   * undefined when there is no such file, or why it could not be read. Parsers refuse paths
   * leaving the root before calling it, and the caller confines them again.
   */
  readRepoFile?: (path: string) => string | { problem: string } | undefined
  /** Whether a root-relative file or folder is in the repository (for links to local folders). */
  repoHas?: (path: string) => boolean
}

/** One lockfile format behind one interface (one module per format). */
export interface LockfileParser {
  /** `<ecosystem family>/<format>`, e.g. `npm/package-lock`. */
  id: string
  ecosystem: Ecosystem
  /** A cheap test on the root-relative path (the file name, sometimes its folder). */
  matches(path: string): boolean
  /**
   * The file names of the format when the name alone says it (`namedFiles`): a listing of
   * thousands of files is sorted by one lookup per file, not by asking every parser.
   */
  names?: readonly string[]
  /**
   * A binary format the scanner recognises but cannot read (Bun's `bun.lockb`): its file is never
   * read or decoded, and `parse` is given no text; it says why nothing was checked.
   */
  binary?: true
  /** Never throws: problems come back as located diagnostics. Called after `load`. */
  parse(text: string, file: string, options?: ParseOptions): LockfileResult
  /**
   * Loads the reader the format needs (TOML, XML) before `parse`: a scan loads only those of the
   * formats it meets. Formats read with JSON or by hand need none.
   */
  load?(): Promise<void>
  /** What the format's content looks like, to tell "no dependencies" from "not this format". */
  content: ContentSignature
}

/**
 * A file that yields nothing is either a lockfile without dependencies or not the format its
 * name says; only the second must fail the scan. Tested only when a parse found nothing.
 */
export interface ContentSignature {
  /** Found in any non-empty file of the format (a header, a version key, a section). */
  recognises: RegExp
  /** What that is, for the error: `a \`module\` directive`. */
  expected: string
  /** The format is valid with no content at all (blank lines and `#` comments only). */
  mayBeEmpty?: boolean
}
