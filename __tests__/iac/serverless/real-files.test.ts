import { describe, expect, it } from '@jest/globals'
import { buildDir, byId, symbolicOf } from './helpers.js'

// Real serverless.yml files from public repositories (see fixtures/iac/serverless/real/SOURCES.md).
const real = (name: string) => buildDir(`real/${name}`)

const actionsOf = (role: {
  policies: { document?: { statements: { actions: { value: unknown }[] }[] } }[]
}) =>
  role.policies.flatMap(p => p.document?.statements.flatMap(s => s.actions.map(a => a.value)) ?? [])

describe('real Serverless files', () => {
  it('serverless-stack-demo-api: v1 iamRoleStatements, aws_iam endpoints, resources from files', async () => {
    const { service, diagnostics } = await real('serverless-stack-demo-api')
    expect(service.name).toBe('notes-app-2-api')
    expect(service.functions.map(f => f.id)).toEqual([
      'create',
      'get',
      'list',
      'update',
      'delete',
      'billing'
    ])
    const create = byId(service.functions, 'create')
    expect(create.runtime).toMatchObject({ value: 'nodejs12.x', loc: { line: 21 } })
    expect(create.roleId).toBe('IamRoleLambdaExecution')
    const env = Object.fromEntries(create.environment.map(v => [v.name, v]))
    // custom.stage is `${opt:stage, self:provider.stage}`: provider.stage is dev.
    expect(env.tableName).toMatchObject({
      origin: 'shared',
      value: { value: 'dev-notes' },
      loc: { line: 28 }
    })
    expect(symbolicOf(env.stripeSecretKey?.value)).toMatchObject({
      fn: 'env',
      expr: '${env:STRIPE_SECRET_KEY}'
    })
    const role = byId(service.roles, 'IamRoleLambdaExecution')
    expect(role.loc.line).toBe(31)
    expect(actionsOf(role)).toContain('dynamodb:DeleteItem')
    expect(service.endpoints).toHaveLength(6)
    for (const e of service.endpoints) {
      expect(e.auth.type).toBe('iam')
      expect(e.cors?.allowOrigins.map(o => o.value)).toEqual(['*'])
    }
    expect(byId(service.endpoints, 'ApiGatewayRestApi POST /billing').auth.loc?.line).toBe(120)
    // Two of the five included resource files are in the repository; three are not.
    expect(service.files).toEqual([
      'serverless.yml',
      'resources/api-gateway-errors.yml',
      'resources/cognito-identity-pool.yml'
    ])
    expect(diagnostics.map(d => [d.code, d.line])).toEqual([
      ['unresolved-include', 127],
      ['unresolved-include', 129],
      ['unresolved-include', 131]
    ])
    expect(byId(service.rawResources, 'CognitoAuthRole').loc).toMatchObject({
      file: 'resources/cognito-identity-pool.yml',
      line: 28
    })
    expect(byId(service.roles, 'CognitoAuthRole').policies.length).toBeGreaterThan(0)
    const pool = byId(service.rawResources, 'CognitoIdentityPool').properties
    expect(pool?.kind === 'map' && pool.entries.get('IdentityPoolName')?.value).toMatchObject({
      value: 'devIdentityPool'
    })
  })

  it('lambda-sqs-sls: v3 provider.iam statements with variables inside Fn::Sub', async () => {
    const { service, diagnostics } = await real('lambda-sqs-sls')
    expect(diagnostics).toEqual([])
    const role = byId(service.roles, 'IamRoleLambdaExecution')
    const statement = role.policies[0]?.document?.statements[0]
    expect(statement?.actions.map(a => a.value)).toEqual(['sqs:SendMessage', 'sqs:GetQueueUrl'])
    expect(symbolicOf(statement?.resources[0])).toMatchObject({
      fn: 'Fn::Sub',
      expr: '!Sub arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:LambdaSqsSlsQueue'
    })
    const fn = byId(service.functions, 'lambda-sqs-sls')
    expect(fn.roleId).toBe('IamRoleLambdaExecution')
    expect(fn.environment[0]).toMatchObject({
      name: 'QUEUE_NAME',
      value: { value: 'LambdaSqsSlsQueue' }
    })
    expect(byId(service.resources, 'sqsQueue')).toMatchObject({ kind: 'queue', loc: { line: 30 } })
  })

  it('passwordless-magic-links: per-function roles of the plugin, resources linked to functions', async () => {
    const { service, diagnostics } = await real('passwordless-magic-links-cognito-demo')
    expect(diagnostics).toEqual([])
    expect(service.roles.map(r => r.id)).toEqual([
      'IamRoleLambdaExecution',
      'logInIamRole',
      'verifyAuthChallengeResponseIamRole'
    ])
    expect(byId(service.functions, 'logIn').roleId).toBe('logInIamRole')
    expect(byId(service.functions, 'preSignUp').roleId).toBe('IamRoleLambdaExecution')
    const logIn = byId(service.roles, 'logInIamRole')
    expect(actionsOf(logIn)).toEqual([
      'ses:SendEmail',
      'kms:Encrypt',
      'cognito-idp:AdminUpdateUserAttributes'
    ])
    expect(symbolicOf(logIn.policies[0]?.document?.statements[0]?.resources[0])).toMatchObject({
      expr: '!Sub arn:aws:ses:${AWS::Region}:${AWS::AccountId}:identity/appsyncmasterclass.com'
    })
    // iamRoleStatementsName uses ${sls:stage}, decided when deploying.
    expect(
      symbolicOf(byId(service.roles, 'verifyAuthChallengeResponseIamRole').name)
    ).toMatchObject({ fn: 'sls' })
    const env = byId(service.functions, 'logIn').environment
    expect(env[0]).toMatchObject({
      name: 'SES_FROM_ADDRESS',
      value: { value: 'noreply@appsyncmasterclass.com' }
    })
    expect(byId(service.endpoints, 'ApiGatewayRestApi POST /login').auth).toEqual({ type: 'none' })
    expect(byId(service.permissions, 'UserPoolPreSignUpLambdaPermission').functionId).toBe(
      'preSignUp'
    )
    expect(byId(service.resources, 'EncryptionKey')).toMatchObject({
      kind: 'kms-key',
      attributes: { keyRotation: { value: true } }
    })
  })

  it('http-api: httpApi routes without authorizers are public', async () => {
    const { service, diagnostics } = await real('http-api')
    expect(diagnostics).toEqual([])
    expect(service.endpoints.map(e => [e.id, e.auth.type, e.loc.line])).toEqual([
      ['HttpApi GET /foo', 'none', 16],
      ['HttpApi POST /some-post', 'none', 19],
      ['HttpApi GET /bar/{marko}', 'none', 26]
    ])
    expect(byId(service.functions, 'foo').logRetentionDays).toMatchObject({
      value: 14,
      loc: { line: 9 }
    })
    expect(byId(service.resources, 'HttpApiStage').attributes.apiId).toBe('HttpApi')
  })

  it('auth0-cognito-custom-authorizers-api: a public and a lambda-authorized endpoint', async () => {
    const { service } = await real('auth0-cognito-custom-authorizers-api')
    const open = byId(service.endpoints, 'ApiGatewayRestApi GET /api/public')
    const closed = byId(service.endpoints, 'ApiGatewayRestApi GET /api/private')
    expect(open.auth).toEqual({ type: 'none' })
    expect(open.cors?.allowOrigins).toEqual([
      expect.objectContaining({ value: '*', loc: expect.objectContaining({ line: 18 }) })
    ])
    expect(closed.auth).toMatchObject({
      type: 'lambda',
      authorizer: { value: 'auth', loc: { line: 27 } }
    })
    expect(closed.cors?.allowOrigins.map(o => o.loc.line)).toEqual([30])
  })

  it('lambda-function-url-sls: url: true is a public function URL', async () => {
    const { service } = await real('lambda-function-url-sls')
    const fn = byId(service.functions, 'hellolambda')
    expect(fn.url?.authType).toMatchObject({ value: 'NONE', loc: { line: 29 } })
    expect(fn.memorySize).toMatchObject({ value: 256, loc: { line: 11 } })
    expect(fn.architectures[0]).toMatchObject({ value: 'arm64', loc: { line: 8 } })
    // `Runtime:` (capitalised) is not a framework setting and is not read.
    expect(fn.runtime).toBeUndefined()
    expect(fn.codePath?.value).toBe('src')
    expect(byId(service.endpoints, 'HellolambdaLambdaFunctionUrl').auth).toMatchObject({
      type: 'none',
      loc: { line: 29 }
    })
  })

  it('lambda-vpc-secrets-sls: functions from a missing file, roles from a present one', async () => {
    const { service, diagnostics } = await real('lambda-vpc-secrets-sls')
    expect(service.functions).toEqual([])
    expect(diagnostics.map(d => [d.code, d.line])).toEqual([
      ['unresolved-include', 26],
      ['unresolved-include', 30],
      ['unresolved-include', 31]
    ])
    const role = byId(service.roles, 'VpcLambdaExecutionRole')
    expect(role.loc).toMatchObject({ file: 'serverless-resources/iam-roles.yaml', line: 2 })
    // RoleName: VpcExampleLambdaRole-${opt:stage, self:provider.stage}, provider.stage defaults to dev.
    expect(role.name?.value).toBe('VpcExampleLambdaRole-dev')
  })

  it('checkov AdminPolicyDocument func_level: function statements without the plugin are ignored, v1 service.name', async () => {
    const { service, diagnostics } = await real('checkov-admin-policy-func-level')
    const fn = byId(service.functions, 'myFunc')
    // `plugins` does not list serverless-iam-roles-per-function: the framework deploys the
    // provider's role for myFunc and ignores its own statements.
    expect(fn.roleId).toBe('IamRoleLambdaExecution')
    expect(service.roles.map(r => r.id)).toEqual(['IamRoleLambdaExecution'])
    expect(fn.ignoredRoleStatements).toMatchObject({ line: 23 })
    expect(diagnostics).toEqual([])
  })
})
