import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildModel } from '../../src/iac/build-model.js'
import { loadDocument } from '../../src/iac/document/yaml.js'
import { serverlessFormat } from '../../src/iac/serverless/index.js'
import { isMap } from '../../src/model/value.js'
import type { Model, Service } from '../../src/model/types.js'
import type { Diagnostic } from '../../src/model/location.js'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { CATALOG } from '../../src/policy/rules/index.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { repoReaderFor } from '../../src/sources/repo-reader.js'

// Real public templates beside the repository (../shared/corpus): read when present, never shipped.
const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'iac')
const present = existsSync(CORPUS)
const run = present ? describe : describe.skip
if (!present) console.log(`IaC corpus not found at ${CORPUS}: corpus test skipped`)

/** Serverless files in the corpus carry their source path in the name, so they are read as Serverless directly. */
async function serverlessModel(): Promise<Model> {
  const root = join(CORPUS, 'serverless-framework')
  const source = new DirectorySource(root)
  const services: Service[] = []
  const diagnostics: Diagnostic[] = []
  for (const file of (await source.list()).filter(f => /\.(ya?ml|json)$/.test(f))) {
    const read = await source.read(file)
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic)
      continue
    }
    const doc = loadDocument(file, read.text)
    diagnostics.push(...doc.diagnostics)
    if (!isMap(doc.value)) continue
    const r = await serverlessFormat.build(
      { file, document: doc.value },
      { repo: repoReaderFor(source) }
    )
    services.push(...r.services)
    diagnostics.push(...r.diagnostics)
  }
  return { root, services, diagnostics }
}

async function formatModel(folder: string): Promise<Model> {
  const root = join(CORPUS, folder)
  return buildModel(new DirectorySource(root), root)
}

run('IaC corpus', () => {
  const formats = ['serverless-framework', 'sam', 'cloudformation', 'terraform'] as const
  it.each(formats)(
    'models every %s file or reports it with a location, without crashing',
    async folder => {
      const model =
        folder === 'serverless-framework' ? await serverlessModel() : await formatModel(folder)
      const root = join(CORPUS, folder)
      const count = (f: (s: Service) => number) => model.services.reduce((n, s) => n + f(s), 0)
      const byCode = new Map<string, number>()
      for (const d of model.diagnostics) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1)
      console.log(
        [
          `${folder}: ${model.services.length} services, ${count(s => s.functions.length)} functions, ${count(s => s.endpoints.length)} endpoints, ${count(s => s.roles.length)} roles, ${count(s => s.resources.length)} resources`,
          `diagnostics by code: ${JSON.stringify(Object.fromEntries(byCode))}`,
          ...model.diagnostics
            .slice(0, 40)
            .map(d => `  ${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`)
        ].join('\n')
      )
      expect(model.diagnostics.filter(d => d.code === 'internal-error')).toEqual([])
      for (const d of model.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1)
        expect(existsSync(join(root, d.file))).toBe(true)
      }
      expect(model.services.length).toBeGreaterThan(0)

      const evaluation = evaluate(model, CATALOG)
      expect(evaluation.errors).toEqual([])
      const byRule = new Map<string, number>()
      for (const f of evaluation.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
      console.log(
        `${folder}: ${evaluation.findings.length} findings by rule: ${JSON.stringify(Object.fromEntries([...byRule].sort()))}`
      )
      const lines = new Map<string, number>()
      for (const f of evaluation.findings) {
        const file = join(root, f.location.file)
        if (!lines.has(file))
          lines.set(file, existsSync(file) ? readFileSync(file, 'utf8').split('\n').length : 0)
        expect(f.location.line).toBeGreaterThanOrEqual(1)
        expect(f.location.line).toBeLessThanOrEqual(lines.get(file) as number)
      }
    }
  )

  it('classifies every SAM and CloudFormation template', async () => {
    for (const folder of ['sam', 'cloudformation']) {
      const root = join(CORPUS, folder)
      const source = new DirectorySource(root)
      const model = await buildModel(source, root)
      const modelled = new Set([
        ...model.services.map(s => s.id),
        ...model.diagnostics.map(d => d.file)
      ])
      const files = (await source.list()).filter(f => /\.(ya?ml|json|template)$/.test(f))
      const missing = files.filter(f => !modelled.has(f))
      if (missing.length > 0) console.log(`${folder}: not classified: ${missing.join(', ')}`)
      expect(missing).toEqual([])
    }
  })
})
