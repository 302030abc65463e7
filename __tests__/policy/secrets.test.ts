import { describe, expect, it } from '@jest/globals'
import {
  isHighEntropy,
  isNonSecretLiteral,
  isPlaceholder,
  mayHoldSecret,
  nameWords,
  secretIn,
  secretNameStrength,
  shannonEntropy,
  tokenFormatIn
} from '../../src/policy/rules/lib/secrets.js'

// Fake credentials in the issuers' formats, made up for these tests.
const TOKENS: [string, string][] = [
  ['aws-access-key-id', 'AKIAZDOCIS2JHTLGMXGE'],
  ['aws-access-key-id', 'temporary ASIADN73U55XTPLPFT7V in text'],
  [
    'private-key',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34Gkx\n-----END RSA PRIVATE KEY-----'
  ],
  ['private-key', '-----BEGIN OPENSSH PRIVATE KEY-----'],
  ['private-key', '-----BEGIN PRIVATE KEY-----'],
  ['github-token', 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d'],
  ['github-token', 'gho_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d'],
  ['github-token', `github_pat_11ABCDEFG0${'a1B2c3D4e5'.repeat(7)}`],
  ['gitlab-token', 'glpat-7q7J58m1CiAhzCueQpBe'],
  ['slack-token', 'xoxb-321223307924-4026859952890-D53X83RZJzzzzgEOzdmenCkh'],
  ['slack-token', 'xoxp-321223307924-4026859952890'],
  ['slack-webhook', 'https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/q7J58m1CiAhzCueQpBe1x2'],
  ['stripe-secret-key', 'sk_live_z63FfkCzJr4i0B3JrTAwR4y9'],
  ['stripe-secret-key', 'rk_live_z63FfkCzJr4i0B3JrTAwR4y9'],
  ['google-api-key', 'AIzaRgnatmUdjAWtGSU8po_799NksnRH9ucAUsd'],
  ['sendgrid-api-key', `SG.${'a'.repeat(10)}B1c2D3e4F5g6.${'x9Y8'.repeat(10)}Zz1`],
  ['npm-token', 'npm_pmrcXgGCJbW56eCuNGMGmSrCGIZEG8pSH448'],
  ['openai-api-key', `sk-proj-${'Q7xK2mP9vL4n'.repeat(4)}`],
  ['url-credentials', 'HTTPS://Orders:Sup3rS3cret@api.example.com'],
  ['password-parameter', 'Server=db;PWD=Hunter2!;'],
  [
    'jwt',
    'eyJhbGciOiAiSFMyNTYifQ.eyJzdWIiOiAib3JkZXJzIn0.MlHUvTCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9SkpXz9'
  ],
  ['url-credentials', 'postgres://orders:Sup3rS3cret@db.example.com:5432/orders'],
  ['url-credentials', 'amqps://app:p%40ss@mq.example.com'],
  ['password-parameter', 'Server=db.example.com;Database=orders;User Id=app;Password=Hunter2!;'],
  ['password-parameter', 'https://api.example.com/login?user=app&password=Hunter2']
]

const NOT_TOKENS = [
  'AKIAIOSFODNN7EXAMPLE',
  'ghp_short',
  'sk_test_z63FfkCzJr4i0B3JrTAwR4y9',
  'pk_live_aXZjljENUhJduRHHJEYXg4Jd',
  'postgres://db.example.com:5432/orders',
  'postgres://orders:${DB_PASSWORD}@db.example.com/orders',
  'postgres://orders:<password>@db.example.com/orders',
  'https://user@example.com/path',
  'Server=db;Password=${DB_PASSWORD};',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/db-AbCdEf',
  'eyJhbGciOiAiSFMyNTYifQ',
  '-----BEGIN PUBLIC KEY-----',
  'Thumbprint: 5da2cec255404e4fb440034d6608697a'
]

describe('tokenFormatIn', () => {
  it.each(TOKENS)('finds %s', (kind, text) => {
    expect(tokenFormatIn(text)?.kind).toBe(kind)
    // The search of a JSON text before its values are walked lets every format through.
    expect(mayHoldSecret(JSON.stringify({ Setting: text }))).toBe(true)
  })

  it.each(NOT_TOKENS.map(t => [t]))('finds nothing in %s', text => {
    expect(tokenFormatIn(text)).toBeUndefined()
  })

  it('never returns the matched text', () => {
    const match = tokenFormatIn('token: ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d')
    expect(JSON.stringify(match)).not.toContain('u8jzPde0')
  })
})

describe('secret names', () => {
  it('splits names into words', () => {
    expect(nameWords('dbPassword')).toEqual(['DB', 'PASSWORD'])
    expect(nameWords('API_KEY')).toEqual(['API', 'KEY'])
    expect(nameWords('MasterUserPassword')).toEqual(['MASTER', 'USER', 'PASSWORD'])
    expect(nameWords('OAuthTokenURL')).toEqual(['O', 'AUTH', 'TOKEN', 'URL'])
  })

  it.each([
    ['DB_PASSWORD', 'strong'],
    ['dbPassword', 'strong'],
    ['JWT_SECRET', 'strong'],
    ['SLACK_BOT_TOKEN', 'strong'],
    ['apiKey', 'strong'],
    ['STRIPE_API_KEY', 'strong'],
    ['PRIVATE_KEY', 'strong'],
    ['MasterUserPassword', 'strong'],
    ['CLIENT_CREDENTIALS', 'strong'],
    ['HMAC_KEY', 'weak'],
    ['ENCRYPTION_SALT', 'weak'],
    ['PARTNER_KEY', 'weak']
  ])('%s is a %s secret name', (name, strength) => {
    expect(secretNameStrength(name)).toBe(strength)
  })

  it.each([
    'TABLE_NAME',
    'DB_SECRET_ARN',
    'JWT_SECRET_NAME',
    'TOKEN_TTL',
    'API_KEY_HEADER',
    'PASSWORD_MIN_LENGTH',
    'DB_PASSWORD_PARAM',
    'SecretArn',
    'KmsKeyId',
    'KeyName',
    'TOKEN_URL',
    'SecretStringTemplate',
    'AUTHOR',
    'S3_KEY',
    'PartitionKey',
    'Key',
    'KeySpec',
    'ServiceToken',
    'NextToken',
    'AllowCredentials',
    'ApiKeySelectionExpression',
    'token.actions.githubusercontent.com:aud',
    'token.actions.githubusercontent.com:sub',
    'cognito-identity.amazonaws.com:amr',
    'PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL',
    'PASSWORD_RESET_SUBJECT',
    'TOKEN_USE',
    'CSRF_TOKEN_COOKIE'
  ])('%s is not a secret name', name => {
    expect(secretNameStrength(name)).toBeUndefined()
  })
})

describe('values', () => {
  it.each([
    '',
    '  ',
    'TODO',
    'tbd',
    '<your api key>',
    '${DB_PASSWORD}',
    '{{token}}',
    'xxxx',
    '****',
    'your-key-here'
  ])('%p is a placeholder', v => expect(isPlaceholder(v)).toBe(true))

  it('takes a constant-style name for a placeholder', () => {
    expect(isPlaceholder('ACTIVEMQ_SECRET_ARN')).toBe(true)
    expect(isPlaceholder('REPLACE-WITH-YOUR-SECRET-HERE')).toBe(true)
    expect(isPlaceholder('AIzaXXXX')).toBe(true)
    expect(isPlaceholder('Hunter_2')).toBe(false)
  })

  it('does not take a weak password for a placeholder', () => {
    expect(isPlaceholder('changeme')).toBe(false)
    expect(isPlaceholder('hunter2')).toBe(false)
  })

  it.each([
    'true',
    'False',
    '3600',
    '30d',
    'arn:aws:kms:eu-west-1:123456789012:key/abcd',
    'alias/orders',
    '/orders/db-password',
    'orders/prod/db',
    'https://auth.example.com/oauth2/token',
    'certs/public.pem',
    'pk_live_aXZjljENUhJduRHHJEYXg4Jd',
    "'true'",
    'hours',
    'Prefix-{{resolve:ssm-secure:DbPassword:1}}-Postfix'
  ])('%p is never a secret', v => {
    expect(isNonSecretLiteral(v)).toBe(true)
  })

  it.each(['hunter2', 'Orders!2024', 'https://orders:pw@db.example.com', 'Prod/Db/Pass'])(
    '%p could be a secret',
    v => expect(isNonSecretLiteral(v)).toBe(false)
  )

  it('measures entropy', () => {
    expect(shannonEntropy('')).toBe(0)
    expect(shannonEntropy('aaaa')).toBe(0)
    expect(shannonEntropy('abcd')).toBeCloseTo(2)
    expect(isHighEntropy('qIA1id6Vw5DQL05HA064GiIjHGb3CXlM')).toBe(true)
    expect(isHighEntropy('orders-v2')).toBe(false)
    expect(isHighEntropy('aaaaaaaaaaaaaaaaaaaa')).toBe(false)
    expect(isHighEntropy('the quick brown fox jumps')).toBe(false)
    expect(isHighEntropy('5da2cec255404e4fb440034d6608697a')).toBe(true)
    expect(isHighEntropy('SYMMETRIC_DEFAULT_2048_KEYS')).toBe(false)
    expect(isHighEntropy('AMAZON.UserInput.Handler2024')).toBe(false)
    expect(isHighEntropy('s3_lambda_code_key_2024')).toBe(false)
  })
})

describe('secretIn', () => {
  it('finds credential formats whatever the name', () => {
    expect(secretIn('PAYMENTS', 'sk_live_z63FfkCzJr4i0B3JrTAwR4y9')?.kind).toBe('stripe-secret-key')
    expect(secretIn('DATABASE_URL', 'postgres://a:b@c/d')?.kind).toBe('url-credentials')
  })

  it('reports any real literal under a strong name, weak ones included', () => {
    expect(secretIn('DB_PASSWORD', 'changeme')?.kind).toBe('secret-name')
    expect(secretIn('apiKey', 'abc123')?.kind).toBe('secret-name')
  })

  it('needs a random-looking value under a weak name', () => {
    expect(secretIn('HMAC_KEY', '5da2cec255404e4fb440034d6608697a')?.kind).toBe('high-entropy')
    expect(secretIn('CACHE_KEY', 'orders-v2')).toBeUndefined()
    expect(secretIn('S3_KEY', 'exports/2024/orders.csv')).toBeUndefined()
  })

  it('finds an AWS secret key by its name or next to a key id', () => {
    const key = '5Kjp1vRt/1fjORS+6ilI8ihN5KXSc7Tvo+hBKqFY'
    expect(secretIn('AWS_SECRET_ACCESS_KEY', key)?.kind).toBe('aws-secret-access-key')
    expect(secretIn('PARTNER_KEY', key, { awsKeyIdNearby: true })?.kind).toBe(
      'aws-secret-access-key'
    )
    expect(secretIn('CHECKSUM', key)).toBeUndefined()
  })

  it.each([
    ['DB_PASSWORD', ''],
    ['API_KEY', 'TODO'],
    ['DB_SECRET_ARN', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'],
    ['TOKEN_TTL', '3600'],
    ['USE_SECRETS', 'true'],
    ['JWT_SECRET', '${ssm:/orders/jwt}'],
    ['DB_PASSWORD', '/orders/db-password'],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['TABLE_NAME', 'orders']
  ])('%s = %p is not a secret', (name, value) => {
    expect(secretIn(name, value)).toBeUndefined()
  })

  it('ignores numbers, booleans and nulls', () => {
    expect(secretIn('DB_PASSWORD', 1234)).toBeUndefined()
    expect(secretIn('DB_PASSWORD', true)).toBeUndefined()
    expect(secretIn('DB_PASSWORD', null)).toBeUndefined()
  })
})
