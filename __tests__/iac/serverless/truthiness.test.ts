import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../../helpers/scan.js'

/**
 * The Serverless Framework tests a function's `url` as JavaScript does (`if (!url) return`) and
 * compares `authorizer` with `'aws_iam'` as written; a value its schema does not allow is a
 * warning, and the deploy goes on. The gate reads `url` the same way.
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
