import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { toJsonReport } from '../../src/report/json.js'
import { allRuleMeta } from '../../src/report/rules-meta.js'
import { toSarif } from '../../src/report/sarif.js'
import { scanFiles } from '../helpers/scan.js'

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version as string

describe('reports say which version produced them', () => {
  it('takes the SARIF driver version and the JSON report version from package.json', async () => {
    const r = await scanFiles({
      'serverless.yml': 'service: s\nprovider:\n  name: aws\nfunctions:\n  a:\n    handler: a.h\n'
    })
    expect(packageVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(toSarif(r, allRuleMeta()).runs[0]!.tool.driver).toMatchObject({
      name: 'serverless-gate',
      version: packageVersion
    })
    expect(toJsonReport(r)).toMatchObject({
      tool: { name: 'serverless-gate', version: packageVersion }
    })
  })
})
