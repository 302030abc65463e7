import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { UnzipFile } from 'fflate'
import { errorMessage } from '../sources/errors.js'

/** One OSV record file found in a database (a `.json` file, or an entry of an `all.zip`). */
export interface RecordFile {
  /** Its path inside the database, for messages. */
  name: string
  text: string
}

/** A problem with one file; the rest of the database is still read. */
export interface FileProblem {
  name: string
  message: string
}

/** OSV records are a few kilobytes; anything this large is not one. */
const MAX_RECORD_BYTES = 8 * 1024 * 1024

/**
 * Reads every `.json` record under a directory (recursively, not following symbolic links) or
 * inside a zip archive such as OSV's per-ecosystem `all.zip`, one at a time. Zip archives inside
 * the directory are read too, so OSV's per-ecosystem layout (`npm/all.zip`, `PyPI/all.zip`) works.
 */
export async function readRecordFiles(
  path: string,
  onRecord: (file: RecordFile) => void,
  onProblem: (problem: FileProblem) => void
): Promise<void> {
  const info = await stat(path)
  if (info.isDirectory()) return readDirectory(path, onRecord, onProblem)
  return readZip(path, onRecord, onProblem)
}

async function readDirectory(
  dir: string,
  onRecord: (file: RecordFile) => void,
  onProblem: (problem: FileProblem) => void
): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const pathsOf = (extension: string) =>
    entries
      .filter(entry => entry.isFile() && entry.name.endsWith(extension))
      .map(entry => join(entry.parentPath, entry.name))
      .sort()
  for (const zip of pathsOf('.zip')) {
    const prefix = `${relative(dir, zip).split('\\').join('/')}:`
    await readZip(
      zip,
      file => onRecord({ ...file, name: prefix + file.name }),
      problem => onProblem({ ...problem, name: prefix + problem.name })
    )
  }
  for (const file of pathsOf('.json')) {
    const name = relative(dir, file).split('\\').join('/')
    const size = (await stat(file)).size
    if (size > MAX_RECORD_BYTES) {
      onProblem({ name, message: `${size} bytes is too large for an OSV record; skipped` })
      continue
    }
    onRecord({ name, text: await readFile(file, 'utf8') })
  }
}

async function readZip(
  path: string,
  onRecord: (file: RecordFile) => void,
  onProblem: (problem: FileProblem) => void
): Promise<void> {
  // Loaded for archives only: most offline record folders hold plain `.json` files.
  const { Unzip, UnzipInflate, UnzipPassThrough } = await import('fflate')
  return new Promise((resolve, reject) => {
    const unzip = new Unzip(file => readZipEntry(file, onRecord, onProblem))
    unzip.register(UnzipInflate)
    unzip.register(UnzipPassThrough)
    const stream = createReadStream(path)
    stream.on('data', chunk => {
      try {
        unzip.push(chunk as Buffer)
      } catch (error) {
        stream.destroy()
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
    stream.on('end', () => {
      try {
        unzip.push(new Uint8Array(0), true)
        resolve()
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
    stream.on('error', reject)
  })
}

function readZipEntry(
  file: UnzipFile,
  onRecord: (file: RecordFile) => void,
  onProblem: (problem: FileProblem) => void
): void {
  if (!file.name.endsWith('.json')) return
  const chunks: Uint8Array[] = []
  let size = 0
  file.ondata = (error, data, final) => {
    if (error !== null)
      return onProblem({ name: file.name, message: `cannot be decompressed: ${error.message}` })
    size += data.length
    if (size > MAX_RECORD_BYTES) {
      file.terminate()
      return onProblem({ name: file.name, message: 'too large for an OSV record; skipped' })
    }
    chunks.push(data)
    if (final) onRecord({ name: file.name, text: Buffer.concat(chunks).toString('utf8') })
  }
  try {
    file.start()
  } catch (error) {
    onProblem({
      name: file.name,
      message: `cannot be read: ${errorMessage(error)}`
    })
  }
}
