import { afterEach, describe, expect, it } from '@jest/globals'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import {
  resolveVariables,
  type ResolvedDocument,
  type VariableLimits
} from '../../../src/iac/serverless/variables/resolver.js'
import { getPath, type MapValue, type Value } from '../../../src/model/value.js'
import { lines } from './helpers.js'

async function resolve(
  text: string,
  files: Record<string, string> = {},
  limits?: VariableLimits
): Promise<ResolvedDocument & { reads: string[] }> {
  const loaded = loadDocument('app/serverless.yml', text)
  expect(loaded.diagnostics).toEqual([])
  const reads: string[] = []
  const repo = {
    readText: async (path: string) => {
      reads.push(path)
      return files[path]
    }
  }
  const resolved = await resolveVariables(loaded.value as MapValue, repo, limits)
  return { ...resolved, reads }
}

const at = (r: ResolvedDocument, path: string): Value | undefined =>
  getPath(r.document, path.split('.'))

describe('Serverless variables', () => {
  afterEach(() => {
    delete process.env.SLS_GATE_TEST_SECRET
  })

  it('resolves self references, nested variables and list indexes, located where written', async () => {
    const r = await resolve(
      lines(
        'service: shop',
        'custom:',
        '  stage: dev',
        '  sizes: { dev: 512, prod: 2048 }',
        '  zones: [eu-west-1a, eu-west-1b]',
        '  table: ${self:service}-${self:custom.stage}-orders',
        'provider:',
        '  memorySize: ${self:custom.sizes.${self:custom.stage}}',
        '  zone: ${self:custom.zones.1}',
        '  table: ${self:custom.table}'
      )
    )
    expect(r.diagnostics).toEqual([])
    expect(at(r, 'custom.table')).toMatchObject({ kind: 'scalar', value: 'shop-dev-orders' })
    // A whole-string variable keeps the type of what it refers to.
    expect(at(r, 'provider.memorySize')).toMatchObject({
      kind: 'scalar',
      value: 512,
      loc: { file: 'app/serverless.yml', line: 8, column: 15 }
    })
    expect(at(r, 'provider.zone')).toMatchObject({ value: 'eu-west-1b', loc: { line: 9 } })
    expect(at(r, 'provider.table')).toMatchObject({ value: 'shop-dev-orders', loc: { line: 10 } })
  })

  it('uses written fallbacks for options, stage and unset self keys', async () => {
    const r = await resolve(
      lines(
        'custom:',
        "  stage: ${opt:stage, 'dev'}",
        '  region: ${opt:region, self:provider.region}',
        "  fromSls: ${sls:stage, 'prod'}",
        "  unset: ${self:custom.nothing, 'fallback'}",
        '  param: ${param:domain, "example.com"}',
        '  number: ${opt:count, 3}',
        'provider:',
        '  region: eu-west-1'
      )
    )
    expect(r.diagnostics).toEqual([])
    expect(at(r, 'custom.stage')).toMatchObject({ value: 'dev', loc: { line: 2 } })
    expect(at(r, 'custom.region')).toMatchObject({ value: 'eu-west-1' })
    expect(at(r, 'custom.fromSls')).toMatchObject({ value: 'prod' })
    expect(at(r, 'custom.unset')).toMatchObject({ value: 'fallback' })
    expect(at(r, 'custom.param')).toMatchObject({ value: 'example.com' })
    expect(at(r, 'custom.number')).toMatchObject({ value: 3 })
  })

  it("never reads the scanner's environment: env without a fallback is symbolic", async () => {
    process.env.SLS_GATE_TEST_SECRET = 'value-from-the-scanner-environment'
    const r = await resolve(
      lines(
        'provider:',
        '  environment:',
        '    SECRET: ${env:SLS_GATE_TEST_SECRET}',
        "    WITH_DEFAULT: ${env:SLS_GATE_TEST_SECRET, 'literal-default'}"
      )
    )
    expect(at(r, 'provider.environment.SECRET')).toEqual({
      kind: 'symbolic',
      fn: 'env',
      expr: '${env:SLS_GATE_TEST_SECRET}',
      refs: [],
      loc: expect.objectContaining({ line: 3, column: 13 })
    })
    expect(at(r, 'provider.environment.WITH_DEFAULT')).toMatchObject({ value: 'literal-default' })
    expect(JSON.stringify(r.document)).not.toContain('value-from-the-scanner-environment')
  })

  // Parameters the service declares (`params`, v4's `stages.<stage>.params`): the `default`
  // value holds for every stage that sets none of its own; one a stage sets depends on the stage.
  it('reads a declared default parameter, and keeps one a stage sets symbolic', async () => {
    const r = await resolve(
      lines(
        'params:',
        '  default:',
        '    dbPassword: hunter2-but-longer',
        '    domain: dev.example.com',
        '  prod:',
        '    domain: example.com',
        'stages:',
        '  default:',
        '    params:',
        '      origin: https://app.example.com',
        'custom:',
        '  password: ${param:dbPassword}',
        '  domain: ${param:domain}',
        '  origin: ${param:origin}',
        '  unset: ${param:unset}'
      )
    )
    expect(r.diagnostics).toEqual([])
    expect(at(r, 'custom.password')).toMatchObject({
      value: 'hunter2-but-longer',
      loc: { line: 12 }
    })
    expect(at(r, 'custom.origin')).toMatchObject({ value: 'https://app.example.com' })
    expect(at(r, 'custom.domain')).toMatchObject({ kind: 'symbolic', fn: 'param' })
    expect(at(r, 'custom.unset')).toMatchObject({ kind: 'symbolic', fn: 'param' })
  })

  it('keeps deploy-time sources symbolic, with their source and expression', async () => {
    const r = await resolve(
      lines(
        'custom:',
        '  stage: ${opt:stage}',
        '  key: ${ssm:/shop/kms-key}',
        "  remote: ${ssm:/shop/name, 'ignored'}",
        '  output: ${cf:network-stack.VpcId}',
        '  region: ${aws:region}',
        '  domain: ${param:domain}',
        '  secret: ${secretsmanager:shop/api}',
        '  bucket: ${s3:config-bucket/key}',
        '  name: app-${opt:stage}',
        '  copy: ${self:custom.key}'
      )
    )
    expect(r.diagnostics).toEqual([])
    const expected: [string, string, string][] = [
      ['stage', 'opt', '${opt:stage}'],
      ['key', 'ssm', '${ssm:/shop/kms-key}'],
      // A remote lookup's fallback only applies when the parameter is missing at deploy time.
      ['remote', 'ssm', "${ssm:/shop/name, 'ignored'}"],
      ['output', 'cf', '${cf:network-stack.VpcId}'],
      ['region', 'aws', '${aws:region}'],
      ['domain', 'param', '${param:domain}'],
      ['secret', 'secretsmanager', '${secretsmanager:shop/api}'],
      ['bucket', 's3', '${s3:config-bucket/key}'],
      ['name', 'opt', 'app-${opt:stage}'],
      // A reference to a symbolic value is that value, located where the reference is written.
      ['copy', 'ssm', '${ssm:/shop/kms-key}']
    ]
    for (const [key, fn, expr] of expected) {
      expect([key, at(r, `custom.${key}`)]).toEqual([
        key,
        expect.objectContaining({ kind: 'symbolic', fn, expr })
      ])
    }
    expect(at(r, 'custom.copy')?.loc.line).toBe(11)
  })

  it('reports an unset self reference and leaves it symbolic', async () => {
    const r = await resolve(lines('custom:', '  a: 1', 'provider:', '  x: ${self:custom.b}'))
    expect(at(r, 'provider.x')).toMatchObject({
      kind: 'symbolic',
      fn: 'self',
      expr: '${self:custom.b}'
    })
    expect(r.diagnostics).toEqual([
      {
        file: 'app/serverless.yml',
        line: 4,
        column: 6,
        message: 'cannot resolve ${self:custom.b}: self:custom.b is not set',
        code: 'unresolved-variable',
        severity: 'warning'
      }
    ])
  })

  it('resolves variables inside CloudFormation intrinsics and keeps them symbolic', async () => {
    const r = await resolve(
      lines(
        'custom:',
        '  queue: orders',
        'provider:',
        '  arn: !Sub arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${self:custom.queue}'
      )
    )
    expect(at(r, 'provider.arn')).toMatchObject({
      kind: 'symbolic',
      fn: 'Fn::Sub',
      expr: '!Sub arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:orders',
      args: { kind: 'scalar', value: 'arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:orders' }
    })
  })

  it('reads file() includes inside the repository, relative to the service folder', async () => {
    const r = await resolve(
      lines(
        'service: shop',
        'custom:',
        '  settings: ${file(./config/settings.yml)}',
        '  url: ${file(config/settings.yml):api.url}',
        '  flag: ${file(../shared/flags.json):flags.0}',
        '  timeout: ${self:custom.settings.timeout}',
        '  flags: ${file(../shared/flags.json)}'
      ),
      {
        'app/config/settings.yml': lines(
          'timeout: 30',
          'api:',
          '  url: https://${self:service}.example.com'
        ),
        'shared/flags.json': '{ "flags": ["beta"] }'
      }
    )
    expect(r.diagnostics).toEqual([])
    expect(at(r, 'custom.url')).toMatchObject({
      value: 'https://shop.example.com',
      loc: { line: 4 }
    })
    expect(at(r, 'custom.flag')).toMatchObject({ value: 'beta' })
    expect(at(r, 'custom.timeout')).toMatchObject({ value: 30 })
    const flags = at(r, 'custom.flags.flags')
    expect(flags?.kind === 'list' && flags.items[0]).toMatchObject({
      value: 'beta',
      loc: { file: 'shared/flags.json', line: 1 }
    })
    expect(at(r, 'custom.flags')?.loc).toMatchObject({ file: 'app/serverless.yml', line: 7 })
    // Keys inside an included map keep the included file's locations.
    const settings = at(r, 'custom.settings')
    expect(settings?.kind === 'map' && settings.entries.get('timeout')?.keyLoc).toMatchObject({
      file: 'app/config/settings.yml',
      line: 1
    })
    expect(r.files).toEqual(['app/config/settings.yml', 'shared/flags.json'])
    // Each file is read once, however often it is referenced.
    expect(r.reads).toEqual(['app/config/settings.yml', 'shared/flags.json'])
  })

  it('never reads a file() path that leaves the repository, and says so', async () => {
    const r = await resolve(
      lines(
        'custom:',
        '  up: ${file(../../secrets.yml):password}',
        '  absolute: ${file(/etc/passwd)}',
        '  home: ${file(~/.aws/credentials)}'
      ),
      { '../secrets.yml': 'password: leaked' }
    )
    expect(r.reads).toEqual([])
    expect(at(r, 'custom.up')).toMatchObject({
      kind: 'symbolic',
      fn: 'file',
      expr: '${file(../../secrets.yml):password}',
      loc: { line: 2 }
    })
    expect(r.diagnostics.map(d => [d.code, d.line])).toEqual([
      ['file-outside-repository', 2],
      ['file-outside-repository', 3],
      ['file-outside-repository', 4]
    ])
    expect(r.diagnostics[0]?.message).toContain('../../secrets.yml is outside the repository')
  })

  it('never runs included code, and reports missing includes', async () => {
    const r = await resolve(
      lines(
        'custom:',
        '  fromCode: ${file(./config.js):value}',
        '  missing: ${file(./nothing.yml):key}',
        "  missingWithFallback: ${file(./nothing.yml):key, 'default'}"
      ),
      { 'app/config.js': 'module.exports.value = () => "executed"' }
    )
    expect(r.reads).toEqual(['app/nothing.yml'])
    expect(at(r, 'custom.fromCode')).toMatchObject({ kind: 'symbolic', fn: 'file' })
    expect(at(r, 'custom.missing')).toMatchObject({ kind: 'symbolic', fn: 'file' })
    expect(at(r, 'custom.missingWithFallback')).toMatchObject({ value: 'default' })
    expect(r.diagnostics.map(d => [d.code, d.line, d.message])).toEqual([
      [
        'code-include',
        2,
        '${file(./config.js):value}: app/config.js is code, which is never run; its value is unknown'
      ],
      [
        'unresolved-include',
        3,
        'cannot resolve ${file(./nothing.yml):key}: app/nothing.yml is not in the repository'
      ]
    ])
  })

  it('refuses an included file nested too deep for the YAML reader, at its place, before reading it', async () => {
    const deep = `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
    const r = await resolve(lines('custom:', '  deep: ${file(./deep.yml):x}', '  kept: 1'), {
      'app/deep.yml': deep
    })
    expect(at(r, 'custom.deep')).toMatchObject({ kind: 'symbolic', fn: 'file' })
    expect(at(r, 'custom.kept')).toMatchObject({ value: 1 })
    expect(r.diagnostics.map(d => [d.file, d.line, d.column, d.code, d.message])).toEqual([
      [
        'app/deep.yml',
        1,
        260,
        'too-deep',
        'nested more than 256 levels deep: not read (no real template nests this deep)'
      ]
    ])
  })

  it('stops on cycles between variables and between files, with a diagnostic', async () => {
    const r = await resolve(
      lines(
        'custom:',
        '  a: ${self:custom.b}',
        '  b: x-${self:custom.a}',
        '  loop: ${file(./loop.yml):again}'
      ),
      { 'app/loop.yml': 'again: ${file(./loop.yml):again}\n' }
    )
    expect(at(r, 'custom.a')).toMatchObject({ kind: 'symbolic' })
    expect(at(r, 'custom.b')).toMatchObject({ kind: 'symbolic' })
    expect(at(r, 'custom.loop')).toMatchObject({ kind: 'symbolic' })
    const cycles = r.diagnostics.filter(d => d.code === 'variable-cycle')
    expect(cycles.map(d => [d.file, d.line])).toEqual([
      ['app/serverless.yml', 3],
      ['app/loop.yml', 1]
    ])
  })

  it('stops runaway chains of variables quickly, with a diagnostic', async () => {
    const chain = Array.from({ length: 200 }, (_, i) => `  v${i}: \${self:custom.v${i + 1}}`)
    const started = Date.now()
    const r = await resolve(lines('custom:', ...chain, '  v200: end'))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(at(r, 'custom.v0')).toMatchObject({ kind: 'symbolic' })
    expect(at(r, 'custom.v199')).toMatchObject({ value: 'end' })
    expect(r.diagnostics.filter(d => d.code === 'variable-limit')).toMatchObject([
      { severity: 'error' }
    ])
  })

  it('caps the number of evaluations', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `  k${i}: \${opt:x${i}, 'v'}`)
    const r = await resolve(
      lines('custom:', ...many),
      {},
      {
        maxEvaluations: 10,
        maxNesting: 32,
        maxFiles: 10
      }
    )
    expect(at(r, 'custom.k9')).toMatchObject({ value: 'v' })
    expect(at(r, 'custom.k10')).toMatchObject({ kind: 'symbolic', fn: 'opt' })
    // What is left unresolved is not checked: an error, not a warning.
    expect(r.diagnostics.map(d => [d.code, d.severity])).toEqual([['variable-limit', 'error']])
  })

  it('is an error when more files are included than it reads', async () => {
    const r = await resolve(
      lines('custom:', '  a: ${file(./a.yml)}', '  b: ${file(./b.yml)}', '  c: ${file(./c.yml)}'),
      { 'app/a.yml': 'x: 1\n', 'app/b.yml': 'x: 2\n', 'app/c.yml': 'x: 3\n' },
      { maxEvaluations: 100, maxNesting: 32, maxFiles: 2 }
    )
    expect(at(r, 'custom.c')).toMatchObject({ kind: 'symbolic' })
    expect(r.diagnostics).toMatchObject([
      { code: 'variable-limit', severity: 'error', file: 'app/serverless.yml', line: 4 }
    ])
  })

  it('reports a string mixing text with a list and keeps it symbolic', async () => {
    const r = await resolve(lines('custom:', '  list: [a, b]', '  name: x-${self:custom.list}'))
    expect(at(r, 'custom.name')).toMatchObject({ kind: 'symbolic', expr: 'x-${self:custom.list}' })
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-variable', line: 3 })
  })

  it('reads and parses a file several services include once per scan, and reports it to each', async () => {
    const reads: string[] = []
    const files: Record<string, string> = {
      'shared/policy.json': '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}',
      'shared/broken.yml': 'a: [1\n'
    }
    const repo = {
      readText: async (path: string) => {
        reads.push(path)
        return files[path]
      }
    }
    const service = (dir: string) =>
      loadDocument(
        `${dir}/serverless.yml`,
        lines(
          'custom:',
          '  statement: ${file(../shared/policy.json)}',
          '  broken: ${file(../shared/broken.yml)}'
        )
      ).value as MapValue
    const first = await resolveVariables(service('a'), repo)
    const second = await resolveVariables(service('b'), repo)
    expect(reads).toEqual(['shared/policy.json', 'shared/broken.yml'])
    for (const r of [first, second]) {
      expect(getPath(r.document, ['custom', 'statement', 'Action'])).toMatchObject({
        value: 's3:GetObject',
        loc: { file: 'shared/policy.json', line: 1 }
      })
      expect(r.files).toEqual(['shared/policy.json', 'shared/broken.yml'])
      expect(r.diagnostics.map(d => [d.file, d.code])).toEqual([
        ['shared/broken.yml', 'parse-error']
      ])
    }
  })
})
