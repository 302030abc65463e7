import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CATALOG } from '../../src/policy/rules/index.js'
import type { RuleMeta } from '../../src/policy/types.js'

type Scanner = keyof RuleMeta['equivalents']
interface Checked {
  /** The peer's own words for its check, as read in its source. */
  peer: string
  /** Where that description lives. */
  source: string
}

// Each equivalent a rule names was checked against the peer's own description of its check;
// this file keeps that description, so a reviewer can see why the two mean the same.
const CHECKED = JSON.parse(
  readFileSync(fileURLToPath(new URL('./equivalents.json', import.meta.url)), 'utf8')
) as Record<string, Partial<Record<Scanner, Record<string, Checked>>>>

const ID_SHAPE: Record<Scanner, RegExp> = {
  checkov: /^CKV2?_AWS_\d+$/,
  kics: /^[0-9a-f]{8}$/,
  cfnNag: /^[FW]\d+$/,
  cdkNag: /^(AwsSolutions|Serverless|HIPAA\.Security|NIST\.800\.53\.R5|PCI\.DSS\.321)-[A-Za-z0-9]+$/
}

function named(equivalents: RuleMeta['equivalents']): string[] {
  return Object.entries(equivalents).flatMap(([scanner, ids]) =>
    (ids ?? []).map(id => `${scanner}:${id}`)
  )
}

function recorded(ruleId: string): string[] {
  return Object.entries(CHECKED[ruleId] ?? {}).flatMap(([scanner, ids]) =>
    Object.keys(ids ?? {}).map(id => `${scanner}:${id}`)
  )
}

describe('rule equivalents', () => {
  it.each(CATALOG.map(rule => [rule.id, rule] as const))(
    '%s names exactly the peer checks recorded as checked',
    (_id, rule) => {
      expect(named(rule.equivalents).sort()).toEqual(recorded(rule.id).sort())
      for (const [scanner, ids] of Object.entries(rule.equivalents) as [Scanner, string[]][]) {
        for (const id of ids) {
          expect(id).toMatch(ID_SHAPE[scanner])
          const checked = CHECKED[rule.id]?.[scanner]?.[id]
          expect(checked?.peer.length).toBeGreaterThan(10)
          expect(checked?.source.length).toBeGreaterThan(5)
        }
      }
    }
  )

  it('records no rule the catalog does not have', () => {
    const ids = new Set(CATALOG.map(r => r.id))
    expect(Object.keys(CHECKED).filter(id => !ids.has(id))).toEqual([])
  })

  it('lists a peer check under one rule only, except a check that covers two of ours', () => {
    const owners = new Map<string, string[]>()
    for (const rule of CATALOG)
      for (const key of named(rule.equivalents))
        owners.set(key, [...(owners.get(key) ?? []), rule.id])
    const shared = [...owners].filter(([, rules]) => rules.length > 1)
    // cdk-nag's IAM5 reports wildcards in actions and in resources alike.
    expect(shared).toEqual([
      ['cdkNag:AwsSolutions-IAM5', ['iam-wildcard-action', 'iam-wildcard-resource']]
    ])
  })

  it('keeps checks that mean something else out of the public-trust rule', () => {
    // Trusting an account's root (CKV_AWS_61, the KICS queries) or `*` actions in a trust
    // policy (cfn-nag F2) is not trust for anyone; GitHub's OIDC provider without a subject
    // condition (CKV_AWS_358) is trust for every repository on GitHub.
    const trust = CATALOG.find(r => r.id === 'iam-trust-public')
    expect(named(trust?.equivalents ?? {})).toEqual(['checkov:CKV_AWS_60', 'checkov:CKV_AWS_358'])
  })
})
