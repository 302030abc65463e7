import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { allRuleMeta } from '../../src/report/rules-meta.js'
import { renderRulesMarkdown } from '../../src/report/rules-doc.js'
import { CATALOG_IDS } from '../../src/policy/rules/ids.js'
import { RULE_IDS } from '../../src/policy/rules/id-list.js'

describe('docs/rules.md', () => {
  it('is what the rules metadata generates (run `npm run docs` after changing a rule)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'rules.md'),
      'utf8'
    )
    expect(committed).toBe(renderRulesMarkdown(allRuleMeta()))
  })

  it('documents every rule with why, how to fix, and a stable kebab-case id', () => {
    const rules = allRuleMeta()
    expect(new Set(rules.map(r => r.id)).size).toBe(rules.length)
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(r.rationale.length).toBeGreaterThan(40)
      expect(r.remediation.text.length).toBeGreaterThan(10)
    }
  })
})

describe('the rule ids a config file is checked against', () => {
  it('are those of the catalog, in its order (run `npm run docs` after adding a rule)', () => {
    expect(RULE_IDS).toEqual(CATALOG_IDS)
  })
})
