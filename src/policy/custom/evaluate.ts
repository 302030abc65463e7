import type { SourceLocation } from '../../model/location.js'
import type { Rule } from '../types.js'
import { readAttribute, targetsOf, type Read } from './attributes.js'
import { compilePattern } from './pattern.js'
import type { Condition, CustomRuleConfig } from './schema.js'

/** Three-valued: a symbolic attribute makes a test undecidable, and undecidable is never a finding. */
type Truth = true | false | 'unknown'

interface Verdict {
  truth: Truth
  /** The attribute the verdict turned on, to point the finding at. */
  loc?: SourceLocation
}

/** A declarative rule from the config file, run by the same engine as the catalog. */
export function customRule(config: CustomRuleConfig): Rule {
  return {
    id: config.id,
    title: config.title,
    severity: config.severity,
    area: 'custom',
    rationale: config.message,
    remediation: { text: config.message, snippets: {} },
    references: [],
    compliance: [],
    equivalents: {},
    check({ service, report, undecidable }) {
      for (const target of targetsOf(service, config.resource)) {
        const verdict = test(config.assert, target.node)
        const location = verdict.loc ?? target.loc
        if (verdict.truth === 'unknown')
          undecidable({
            resource: target.id,
            reason: 'an attribute is not known before deployment',
            location
          })
        else if (!verdict.truth) {
          report({
            resource: target.id,
            evidence: config.id,
            location,
            message: config.message.replaceAll('{id}', target.id)
          })
        }
      }
    }
  }
}

export function test(c: Condition, node: object): Verdict {
  if ('all' in c)
    return combine(
      c.all.map(x => test(x, node)),
      'all'
    )
  if ('any' in c)
    return combine(
      c.any.map(x => test(x, node)),
      'any'
    )
  if ('not' in c) {
    const v = test(c.not, node)
    return { truth: v.truth === 'unknown' ? 'unknown' : !v.truth, loc: v.loc }
  }
  const read = readAttribute(node, c.attribute)
  return { truth: attributeTest(c, read), loc: read.kind === 'value' ? read.loc : undefined }
}

function combine(verdicts: Verdict[], mode: 'all' | 'any'): Verdict {
  const decisive = verdicts.find(v => v.truth === (mode === 'any'))
  if (decisive) return decisive
  const unknown = verdicts.find(v => v.truth === 'unknown')
  if (unknown) return unknown
  return { truth: mode === 'all', loc: verdicts.find(v => v.loc)?.loc }
}

function attributeTest(c: Extract<Condition, { attribute: string }>, read: Read): Truth {
  if (read.kind === 'unknown') return 'unknown'
  if (c.exists !== undefined) return (read.kind === 'value') === c.exists
  if (read.kind === 'absent') return false
  const values = Array.isArray(read.value) ? read.value : [read.value]
  return values.length > 0 && values.every(v => scalarTest(c, v))
}

function scalarTest(c: Extract<Condition, { attribute: string }>, v: unknown): boolean {
  if (c.equals !== undefined && !looseEquals(v, c.equals)) return false
  if (c.in !== undefined && !c.in.some(x => looseEquals(v, x))) return false
  if (c.matches !== undefined && !compilePattern(c.matches).test(String(v))) return false
  const n = typeof v === 'number' ? v : Number(v)
  if (c.lt !== undefined && !(n < c.lt)) return false
  if (c.lte !== undefined && !(n <= c.lte)) return false
  if (c.gt !== undefined && !(n > c.gt)) return false
  if (c.gte !== undefined && !(n >= c.gte)) return false
  return true
}

function looseEquals(a: unknown, b: unknown): boolean {
  return String(a).toLowerCase() === String(b).toLowerCase()
}
