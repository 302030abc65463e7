import { describe, expect, it } from '@jest/globals'
import { get, toPlain } from '../../../src/model/value.js'
import { buildFiles, buildFixture } from './support.js'

describe('Terraform syntax errors', () => {
  it('reports each broken block where it breaks, and still models the blocks around it', async () => {
    const { service, diagnostics } = await buildFixture('broken')
    expect(diagnostics).toEqual([
      {
        file: 'broken/functions.tf',
        line: 1,
        column: 1,
        message: 'syntax error: not closed, expected "}" before the next block',
        code: 'parse-error',
        severity: 'error'
      },
      {
        file: 'broken/main.tf',
        line: 7,
        column: 13,
        message: "syntax error: unexpected '='",
        code: 'parse-error',
        severity: 'error'
      }
    ])
    expect(service.resources.map(r => [r.id, r.loc.line])).toEqual([
      ['aws_s3_bucket.before', 1],
      ['aws_sqs_queue.after', 11]
    ])
    expect(service.roles.map(r => [r.id, r.loc.file, r.loc.line])).toEqual([
      ['aws_iam_role.lambda', 'broken/functions.tf', 12]
    ])
    // The broken functions are reported, not guessed at.
    expect(service.functions).toEqual([])
  })

  it('reports an unterminated string at the line where the file stops parsing', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q\n}\n'
    })
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ file: 'mod/main.tf', code: 'parse-error', line: 1 })
    expect(service.resources).toEqual([])
  })

  it('reports text that is not Terraform at all', async () => {
    const { diagnostics } = await buildFiles({ 'main.tf': 'Some invalid code\n' })
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        message: "syntax error: unexpected 'Some invalid code'"
      })
    ])
  })

  it('reports binary and oversized files instead of reading them', async () => {
    const { diagnostics } = await buildFiles({
      'binary.tf': 'resource "a" "b" {}\u0000\u0001',
      'huge.tf': `# ${'x'.repeat(4 * 1024 * 1024)}\n`
    })
    expect(diagnostics.map(d => [d.file, d.code])).toEqual([
      ['mod/binary.tf', 'parse-error'],
      ['mod/huge.tf', 'file-too-large']
    ])
  })

  it('says the Terraform reader has a fixed size limit, with the file size, like the max-file-size error', async () => {
    const text = `# ${'x'.repeat(4 * 1024 * 1024)}\n`
    const { diagnostics } = await buildFiles({ 'huge.tf': text })
    expect(diagnostics).toEqual([
      {
        file: 'mod/huge.tf',
        line: 1,
        column: 1,
        severity: 'error',
        code: 'file-too-large',
        message: `not read: its 4194307 characters (4.0 MiB) are over the Terraform reader's fixed limit of 4194304 characters per .tf file; no setting raises it (\`max-file-size\` does not), so the result is error: split it into .tf files under that size to have it checked`
      }
    ])
  })

  it('warns about a policy heredoc that is not valid JSON, at its line', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'resource "aws_iam_role" "r" {',
        '  assume_role_policy = <<EOF',
        '{ "Statement": [ }',
        'EOF',
        '}'
      ].join('\n')
    })
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-policy-json', severity: 'warning', line: 3 })
    ])
    expect(service.roles[0]?.trustPolicy).toBeUndefined()
  })

  it.each([
    ['braces', '{'.repeat(50_000)],
    ['interpolations', 'a = "${'.repeat(5_000)],
    ['heredocs', 'a = <<EOF\n'.repeat(5_000)],
    ['garbage', Array.from({ length: 60_000 }, (_, i) => '{[("$%<'[i % 8]).join('')],
    ['blocks', 'resource "aws_sqs_queue" "q" {\n  name = "q\n}\n'.repeat(2_000)]
  ])(
    'gives up on deliberately broken input with a bounded list of errors: %s',
    async (_name, text) => {
      // The parser gives up on broken input after its time budget; one that did not would hang
      // past this test's timeout. How fast it gives up is a benchmark's business, not this test's.
      const { diagnostics } = await buildFiles({ 'main.tf': text })
      expect(diagnostics.length).toBeGreaterThan(0)
      expect(diagnostics.length).toBeLessThanOrEqual(20)
      expect(diagnostics.every(d => d.code === 'parse-error' || d.code === 'parse-timeout')).toBe(
        true
      )
    },
    20_000
  )

  it('is an error when a large value spends the budget that a later literal needed', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'locals {',
        `  big  = [${Array(510_000).fill('1').join(',')}]`,
        '  auth = "NONE"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  layers = local.big',
        '}',
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "f"',
        '  authorization_type = local.auth',
        '}'
      ].join('\n')
    })
    expect(service.endpoints[0]?.auth).toMatchObject({ type: 'unknown' })
    expect(diagnostics).toMatchObject([{ code: 'values-too-large', severity: 'error', line: 6 }])
  })

  it('keeps absurd nesting and exponential locals symbolic instead of exhausting the stack or memory, and says so', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'locals {',
        ...Array.from(
          { length: 40 },
          (_, i) => `  l${i + 1} = [local.l${i}, local.l${i}, local.l${i}]`
        ),
        ...Array.from({ length: 40 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`),
        '  l0 = "x"',
        '  s0 = "xx"',
        '}',
        'resource "aws_sqs_queue" "q" {',
        '  name   = local.s40',
        '  policy = jsonencode(local.l40)',
        `  deep   = ${'['.repeat(20_000)}${']'.repeat(20_000)}`,
        '}'
      ].join('\n')
    })
    // Values past the folder's budget are not checked: an error, once, where the budget ran out;
    // nesting past what is read is an error where it starts, and so is each chain of locals where
    // it is cut.
    expect(diagnostics).toMatchObject([
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf', line: 88, column: 77 },
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf', line: 65, column: 3 },
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf', line: 25, column: 3 },
      { code: 'values-too-large', severity: 'error', file: 'mod/main.tf', line: 37 }
    ])
    const queue = service.rawResources.find(r => r.id === 'aws_sqs_queue.q')?.properties
    expect(get(queue, 'name')).toMatchObject({ kind: 'symbolic', expr: 'local.s40' })
    expect(get(queue, 'policy')).toMatchObject({ kind: 'symbolic' })
    // Nesting is followed to a depth, then the rest stays symbolic.
    let deep = get(queue, 'deep')
    let depth = 0
    while (deep?.kind === 'list') {
      deep = deep.items[0]
      depth++
    }
    expect(depth).toBeGreaterThan(50)
    expect(deep).toMatchObject({ kind: 'symbolic' })
  })

  it('reads an argument in parentheses a hundred deep as an error there, not as a value it cannot know', async () => {
    const open = '('.repeat(100)
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "f"',
        `  authorization_type = ${open}"NONE"${')'.repeat(100)}`,
        '}'
      ].join('\n')
    })
    expect(diagnostics).toMatchObject([
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf', line: 3, column: 89 }
    ])
    expect(service.rawResources.map(r => r.id)).toEqual(['aws_lambda_function_url.u'])
  })

  it('reads a .tf.json template nested past what is read as an error at its string, once', async () => {
    const deep = `\${${'('.repeat(100)}"NONE"${')'.repeat(100)}}`
    const url = (name: string) => ({ function_name: name, authorization_type: deep })
    const json = { resource: { aws_lambda_function_url: { u: url('f'), v: url('g') } } }
    const { diagnostics } = await buildFiles({
      'main.tf.json': JSON.stringify(json, null, 2)
    })
    expect(diagnostics).toMatchObject([
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf.json', line: 6 },
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf.json', line: 10 }
    ])
  })

  it('reads a long chain of && as one expression: no nesting error, every reference kept in order', async () => {
    const names = Array.from({ length: 2_000 }, (_, i) => `var.v${i}`)
    const { service, diagnostics } = await buildFiles({
      'main.tf': `resource "test_chain" "c" {\n  x = ${names.join(' && ')}\n}\n`
    })
    expect(diagnostics).toEqual([])
    const x = get(service.rawResources[0]?.properties, 'x')
    expect(x).toMatchObject({ kind: 'symbolic', refs: names })
  })

  it('reads a chain of locals to its end up to a depth, and past it is an error where it is cut', async () => {
    const chain = (n: number) =>
      [
        'locals {',
        ...Array.from({ length: n }, (_, i) => `  a${i} = local.a${i + 1}`),
        `  a${n} = "NONE"`,
        '}',
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "f"',
        '  authorization_type = local.a0',
        '}'
      ].join('\n')
    const short = await buildFiles({ 'main.tf': chain(15) })
    expect(short.diagnostics).toEqual([])
    expect(get(short.service.rawResources[0]?.properties, 'authorization_type')).toMatchObject({
      value: 'NONE'
    })
    const long = await buildFiles({ 'main.tf': chain(100) })
    expect(long.diagnostics).toMatchObject([
      { code: 'too-deep', severity: 'error', file: 'mod/main.tf', line: 18, column: 3 }
    ])
    expect(long.diagnostics[0]?.message).toMatch(/^local\.a16 is reached through more than 16/)
  })

  it('survives deeply nested blocks and long chains of locals', async () => {
    const n = 5_000
    const { service, diagnostics } = await buildFiles({
      'blocks.tf': `resource "test_deep" "d" {\n${'x {\n'.repeat(n)}${'}\n'.repeat(n)}}\n`,
      'locals.tf': [
        'locals {',
        ...Array.from({ length: n }, (_, i) => `  l${i} = [local.l${i + 1}]`),
        `  l${n} = "end"`,
        '}',
        'resource "test_chain" "c" {',
        '  x = local.l0',
        '}'
      ].join('\n')
    })
    // Blocks past the depth read are an error at the first one left out, once; the chain of locals
    // is an error at the local where it is cut.
    expect(diagnostics).toEqual([
      {
        file: 'mod/blocks.tf',
        line: 33,
        column: 1,
        message:
          'nested more than 64 expressions or 32 blocks deep: what is inside is not read (no real configuration nests this deep)',
        code: 'too-deep',
        severity: 'error'
      },
      {
        file: 'mod/locals.tf',
        line: 18,
        column: 3,
        message:
          'local.l16 is reached through more than 16 other locals: its value is not resolved, and what uses it is not checked',
        code: 'too-deep',
        severity: 'error'
      }
    ])
    expect(service.rawResources.map(r => r.id)).toEqual(['test_deep.d', 'test_chain.c'])
    const chain = service.rawResources[1]?.properties
    expect(JSON.stringify(toPlain(get(chain, 'x')))).toMatch(/^\[\[\[.*"local\.l\d+".*\]\]\]$/)
  })
})
