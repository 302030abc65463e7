import { describe, expect, it } from '@jest/globals'
import { runScan, type ScanResult } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'

type Files = Record<string, string>

async function pullRequest(base: Files, head: Files, scope: 'changed' | 'full') {
  const config = parseConfigText('.serverless-gate.yml', '')
  return runScan({
    base: new MemorySource('base', new Map(Object.entries(base))),
    head: new MemorySource('head', new Map(Object.entries(head))),
    config,
    baseConfig: config,
    configPath: '.serverless-gate.yml',
    settings: resolveSettings({ 'pr-scope': scope, scanners: ['iac'] }, config),
    now: new Date('2026-11-22T00:00:00Z')
  })
}

const parent = (written: string): string =>
  `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${written}\n`
const child = 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n'
const other =
  "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n"

/** The parent's diagnostics on the head: what it says of its nested stack. */
const onParent = (r: ScanResult): string[] =>
  r.diagnostics.head
    .filter(d => d.file === 'app/template.yaml')
    .map(d => `${d.line ?? 0} ${d.code ?? ''}`)
    .sort()

describe('a pull request changing only the file a nested stack names', () => {
  const cases: Array<[string, string, string]> = [
    ['a file with another extension', './stacks/child.cfn', 'app/stacks/child.cfn'],
    ['a name without extension', 'stacks/child', 'app/stacks/child'],
    ['a path above the template folder', '../shared/child.cfn', 'shared/child.cfn']
  ]
  it.each(cases)(
    '%s: adding or removing it says on the parent what a full scan says',
    async (_, written, path) => {
      const without: Files = { 'app/template.yaml': parent(written), 'other/template.yaml': other }
      const withChild: Files = { ...without, [path]: child }
      for (const [base, head] of [
        [without, withChild],
        [withChild, without]
      ]) {
        const [scoped, full] = await Promise.all([
          pullRequest(base, head, 'changed'),
          pullRequest(base, head, 'full')
        ])
        expect(onParent(full).length).toBeGreaterThan(0)
        expect(onParent(scoped)).toEqual(onParent(full))
        expect(scoped.coverage?.scanned).toBeLessThan(scoped.coverage?.total ?? 0)
      }
    }
  )
})
