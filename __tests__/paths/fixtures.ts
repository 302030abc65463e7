import type { ClassifiedFinding } from '../../src/diff/findings.js'

/** The attack-path findings of a scan. */
export const pathFindings = (r: { findings: ClassifiedFinding[] }): ClassifiedFinding[] =>
  r.findings.filter(f => f.path)

/** A path's steps by kind, as `file:line`. */
export const stepsOf = (f: ClassifiedFinding | undefined): Record<string, string> =>
  Object.fromEntries(
    (f?.path?.steps ?? []).map(s => [s.kind, `${s.location.file}:${s.location.line}`])
  )

/**
 * Small templates for attack-path tests, one per format. Lines that are a step of the path carry
 * `step: <kind>` in a comment; the package step is the lockfile entry of the vulnerable package.
 */

/** A package-lock v3 with one dependency; its entry is on line 12. */
export function lockfile(name: string, version: string): string {
  return `${JSON.stringify(
    {
      name: 'orders',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'orders', dependencies: { [name]: version } },
        [`node_modules/${name}`]: {
          version,
          resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`
        }
      }
    },
    null,
    2
  )}\n`
}

export const LOCK_LINE = 12

export function serverless(
  opts: { authorizer?: boolean; grant?: string; resource?: string } = {}
): string {
  const auth = opts.authorizer ? '\n          authorizer:\n            name: ordersJwt' : ''
  return `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  httpApi:
    authorizers:
      ordersJwt:
        type: jwt
        identitySource: $request.header.Authorization
        issuerUrl: https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc
        audience:
          - orders
  iam:
    role:
      statements:
        - Effect: Allow
          Action: ${opts.grant ?? 's3:*'} # step: grant
          Resource: '${opts.resource ?? (opts.grant === 's3:GetObject' ? 'arn:aws:s3:::orders-archive/*' : '*')}'
functions:
  listOrders: # step: function
    handler: src/list.handler
    events:
      - httpApi: # step: entry
          method: GET
          path: /orders${auth}
`
}

export function sam(opts: { auth?: boolean } = {}): string {
  const auth = opts.auth ? '\n            Auth:\n              Authorizer: AWS_IAM' : ''
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  ListOrders: # step: function
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: list.handler
      CodeUri: src/
      Policies:
        - Statement:
            - Effect: Allow
              Action: dynamodb:* # step: grant
              Resource: '*'
      Events:
        List: # step: entry
          Type: Api
          Properties:
            Path: /orders
            Method: get${auth}
`
}

export function cloudformation(principal: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  CallerPrincipal:
    Type: String
Resources:
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*' # step: grant
                Resource: '*'
  Worker: # step: function
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt WorkerRole.Arn
      Code: { S3Bucket: artifacts, S3Key: worker.zip }
  AnyoneInvoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Worker
      Principal: ${principal} # step: entry
`
}

export function terraform(opts: { secretResource?: string; auth?: string } = {}): string {
  return `resource "aws_iam_role" "export" {
  name               = "export"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "export" {
  role = aws_iam_role.export.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "secretsmanager:GetSecretValue" // step: grant
      Resource = "${opts.secretResource ?? '*'}"
    }]
  })
}

resource "aws_lambda_function" "export" { // step: function
  function_name = "export"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "export.zip"
  role          = aws_iam_role.export.arn
}

resource "aws_lambda_function_url" "export" {
  function_name      = aws_lambda_function.export.function_name
  authorization_type = "${opts.auth ?? 'NONE'}" // step: entry
}
`
}

/** SAM function with its code in `src/`, no event, and an invoke permission for principal `*`. */
export const SAM_ANY_ACCOUNT = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Receive: # step: function
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: receive.handler
      CodeUri: src/
  AnyoneInvoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Receive
      Principal: '*' # step: entry
`

/** `file:line` of each `step: <kind>` marker in the files. */
export function markedSteps(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((line, i) => {
      const m = /(?:#|\/\/)\s*step:\s*([a-z]+)/.exec(line)
      if (m?.[1]) out[m[1]] = `${file}:${i + 1}`
    })
  }
  return out
}

/**
 * CloudFormation resources (indented under `Resources:`) of a function `id` whose role has
 * AdministratorAccess: the function and grant steps of a path.
 */
export function adminFunction(id: string): string {
  return `  ${id}Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AdministratorAccess # step: grant
  ${id}: # step: function
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt ${id}Role.Arn
      Code: { S3Bucket: artifacts, S3Key: ${id.toLowerCase()}.zip }
`
}
