/**
 * Credential formats recognisable from the text alone: issuers give their tokens fixed prefixes
 * so that leaks can be found. A match never carries the matched text, so callers cannot echo it.
 */

export interface SecretMatch {
  /** Stable detector id, part of a finding's evidence: `aws-access-key-id`, `github-token`, ... */
  kind: string
  /** The detector in words, for messages: "an AWS access key id". */
  label: string
}

interface TokenFormat extends SecretMatch {
  pattern: RegExp
  /** What every match holds: text without any of the formats' hints is not searched further. */
  hint: RegExp
}

/** Characters that may continue a token: a match must not be part of a longer word. */
const END = '(?![A-Za-z0-9_-])'

const TOKEN_FORMATS: readonly TokenFormat[] = [
  {
    kind: 'aws-access-key-id',
    label: 'an AWS access key id',
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/,
    hint: /AKIA|ASIA|ABIA|ACCA/
  },
  {
    kind: 'private-key',
    label: 'a PEM private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/,
    hint: /PRIVATE KEY/
  },
  {
    kind: 'github-token',
    label: 'a GitHub token',
    pattern: new RegExp(`\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})${END}`),
    hint: /gh[pousr]_|github_pat_/
  },
  {
    kind: 'gitlab-token',
    label: 'a GitLab token',
    pattern: new RegExp(`\\bglpat-[A-Za-z0-9_-]{20,}${END}`),
    hint: /glpat-/
  },
  {
    kind: 'slack-token',
    label: 'a Slack token',
    pattern: /\bxox[baprs]-[A-Za-z0-9-]{10,}/,
    hint: /xox[baprs]-/
  },
  {
    kind: 'slack-webhook',
    label: 'a Slack incoming webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/,
    hint: /hooks\.slack\.com/
  },
  {
    kind: 'stripe-secret-key',
    label: 'a Stripe live secret key',
    pattern: new RegExp(`\\b(?:sk|rk)_live_[A-Za-z0-9]{16,}${END}`),
    hint: /_live_/
  },
  {
    kind: 'google-api-key',
    label: 'a Google API key',
    pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`),
    hint: /AIza/
  },
  {
    kind: 'sendgrid-api-key',
    label: 'a SendGrid API key',
    pattern: new RegExp(`\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`),
    hint: /SG\./
  },
  {
    kind: 'npm-token',
    label: 'an npm access token',
    pattern: new RegExp(`\\bnpm_[A-Za-z0-9]{36}${END}`),
    hint: /npm_/
  },
  {
    kind: 'openai-api-key',
    label: 'an OpenAI API key',
    pattern: new RegExp(
      `\\bsk-(?:proj-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})${END}`
    ),
    hint: /sk-/
  },
  {
    kind: 'jwt',
    label: 'a JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/,
    hint: /eyJ/
  }
]

/**
 * What any format or credential below needs somewhere in the text, case aside: most strings of a
 * template (names, ARNs, flags) hold none, and one search spares them a search per format.
 */
const ANY_HINT = new RegExp(
  [...TOKEN_FORMATS.map(f => f.hint.source), ':\\/\\/', 'pass', 'pwd'].join('|'),
  'i'
)

/**
 * The formats' hints as written (every format matches its case only) and the `://` of a URL with
 * credentials: searched in case, which is much faster over a large text than `ANY_HINT`.
 */
const FORMAT_HINT = new RegExp([...TOKEN_FORMATS.map(f => f.hint.source), ':\\/\\/'].join('|'))

/**
 * Whether any credential format may be in `text`, or a URL with a password. A password in a
 * connection string needs `pass` or `pwd` in any case, which `mayHoldSecretName` looks for.
 */
export function mayHoldTokenFormat(text: string): boolean {
  return FORMAT_HINT.test(text)
}

/** `scheme://user:password@host`: the password part. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s/@]+)@/i

/** `password=...` in a query string or a connection string (`Server=db;Password=...;`). */
const PASSWORD_PARAMETER = /(?:^|[;?&])\s*(?:password|passwd|pwd)\s*=\s*([^;&\s]+)/i

/**
 * A password part that stands for something filled in elsewhere: `${DB_PASS}`, `<password>`,
 * `****`, or a verb that `format()` (Terraform, printf) fills in: `%s`, `%[2]s`, `%-12v`.
 */
const PASSWORD_STAND_IN =
  /^(?:\$\{.*\}|\{\{.*\}\}|<.*>|%.*%|%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-z]|\$[A-Za-z_]\w*|\*+|x+)$/i

/** AWS's documented example credentials (`AKIAIOSFODNN7EXAMPLE`) and look-alikes are not secrets. */
function isDocumentationExample(match: string): boolean {
  return /EXAMPLE/.test(match)
}

/** The first credential format found anywhere in `text`. */
export function tokenFormatIn(text: string): SecretMatch | undefined {
  if (!ANY_HINT.test(text)) return undefined
  for (const format of TOKEN_FORMATS) {
    const m = format.pattern.exec(text)
    if (m && !isDocumentationExample(m[0])) return { kind: format.kind, label: format.label }
  }
  return credentialsIn(text)
}

/** A password written inside a URL or a connection string. */
function credentialsIn(text: string): SecretMatch | undefined {
  const inUrl = URL_CREDENTIALS.exec(text)?.[1]
  if (inUrl !== undefined && !PASSWORD_STAND_IN.test(inUrl)) {
    return { kind: 'url-credentials', label: 'a URL with a password in it' }
  }
  const parameter = PASSWORD_PARAMETER.exec(text)?.[1]
  if (parameter !== undefined && !PASSWORD_STAND_IN.test(parameter)) {
    return { kind: 'password-parameter', label: 'a connection string with a password in it' }
  }
  return undefined
}

/** An AWS secret access key: 40 characters of base64 (found next to an access key id, or by name). */
export function looksLikeAwsSecretKey(value: string): boolean {
  return /^[A-Za-z0-9/+]{40}$/.test(value) && /[A-Z]/.test(value) && !isDocumentationExample(value)
}
