import { diagnostic } from '../model/location.js'
import { confinePath } from './paths.js'
import {
  DEFAULT_SOURCE_OPTIONS,
  type FileSource,
  type ReadResult,
  type SourceOptions
} from './types.js'
import { PREVIEW_BYTES, tooLarge } from './text.js'

/** Files held in memory (path → text): contents fetched from an API, or prepared for a benchmark. */
export class MemorySource implements FileSource {
  private options: SourceOptions

  constructor(
    readonly label: string,
    private files: ReadonlyMap<string, string>,
    options: Partial<SourceOptions> = {}
  ) {
    this.options = { ...DEFAULT_SOURCE_OPTIONS, ...options }
  }

  async list(): Promise<string[]> {
    return [...this.files.keys()].sort()
  }

  async read(path: string): Promise<ReadResult> {
    const safe = confinePath(path)
    const text = safe === undefined ? undefined : this.files.get(safe)
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
