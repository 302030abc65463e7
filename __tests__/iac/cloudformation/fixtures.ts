import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@jest/globals'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import type { ParseContext, ParseResult, TemplateFormat } from '../../../src/iac/types.js'
import type { Diagnostic } from '../../../src/model/location.js'
import type { Service } from '../../../src/model/types.js'
import type { MapValue } from '../../../src/model/value.js'

const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'iac')

/** Reads a fixture (path under `__tests__/fixtures/iac`) into a located document. */
export function fixtureDocument(path: string, file = path): MapValue {
  const text = readFileSync(join(FIXTURES, path), 'utf8')
  const loaded = loadDocument(file, text)
  expect(loaded.diagnostics).toEqual([])
  if (loaded.value?.kind !== 'map') throw new Error(`${path} is not a map`)
  return loaded.value
}

/** A repository holding only the given files. */
export function repoOf(files: Record<string, string> = {}): ParseContext {
  return { repo: { readText: async path => files[path] } }
}

/** Detects and builds a fixture with `format`, returning its single service. */
export async function buildFixture(
  format: TemplateFormat,
  path: string,
  options: { file?: string; files?: Record<string, string> } = {}
): Promise<{ service: Service; diagnostics: Diagnostic[]; result: ParseResult }> {
  const file = options.file ?? path
  const document = fixtureDocument(path, file)
  expect(format.detect(file, document)).toBe(true)
  const result = await format.build({ file, document }, repoOf(options.files))
  expect(result.services).toHaveLength(1)
  return { service: result.services[0] as Service, diagnostics: result.diagnostics, result }
}

/** The element with `id`, failing the test when it is missing. */
export function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find(i => i.id === id)
  if (!found) throw new Error(`no ${id} among ${items.map(i => i.id).join(', ')}`)
  return found
}
