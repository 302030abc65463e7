import { isSymbolicValue } from '../../../model/attr.js'
import type { Principal, RawResource } from '../../../model/types.js'
import { asList, asString, get, isMap, type Value } from '../../../model/value.js'

/**
 * Roles that GitHub Actions workflows assume through GitHub's OpenID Connect provider. Every
 * workflow of every repository on GitHub gets a token from the same issuer, so a trust policy that
 * names the provider without pinning the token's `sub` claim to a repository owner lets any
 * GitHub user assume the role (GitHub's and AWS's OIDC guides both require the `sub` condition).
 */

/** GitHub's issuer, in a provider ARN or URL; GitHub Enterprise Cloud adds `/<enterprise>`. */
const GITHUB_ISSUER = /(?:^|[/:])token\.actions\.githubusercontent\.com(?:\/[\w-]+)?\/?$/i

/** The subject claim of GitHub's tokens, as an IAM condition key. */
const SUBJECT_KEY = 'token.actions.githubusercontent.com:sub'

/**
 * A subject pattern's text before its first wildcard names one repository owner: `repo:org/...`,
 * or a customised subject that starts with the owner or repository (`repository_owner:org:...`).
 */
const OWNER_PREFIX =
  /^(?:repo:[^/*?]+\/|(?:repository_owner|repository_owner_id|repository|repository_id):[^:*?]+:)/

/**
 * Whether a Federated principal is GitHub's provider: written as its ARN, or as a reference to the
 * `AWS::IAM::OIDCProvider` / `aws_iam_openid_connect_provider` whose URL is GitHub's issuer.
 */
export function isGitHubActionsProvider(
  principal: Principal,
  raw: readonly RawResource[]
): boolean {
  if (principal.type.toLowerCase() !== 'federated') return false
  const v = principal.value.value
  if (!isSymbolicValue(v)) return typeof v === 'string' && GITHUB_ISSUER.test(v)
  // A Terraform template keeps its quotes: `"arn:aws:iam::${local.account}:oidc-provider/…"`.
  const written = v.expr.replace(/^"([^]*)"$/, '$1')
  if (/token\.actions\.githubusercontent\.com/i.test(written)) return GITHUB_ISSUER.test(written)
  return v.refs.some(ref => {
    const provider = raw.find(r => r.id === ref || r.id === ref.replace(/\.arn$/, ''))
    const url = asString(get(provider?.properties, 'Url') ?? get(provider?.properties, 'url'))
    return url !== undefined && GITHUB_ISSUER.test(url)
  })
}

/**
 * Whether a trust statement's condition pins the token's subject to a repository owner: a
 * `StringEquals` or `StringLike` test on the `sub` claim whose every value names one. Undefined
 * when the condition is an expression that cannot be read.
 */
export function pinsGitHubSubject(condition: Value | undefined): boolean | undefined {
  if (condition === undefined) return false
  if (isSymbolicValue(condition)) return undefined
  if (!isMap(condition)) return false
  for (const test of condition.entries.values()) {
    const op = test.key.toLowerCase().replace(/^foranyvalue:/, '')
    if (op !== 'stringequals' && op !== 'stringlike' && op !== 'stringequalsignorecase') continue
    if (!isMap(test.value)) continue
    for (const e of test.value.entries.values()) {
      if (e.key.toLowerCase() === SUBJECT_KEY && valuesPin(op, e.value)) return true
    }
  }
  return false
}

function valuesPin(op: string, values: Value): boolean {
  const items = asList(values)
  return (
    items.length > 0 &&
    items.every(item => {
      if (item.kind === 'symbolic') return true
      if (item.kind !== 'scalar' || typeof item.value !== 'string') return false
      const text = item.value.trim()
      if (text === '') return false
      const wild = op === 'stringlike' ? text.search(/[*?]/) : -1
      return wild === -1 || OWNER_PREFIX.test(text.slice(0, wild))
    })
  )
}
