import { join } from 'node:path'
import { expect } from '@jest/globals'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { serverlessFormat } from '../../../src/iac/serverless/index.js'
import type { RepoReader } from '../../../src/iac/types.js'
import type { Diagnostic } from '../../../src/model/location.js'
import type { Attr, Service } from '../../../src/model/types.js'
import type { MapValue, SymbolicValue } from '../../../src/model/value.js'
import { repoReaderFor } from '../../../src/sources/repo-reader.js'
import { DirectorySource } from '../../../src/sources/filesystem.js'

export const SLS_FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'iac', 'serverless')

export interface Built {
  service: Service
  diagnostics: Diagnostic[]
  /** Every path the format asked the repository reader for. */
  reads: string[]
}

/** A repository reader that records what it is asked for. */
function recording(reader: RepoReader, reads: string[]): RepoReader {
  return {
    readText: path => {
      reads.push(path)
      return reader.readText(path)
    }
  }
}

async function build(file: string, text: string, reader: RepoReader): Promise<Built> {
  const loaded = loadDocument(file, text)
  expect(loaded.diagnostics).toEqual([])
  const document = loaded.value as MapValue
  expect(serverlessFormat.detect(file, document)).toBe(true)
  const reads: string[] = []
  const result = await serverlessFormat.build(
    { file, document },
    { repo: recording(reader, reads) }
  )
  expect(result.services).toHaveLength(1)
  return { service: result.services[0] as Service, diagnostics: result.diagnostics, reads }
}

/** Builds a service from inline text, with the other repository files given as path → text. */
export function buildText(
  text: string,
  files: Record<string, string> = {},
  file = 'serverless.yml'
): Promise<Built> {
  return build(file, text, { readText: async path => files[path] })
}

/** Builds `file` of a fixture folder read from disk, the folder being the repository root. */
export async function buildDir(folder: string, file = 'serverless.yml'): Promise<Built> {
  const source = new DirectorySource(join(SLS_FIXTURES, folder))
  const read = await source.read(file)
  if (!('text' in read)) throw new Error(`${folder}/${file} cannot be read`)
  return build(file, read.text, repoReaderFor(source))
}

/** Lines joined into a document: line N of the text is item N - 1. */
export function lines(...items: string[]): string {
  return items.join('\n') + '\n'
}

/** The element with `id`, failing the test when it is missing. */
export function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find(i => i.id === id)
  if (!found) throw new Error(`no ${id} among ${items.map(i => i.id).join(', ')}`)
  return found
}

/** The symbolic value of an attribute, failing the test when it is a literal. */
export function symbolicOf(a: Attr<unknown> | undefined): SymbolicValue {
  const v = a?.value as SymbolicValue | undefined
  if (v?.kind !== 'symbolic')
    throw new Error(`expected a symbolic value, got ${JSON.stringify(a?.value)}`)
  return v
}
