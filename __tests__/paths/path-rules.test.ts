import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { PATH_RULES } from '../../src/policy/rules/paths/index.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'
import {
  cloudformation,
  lockfile,
  LOCK_LINE,
  markedSteps,
  pathFindings,
  sam,
  SAM_ANY_ACCOUNT,
  serverless,
  stepsOf,
  terraform
} from './fixtures.js'

const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })
const scan = (head: Record<string, string>, base?: Record<string, string>, config = '') =>
  scanFiles(head, base, config, undefined, offline)

const paths = pathFindings
const VULNERABLE = lockfile('lodash', '4.17.15')
const FIXED = lockfile('lodash', '4.17.21')

describe('attack-path rules, one tree per format, every step on its line', () => {
  it('Serverless: a public route to a function shipping lodash 4.17.15 that may s3:* on *', async () => {
    const files = { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE }
    const r = await scan(files)
    const [path, ...others] = paths(r)
    expect(others).toEqual([])
    expect(path).toMatchObject({
      ruleId: 'path-public-vulnerable-function',
      severity: 'critical',
      status: 'present',
      location: { file: 'serverless.yml', line: 23 }
    })
    expect(stepsOf(path)).toEqual({
      ...markedSteps({ 'serverless.yml': files['serverless.yml'] }),
      package: `package-lock.json:${LOCK_LINE}`
    })
    // The data-writer path through the same function and the public route fold into it.
    expect(path?.also?.map(a => a.ruleId)).toEqual([
      'path-public-data-writer',
      'api-no-authorization'
    ])
    expect(path?.message).toContain('it ships `lodash` 4.17.15')
  })

  it('SAM: an Api event without auth, dynamodb:* on *, the lockfile beside CodeUri', async () => {
    const files = { 'template.yaml': sam(), 'src/package-lock.json': VULNERABLE }
    const r = await scan(files)
    const found = paths(r)
    expect(found.map(f => f.ruleId)).toEqual(['path-public-vulnerable-function'])
    expect(stepsOf(found[0])).toEqual({
      ...markedSteps({ 'template.yaml': files['template.yaml'] }),
      package: `src/package-lock.json:${LOCK_LINE}`
    })
  })

  it('CloudFormation: any AWS account can invoke a function with `*` on `*`', async () => {
    const files = { 'template.yaml': cloudformation("'*'") }
    const r = await scan(files)
    const found = paths(r)
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([
      ['path-cross-account-invoke-privileged', 'critical']
    ])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('SAM: any AWS account can invoke a function shipping a vulnerable package', async () => {
    const files = { 'template.yaml': SAM_ANY_ACCOUNT, 'src/package-lock.json': VULNERABLE }
    const found = paths(await scan(files))
    // The matrix says high; the public permission on the same line (critical) folds into it.
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([
      ['path-cross-account-vulnerable-function', 'critical']
    ])
    expect(found[0]?.also?.map(a => a.ruleId)).toContain('lambda-permission-public')
    expect(stepsOf(found[0])).toEqual({
      ...markedSteps({ 'template.yaml': SAM_ANY_ACCOUNT }),
      package: `src/package-lock.json:${LOCK_LINE}`
    })
  })

  it.each(['Receive.Alias', 'Receive.Version'])(
    'SAM: a permission naming the function by its AutoPublishAlias property %s reaches it',
    async name => {
      const template = SAM_ANY_ACCOUNT.replace(
        'Handler: receive.handler',
        'Handler: receive.handler\n      AutoPublishAlias: live'
      ).replace('FunctionName: !Ref Receive', `FunctionName: !Ref ${name}`)
      const files = { 'template.yaml': template, 'src/package-lock.json': VULNERABLE }
      const found = paths(await scan(files))
      expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-vulnerable-function'])
      expect(stepsOf(found[0])).toEqual({
        ...markedSteps({ 'template.yaml': template }),
        package: `src/package-lock.json:${LOCK_LINE}`
      })
    }
  )

  it('CloudFormation code from S3 ships "unknown": a root lockfile is not linked to it', async () => {
    const files = { 'template.yaml': cloudformation("'*'"), 'package-lock.json': VULNERABLE }
    const found = paths(await scan(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
  })

  it('Terraform: a function URL with auth NONE to a function that may read every secret', async () => {
    const files = { 'main.tf': terraform() }
    const r = await scan(files)
    const found = paths(r)
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([['path-public-secrets-reader', 'high']])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('Terraform: the same function shipping a vulnerable package leads with the vulnerability', async () => {
    const files = { 'main.tf': terraform(), 'package-lock.json': VULNERABLE }
    const found = paths(await scan(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-vulnerable-function'])
    expect(found[0]?.also?.map(a => a.ruleId)).toContain('path-public-secrets-reader')
    expect(stepsOf(found[0])).toEqual({
      ...markedSteps(files),
      package: `package-lock.json:${LOCK_LINE}`
    })
  })

  it('Serverless: iam:PassRole on every role of the account is a public admin function', async () => {
    const yml = serverless({ grant: 'iam:PassRole', resource: 'arn:aws:iam::*:role/*' })
    const found = paths(await scan({ 'serverless.yml': yml }))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-admin-function'])
    expect(stepsOf(found[0])).toEqual(markedSteps({ 'serverless.yml': yml }))
  })

  it('Serverless: reading every secret of an account written with variables is a path', async () => {
    const yml = serverless({
      grant: 'secretsmanager:GetSecretValue',
      resource: 'arn:aws:secretsmanager:${aws:region}:${aws:accountId}:secret:*'
    })
    const found = paths(await scan({ 'serverless.yml': yml }))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-secrets-reader'])
  })

  it('every path rule has a fixture that produces it', async () => {
    const seen = new Set<string>()
    const trees: Record<string, string>[] = [
      { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE },
      { 'serverless.yml': serverless() },
      { 'template.yaml': cloudformation("'*'") },
      { 'template.yaml': cloudformation("'*'"), 'package-lock.json': VULNERABLE },
      { 'main.tf': terraform() },
      { 'main.tf': terraform({ secretResource: 'arn:aws:secretsmanager:*:*:secret:*' }) }
    ]
    for (const t of trees) for (const f of (await scan(t)).findings) if (f.path) seen.add(f.ruleId)
    const anyAccount = { 'template.yaml': SAM_ANY_ACCOUNT, 'src/package-lock.json': VULNERABLE }
    for (const f of (await scan(anyAccount)).findings) if (f.path) seen.add(f.ruleId)
    for (const f of (
      await scan({ 'serverless.yml': serverless({ grant: 'secretsmanager:GetSecretValue' }) })
    ).findings)
      if (f.path) seen.add(f.ruleId)
    for (const f of (await scan({ 'serverless.yml': serverless({ grant: 'iam:PassRole' }) }))
      .findings)
      if (f.path) seen.add(f.ruleId)
    expect([...seen].sort()).toEqual(PATH_RULES.map(r => r.id).sort())
  })
})

describe('good trees produce no path', () => {
  it.each([
    [
      'authorized route',
      { 'serverless.yml': serverless({ authorizer: true }), 'package-lock.json': VULNERABLE }
    ],
    [
      'vulnerability fixed, permission scoped',
      { 'serverless.yml': serverless({ grant: 's3:GetObject' }), 'package-lock.json': FIXED }
    ],
    [
      'SAM route with IAM auth',
      { 'template.yaml': sam({ auth: true }), 'src/package-lock.json': VULNERABLE }
    ],
    [
      'CloudFormation permission to one account',
      { 'template.yaml': cloudformation("'123456789012'") }
    ],
    ['Terraform URL with AWS_IAM', { 'main.tf': terraform({ auth: 'AWS_IAM' }) }],
    [
      'Terraform secret read scoped to one secret',
      {
        'main.tf': terraform({
          secretResource: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'
        })
      }
    ]
  ])('%s', async (_name, files) => {
    expect(paths(await scan(files as Record<string, string>))).toEqual([])
  })

  it('reach that is not known before deployment forms no path and is listed as undecided', async () => {
    const files = { 'template.yaml': cloudformation('!Ref CallerPrincipal') }
    const r = await scan(files)
    expect(paths(r)).toEqual([])
    const undecided = r.undecided.filter(u => u.ruleId === 'attack-paths')
    expect(undecided.map(u => [u.resource, `${u.location.file}:${u.location.line}`])).toEqual([
      ['Worker', markedSteps(files).entry]
    ])
  })
})

describe('in a pull request a path is new through the one part the change added', () => {
  it('the route lost its authorizer: new, on the route, saying so', async () => {
    const r = await scan(
      { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE },
      { 'serverless.yml': serverless({ authorizer: true }), 'package-lock.json': VULNERABLE }
    )
    const [path, ...rest] = paths(r)
    expect(rest).toEqual([])
    expect(path).toMatchObject({ status: 'new', location: { file: 'serverless.yml', line: 23 } })
    expect(path?.path?.added).toBe('entry')
    expect(path?.message).toMatch(
      /^this change removes the jwt \(`ordersJwt`\) authorization of route `GET \/orders`/
    )
    expect(path?.message).toContain(`(\`package-lock.json:${LOCK_LINE}\`)`)
    expect(path?.message).toContain('(`serverless.yml:17`)')
  })

  it('the lockfile gained a vulnerable version: new, on the lockfile entry', async () => {
    const r = await scan(
      { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE },
      { 'serverless.yml': serverless(), 'package-lock.json': FIXED }
    )
    const opened = paths(r).filter(f => f.status === 'new')
    expect(
      opened.map(f => [f.ruleId, f.path?.added, `${f.location.file}:${f.location.line}`])
    ).toEqual([['path-public-vulnerable-function', 'package', `package-lock.json:${LOCK_LINE}`]])
    expect(opened[0]?.message).toMatch(/^this change ships `lodash` 4\.17\.15 with `listOrders`/)
  })

  it('the role gained a permission: new, on the granting statement', async () => {
    const r = await scan(
      { 'serverless.yml': serverless() },
      { 'serverless.yml': serverless({ grant: 's3:GetObject' }) }
    )
    const opened = paths(r).filter(f => f.status === 'new')
    expect(opened.map(f => [f.ruleId, f.path?.added, f.location.line])).toEqual([
      ['path-public-data-writer', 'grant', 17]
    ])
    expect(opened[0]?.message).toMatch(
      /^this change lets `listOrders`, which anyone on the internet can call, `s3:\*` on `\*`/
    )
  })

  it('the function URL was made public: new, on its authorization type', async () => {
    const files = { 'main.tf': terraform() }
    const r = await scan(files, { 'main.tf': terraform({ auth: 'AWS_IAM' }) })
    const opened = paths(r).filter(f => f.status === 'new')
    expect(opened.map(f => [f.ruleId, f.path?.added, `main.tf:${f.location.line}`])).toEqual([
      ['path-public-secrets-reader', 'entry', markedSteps(files).entry]
    ])
  })

  it('a new function behind a public route: new, on the function', async () => {
    const withOther = serverless().replace(
      'functions:\n',
      'functions:\n  health:\n    handler: src/health.handler\n'
    )
    const r = await scan(
      { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE },
      {
        'serverless.yml': withOther.replace(/ {2}listOrders:[\s\S]*$/, ''),
        'package-lock.json': VULNERABLE
      }
    )
    const opened = paths(r).filter(f => f.status === 'new')
    expect(opened.map(f => [f.ruleId, f.path?.added, f.location.line])).toEqual([
      ['path-public-vulnerable-function', 'function', 20]
    ])
    expect(opened[0]?.message).toMatch(/^this change adds function `listOrders`/)
  })

  it('a path the change closes is reported as fixed', async () => {
    const r = await scan(
      { 'serverless.yml': serverless({ authorizer: true }), 'package-lock.json': VULNERABLE },
      { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE }
    )
    expect(paths(r).map(f => [f.ruleId, f.status])).toEqual(
      expect.arrayContaining([['path-public-vulnerable-function', 'fixed']])
    )
    expect(paths(r).filter(f => f.status === 'new')).toEqual([])
  })
})

describe('configuration and suppressions', () => {
  const files = { 'serverless.yml': serverless(), 'package-lock.json': VULNERABLE }

  it('a path rule can be turned off or re-graded like any rule', async () => {
    const off = await scan(files, undefined, 'rules:\n  path-public-vulnerable-function: off\n')
    expect(paths(off).map(f => f.ruleId)).toEqual(['path-public-data-writer'])
    const graded = await scan(
      files,
      undefined,
      'rules:\n  path-public-vulnerable-function:\n    severity: medium\n'
    )
    expect(paths(graded).find(f => f.ruleId === 'path-public-vulnerable-function')?.severity).toBe(
      'high'
    )
  })

  it('suppressing a part (the public route) does not hide the path', async () => {
    const config =
      'ignore:\n  - rule: api-no-authorization\n    path: serverless.yml\n    reason: the orders list is public by design\n'
    const r = await scan(files, undefined, config)
    const [path] = paths(r)
    expect(path).toMatchObject({ ruleId: 'path-public-vulnerable-function' })
    expect(path?.suppressed).toBeUndefined()
    expect(r.findings.find(f => f.ruleId === 'api-no-authorization')?.suppressed).toBeDefined()
  })

  it('a suppression naming the path rule hides it', async () => {
    const config =
      'ignore:\n  - rule: path-public-vulnerable-function\n    path: serverless.yml\n    reason: lodash is not reachable from the handler\n'
    const r = await scan(files, undefined, config)
    expect(
      r.findings.find(f => f.ruleId === 'path-public-vulnerable-function')?.suppressed?.reason
    ).toBe('lodash is not reachable from the handler')
  })
})
