import { buildModel } from '../../src/iac/build-model.js'
import type { Model } from '../../src/model/types.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from './temp-repo.js'

/** The model of a throwaway repository holding `files`, read from disk as a scan reads it. */
export async function modelOfFiles(files: Record<string, string | Uint8Array>): Promise<Model> {
  const r = tempRepo(files)
  try {
    return await buildModel(new DirectorySource(r.root), r.root)
  } finally {
    r.cleanup()
  }
}
