import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { adminFunction, markedSteps, pathFindings, stepsOf } from './fixtures.js'

/**
 * A Cognito identity pool that allows unauthenticated identities gives anyone credentials for its
 * unauthenticated role: when that role may invoke a function, anyone on the internet can.
 */
const paths = pathFindings

/** An identity pool (guests allowed or not) whose unauthenticated role's one statement is `grant`. */
function guestPool(guests: string, grant: string): string {
  return `  Visitors:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: ${guests} # step: entry
  VisitorRoles:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Visitors
      Roles:
        unauthenticated: !GetAtt GuestRole.Arn
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
      Policies:
        - PolicyName: guests
          PolicyDocument:
            Statement:
              - Effect: Allow
                ${grant}
`
}

function cloudformation(opts: { guests?: string; invoke?: string; condition?: boolean } = {}) {
  const condition = opts.condition
    ? "\n                Condition: { StringEquals: { 'aws:PrincipalTag/tier': gold } }"
    : ''
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
${guestPool(
  opts.guests ?? 'true',
  `Action: ${opts.invoke ?? 'lambda:InvokeFunction'}
                Resource: !GetAtt Admin.Arn${condition}`
)}${adminFunction('Admin')}`
}

const TERRAFORM = `resource "aws_cognito_identity_pool" "visitors" {
  identity_pool_name               = "visitors"
  allow_unauthenticated_identities = true # step: entry
}

resource "aws_cognito_identity_pool_roles_attachment" "visitors" {
  identity_pool_id = aws_cognito_identity_pool.visitors.id
  roles = {
    unauthenticated = aws_iam_role.guest.arn
  }
}

resource "aws_iam_role" "guest" {
  name               = "guest"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = "cognito-identity.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "guest" {
  role = aws_iam_role.guest.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "lambda:*", Resource = "*" }]
  })
}

resource "aws_iam_role" "reports" {
  name               = "reports"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "reports" {
  role = aws_iam_role.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "secretsmanager:GetSecretValue" # step: grant
      Resource = "*"
    }]
  })
}

resource "aws_lambda_function" "reports" { # step: function
  function_name = "reports"
  role          = aws_iam_role.reports.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  s3_bucket     = "artifacts"
  s3_key        = "reports.zip"
}
`

/** The Amplify pattern: an API that accepts IAM, and a guest role that may call it. */
function samIamApi(opts: { auth?: string; url?: boolean } = {}): string {
  const events = opts.url
    ? `      FunctionUrlConfig:
        AuthType: AWS_IAM`
    : `      Events:
        Get:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /reports
            Method: get`
  const grant = opts.url
    ? `Action: lambda:InvokeFunctionUrl
                Resource: !GetAtt Reports.Arn`
    : `Action: execute-api:Invoke
                Resource: !Sub 'arn:aws:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${Api}/*'`
  return `Transform: AWS::Serverless-2016-10-31
Resources:
${guestPool('true', grant)}  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: ${opts.auth ?? 'AWS_IAM'}
        Authorizers:
          Users:
            UserPoolArn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc
  Reports: # step: function
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      InlineCode: x
      Policies:
        - AdministratorAccess # step: grant
${events}
`
}

describe('guests of an identity pool whose role may invoke a function', () => {
  it('CloudFormation: anyone on the internet can invoke an administrator function', async () => {
    const files = { 'template.yaml': cloudformation() }
    const found = paths(await scanFiles(files))
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([
      ['path-public-admin-function', 'critical']
    ])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
    expect(found[0]?.message).toContain('unauthenticated identities of identity pool `Visitors`')
  })

  it('Terraform: a guest role with lambda:* on * reaches a function that reads every secret', async () => {
    const files = { 'main.tf': TERRAFORM }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-secrets-reader'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it.each([
    ['the pool allows no guests', { guests: 'false' }],
    ['the guest role may only read the function', { invoke: 'lambda:GetFunction' }],
    ['a condition may narrow the grant', { condition: true }]
  ])('no path when %s', async (_name, opts) => {
    expect(paths(await scanFiles({ 'template.yaml': cloudformation(opts) }))).toEqual([])
  })

  it('SAM: a guest role that may call an API accepting IAM reaches the functions behind it', async () => {
    const files = { 'template.yaml': samIamApi() }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-admin-function'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
    expect(found[0]?.message).toContain('its unauthenticated role may `execute-api:Invoke`')
  })

  it('SAM: a guest role that may call a function URL accepting IAM reaches the function', async () => {
    const files = { 'template.yaml': samIamApi({ url: true }) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-admin-function'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('no path when the API asks for a user pool sign-in, which guest credentials do not pass', async () => {
    expect(paths(await scanFiles({ 'template.yaml': samIamApi({ auth: 'Users' }) }))).toEqual([])
  })

  it('in a pull request that allows guests, the path is new at that setting', async () => {
    const base = { 'template.yaml': cloudformation({ guests: 'false' }) }
    const head = { 'template.yaml': cloudformation() }
    const found = paths(await scanFiles(head, base))
    expect(found.map(f => [f.status, `${f.location.file}:${f.location.line}`])).toEqual([
      ['new', markedSteps(head).entry]
    ])
    expect(found[0]?.message).toContain(
      'this change adds unauthenticated identities of identity pool `Visitors`'
    )
  })
})
