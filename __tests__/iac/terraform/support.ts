import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { terraformFormat } from '../../../src/iac/terraform/index.js'
import type { ParseResult } from '../../../src/iac/types.js'
import type { Attr, Model, Service } from '../../../src/model/types.js'
import { buildModel } from '../../../src/iac/build-model.js'
import { evaluate } from '../../../src/policy/engine/evaluate.js'
import { CATALOG } from '../../../src/policy/rules/index.js'
import { DirectorySource } from '../../../src/sources/filesystem.js'
import { tempRepo } from '../../helpers/temp-repo.js'
import { isSymbolicValue } from '../../../src/model/attr.js'

/** The Terraform fixtures folder. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/iac/terraform/', import.meta.url))

const noRepo = { repo: { readText: async (): Promise<string | undefined> => undefined } }

export interface Built extends ParseResult {
  service: Service
}

/** Builds a fixture folder; files are named `<folder>/<file>`, as root-relative paths are. */
export async function buildFixture(folder: string): Promise<Built> {
  const dir = join(FIXTURES, folder)
  const files = readdirSync(dir)
    .filter(f => f.endsWith('.tf') || f.endsWith('.tf.json'))
    .sort()
    .map(f => ({ path: `${folder}/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
  return build(folder, files)
}

/** Builds a folder from inline files (name → text). */
export async function buildFiles(files: Record<string, string>, dir = 'mod'): Promise<Built> {
  return build(
    dir,
    Object.entries(files).map(([name, text]) => ({ path: `${dir}/${name}`, text }))
  )
}

async function build(dir: string, files: { path: string; text: string }[]): Promise<Built> {
  const result = await terraformFormat.build({ dir, files }, noRepo)
  const service = result.services[0]
  if (!service) throw new Error('no service built')
  return { ...result, service }
}

/** The 1-based line of the `nth` line of a fixture file that contains `snippet`. */
export function lineOf(file: string, snippet: string, nth = 1): number {
  const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as string).includes(snippet) && ++seen === nth) return i + 1
  }
  throw new Error(`"${snippet}" not found in ${file}`)
}

/** An attribute's literal value, or its expression when it is symbolic. */
export function shown(a: Attr<unknown> | undefined): unknown {
  if (!a) return undefined
  return isSymbolicValue(a.value) ? `{${a.value.expr}}` : a.value
}

export function byId<T extends { id: string }>(items: T[], id: string): T {
  const found = items.find(i => i.id === id)
  if (!found) throw new Error(`${id} not found among ${items.map(i => i.id).join(', ')}`)
  return found
}

/** A repository on disk read as the gate reads a directory; `cleanups` removes it. */
export async function modelOfRepo(
  files: Record<string, string>,
  cleanups: (() => void)[]
): Promise<Model> {
  const repo = tempRepo(files)
  cleanups.push(repo.cleanup)
  return buildModel(new DirectorySource(repo.root), repo.root)
}

/** `file:line` of each finding of one rule. */
export function findingsOf(model: Model, ruleId: string): string[] {
  const rule = CATALOG.find(r => r.id === ruleId)
  if (!rule) throw new Error(`no rule ${ruleId}`)
  return evaluate(model, [rule]).findings.map(f => `${f.location.file}:${f.location.line}`)
}
