/**
 * Names that say a value is secret (`DB_PASSWORD`, `apiKey`, `MasterUserPassword`), read word by
 * word. A last word such as `ARN`, `NAME` or `TTL` makes the name about a secret rather than the
 * secret itself; a few word pairs (`ServiceToken`, `NextToken`) are well-known non-secrets.
 */

/** Words that make a name secret on their own. */
const STRONG_WORDS = new Set(
  'PASSWORD PASSWD PWD PASSPHRASE SECRET SECRETS TOKEN CREDENTIAL CREDENTIALS'.split(' ')
)

/** Pairs of words that make a name secret (`API_KEY`, `privateKey`). */
const STRONG_PAIRS = new Set([
  'API KEY',
  'PRIVATE KEY',
  'ACCESS KEY',
  'SECRET KEY',
  'SIGNING KEY',
  'ENCRYPTION KEY',
  'MASTER KEY',
  'SESSION KEY',
  'AUTH KEY',
  'LICENSE KEY'
])

const STRONG_JOINED = new Set(['APIKEY', 'PRIVATEKEY', 'ACCESSKEY', 'AUTHTOKEN'])

/** Words that suggest a secret, but only a random-looking value confirms it (`HMAC_KEY`). */
const WEAK_WORDS = new Set(['KEY', 'SALT', 'HMAC', 'PASS'])

/** Words next to `KEY` that make it a lookup or storage key, not a secret (`S3Key`, `PartitionKey`). */
const KEY_CONTEXT_WORDS = new Set(
  (
    'S3 OBJECT PARTITION SORT HASH RANGE CACHE QUERY ROUTING PRIMARY IDEMPOTENCY DEDUPLICATION ' +
    'GROUP SPEC USAGE CODE LOOKUP STRING PARAMETER PARAMETERS TAG ATTRIBUTE INDEX CONDITION PAGE ' +
    'STATE PUBLIC PAIR SSH MAP SCHEMA'
  ).split(' ')
)

/** Well-known names holding a non-secret token or flag (`ServiceToken`, `NextToken`). */
const NOT_SECRET_PAIRS = new Set([
  'SERVICE TOKEN',
  'CREATION TOKEN',
  'CLIENT TOKEN',
  'REBUILD TOKEN',
  'NEXT TOKEN',
  'CONTINUATION TOKEN',
  'PAGINATION TOKEN',
  'IDEMPOTENCY TOKEN',
  'TASK TOKEN',
  'ALLOW CREDENTIALS'
])

/**
 * A last word that makes the name about a secret rather than the secret itself: its ARN, name,
 * path, header, lifetime (`DB_SECRET_ARN`, `TOKEN_TTL`, `API_KEY_HEADER`), or a setting around
 * it (`PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL`, `PASSWORD_RESET_SUBJECT`, `TOKEN_USE`,
 * `CSRF_TOKEN_COOKIE`).
 */
const QUALIFIER_WORDS = new Set(
  (
    'ARN ARNS NAME NAMES ID IDS PATH PARAM PARAMETER PARAMS TABLE BUCKET FILE HEADER TTL EXPIRY ' +
    'EXPIRES EXPIRATION VALIDITY LENGTH ISSUER AUDIENCE ENDPOINT URL URI REGION TYPE FIELD ' +
    'ENABLED VERSION POLICY PREFIX QUEUE TOPIC STREAM ALGORITHM ALG MODE FORMAT SIZE COUNT ' +
    'TIMEOUT LIMIT HOST PORT USER USERNAME EMAIL LABEL DESCRIPTION SOURCE PROVIDER LOCATION ' +
    'STORE KMS ROTATION UNITS TEMPLATE EXPRESSION REQUIRED LEVEL SUBJECT USE COOKIE'
  ).split(' ')
)

export type SecretNameStrength = 'strong' | 'weak'

/**
 * A policy condition key (`aws:SourceArn`, `token.actions.githubusercontent.com:aud`): a service
 * or identity provider, a colon, and the key it compares. Its values are the account, audience or
 * subject a policy admits, compared in clear text, never a secret.
 */
const CONDITION_KEY = /^[a-z0-9][a-z0-9.-]*:[A-Za-z][\w./-]*$/i

/**
 * What any secret name holds, case aside: a strong or weak word above, or `KEY` next to another
 * character than a quote. A bare `"Key"` (of a tag) is no secret name: it alone does not count.
 */
const NAME_HINT = /pass|pwd|secret|token|credential|salt|hmac|(?<!")key|key(?!")/i

/** Whether a text (names in quotes, as JSON writes them) may hold a secret name. */
export function mayHoldSecretName(text: string): boolean {
  return NAME_HINT.test(text)
}

/** The words of a name: `dbPassword` → DB PASSWORD, `API_KEY` → API KEY. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(w => w !== '')
    .map(w => w.toUpperCase())
}

function pairsOf(words: string[]): string[] {
  return words.slice(1).map((w, i) => `${words[i]} ${w}`)
}

/**
 * Strengths of names already seen: a large template repeats a few hundred property names millions
 * of times. Bounded, so a file of distinct names cannot grow it without end.
 */
const STRENGTHS = new Map<string, SecretNameStrength | null>()
const STRENGTHS_KEPT = 10_000

/** Whether a variable or property name says its value is secret, and how surely. */
export function secretNameStrength(name: string): SecretNameStrength | undefined {
  const known = STRENGTHS.get(name)
  if (known !== undefined) return known ?? undefined
  const strength = strengthOf(name)
  if (STRENGTHS.size >= STRENGTHS_KEPT) STRENGTHS.clear()
  STRENGTHS.set(name, strength ?? null)
  return strength
}

function strengthOf(name: string): SecretNameStrength | undefined {
  if (CONDITION_KEY.test(name)) return undefined
  const words = nameWords(name)
  const last = words[words.length - 1]
  if (last === undefined || QUALIFIER_WORDS.has(last)) return undefined
  const pairs = pairsOf(words)
  if (pairs.some(p => NOT_SECRET_PAIRS.has(p))) return undefined
  if (words.some(w => STRONG_WORDS.has(w) || STRONG_JOINED.has(w))) return 'strong'
  if (pairs.some(p => STRONG_PAIRS.has(p))) return 'strong'
  if (!words.some(w => WEAK_WORDS.has(w))) return undefined
  // A bare `Key` is the key of a key/value pair; `S3Key`, `PartitionKey` name where data is.
  if (words.length === 1 && last === 'KEY') return undefined
  return words.some(w => KEY_CONTEXT_WORDS.has(w)) ? undefined : 'weak'
}

export function isSecretName(name: string): boolean {
  return secretNameStrength(name) !== undefined
}
