import {
  looksLikeAwsSecretKey,
  mayHoldTokenFormat,
  tokenFormatIn,
  type SecretMatch
} from './secret-formats.js'
import { mayHoldSecretName, secretNameStrength } from './secret-names.js'
import type { SymbolicValue, Value } from '../../../model/value.js'

export { tokenFormatIn, type SecretMatch } from './secret-formats.js'
export {
  isSecretName,
  nameWords,
  secretNameStrength,
  type SecretNameStrength
} from './secret-names.js'

/**
 * Secret detection for literal values written in templates: credential formats found in the text,
 * and values whose name says they are secret (`DB_PASSWORD`, `apiKey`). A name-based match needs a
 * value that could be a secret: references (ARNs, parameter paths, URLs without credentials),
 * booleans, numbers and placeholders never are. Nothing here keeps or returns the value itself.
 */

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0
  const counts = new Map<string, number>()
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / text.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** A random-looking value: a token alphabet, long, varied, and mixing letters and digits. */
const TOKEN_ALPHABET = /^[A-Za-z0-9+/=_-]{20,}$/
const HEX = /^[0-9a-f]{32,}$/i
const HIGH_ENTROPY_MIN_BITS = 3.5

export function isHighEntropy(value: string): boolean {
  if (!TOKEN_ALPHABET.test(value) || shannonEntropy(value) < HIGH_ENTROPY_MIN_BITS) return false
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter(re => re.test(value)).length
  return classes === 3 || (HEX.test(value) && /[0-9]/.test(value) && /[a-f]/i.test(value))
}

