import { createHash } from 'node:crypto'

/** Git's id of a blob holding `text`, so sources that hash and sources that list agree. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
