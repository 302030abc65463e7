import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../../helpers/scan.js'

/**
 * The Serverless Framework tests a function's `url` and an event's `cors` as JavaScript does
 * (`if (!url) return`), and compares a URL's `authorizer` with `'aws_iam'` as written; a value its
 * schema does not allow is a warning, and the deploy goes on. The gate reads them the same way.
 */
function service(url: string): Record<string, string> {
  return {
    'svc/serverless.yml': [
      'service: svc',
      'provider:',
      '  name: aws',
      '  runtime: python3.12',
      'functions:',
      '  f:',
      '    handler: a.b',
      `    url: ${url}`,
      ''
    ].join('\n')
  }
}

const publicUrls = async (url: string) =>
  (await scanFiles(service(url))).findings
    .filter(f => f.ruleId === 'lambda-url-auth-none')
    .map(f => `${f.location.file}:${f.location.line}`)

describe('a Serverless function url, read as the framework reads it', () => {
  it.each([["'false'"], ['no'], ['off'], ["'0'"], ['1'], ['[aws_iam]']])(
    'url: %s is a public URL',
    async url => {
      expect(await publicUrls(url)).toEqual(['svc/serverless.yml:8'])
    }
  )

  it.each([['false'], ['0'], ["''"], ['~']])('url: %s is no URL', async url => {
    expect(await publicUrls(url)).toEqual([])
  })

  it('an authorizer written other than `aws_iam` leaves the URL public', async () => {
    expect(await publicUrls('{ authorizer: AWS_IAM }')).toEqual(['svc/serverless.yml:8'])
    expect(await publicUrls('{ authorizer: aws_iam }')).toEqual([])
  })
})

describe('a Serverless http cors setting, read as the framework reads it', () => {
  const withCors = (cors: string) => ({
    'svc/serverless.yml': [
      'service: svc',
      'provider:',
      '  name: aws',
      '  runtime: python3.12',
      'functions:',
      '  f:',
      '    handler: a.b',
      '    events:',
      '      - http:',
      '          path: /a',
      '          method: get',
      '          authorizer: aws_iam',
      `          cors: ${cors}`,
      ''
    ].join('\n')
  })
  const wildcards = async (cors: string) =>
    (await scanFiles(withCors(cors), undefined, 'fail-on-severity: low')).findings
      .filter(f => f.ruleId === 'api-cors-wildcard')
      .map(f => `${f.location.file}:${f.location.line}`)

  it.each([["'false'"], ['no'], ['true']])('cors: %s allows every origin', async cors => {
    expect(await wildcards(cors)).toEqual(['svc/serverless.yml:13'])
  })

  it.each([['false'], ["''"]])('cors: %s allows none', async cors => {
    expect(await wildcards(cors)).toEqual([])
  })
})

describe('serverless-iam-roles-per-function inheritance, read as the plugin reads it', () => {
  // The plugin inherits when `iamRoleStatementsInherit || (defaultInherit && it !== false)`.
  const withInherit = (inherit: string, defaultInherit?: string) => ({
    'svc/serverless.yml': [
      'service: svc',
      'plugins:',
      '  - serverless-iam-roles-per-function',
      ...(defaultInherit === undefined
        ? []
        : [
            'custom:',
            '  serverless-iam-roles-per-function:',
            `    defaultInherit: ${defaultInherit}`
          ]),
      'provider:',
      '  name: aws',
      '  runtime: python3.12',
      '  iam:',
      '    role:',
      '      statements:',
      "        - { Effect: Allow, Action: '*', Resource: '*' }",
      'functions:',
      '  f:',
      '    handler: a.b',
      `    iamRoleStatementsInherit: ${inherit}`,
      '    iamRoleStatements:',
      "      - { Effect: Allow, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }",
      ''
    ].join('\n')
  })
  const admin = async (files: Record<string, string>) =>
    (await scanFiles(files)).findings
      .filter(f => f.ruleId === 'iam-admin-access')
      .map(f => `${f.resource} ${f.location.line}`)

  it.each([["'false'"], ['no'], ['true']])(
    'iamRoleStatementsInherit: %s gives the function the provider statements',
    async inherit => {
      expect(await admin(withInherit(inherit))).toEqual(['fIamRole 10'])
    }
  )

  it("defaultInherit: 'false' gives them to a function that does not opt out", async () => {
    expect(await admin(withInherit('~', "'false'"))).toEqual(['fIamRole 13'])
    expect(await admin(withInherit('false', "'false'"))).toEqual([])
  })

  it('iamRoleStatementsInherit: false keeps them away', async () => {
    expect(await admin(withInherit('false'))).toEqual([])
  })
})
