import { diagnostic } from '../model/location.js'
import type { FileSource, ReadResult, RepoReader } from './types.js'
import { errorMessage } from './errors.js'

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
    const why = errorMessage(err)
    return { diagnostic: diagnostic(path, `could not be read: ${why}`, 'read-failed') }
  }
}

/**
 * A file read through a reader: its text, or why it is there but cannot be read (`why`), or
 * neither when it is absent. A file that is there and refused is never taken for one that is not.
 */
export type FileRead = { text: string; why?: undefined } | { text?: undefined; why?: string }

export async function readOrWhy(repo: RepoReader, path: string): Promise<FileRead> {
  const text = await repo.readText(path)
  if (text !== undefined) return { text }
  return { why: await repo.whyUnreadable?.(path) }
}
