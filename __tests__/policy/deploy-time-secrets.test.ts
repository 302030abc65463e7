import { describe, expect, it } from '@jest/globals'
import type { SymbolicValue } from '../../src/model/value.js'
import {
  deployTimeSource,
  isDeployTimeSecret
} from '../../src/policy/rules/lib/deploy-time-secrets.js'

describe('deploy-time secrets', () => {
  const sym = (fn: string, expr: string, refs: string[] = []): SymbolicValue => ({
    kind: 'symbolic',
    fn,
    expr,
    refs,
    loc: { file: 't', line: 1, column: 1 }
  })

  it('knows the secret stores', () => {
    expect(
      deployTimeSource(sym('resolve:secretsmanager', '{{resolve:secretsmanager:db}}'))
    ).toEqual({
      store: 'Secrets Manager',
      secretStore: true
    })
    expect(
      deployTimeSource(sym('resolve:ssm-secure', '{{resolve:ssm-secure:/db}}'))?.secretStore
    ).toBe(true)
    expect(
      deployTimeSource(sym('ssm', '${ssm:/aws/reference/secretsmanager/db}'))?.secretStore
    ).toBe(true)
    expect(deployTimeSource(sym('ssm', '${ssm:/orders/db~true}'))?.secretStore).toBe(true)
    expect(
      deployTimeSource(
        sym('data', 'data.aws_secretsmanager_secret_version.db.secret_string', [
          'data.aws_secretsmanager_secret_version.db'
        ])
      )?.secretStore
    ).toBe(true)
  })

  it('counts plain parameters and the environment only when the name or path says secret', () => {
    const table = sym('ssm', '${ssm:/orders/table-name}')
    const password = sym('ssm', '${ssm:/orders/db-password}')
    const env = sym('env', '${env:STAGE}')
    expect(isDeployTimeSecret('TABLE_NAME', table, deployTimeSource(table)!)).toBe(false)
    expect(isDeployTimeSecret('DB', password, deployTimeSource(password)!)).toBe(true)
    expect(isDeployTimeSecret('DB_PASSWORD', table, deployTimeSource(table)!)).toBe(true)
    expect(isDeployTimeSecret('STAGE', env, deployTimeSource(env)!)).toBe(false)
  })

  it('leaves other expressions alone', () => {
    expect(deployTimeSource(sym('Ref', '!Ref DbPassword', ['DbPassword']))).toBeUndefined()
    expect(deployTimeSource(sym('self', '${self:custom.table}'))).toBeUndefined()
    expect(
      deployTimeSource(
        sym('ref', 'aws_secretsmanager_secret.db.arn', ['aws_secretsmanager_secret.db'])
      )
    ).toBeUndefined()
  })
})
