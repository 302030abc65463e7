import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { markedSteps, pathFindings, stepsOf } from './fixtures.js'

/**
 * A function triggered by a queue, topic, bucket or event bus that any AWS account may write to
 * is invoked by whoever writes to it: the entry of the path is the public policy statement.
 */
const paths = pathFindings

function samQueue(statement: string): string {
  return `Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::SQS::Queue
  OrdersPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Orders]
      PolicyDocument:
        Statement:
${statement}
  Worker: # step: function
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      InlineCode: x
      Policies:
        - AdministratorAccess # step: grant
      Events:
        Incoming:
          Type: SQS
          Properties:
            Queue: !GetAtt Orders.Arn
`
}

const PUBLIC_SEND = `          - Effect: Allow # step: entry
            Principal: '*'
            Action: sqs:SendMessage
            Resource: !GetAtt Orders.Arn`

function terraformTopic(principal: string): string {
  return `resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sns_topic_policy" "orders" {
  arn = aws_sns_topic.orders.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # step: entry
      Effect    = "Allow"
      Principal = ${principal}
      Action    = "sns:*"
      Resource  = aws_sns_topic.orders.arn
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

resource "aws_sns_topic_subscription" "worker" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "lambda"
  endpoint  = aws_lambda_function.worker.arn
}
`
}

describe('a public event source is a way in to the functions it triggers', () => {
  it('SAM: any AWS account may send to the queue of an administrator function', async () => {
    const files = { 'template.yaml': samQueue(PUBLIC_SEND) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([
      ['path-cross-account-invoke-privileged', 'critical']
    ])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
    expect(found[0]?.message).toContain(
      'queue `Orders`, whose policy lets any AWS account call `sqs:SendMessage`'
    )
  })

  it('Terraform: any AWS account may publish to the topic of an administrator function', async () => {
    const files = { 'main.tf': terraformTopic('"*"') }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('Serverless: any AWS account may put objects in the bucket that triggers an administrator function', async () => {
    const files = {
      'serverless.yml': `service: uploads
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
  ingest: # step: function
    handler: src/ingest.handler
    events:
      - s3:
          bucket: !Ref Uploads
          existing: true
resources:
  Resources:
    Uploads:
      Type: AWS::S3::Bucket
    UploadsPolicy:
      Type: AWS::S3::BucketPolicy
      Properties:
        Bucket: !Ref Uploads
        PolicyDocument:
          Statement:
            - Effect: Allow # step: entry
              Principal: '*'
              Action: 's3:Put*'
              Resource: !Sub '\${Uploads.Arn}/*'
`
    }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it.each([
    [
      'the statement is tied to its source',
      `          - Effect: Allow
            Principal: '*'
            Action: sqs:SendMessage
            Resource: !GetAtt Orders.Arn
            Condition:
              ArnEquals:
                aws:SourceArn: arn:aws:sns:eu-west-1:123456789012:orders`
    ],
    [
      'it names one account',
      `          - Effect: Allow
            Principal: { AWS: '123456789012' }
            Action: sqs:SendMessage
            Resource: !GetAtt Orders.Arn`
    ],
    [
      'the public action does not put messages in',
      `          - Effect: Allow
            Principal: '*'
            Action: sqs:GetQueueAttributes
            Resource: !GetAtt Orders.Arn`
    ],
    [
      'NotAction may exclude sending',
      `          - Effect: Allow
            Principal: '*'
            NotAction: !Ref Excluded
            Resource: !GetAtt Orders.Arn`
    ]
  ])('no path when %s', async (_name, statement) => {
    expect(paths(await scanFiles({ 'template.yaml': samQueue(statement) }))).toEqual([])
  })

  it('Terraform: a topic open to one account forms no path', async () => {
    const files = { 'main.tf': terraformTopic('{ AWS = "arn:aws:iam::123456789012:root" }') }
    expect(paths(await scanFiles(files))).toEqual([])
  })

  it('in a pull request that opens the queue, the path is new at the public statement', async () => {
    const base = {
      'template.yaml': samQueue(`          - Effect: Allow
            Principal: { AWS: '123456789012' }
            Action: sqs:SendMessage
            Resource: !GetAtt Orders.Arn`)
    }
    const head = { 'template.yaml': samQueue(PUBLIC_SEND) }
    const r = await scanFiles(head, base)
    const found = paths(r)
    expect(found.map(f => [f.ruleId, f.status, `${f.location.file}:${f.location.line}`])).toEqual([
      ['path-cross-account-invoke-privileged', 'new', markedSteps(head).entry]
    ])
  })
})
