import { describe, expect, it } from '@jest/globals'
import { buildFiles, byId, shown } from './support.js'

/** A function writing its logs to `logGroup` (an expression as written). */
function functionLoggingTo(name: string, logGroup: string): string[] {
  return [
    `resource "aws_lambda_function" "${name}" {`,
    `  function_name = "${name}"`,
    '  logging_config {',
    '    log_format = "JSON"',
    `    log_group  = ${logGroup}`,
    '  }',
    '}'
  ]
}

describe('Terraform function logging_config', () => {
  it('takes the log retention of the group the function logs to', async () => {
    const { service, diagnostics } = await buildFiles({
      'logs.tf': [
        'resource "aws_cloudwatch_log_group" "orders" {', // 1
        '  name              = "orders-logs"', // 2
        '  retention_in_days = 30', // 3
        '}', // 4
        'resource "aws_cloudwatch_log_group" "shared" {', // 5
        '  name              = "/platform/shared"', // 6
        '  retention_in_days = 90', // 7
        '}' // 8
      ].join('\n'),
      'main.tf': [
        ...functionLoggingTo('orders', 'aws_cloudwatch_log_group.orders.name'),
        ...functionLoggingTo('reports', '"/platform/shared"'),
        ...functionLoggingTo('elsewhere', 'var.log_group')
      ].join('\n')
    })
    expect(diagnostics).toEqual([])
    const orders = byId(service.functions, 'aws_lambda_function.orders')
    expect(orders.logRetentionDays).toMatchObject({
      value: 30,
      loc: { file: 'mod/logs.tf', line: 3 }
    })
    expect(shown(byId(service.functions, 'aws_lambda_function.reports').logRetentionDays)).toBe(90)
    // A group that is not in the folder: its retention is not known.
    expect(
      byId(service.functions, 'aws_lambda_function.elsewhere').logRetentionDays
    ).toBeUndefined()
  })

  it('prefers the configured group over the default /aws/lambda/<name> group', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        'resource "aws_cloudwatch_log_group" "default" {',
        '  name              = "/aws/lambda/orders"',
        '  retention_in_days = 14',
        '}',
        'resource "aws_cloudwatch_log_group" "custom" {',
        '  name = "orders-custom"',
        '}',
        ...functionLoggingTo('orders', 'aws_cloudwatch_log_group.custom.name')
      ].join('\n')
    })
    // The function writes to a group that keeps logs forever, not to the one with retention.
    expect(byId(service.functions, 'aws_lambda_function.orders').logRetentionDays).toBeUndefined()
  })
})
