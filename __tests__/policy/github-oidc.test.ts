import { describe, expect, it } from '@jest/globals'
import type { Principal } from '../../src/model/types.js'
import type { MapEntry, Value } from '../../src/model/value.js'
import {
  isGitHubActionsProvider,
  pinsGitHubSubject
} from '../../src/policy/rules/lib/github-oidc.js'

const loc = { file: 'template.yaml', line: 1, column: 1 }
const SUB = 'token.actions.githubusercontent.com:sub'

function map(entries: [string, Value][]): Value {
  const m = new Map<string, MapEntry>(
    entries.map(([key, value]) => [key, { key, keyLoc: loc, value }])
  )
  return { kind: 'map', entries: m, loc }
}
const text = (value: string): Value => ({ kind: 'scalar', value, loc })
const list = (...vs: string[]): Value => ({ kind: 'list', items: vs.map(text), loc })
const condition = (operator: string, key: string, values: Value): Value =>
  map([[operator, map([[key, values]])]])
const federated = (value: string): Principal => ({ type: 'Federated', value: { value, loc } })

describe('GitHub Actions trust', () => {
  it.each([
    ['arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', true],
    // GitHub Enterprise Cloud with a unique issuer URL.
    ['arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com/octo-ent', true],
    ['arn:aws:iam::111122223333:oidc-provider/gitlab.com', false],
    [
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com.evil.example',
      false
    ]
  ])('%s is GitHub: %s', (arn, github) => {
    expect(isGitHubActionsProvider(federated(arn), [])).toBe(github)
  })

  it.each([
    ['StringEquals', ['repo:octo-org/octo-repo:ref:refs/heads/main'], true],
    ['StringLike', ['repo:octo-org/*'], true],
    ['ForAnyValue:StringLike', ['repo:octo-org/octo-repo:*'], true],
    ['StringLike', ['repository_owner:octo-org:*'], true],
    ['StringLike', ['repo:octo-org*'], false],
    ['StringLike', ['repo:*/octo-repo:*'], false],
    ['StringLike', ['repo:octo-org/*', '*'], false],
    ['StringLikeIfExists', ['repo:octo-org/*'], false],
    ['StringNotLike', ['repo:evil-org/*'], false],
    ['StringLike', [], false]
  ])('%s %j pins the subject: %s', (operator, values, pinned) => {
    expect(pinsGitHubSubject(condition(operator, SUB, list(...values)))).toBe(pinned)
  })

  it('needs the subject, not only the audience', () => {
    const audience = condition(
      'StringEquals',
      'token.actions.githubusercontent.com:aud',
      list('sts.amazonaws.com')
    )
    expect(pinsGitHubSubject(audience)).toBe(false)
    expect(pinsGitHubSubject(undefined)).toBe(false)
  })

  it('cannot tell when the whole condition is an expression', () => {
    const expression: Value = {
      kind: 'symbolic',
      fn: 'Ref',
      expr: '!Ref TrustCondition',
      refs: [],
      loc
    }
    expect(pinsGitHubSubject(expression)).toBeUndefined()
  })
})
