import { beforeAll, describe, expect, it } from '@jest/globals'
import { samFormat } from '../../../src/iac/sam/index.js'
import { literal } from '../../../src/model/attr.js'
import type { Service } from '../../../src/model/types.js'
import { buildFixture, byId } from '../cloudformation/fixtures.js'

describe('SAM Globals', () => {
  let service: Service
  beforeAll(async () => {
    const built = await buildFixture(samFormat, 'sam/globals.yaml', {
      file: 'orders/template.yaml'
    })
    expect(built.diagnostics).toEqual([])
    service = built.service
  })

  it('names the service after its folder when the file name is generic', () => {
    expect(service).toMatchObject({
      id: 'orders/template.yaml',
      name: 'orders',
      format: 'sam',
      dir: 'orders'
    })
  })

  it('gives functions the global settings, located at the Globals lines', () => {
    const fn = byId(service.functions, 'DefaultsFunction')
    expect(fn.runtime).toMatchObject({ value: 'python3.11', loc: { line: 5 } })
    expect(fn.timeout).toMatchObject({ value: 10, loc: { line: 6 } })
    expect(fn.tracing).toMatchObject({ value: 'Active', loc: { line: 7 } })
    expect(fn.layers).toMatchObject([{ loc: { line: 9 } }])
    expect(fn.environment.map(e => [e.name, e.value.value, e.origin, e.loc.line])).toEqual([
      ['LOG_LEVEL', 'INFO', 'shared', 12],
      ['SHARED', 'from-globals', 'shared', 13]
    ])
    expect(fn.codePath).toMatchObject({ value: 'src/defaults/', loc: { line: 22 } })
  })

  it('lets local scalars win, merges maps key by key, and concatenates lists global first', () => {
    const fn = byId(service.functions, 'OverrideFunction')
    expect(fn.runtime).toMatchObject({ value: 'python3.12', loc: { line: 28 } })
    expect(fn.timeout?.value).toBe(10)
    expect(fn.layers.map(l => l.loc.line)).toEqual([9, 30])
    expect(fn.layers[1]?.value).toMatchObject({ kind: 'symbolic', refs: ['LocalLayer'] })
    expect(fn.environment.map(e => [e.name, e.value.value, e.origin, e.loc.line])).toEqual([
      ['LOG_LEVEL', 'INFO', 'shared', 12],
      ['SHARED', 'from-function', 'function', 33],
      ['TABLE', 'orders', 'function', 34]
    ])
    expect(fn.vpc?.subnetIds.map(literal)).toEqual(['subnet-global', 'subnet-local'])
    expect(fn.vpc?.securityGroupIds).toMatchObject([{ value: 'sg-global', loc: { line: 15 } }])
  })

  it("honours IgnoreGlobals: '*'", () => {
    const fn = byId(service.functions, 'IgnoreAllFunction')
    expect(fn.runtime).toMatchObject({ value: 'nodejs20.x', loc: { line: 42 } })
    expect(fn.timeout).toBeUndefined()
    expect(fn.tracing).toBeUndefined()
    expect(fn.layers).toEqual([])
    expect(fn.environment).toEqual([])
    expect(fn.vpc).toBeUndefined()
    expect(fn.codePath).toMatchObject({ value: 'inline', loc: { line: 43 } })
  })

  it('honours IgnoreGlobals with a list of properties', () => {
    const fn = byId(service.functions, 'IgnoreSomeFunction')
    expect(fn.layers).toEqual([])
    expect(fn.environment).toEqual([])
    expect(fn.runtime?.value).toBe('python3.11')
    expect(fn.vpc?.subnetIds.map(literal)).toEqual(['subnet-global'])
    expect(fn.codePath).toMatchObject({ value: 'some.zip', loc: { line: 53 } })
  })

  it('generates a role per function, adding X-Ray access when tracing comes from Globals', () => {
    const managed = (id: string) =>
      byId(service.roles, id).policies.map(p =>
        literal(p.arn)?.replace('arn:aws:iam::aws:policy/', '')
      )
    expect(byId(service.functions, 'DefaultsFunction').roleId).toBe('DefaultsFunctionRole')
    expect(managed('DefaultsFunctionRole')).toEqual([
      'service-role/AWSLambdaBasicExecutionRole',
      'AWSXrayWriteOnlyAccess'
    ])
    expect(managed('IgnoreAllFunctionRole')).toEqual(['service-role/AWSLambdaBasicExecutionRole'])
    expect(byId(service.roles, 'DefaultsFunctionRole')).toMatchObject({
      generatedBy: 'sam',
      loc: { line: 18 },
      trustPolicy: {
        statements: [
          { principals: [{ type: 'Service', value: { value: 'lambda.amazonaws.com' } }] }
        ]
      }
    })
  })

  it('reads SAM layers', () => {
    expect(byId(service.resources, 'LocalLayer')).toMatchObject({
      kind: 'layer',
      name: { value: 'local' }
    })
  })
})

describe('SAM Globals keys SAM does not take from their section', () => {
  it('are located warnings, and no resource gets them', async () => {
    const { service, diagnostics } = await buildFixture(samFormat, 'sam/globals-unsupported.yaml')
    expect(diagnostics.map(d => [d.line, d.code, d.severity])).toEqual([
      [7, 'sam-globals-unsupported', 'warning'],
      [9, 'sam-globals-unsupported', 'warning'],
      [21, 'sam-globals-unsupported', 'warning']
    ])
    expect(diagnostics[0]?.message).toContain(
      'Policies is not a property SAM takes from Globals.Function'
    )
    const fn = byId(service.functions, 'Worker')
    expect(fn.runtime).toMatchObject({ value: 'python3.12', loc: { line: 6 } })
    expect(fn.triggers).toEqual([])
    expect(service.endpoints).toEqual([])
    const policies = byId(service.roles, 'WorkerRole').policies.map(p => literal(p.arn))
    expect(policies).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'])
  })
})
