import { describe, expect, it } from '@jest/globals'
import {
  statementCoversRoute,
  statementDeniesRoute
} from '../../src/policy/rules/lib/execute-api-routes.js'
import type { Endpoint, PolicyStatement } from '../../src/model/types.js'
import type { SymbolicValue } from '../../src/model/value.js'

const loc = { file: 'template.yaml', line: 1, column: 1 }
const route = (method: string, path: string): Endpoint =>
  ({
    id: `${method} ${path}`,
    kind: 'rest',
    method: { value: method, loc },
    path: { value: path, loc },
    functionIds: [],
    auth: { type: 'none' },
    loc
  }) as unknown as Endpoint
const statement = (...resources: (string | SymbolicValue)[]): PolicyStatement => ({
  effect: { value: 'Allow', loc },
  actions: [{ value: 'execute-api:Invoke', loc }],
  notActions: [],
  resources: resources.map(value => ({ value, loc }) as PolicyStatement['resources'][number]),
  notResources: [],
  principals: [],
  notPrincipals: [],
  loc
})
const sub = (template: string): SymbolicValue => ({
  kind: 'symbolic',
  fn: 'Fn::Sub',
  expr: `!Sub ${template}`,
  refs: [],
  args: { kind: 'scalar', value: template, loc },
  loc
})
const terraform = (expr: string): SymbolicValue => ({
  kind: 'symbolic',
  fn: 'template',
  expr,
  refs: [],
  loc
})

describe('which routes an execute-api Resource covers', () => {
  it.each([
    ['execute-api:/*', 'GET', '/orders', 'match'],
    ['execute-api:/*/*/*', 'DELETE', '/orders/{id}', 'match'],
    ['execute-api:/*/GET/public', 'GET', '/public', 'match'],
    ['execute-api:/*/GET/public', 'POST', '/public', 'none'],
    ['execute-api:/*/GET/public', 'GET', '/admin', 'none'],
    ['execute-api:/prod/GET/public/*', 'GET', '/public', 'none'],
    ['execute-api:/prod/GET/public/*', 'GET', '/public/{id}', 'match'],
    ['execute-api:/*/GET/items/abc', 'GET', '/items/{id}', 'match'],
    ['execute-api:/*/GET/items/abc', 'GET', '/items/{id}/parts', 'none'],
    ['execute-api:/*/GET/public', 'ANY', '/public', 'match'],
    ['execute-api:/*/GET/', 'GET', '/', 'match'],
    ['arn:aws:execute-api:us-east-1:123456789012:a1b2c3/*/GET/public', 'GET', '/public', 'match'],
    ['arn:aws:execute-api:us-east-1:123456789012:a1b2c3/*/GET/public', 'GET', '/other', 'none'],
    ['arn:aws:execute-api:*:*:*', 'PUT', '/anything', 'match'],
    ['*', 'PUT', '/anything', 'match'],
    ['arn:aws:s3:::bucket/*', 'GET', '/public', 'none']
  ])('%s, %s %s: %s', (resource, method, path, expected) => {
    expect(statementCoversRoute(statement(resource), route(method, path))).toBe(expected)
  })

  it('reads !Sub and Terraform templates, undecided where the route part is an expression', () => {
    const get = route('GET', '/public')
    const arn = 'arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}'
    expect(statementCoversRoute(statement(sub(`${arn}/*/GET/public`)), get)).toBe('match')
    expect(statementCoversRoute(statement(sub(`${arn}/*/POST/public`)), get)).toBe('none')
    expect(statementCoversRoute(statement(sub('execute-api:/*/GET/${Path}')), get)).toBe('unknown')
    const tf = '"${aws_api_gateway_rest_api.api.execution_arn}/*/GET/admin"'
    expect(statementCoversRoute(statement(terraform(tf)), get)).toBe('none')
    expect(statementCoversRoute(statement(terraform(tf)), route('GET', '/admin'))).toBe('match')
  })

  it('takes a NotResource statement as covering the routes none of its resources touch', () => {
    const st = { ...statement(), notResources: [{ value: 'execute-api:/*/*/admin', loc }] }
    expect(statementCoversRoute(st, route('GET', '/public'))).toBe('match')
    expect(statementCoversRoute(st, route('GET', '/admin'))).toBe('unknown')
  })
})

describe('which routes an unconditioned Deny to everyone shuts', () => {
  const deny = (resource: string, extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
    ...statement(resource),
    effect: { value: 'Deny', loc },
    principals: [{ type: '*', value: { value: '*', loc } }],
    ...extra
  })
  it.each([
    ['execute-api:/*/*/admin', 'GET', '/admin', true],
    ['execute-api:/*/GET/admin', 'ANY', '/admin', false],
    ['execute-api:/prod/GET/admin', 'GET', '/admin', false],
    ['execute-api:/*/GET/items/abc', 'GET', '/items/{id}', false],
    ['execute-api:/*/GET/items/*', 'GET', '/items/{id}', true],
    ['execute-api:/*/GET/admin', 'GET', '/public', false]
  ])('%s, %s %s: %s', (resource, method, path, expected) => {
    expect(statementDeniesRoute(deny(resource), route(method, path))).toBe(expected)
  })

  it('takes no conditioned Deny as shutting the route', () => {
    const condition = { kind: 'map', entries: new Map(), loc } as PolicyStatement['condition']
    expect(statementDeniesRoute(deny('execute-api:/*', { condition }), route('GET', '/a'))).toBe(
      false
    )
  })

  it('reads a hostile Resource of any length without exhausting the stack, and leaves it undecided', () => {
    const stars = `execute-api:/${'*'.repeat(200_000)}`
    const literal = `execute-api:/*/GET/${'a'.repeat(200_000)}`
    expect(statementCoversRoute(statement(stars), route('GET', '/items'))).toBe('unknown')
    expect(statementCoversRoute(statement(literal), route('GET', '/{proxy+}'))).toBe('unknown')
    // Long enough to be read, long enough to have overflowed a recursive match.
    const long = `execute-api:/*/GET/${'*'.repeat(4_000)}`
    expect(statementCoversRoute(statement(long), route('GET', '/items'))).toBe('match')
  })
})
