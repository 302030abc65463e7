import type { RepoReader } from '../iac/types.js'
import type { FileSource } from './types.js'

/** The read access formats get for includes (Serverless `${file()}`), confined to the source. */
export function repoReaderFor(source: FileSource): RepoReader {
  return {
    async readText(path: string): Promise<string | undefined> {
      const result = await source.read(path)
      if ('diagnostic' in result) return undefined
      return result.text
    },
    async whyUnreadable(path: string): Promise<string | undefined> {
      const result = await source.read(path)
      if ('text' in result || result.diagnostic.code === 'not-found') return undefined
      return result.diagnostic.message
    }
  }
}
