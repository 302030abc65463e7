import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { markedSteps, pathFindings, stepsOf } from './fixtures.js'

/**
 * A template may name its own resources by name or ARN rather than by reference: a literal ARN,
 * or one built from the stack's own partition, region and account. Such a name is exact, and
 * joins an event source, a guest role or a grant to the resource of that name as a reference
 * would. Anything else (another name, a parameter, a wildcard) joins nothing.
 */
const paths = pathFindings

const ADMIN_FUNCTION = `  AdminRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess] # step: grant
  Worker: # step: function
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: worker
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt AdminRole.Arn
      Code: { ZipFile: 'exports.handler = async () => ({})' }
`

function bucketNotifying(functionArn: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
${ADMIN_FUNCTION}  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: worker-uploads
      NotificationConfiguration:
        LambdaConfigurations:
          - Event: s3:ObjectCreated:*
            Function: ${functionArn}
  UploadsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: worker-uploads
      PolicyDocument:
        Statement:
          - Effect: Allow # step: entry
            Principal: '*'
            Action: s3:PutObject
            Resource: arn:aws:s3:::worker-uploads/*
`
}

function guests(grantResource: string, roleArn: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
${ADMIN_FUNCTION}  Visitors:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true # step: entry
  VisitorRoles:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Visitors
      Roles:
        unauthenticated: ${roleArn}
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: visitors
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
                Action: lambda:InvokeFunction
                Resource: ${grantResource}
`
}

function queueJson(eventSourceArn: unknown): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      AdminRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'lambda.amazonaws.com' },
                Action: 'sts:AssumeRole'
              }
            ]
          },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess']
        }
      },
      Worker: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          FunctionName: 'worker',
          Runtime: 'nodejs22.x',
          Handler: 'index.handler',
          Role: { 'Fn::GetAtt': ['AdminRole', 'Arn'] },
          Code: { ZipFile: 'exports.handler = async () => ({})' }
        }
      },
      Orders: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders' } },
      OrdersPolicy: {
        Type: 'AWS::SQS::QueuePolicy',
        Properties: {
          Queues: [{ Ref: 'Orders' }],
          PolicyDocument: {
            Statement: [
              {
                Effect: 'Allow',
                Principal: '*',
                Action: 'sqs:SendMessage',
                Resource: { 'Fn::GetAtt': ['Orders', 'Arn'] }
              }
            ]
          }
        }
      },
      Mapping: {
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: { FunctionName: 'worker', EventSourceArn: eventSourceArn }
      }
    }
  }
  return JSON.stringify(template, null, 2)
}

const SERVERLESS = (arn: string) => `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: '*' # step: grant
          Resource: '*'
functions:
  worker: # step: function
    handler: src/worker.handler
    events:
      - sqs:
          arn: ${arn}
resources:
  Resources:
    Orders:
      Type: AWS::SQS::Queue
      Properties:
        QueueName: orders
    OrdersPolicy:
      Type: AWS::SQS::QueuePolicy
      Properties:
        Queues: [!Ref Orders]
        PolicyDocument:
          Statement:
            - Effect: Allow # step: entry
              Principal: '*'
              Action: sqs:SendMessage
              Resource: !GetAtt Orders.Arn
`

const TERRAFORM = (sourceArn: string, functionName: string) => `data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # step: entry
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
    }]
  })
}

resource "aws_iam_role" "worker" {
  name               = "worker"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.worker.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # step: grant
}

resource "aws_lambda_function" "worker" { # step: function
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  s3_bucket     = "artifacts"
  s3_key        = "worker.zip"
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = ${sourceArn}
  function_name    = ${functionName}
}
`

const HERE_SUB =
  '!Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:worker'
const TF_QUEUE =
  '"arn:aws:sqs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:orders"'
const TF_FUNCTION =
  '"arn:aws:lambda:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:function:worker"'

describe('resources named by their exact name or ARN join attack paths', () => {
  it('CloudFormation: a bucket notification naming the function by an ARN of the stack', async () => {
    const files = { 'template.yaml': bucketNotifying(HERE_SUB) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('CloudFormation JSON: an event source mapping naming the queue by an ARN of the stack', async () => {
    const arn = {
      'Fn::Sub': 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders'
    }
    const found = paths(await scanFiles({ 'template.json': queueJson(arn) }))
    expect(found.map(f => [f.ruleId, f.location.line])).toEqual([
      ['path-cross-account-invoke-privileged', 56]
    ])
  })

  it('SAM: a guest role named by its ARN, granting the function by its literal ARN', async () => {
    const files = {
      'template.yaml': guests(
        'arn:aws:lambda:us-east-1:123456789012:function:worker',
        '!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/visitors'
      )
    }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-admin-function'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('Serverless: an SQS event naming the queue by an ARN of the service', async () => {
    const files = {
      'serverless.yml': SERVERLESS('arn:aws:sqs:${aws:region}:${aws:accountId}:orders')
    }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('Terraform: an event source mapping naming the queue and function by ARNs of the folder', async () => {
    const files = { 'main.tf': TERRAFORM(TF_QUEUE, TF_FUNCTION) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it.each([
    ['another function name', bucketNotifying(HERE_SUB.replace(':worker', ':other'))],
    [
      'a parameter in the ARN',
      bucketNotifying(HERE_SUB.replace('${AWS::Region}', '${Region}')).replace(
        'Resources:',
        'Parameters:\n  Region: { Type: String }\nResources:'
      )
    ],
    [
      'a guest grant on a function with a wildcard region',
      guests(
        'arn:aws:lambda:*:123456789012:function:worker',
        '!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/visitors'
      )
    ],
    [
      'a guest role of another name',
      guests(
        'arn:aws:lambda:us-east-1:123456789012:function:worker',
        '!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/members'
      )
    ]
  ])('CloudFormation: no path through %s', async (_name, template) => {
    expect(paths(await scanFiles({ 'template.yaml': template }))).toEqual([])
  })

  it.each([
    ['a wildcard region', TF_QUEUE.replace('${data.aws_region.current.name}', '*')],
    ['a variable region', TF_QUEUE.replace('data.aws_region.current.name', 'var.region')]
  ])('Terraform: no path through a queue ARN with %s', async (_name, arn) => {
    const files = { 'main.tf': `variable "region" {}\n${TERRAFORM(arn, TF_FUNCTION)}` }
    expect(paths(await scanFiles(files))).toEqual([])
  })
})
