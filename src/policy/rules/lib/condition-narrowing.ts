import type { Value } from '../../../model/value.js'
import { asList } from '../../../model/value.js'
import { ownValue } from '../../../model/own.js'

/**
 * Whether one condition test (operator, key, values) narrows who can use a statement, decided from
 * the IAM condition operators reference:
 * - `StringEquals`, `StringEqualsIgnoreCase` match exactly: any value names something specific
 *   (even `*`, which no account or ARN equals);
 * - `StringLike`, `ArnLike` and `ArnEquals` (which matches wildcards too) narrow only when the
 *   value pins the account, organisation or resource without a wildcard: `*`, `arn:aws:iam::*`
 *   or `arn:aws:sns:*:*:*` match every caller;
 * - `IpAddress` narrows unless the range is the whole internet (`0.0.0.0/0`, `::/0`);
 * - negated operators (`StringNotEquals`, `ArnNotLike`...: "everyone except X"), `...IfExists`
 *   and `ForAllValues:` (both also match requests without the key) narrow nothing.
 * A value written as an expression counts as specific: it names one account or ARN.
 */
export function conditionTestNarrows(operator: string, key: string, values: Value): boolean {
  const op = operator.toLowerCase().replace(/^foranyvalue:/, '')
  const kind = ownValue(OPERATORS, op)
  const shape = ownValue(KEY_SHAPES, key.toLowerCase())
  if (!kind || !shape) return false
  const items = asList(values)
  if (items.length === 0) return false
  return items.every(item => {
    if (item.kind === 'symbolic') return true
    if (item.kind !== 'scalar' || item.value === null) return false
    return valueNarrows(kind, shape, String(item.value))
  })
}

type OperatorKind = 'exact' | 'wildcard' | 'ip'

const OPERATORS: Readonly<Record<string, OperatorKind>> = {
  stringequals: 'exact',
  stringequalsignorecase: 'exact',
  stringlike: 'wildcard',
  arnequals: 'wildcard',
  arnlike: 'wildcard',
  ipaddress: 'ip'
}

/** What the values of a key that identifies the caller or the source look like. */
type KeyShape = 'arn' | 'id' | 'org-path' | 'user-id' | 'ip'

const KEY_SHAPES: Readonly<Record<string, KeyShape>> = {
  'aws:sourcearn': 'arn',
  'aws:principalarn': 'arn',
  'aws:sourceaccount': 'id',
  'aws:sourceowner': 'id',
  'aws:principalaccount': 'id',
  'kms:calleraccount': 'id',
  'aws:sourceorgid': 'id',
  'aws:principalorgid': 'id',
  'aws:sourcevpce': 'id',
  'aws:sourcevpc': 'id',
  'aws:principalservicename': 'id',
  // Only in role trust policies: the value the caller must pass to sts:AssumeRole.
  'sts:externalid': 'id',
  'aws:sourceorgpaths': 'org-path',
  'aws:principalorgpaths': 'org-path',
  'aws:userid': 'user-id',
  'aws:sourceip': 'ip'
}

function valueNarrows(kind: OperatorKind, shape: KeyShape, value: string): boolean {
  if (kind === 'exact') return true
  if (kind === 'ip' || shape === 'ip') return !/^(0\.0\.0\.0|::)\/0$/.test(value.trim())
  switch (shape) {
    case 'arn':
      return arnNarrows(value)
    case 'org-path':
      return literal(value.split('/')[0] ?? '')
    case 'user-id':
      return literal(value.split(':')[0] ?? '')
    default:
      return literal(value)
  }
}

/**
 * An ARN pattern names something specific when its account is written without a wildcard, or,
 * for ARNs without an account (S3 buckets), when the resource's first segment is.
 */
function arnNarrows(pattern: string): boolean {
  const parts = pattern.split(':')
  if (parts[0] !== 'arn' || parts.length < 6) return literal(pattern)
  const account = parts[4] as string
  if (account !== '') return literal(account)
  const resource = parts.slice(5).join(':').split('/')[0] ?? ''
  return literal(resource)
}

function literal(text: string): boolean {
  return text !== '' && !/[*?]/.test(text)
}
