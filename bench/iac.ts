import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { buildModel } from '../src/iac/build-model.js'
import { CUSTOM_TAGS, loadDocument } from '../src/iac/document/yaml.js'
import { serverlessFormat } from '../src/iac/serverless/index.js'
import { terraformParser } from '../src/iac/terraform/syntax/wasm.js'
import type { Model, Service } from '../src/model/types.js'
import { isMap } from '../src/model/value.js'
import { attackPathsOf } from '../src/paths/index.js'
import { evaluate } from '../src/policy/engine/evaluate.js'
import { CATALOG } from '../src/policy/rules/index.js'
import { MemorySource } from '../src/sources/memory.js'
import { repoReaderFor } from '../src/sources/repo-reader.js'
import { bestOf, interleaved, type Measurement } from './measure.js'

/**
 * Modelling the whole IaC corpus against parsing the same files with the same parsers and nothing
 * else (target: at most 1.5x), and evaluating the rule catalog against building the model (target:
 * at most 0.5x). Files are read into memory first, so disk time counts on neither side.
 */
export async function benchIac(corpusDir: string): Promise<Measurement[]> {
  const folders = ['serverless-framework', 'sam', 'cloudformation', 'terraform'].map(f =>
    join(corpusDir, f)
  )
  const files = folders.map(
    dir => new Map(walk(dir).map(p => [relative(dir, p), readFileSync(p, 'utf8')] as const))
  )
  const parser = await terraformParser()
  const parseOnly = (): void => {
    for (const map of files) {
      for (const [path, text] of map) {
        if (/\.tf$/.test(path)) parser.parse(text)?.delete()
        else if (/\.(ya?ml|json|template)$/.test(path))
          parseDocument(text, {
            customTags: CUSTOM_TAGS,
            lineCounter: new LineCounter(),
            uniqueKeys: false,
            strict: false
          })
      }
    }
  }
  let models: Model[] = []
  const model = async (): Promise<void> => {
    models = await Promise.all(
      files.map((map, i) =>
        i === 0 ? serverlessModel(map) : buildModel(new MemorySource('corpus', map), 'corpus')
      )
    )
  }
  const evaluateAll = (): void => {
    for (const m of models) evaluate(m, CATALOG)
  }
  const noRules = { disabled: new Set<string>(), severities: new Map() }
  const pathsAll = async (): Promise<void> => {
    for (const m of models) await attackPathsOf({ model: m }, async () => [], noRules)
  }
  // A full audit (model and evaluate), against the same audit with attack paths computed too.
  const audit = async (): Promise<void> => {
    await model()
    evaluateAll()
  }
  const auditWithPaths = async (): Promise<void> => {
    await audit()
    await pathsAll()
  }
  // One untimed run of each side first, so both are measured with their code compiled.
  parseOnly()
  await model()
  const [parseMs = NaN, modelMs = NaN] = await interleaved(5, parseOnly, model)
  const evaluateMs = await bestOf(3, evaluateAll)
  const [auditMs = NaN, auditWithPathsMs = NaN] = await interleaved(5, audit, auditWithPaths)
  const count = files.reduce((n, m) => n + m.size, 0)
  return [
    {
      name: `model the IaC corpus (${count} files) vs bare parsing`,
      ms: modelMs,
      baselineMs: parseMs,
      ratio: modelMs / parseMs,
      target: 1.5
    },
    {
      name: 'evaluate the rule catalog vs building the model',
      ms: evaluateMs,
      baselineMs: modelMs,
      ratio: evaluateMs / modelMs,
      target: 0.5
    },
    {
      name: 'a full audit of the corpus with attack paths vs without',
      ms: auditWithPathsMs,
      baselineMs: auditMs,
      ratio: auditWithPathsMs / auditMs,
      target: 1.1
    }
  ]
}

/** Corpus Serverless files carry their source path in their name, so they are read as Serverless directly. */
async function serverlessModel(files: Map<string, string>): Promise<Model> {
  const source = new MemorySource('corpus', files)
  const services: Service[] = []
  for (const [file, text] of files) {
    const doc = loadDocument(file, text)
    if (!isMap(doc.value)) continue
    services.push(
      ...(
        await serverlessFormat.build({ file, document: doc.value }, { repo: repoReaderFor(source) })
      ).services
    )
  }
  return { root: 'corpus', services, diagnostics: [] }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}