const PLACEHOLDER =
  /^(?:|todo|tbd|fixme|n\/?a|none|null|nil|undefined|empty|placeholder|replace[_ -]?me|your[_ -].*|<.*>|\$\{.*\}|\{\{.*\}\}|%.*%|\$[A-Za-z_]\w*|x+|\*+|\.+|-+|_+|#+)$/i
/** `ACTIVEMQ_SECRET_ARN`: the name of a variable or setting standing in for the value. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
/** `REPLACE-WITH-YOUR-SECRET-HERE`, `AIzaXXXX`: instructions or masks, not values. */
const INSTRUCTION = /^(?:replace|insert|enter|put|add|change)[_ -]|[_ -]here$|x{4,}/i

/** A value that stands for a secret to be filled in: empty, `TODO`, `<your key>`, `${...}`. */
export function isPlaceholder(value: string): boolean {
  const v = unquoted(value)
  return PLACEHOLDER.test(v) || CONSTANT_NAME.test(v) || INSTRUCTION.test(v)
}

/** SAM writes header values quoted inside the string: `"'true'"`. */
function unquoted(value: string): string {
  const v = value.trim()
  return /^'.*'$/.test(v) ? v.slice(1, -1).trim() : v
}

const BOOLEAN_WORDS = /^(?:true|false|yes|no|on|off|enabled|disabled)$/i
const NUMBER = /^-?\d+(?:\.\d+)?[smhd]?$/i
const TIME_UNIT = /^(?:milliseconds|seconds|minutes|hours|days)$/i
/** A Step Functions path into the state (`$$.Task.Token`, `$.token`). */
const JSON_PATH = /^\$\$?\./
/** A value resolved by CloudFormation at deploy time, wherever it sits in the string. */
const DYNAMIC_REFERENCE = /\{\{resolve:/
/** References to where a secret lives, not the secret: ARNs, parameter paths, named references. */
const REFERENCE =
  /^(?:arn:aws[a-z-]*:|alias\/|ssm:|secretsmanager:|resolve:|\{\{resolve:|\/|\.{1,2}\/|[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$)/
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^\s@]*$/i
const FILE_NAME = /^[\w./-]+\.(?:zip|jar|json|ya?ml|txt|pem|crt|cer|pub|py|js|ts|rb|go|sh)$/i
/** Public by design: Stripe publishable keys. */
const PUBLIC_KEY = /^pk_(?:live|test)_/

/** A literal that is never a secret itself, whatever its name says. */
export function isNonSecretLiteral(value: string): boolean {
  const v = unquoted(value)
  return (
    BOOLEAN_WORDS.test(v) ||
    NUMBER.test(v) ||
    TIME_UNIT.test(v) ||
    JSON_PATH.test(v) ||
    DYNAMIC_REFERENCE.test(v) ||
    REFERENCE.test(v) ||
    URL_WITHOUT_CREDENTIALS.test(v) ||
    FILE_NAME.test(v) ||
    PUBLIC_KEY.test(v)
  )
}

/** AWS's documented example credentials end in `EXAMPLE` / `EXAMPLEKEY`. */
function isExample(value: string): boolean {
  return /EXAMPLE/.test(value)
}

export interface SecretContext {
  /** Another value next to this one (same function, same resource) holds an AWS access key id. */
  awsKeyIdNearby?: boolean
}

/**
 * The secret a named literal holds: a credential format anywhere in it, an AWS secret key next to
 * its key id, or a secret-like name with a value that could be a secret (any such value for a
 * strong name, a random-looking one for a weak name).
 */
export function secretIn(
  name: string,
  value: string | number | boolean | null,
  context: SecretContext = {}
): SecretMatch | undefined {
  if (typeof value !== 'string') return undefined
  const format = tokenFormatIn(value)
  if (format) return format
  const strength = secretNameStrength(name)
  const awsName = /SECRET/i.test(name) && /AWS|ACCESS/i.test(name)
  if ((awsName || context.awsKeyIdNearby) && looksLikeAwsSecretKey(value.trim())) {
    return { kind: 'aws-secret-access-key', label: 'an AWS secret access key' }
  }
  if (!strength || isPlaceholder(value) || isNonSecretLiteral(value) || isExample(value)) {
    return undefined
  }
  if (strength === 'strong') {
    return { kind: 'secret-name', label: 'a literal value under a secret-like name' }
  }
  return isHighEntropy(value.trim())
    ? { kind: 'high-entropy', label: 'a random-looking literal under a key-like name' }
    : undefined
}

/**
 * A credential format written in the literal text of an expression: the template of a `!Sub`
 * (`postgres://admin:pw@${Host}/db`), the literal parts of other intrinsics, or the text of a
 * Serverless or Terraform interpolation. Only formats count: names say nothing about the parts.
 */
export function formatInExpression(v: SymbolicValue): SecretMatch | undefined {
  if (!v.args) return tokenFormatIn(v.expr)
  const built = v.fn === 'Fn::Join' ? joinedText(v.args) : substitutedText(v)
  for (const text of [...(built === undefined ? [] : [built]), ...literalTexts(v.args, 0)]) {
    const match = tokenFormatIn(text)
    if (match) return match
  }
  return undefined
}

/** `Fn::Join` as the text it builds, each part not known before deployment standing as `${}`. */
function joinedText(args: Value): string | undefined {
  if (args.kind !== 'list') return undefined
  const [delimiter, parts] = args.items
  if (delimiter?.kind !== 'scalar' || parts?.kind !== 'list') return undefined
  const texts = parts.items.map(p => (p.kind === 'scalar' ? String(p.value ?? '') : '${}'))
  return texts.join(String(delimiter.value ?? ''))
}

/**
 * `Fn::Sub` with a variable map as the text it builds, each variable the map writes as a literal
 * filled in. Any other variable (a parameter, an attribute, a `Ref`) stays `${Name}`, which no
 * format takes for a secret; `${!Name}` is literal text and stays as written.
 */
export function substitutedText(v: SymbolicValue): string | undefined {
  if (v.fn !== 'Fn::Sub' || v.args?.kind !== 'list') return undefined
  const [template, variables] = v.args.items
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') return undefined
  if (variables?.kind !== 'map') return undefined
  return template.value.replace(/\$\{([^!}][^}]*)\}/g, (written, name: string) => {
    const value = variables.entries.get(name.trim())?.value
    const literal = value?.kind === 'scalar' ? value.value : undefined
    return typeof literal === 'string' || typeof literal === 'number' ? String(literal) : written
  })
}

function literalTexts(v: Value, depth: number): string[] {
  if (depth > 20) return []
  if (v.kind === 'scalar') return typeof v.value === 'string' ? [v.value] : []
  if (v.kind === 'list') return v.items.flatMap(item => literalTexts(item, depth + 1))
  if (v.kind === 'map')
    return [...v.entries.values()].flatMap(e => literalTexts(e.value, depth + 1))
  return v.args ? literalTexts(v.args, depth + 1) : []
}

/**
 * Whether `secretIn` may find anything in a collection written as JSON text, under any of its
 * names: a credential format's hint, a secret name's word, or an escape that could spell either.
 * Most resources of a large template hold none, and are then not walked value by value.
 */
export function mayHoldSecret(writtenJson: string): boolean {
  return (
    writtenJson.includes('\\') || mayHoldSecretName(writtenJson) || mayHoldTokenFormat(writtenJson)
  )
}
