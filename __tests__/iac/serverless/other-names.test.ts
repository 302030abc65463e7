import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../../helpers/scan.js'

/**
 * `serverless deploy --config serverless.prod.yml` deploys any YAML or JSON file of the service's
 * folder: a service in a file named `serverless…` is read like a `serverless.yml`, by its content.
 */
const SERVICE = [
  'service: svc',
  'provider:',
  '  name: aws',
  '  runtime: python3.12',
  'functions:',
  '  f:',
  '    handler: a.b',
  '    url: no',
  ''
].join('\n')

const publicUrls = async (files: Record<string, string>) =>
  (await scanFiles(files)).findings
    .filter(f => f.ruleId === 'lambda-url-auth-none')
    .map(f => `${f.location.file}:${f.location.line}`)

describe('a Serverless service under another name', () => {
  it('is read as the framework reads it (YAML 1.2: `url: no` is a public URL)', async () => {
    const json = JSON.stringify(
      {
        service: 'svc',
        provider: { name: 'aws', runtime: 'python3.12' },
        functions: { f: { handler: 'a.b', url: true } }
      },
      null,
      2
    )
    expect(
      await publicUrls({
        'svc/serverless.prod.yml': SERVICE,
        'other/serverless-dev.yaml': SERVICE,
        'api/serverless.api.json': json
      })
    ).toEqual([
      'api/serverless.api.json:10',
      'other/serverless-dev.yaml:8',
      'svc/serverless.prod.yml:8'
    ])
  })

  it('is not taken for one without an AWS provider or a service, or named otherwise', async () => {
    const azure = SERVICE.replace('name: aws', 'name: azure')
    const noService = SERVICE.replace('service: svc\n', '')
    const r = await scanFiles({
      'a/serverless.azure.yml': azure,
      'b/serverless.base.yml': noService,
      // A shared file services link to or include: read through them, not on its own.
      'shared/base.yml': SERVICE
    })
    expect(r.findings).toEqual([])
    expect(r.errors).toEqual([])
    expect(r.models.head.diagnostics.map(d => `${d.file} ${d.severity} ${d.message}`)).toEqual([
      'a/serverless.azure.yml warning looks like a Serverless service but names no AWS provider: not checked'
    ])
  })

  it('is checked again in a pull request that edits only a file it includes', async () => {
    const service = SERVICE.replace('url: no', 'url: ${file(./url.yml):url}')
    const base = { 'svc/serverless.prod.yml': service, 'svc/url.yml': 'url: false\n' }
    const head = { ...base, 'svc/url.yml': 'url: true\n' }
    const r = await scanFiles(head, base)
    expect(r.mode).toBe('diff')
    expect(
      r.findings
        .filter(f => f.ruleId === 'lambda-url-auth-none')
        .map(f => `${f.status} ${f.location.file}:${f.location.line}`)
    ).toEqual(['new svc/serverless.prod.yml:8'])
  })
})
