import { describe, expect, it } from '@jest/globals'
import { constantArithmetic } from '../../../src/iac/terraform/eval/arithmetic.js'
import type { SymbolicValue } from '../../../src/model/value.js'
import { buildFiles, byId, shown } from './support.js'

describe('Terraform arithmetic on literals', () => {
  it.each([
    ['-1', -1],
    ['- 1', -1],
    ['--2', 2],
    ['60 * 5', 300],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['-(2 + 3) % 4', -1],
    ['7 / 2', 3.5],
    ['1.5e3 - 500', 1000],
    ['10 - 2 - 3', 5]
  ])('decides %s', (text, value) => {
    expect(constantArithmetic(text)).toBe(value)
  })

  it.each([
    ['1 / 0', 'no finite value'],
    ['-var.x', 'a reference'],
    ['-length(x)', 'a function call'],
    ['1 + ', 'an incomplete expression'],
    ['(1 + 2', 'an unclosed parenthesis'],
    ['1 2', 'two numbers without an operator'],
    ['+1', 'a unary plus, which Terraform does not have'],
    ['1 == 1', 'a comparison'],
    ['true ? 1 : 2', 'a conditional'],
    [`${'('.repeat(20)}1${')'.repeat(20)}`, 'parentheses nested too deep'],
    [`${'1 + '.repeat(100)}1`, 'a long expression']
  ])('leaves %s undecided (%s)', text => {
    expect(constantArithmetic(text)).toBeUndefined()
  })

  it('reads -1 and other constant arithmetic in a resource as numbers, located', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'resource "aws_lambda_function" "fn" {', // 1
        '  function_name                  = "fn"', // 2
        '  reserved_concurrent_executions = -1', // 3
        '  timeout                        = 60 * 5', // 4
        '  memory_size                    = -var.size', // 5
        '}'
      ].join('\n'),
      'more.tf.json': JSON.stringify({
        resource: { aws_lambda_function: { json: { reserved_concurrent_executions: '${-1}' } } }
      })
    })
    expect(diagnostics).toEqual([])
    const fn = byId(service.functions, 'aws_lambda_function.fn')
    expect(fn.reservedConcurrency).toEqual({
      value: -1,
      loc: {
        file: 'mod/main.tf',
        line: 3,
        column: 3,
        value: { start: { line: 3, column: 36 }, end: { line: 3, column: 38 } }
      }
    })
    expect(shown(fn.timeout)).toBe(300)
    // An operation on a reference stays an expression, with what it refers to.
    expect(fn.memorySize?.value).toMatchObject({
      kind: 'symbolic',
      fn: 'operation',
      expr: '-var.size',
      refs: ['var.size']
    } satisfies Partial<SymbolicValue>)
    expect(shown(byId(service.functions, 'aws_lambda_function.json').reservedConcurrency)).toBe(-1)
  })
})
