import { diagnostic } from '../model/location.js'
import { confinePath } from './paths.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from './types.js'
import { PREVIEW_BYTES, tooLarge } from './text.js'
import { gitBlobId } from './blob-id.js'
import { walkLinks } from './links.js'

/** Files held in memory (path → text): contents fetched from an API, or prepared for a benchmark. */
export class MemorySource implements FileSource {
  private options: SourceOptions
  private ids?: Map<string, string>

  constructor(
    readonly label: string,
    private files: ReadonlyMap<string, string>,
    options: Partial<SourceOptions> = {},
    /** Symbolic links (path → target as written), followed on reading as a checkout would. */
    private symlinks: ReadonlyMap<string, string> = new Map()
  ) {
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options }
  }

  async list(): Promise<string[]> {
    return [...new Set([...this.files.keys(), ...this.symlinks.keys()])].sort()
  }

  async links(): Promise<ReadonlyMap<string, string>> {
    return this.symlinks
  }

  /** Git's blob ids, so a memory side compares with a git or GitHub side by id. */
  async blobIds(): Promise<ReadonlyMap<string, string>> {
    // As git stores a link: a blob holding its target.
    return (this.ids ??= new Map(
      [...this.files, ...this.symlinks].map(([path, text]) => [path, gitBlobId(text)])
    ))
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    const target = safe === undefined ? undefined : walkLinks(safe, this.symlinks).path
    const text = target === undefined ? undefined : this.files.get(target)
    if (text === undefined) return { diagnostic: diagnostic(path, 'file not found', 'not-found') }
    const bytes = Buffer.byteLength(text)
    if (bytes > this.options.maxFileBytes)
      return {
        ...tooLarge(path, bytes, this.options.maxFileBytes),
        preview: text.slice(0, PREVIEW_BYTES)
      }
    return { text }
  }
}
