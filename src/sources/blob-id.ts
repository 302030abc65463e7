import { createHash } from 'node:crypto'
import type { FileSource } from './types.js'

/** Git's id of a blob holding `text`, so sources that hash and sources that list agree. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** The id of an empty file: its content says nothing of where it came from. */
export const EMPTY_BLOB_ID = gitBlobId('')

/**
 * A listed file's content id: the blob id the source knows (`known`, from its `blobIds`), else
 * that of its text, read. A file that cannot be read has an id of its own reason.
 */
export async function contentId(
  source: FileSource,
  path: string,
  known?: ReadonlyMap<string, string>
): Promise<string> {
  const id = known?.get(path)
  if (id !== undefined) return id
  const r = await source.read(path)
  return 'text' in r ? gitBlobId(r.text) : `unreadable:${r.diagnostic.message}`
}
