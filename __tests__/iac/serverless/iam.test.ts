import { describe, expect, it } from '@jest/globals'
import { buildText, byId, lines, symbolicOf } from './helpers.js'

describe('Serverless IAM', () => {
  it('reads v3 provider.iam.role: statements, managed policies, boundary, name', async () => {
    const { service } = await buildText(
      lines(
        'service: shop', // 1
        'provider:', // 2
        '  name: aws', // 3
        '  iam:', // 4
        '    role:', // 5
        '      name: shop-role', // 6
        '      statements:', // 7
        '        - Effect: Allow', // 8
        '          Action: [dynamodb:GetItem, dynamodb:PutItem]', // 9
        '          Resource: !GetAtt Orders.Arn', // 10
        '        - Effect: Allow', // 11
        "          Action: 's3:*'", // 12
        "          Resource: '*'", // 13
        '      managedPolicies:', // 14
        '        - arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess', // 15
        '        - arn:aws:iam::123456789012:policy/extra', // 16
        '      permissionsBoundary: arn:aws:iam::123456789012:policy/boundary', // 17
        'functions:', // 18
        '  a:', // 19
        '    handler: a.handler', // 20
        '  b:', // 21
        '    handler: b.handler' // 22
      )
    )
    expect(service.roles.map(r => r.id)).toEqual(['IamRoleLambdaExecution'])
    const role = byId(service.roles, 'IamRoleLambdaExecution')
    expect(role).toMatchObject({
      generatedBy: 'serverless',
      name: { value: 'shop-role', loc: { line: 6 } },
      permissionsBoundary: {
        value: 'arn:aws:iam::123456789012:policy/boundary',
        loc: { line: 17 }
      },
      loc: { line: 5 }
    })
    expect(role.trustPolicy?.statements[0]?.principals).toEqual([
      { type: 'Service', value: expect.objectContaining({ value: 'lambda.amazonaws.com' }) }
    ])
    const [inline, awsManaged, external] = role.policies
    expect(inline).toMatchObject({ kind: 'inline', loc: { line: 7 } })
    const statements = inline?.document?.statements ?? []
    expect(statements.map(s => [s.loc.line, s.actions.map(a => a.value)])).toEqual([
      [8, ['dynamodb:GetItem', 'dynamodb:PutItem']],
      [11, ['s3:*']]
    ])
    expect(symbolicOf(statements[0]?.resources[0])).toMatchObject({
      fn: 'Fn::GetAtt',
      refs: ['Orders']
    })
    expect(statements[1]?.resources[0]).toMatchObject({ value: '*', loc: { line: 13 } })
    expect(awsManaged).toMatchObject({ kind: 'aws-managed', arn: { loc: { line: 15 } } })
    expect(external).toMatchObject({
      kind: 'external',
      arn: { value: 'arn:aws:iam::123456789012:policy/extra' }
    })
    expect(service.functions.map(f => f.roleId)).toEqual([
      'IamRoleLambdaExecution',
      'IamRoleLambdaExecution'
    ])
  })

  it('reads legacy provider.iamRoleStatements and iamManagedPolicies (v1/v2)', async () => {
    const { service } = await buildText(
      lines(
        'service: legacy', // 1
        'provider:', // 2
        '  name: aws', // 3
        '  iamRoleStatements:', // 4
        '    - Effect: Allow', // 5
        '      Action: [sqs:SendMessage]', // 6
        '      Resource: arn:aws:sqs:eu-west-1:123456789012:q', // 7
        '  iamManagedPolicies:', // 8
        '    - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', // 9
        'functions:', // 10
        '  a:', // 11
        '    handler: a.handler' // 12
      )
    )
    const role = byId(service.roles, 'IamRoleLambdaExecution')
    expect(role.loc.line).toBe(4)
    expect(role.policies.map(p => [p.id, p.kind, p.loc.line])).toEqual([
      ['IamRoleLambdaExecution:provider.iamRoleStatements', 'inline', 4],
      ['IamRoleLambdaExecution:arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'aws-managed', 9]
    ])
    expect(role.policies[0]?.document?.statements[0]?.resources[0]).toMatchObject({
      value: 'arn:aws:sqs:eu-west-1:123456789012:q',
      loc: { line: 7 }
    })
  })

  it('uses an external role from provider.iam.role or provider.role instead of generating one', async () => {
    const arn = await buildText(
      lines(
        'provider:',
        '  name: aws',
        '  iam:',
        '    role: arn:aws:iam::123456789012:role/shared',
        'functions:',
        '  a:',
        '    handler: a.handler'
      )
    )
    expect(arn.service.roles).toEqual([])
    expect(byId(arn.service.functions, 'a').roleId).toBeUndefined()
    expect(byId(arn.service.functions, 'a').roleRef).toMatchObject({
      value: 'arn:aws:iam::123456789012:role/shared',
      loc: { line: 4 }
    })
    const v1 = await buildText(
      lines(
        'provider:',
        '  name: aws',
        '  role: !GetAtt Shared.Arn',
        'functions:',
        '  a:',
        '    handler: a.handler'
      )
    )
    expect(v1.service.roles).toEqual([])
    expect(symbolicOf(byId(v1.service.functions, 'a').roleRef)).toMatchObject({ fn: 'Fn::GetAtt' })
  })

  it("links a function's own role to a role of resources; others share the generated role", async () => {
    const { service } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        'functions:', // 3
        '  byName:', // 4
        '    handler: a.handler', // 5
        '    role: CustomRole', // 6
        '  byGetAtt:', // 7
        '    handler: b.handler', // 8
        '    role: !GetAtt CustomRole.Arn', // 9
        '  byArn:', // 10
        '    handler: c.handler', // 11
        '    role: arn:aws:iam::123456789012:role/elsewhere', // 12
        '  shared:', // 13
        '    handler: d.handler', // 14
        'resources:', // 15
        '  Resources:', // 16
        '    CustomRole:', // 17
        '      Type: AWS::IAM::Role', // 18
        '      Properties:', // 19
        '        AssumeRolePolicyDocument:', // 20
        '          Statement:', // 21
        '            - Effect: Allow', // 22
        '              Principal: { Service: lambda.amazonaws.com }', // 23
        '              Action: sts:AssumeRole' // 24
      )
    )
    const fn = (id: string) => byId(service.functions, id)
    expect(fn('byName')).toMatchObject({
      roleId: 'CustomRole',
      roleRef: { value: 'CustomRole', loc: { line: 6 } }
    })
    expect(fn('byGetAtt').roleId).toBe('CustomRole')
    expect(fn('byArn').roleId).toBeUndefined()
    expect(fn('shared').roleId).toBe('IamRoleLambdaExecution')
    expect(service.roles.map(r => r.id).sort()).toEqual(['CustomRole', 'IamRoleLambdaExecution'])
  })

  it('gives functions with iamRoleStatements their own role, inheriting provider statements on request', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'plugins:', // 1
        '  - serverless-iam-roles-per-function', // 2
        'custom:', // 3
        '  serverless-iam-roles-per-function:', // 4
        '    defaultInherit: true', // 5
        'provider:', // 6
        '  name: aws', // 7
        '  iam:', // 8
        '    role:', // 9
        '      statements:', // 10
        '        - Effect: Allow', // 11
        '          Action: logs:PutLogEvents', // 12
        "          Resource: '*'", // 13
        'functions:', // 14
        '  inherits:', // 15
        '    handler: a.handler', // 16
        '    iamRoleStatements:', // 17
        '      - Effect: Allow', // 18
        '        Action: s3:GetObject', // 19
        '        Resource: arn:aws:s3:::bucket/*', // 20
        '  alone:', // 21
        '    handler: b.handler', // 22
        '    iamRoleStatementsInherit: false', // 23
        '    iamRoleStatementsName: alone-role', // 24
        '    iamRoleStatements:', // 25
        '      - Effect: Allow', // 26
        '        Action: kms:Decrypt', // 27
        "        Resource: '*'" // 28
      )
    )
    expect(diagnostics).toEqual([])
    expect(service.roles.map(r => r.id)).toEqual(['inheritsIamRole', 'aloneIamRole'])
    expect(byId(service.functions, 'inherits').roleId).toBe('inheritsIamRole')
    const inherits = byId(service.roles, 'inheritsIamRole')
    expect(inherits).toMatchObject({ generatedBy: 'serverless', loc: { line: 17 } })
    const actions = (id: string) =>
      byId(service.roles, id).policies.flatMap(
        p => p.document?.statements.flatMap(s => s.actions.map(a => a.value)) ?? []
      )
    expect(actions('inheritsIamRole')).toEqual(['s3:GetObject', 'logs:PutLogEvents'])
    expect(inherits.policies.map(p => [p.id, p.loc.line])).toEqual([
      ['inheritsIamRole:functions.inherits.iamRoleStatements', 17],
      ['inheritsIamRole:provider.iam.role.statements', 10]
    ])
    expect(actions('aloneIamRole')).toEqual(['kms:Decrypt'])
    expect(byId(service.roles, 'aloneIamRole').name).toMatchObject({
      value: 'alone-role',
      loc: { line: 24 }
    })
  })

  it('copies the service role for the plugin: no managed policies, the provider boundary kept', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'plugins:', // 1
        '  - serverless-iam-roles-per-function', // 2
        'provider:', // 3
        '  name: aws', // 4
        '  iam:', // 5
        '    role:', // 6
        '      permissionsBoundary: arn:aws:iam::123456789012:policy/boundary', // 7
        '      managedPolicies:', // 8
        '        - arn:aws:iam::aws:policy/AdministratorAccess', // 9
        '  iamRoleStatements:', // 10
        '    - Effect: Allow', // 11
        "      Action: '*'", // 12
        "      Resource: '*'", // 13
        'functions:', // 14
        '  build:', // 15
        '    handler: build.handler', // 16
        '    iamRoleStatementsInherit: true', // 17
        '    iamRoleStatements:', // 18
        '      - Effect: Allow', // 19
        '        Action: s3:GetObject', // 20
        '        Resource: arn:aws:s3:::reports/*' // 21
      )
    )
    expect(diagnostics).toEqual([])
    const role = byId(service.roles, 'buildIamRole')
    // Once `provider.iam` is written the plugin inherits `iam.role.statements` only (none here).
    expect(role.policies.map(p => p.id)).toEqual(['buildIamRole:functions.build.iamRoleStatements'])
    expect(role.permissionsBoundary).toMatchObject({ loc: { line: 7 } })
  })

  it('ignores per-function statements without the plugin listed, as the framework does', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'provider:',
        '  name: aws',
        'functions:',
        '  a:',
        '    handler: a.handler',
        '    iamRoleStatements:',
        '      - Effect: Allow',
        "        Action: '*'",
        "        Resource: '*'"
      )
    )
    const fn = byId(service.functions, 'a')
    // The function runs as the provider's generated role; its own statements are marked ignored.
    expect(fn.roleId).toBe('IamRoleLambdaExecution')
    expect(service.roles.map(r => r.id)).toEqual(['IamRoleLambdaExecution'])
    expect(fn.ignoredRoleStatements).toMatchObject({ line: 6 })
    expect(diagnostics).toEqual([])
  })
})
