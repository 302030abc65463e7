import type { RepoReader } from '../iac/types.js'
import { diagnostic } from '../model/location.js'
import type { FileSource, ReadResult } from './types.js'

/**
 * The read access formats get for includes (Serverless `${file()}`), confined to the source. One
 * reader per source: what formats remember per reader (a folder's samconfig) holds for every
 * template of the source, not for one.
 */
export function repoReaderFor(source: FileSource): RepoReader {
  let reader = readers.get(source)
  if (!reader) readers.set(source, (reader = newReader(source)))
  return reader
}

const readers = new WeakMap<FileSource, RepoReader>()

function newReader(source: FileSource): RepoReader {
  return {
    async readText(path: string): Promise<string | undefined> {
      const result = await readOrFailure(source, path)
      if ('diagnostic' in result) return undefined
      return result.text
    },
    async whyUnreadable(path: string): Promise<string | undefined> {
      const result = await readOrFailure(source, path)
      if ('text' in result || result.diagnostic.code === 'not-found') return undefined
      return result.diagnostic.message
    }
  }
}

/** A read that failed (a git process that died) is a file that cannot be read: never absent. */
async function readOrFailure(source: FileSource, path: string): Promise<ReadResult> {
  try {
    return await source.read(path)
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return { diagnostic: diagnostic(path, `could not be read: ${why}`, 'read-failed') }
  }
}
