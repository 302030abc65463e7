import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { buildModel } from '../../src/iac/build-model.js'
import type { Model } from '../../src/model/types.js'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import type { Finding, Rule } from '../../src/policy/types.js'
import { DirectorySource } from '../../src/sources/filesystem.js'

export const RULE_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules')

/** A line where a finding must land: `# expect: <rule-id> [severity]` (or `// expect:` in HCL). */
export interface Expectation {
  where: string
  severity?: string
}

const EXPECT = /(?:#|\/\/)\s*expect:\s*([a-z0-9-]+)(?:\s+(critical|high|medium|low|info))?/g

export function expectationsIn(dir: string, ruleId: string): Expectation[] {
  const out: Expectation[] = []
  for (const file of filesUnder(dir)) {
    if (file.endsWith('expectations.txt')) continue
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((text, i) => {
      for (const m of text.matchAll(EXPECT)) {
        if (m[1] === ruleId) out.push({ where: `${relative(dir, file)}:${i + 1}`, severity: m[2] })
      }
    })
  }
  out.push(...sidecarExpectations(dir, ruleId))
  return out.sort((a, b) => a.where.localeCompare(b.where))
}

/** JSON cannot hold comments: its expectations sit in `expectations.txt` as `<file>:<line> <rule-id> [severity]`. */
function sidecarExpectations(dir: string, ruleId: string): Expectation[] {
  const path = join(dir, 'expectations.txt')
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .map(l => l.trim().split(/\s+/))
    .filter(([where, id]) => where && !where.startsWith('#') && id === ruleId)
    .map(([where, , severity]) => ({ where: where as string, severity }))
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The case folders of a rule's `good` or `bad` fixtures. */
export function casesOf(ruleId: string, kind: 'good' | 'bad'): string[] {
  const dir = join(RULE_FIXTURES, ruleId, kind)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map(name => join(dir, name))
    .filter(p => statSync(p).isDirectory())
}

export async function modelOf(dir: string): Promise<Model> {
  return buildModel(new DirectorySource(dir), dir)
}

/** Runs one rule alone over a fixture folder. */
export async function runRule(
  rule: Rule,
  dir: string
): Promise<{ model: Model; findings: Finding[] }> {
  const model = await modelOf(dir)
  return { model, findings: evaluate(model, [rule]).findings }
}

export function actualOf(findings: Finding[], withSeverity: boolean): Expectation[] {
  return findings
    .map(f => ({
      where: `${f.location.file}:${f.location.line}`,
      ...(withSeverity ? { severity: f.severity } : {})
    }))
    .sort((a, b) => a.where.localeCompare(b.where))
}

/**
 * What a fixture's model says about itself. Fixtures hold templates without their functions'
 * code, so a missing `CodeUri` folder is expected there and left out; anything else is a fault.
 */
export function fixtureDiagnostics(model: { diagnostics: readonly { code: string }[] }) {
  return model.diagnostics.filter(d => d.code !== 'unresolved-code-uri')
}
