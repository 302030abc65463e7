import { describe, expect, it } from '@jest/globals'
import { buildModel } from '../../src/iac/build-model.js'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import type { Rule, RuleContext } from '../../src/policy/types.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from '../helpers/temp-repo.js'

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Queue:
    Type: AWS::SQS::Queue
`

/** A rule that reports (and says it cannot decide) once per service, or throws. */
function probe(id: string, opts: { throws?: boolean } = {}): Rule {
  return {
    id,
    title: `probe ${id}`,
    severity: 'low',
    area: 'data',
    rationale: 'test',
    remediation: { text: 'test', snippets: {} },
    references: [],
    compliance: [],
    equivalents: {},
    check(ctx: RuleContext) {
      if (opts.throws) throw new Error('broken')
      const location = ctx.service.loc
      ctx.report({ resource: 'Queue', message: `${id} saw it`, evidence: 'x', location })
      ctx.undecidable({ resource: 'Queue', reason: `${id} cannot tell`, location })
    }
  }
}

describe('evaluate', () => {
  it('credits each report to the rule that made it, on every service, past a rule that fails', async () => {
    const repo = tempRepo({ 'a/template.yaml': TEMPLATE, 'b/template.yaml': TEMPLATE })
    try {
      const model = await buildModel(new DirectorySource(repo.root), repo.root)
      const rules = [probe('first'), probe('broken', { throws: true }), probe('off'), probe('last')]
      const out = evaluate(model, rules, {
        disabled: new Set(['off']),
        severities: new Map([['last', 'high' as const]])
      })
      expect(out.findings.map(f => `${f.service} ${f.ruleId} ${f.severity} ${f.message}`)).toEqual([
        'a/template.yaml first low first saw it',
        'a/template.yaml last high last saw it',
        'b/template.yaml first low first saw it',
        'b/template.yaml last high last saw it'
      ])
      expect(out.undecided.map(u => `${u.service} ${u.ruleId} ${u.reason}`)).toEqual([
        'a/template.yaml first first cannot tell',
        'a/template.yaml last last cannot tell',
        'b/template.yaml first first cannot tell',
        'b/template.yaml last last cannot tell'
      ])
      expect(out.errors.map(e => `${e.file} ${e.message}`)).toEqual([
        'a/template.yaml rule broken failed: broken',
        'b/template.yaml rule broken failed: broken'
      ])
    } finally {
      repo.cleanup()
    }
  })
})
