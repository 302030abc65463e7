/**
 * What SAM writes for each connection a connector may make (the "AWS SAM connector reference"
 * table and SAM's connector profiles): statements on the source's role, statements on the
 * destination function's role (a queue or table stream it polls), a Lambda permission for the
 * source's service, or a queue or topic policy for it. Resources are written as SAM writes them:
 * `%{Arn}` and `%{Name}` of the resource the statement is on (the destination, or the source for
 * a destination role), with `${AWS::...}` pseudo parameters.
 */

export type Category = 'Read' | 'Write'

/** One statement of a profile. */
export interface Grant {
  actions: readonly string[]
  resources: readonly string[]
}

export type Connection =
  /** The source's role may act on the destination. */
  | { kind: 'source-role'; grants: Partial<Record<Category, readonly Grant[]>> }
  /** The destination function's role may act on the source (the event source it polls). */
  | { kind: 'destination-role'; grants: Partial<Record<Category, readonly Grant[]>> }
  /** `Write`: a Lambda permission letting the source's service invoke the destination. */
  | { kind: 'invoke-permission'; principal: string; sourceAccount?: boolean }
  /** `Write`: a queue or topic policy letting the source's service send to the destination. */
  | { kind: 'resource-policy'; principal: string; action: string }

const ARN = ['%{Arn}']
const EXECUTIONS =
  'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:%{Name}:*'
const SFN_EVENTS_RULE =
  'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule'

const S3 = {
  Read: [
    {
      actions: [
        's3:GetObject',
        's3:GetObjectAcl',
        's3:GetObjectLegalHold',
        's3:GetObjectRetention',
        's3:GetObjectTorrent',
        's3:GetObjectVersion',
        's3:GetObjectVersionAcl',
        's3:GetObjectVersionForReplication',
        's3:GetObjectVersionTorrent',
        's3:ListBucket',
        's3:ListBucketMultipartUploads',
        's3:ListBucketVersions',
        's3:ListMultipartUploadParts'
      ],
      resources: ['%{Arn}', '%{Arn}/*']
    }
  ],
  Write: [
    {
      actions: [
        's3:AbortMultipartUpload',
        's3:DeleteObject',
        's3:DeleteObjectVersion',
        's3:PutObject',
        's3:PutObjectLegalHold',
        's3:PutObjectRetention',
        's3:RestoreObject'
      ],
      resources: ['%{Arn}', '%{Arn}/*']
    }
  ]
}
const TABLE = {
  Read: [
    {
      actions: [
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:Scan',
        'dynamodb:BatchGetItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:PartiQLSelect'
      ],
      resources: ['%{Arn}', '%{Arn}/index/*']
    }
  ],
  Write: [
    {
      actions: [
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:PartiQLDelete',
        'dynamodb:PartiQLInsert',
        'dynamodb:PartiQLUpdate'
      ],
      resources: ['%{Arn}', '%{Arn}/index/*']
    }
  ]
}
const QUEUE = {
  Read: [{ actions: ['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], resources: ARN }],
  Write: [
    {
      actions: [
        'sqs:DeleteMessage',
        'sqs:SendMessage',
        'sqs:ChangeMessageVisibility',
        'sqs:PurgeQueue'
      ],
      resources: ARN
    }
  ]
}
const INVOKE = {
  Write: [{ actions: ['lambda:InvokeAsync', 'lambda:InvokeFunction'], resources: ARN }]
}
const PUBLISH = { Write: [{ actions: ['sns:Publish'], resources: ARN }] }
const PUT_EVENTS = { Write: [{ actions: ['events:PutEvents'], resources: ARN }] }
const role = (grants: Partial<Record<Category, readonly Grant[]>>): Connection => ({
  kind: 'source-role',
  grants
})

const FROM_FUNCTION: Readonly<Record<string, Connection>> = {
  'AWS::S3::Bucket': role(S3),
  'AWS::DynamoDB::Table': role(TABLE),
  'AWS::SQS::Queue': role(QUEUE),
  'AWS::SNS::Topic': role(PUBLISH),
  'AWS::Lambda::Function': role(INVOKE),
  'AWS::StepFunctions::StateMachine': role({
    Read: [
      { actions: ['states:DescribeStateMachine', 'states:ListExecutions'], resources: ARN },
      {
        actions: [
          'states:DescribeExecution',
          'states:DescribeStateMachineForExecution',
          'states:GetExecutionHistory'
        ],
        resources: [EXECUTIONS]
      }
    ],
    Write: [
      { actions: ['states:StartExecution', 'states:StartSyncExecution'], resources: ARN },
      { actions: ['states:StopExecution'], resources: [EXECUTIONS] }
    ]
  }),
  'AWS::Events::EventBus': role(PUT_EVENTS),
  'AWS::Location::PlaceIndex': role({
    Read: [
      {
        actions: [
          'geo:DescribePlaceIndex',
          'geo:GetPlace',
          'geo:SearchPlaceIndexForPosition',
          'geo:SearchPlaceIndexForSuggestions',
          'geo:SearchPlaceIndexForText'
        ],
        resources: ARN
      }
    ]
  })
}

const FROM_STATE_MACHINE: Readonly<Record<string, Connection>> = {
  'AWS::Lambda::Function': role(INVOKE),
  'AWS::SNS::Topic': role(PUBLISH),
  // Step Functions sends to a queue only: https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html
  'AWS::SQS::Queue': role({ Write: [{ actions: ['sqs:SendMessage'], resources: ARN }] }),
  'AWS::S3::Bucket': role(S3),
  'AWS::DynamoDB::Table': role(TABLE),
  'AWS::StepFunctions::StateMachine': role({
    Read: [
      { actions: ['states:DescribeExecution'], resources: [EXECUTIONS] },
      { actions: ['events:DescribeRule'], resources: [SFN_EVENTS_RULE] }
    ],
    Write: [
      { actions: ['states:StartExecution'], resources: ARN },
      { actions: ['states:StopExecution'], resources: [EXECUTIONS] },
      { actions: ['events:PutTargets', 'events:PutRule'], resources: [SFN_EVENTS_RULE] }
    ]
  }),
  'AWS::Events::EventBus': role(PUT_EVENTS)
}

const invoke = (principal: string, sourceAccount?: boolean): Connection => ({
  kind: 'invoke-permission',
  principal,
  sourceAccount
})
const policy = (principal: string, action: string): Connection => ({
  kind: 'resource-policy',
  principal,
  action
})

/** Connections by source type, then destination type (as CloudFormation types). */
export const CONNECTIONS: Readonly<Record<string, Readonly<Record<string, Connection>>>> = {
  'AWS::Lambda::Function': FROM_FUNCTION,
  'AWS::StepFunctions::StateMachine': FROM_STATE_MACHINE,
  'AWS::SQS::Queue': {
    'AWS::Lambda::Function': {
      kind: 'destination-role',
      grants: {
        Read: [{ actions: ['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], resources: ARN }],
        Write: [{ actions: ['sqs:DeleteMessage'], resources: ARN }]
      }
    }
  },
  'AWS::DynamoDB::Table': {
    'AWS::Lambda::Function': {
      kind: 'destination-role',
      grants: {
        Read: [
          {
            actions: [
              'dynamodb:DescribeStream',
              'dynamodb:GetRecords',
              'dynamodb:GetShardIterator',
              'dynamodb:ListStreams'
            ],
            resources: ['%{Arn}/stream/*']
          }
        ]
      }
    }
  },
  'AWS::SNS::Topic': {
    'AWS::Lambda::Function': invoke('sns.amazonaws.com'),
    'AWS::SQS::Queue': policy('sns.amazonaws.com', 'sqs:SendMessage')
  },
  'AWS::S3::Bucket': { 'AWS::Lambda::Function': invoke('s3.amazonaws.com', true) },
  'AWS::Events::Rule': {
    'AWS::Lambda::Function': invoke('events.amazonaws.com'),
    'AWS::SNS::Topic': policy('events.amazonaws.com', 'sns:Publish'),
    'AWS::SQS::Queue': policy('events.amazonaws.com', 'sqs:SendMessage'),
    'AWS::Events::EventBus': role(PUT_EVENTS),
    'AWS::StepFunctions::StateMachine': role({
      Write: [{ actions: ['states:StartExecution'], resources: ARN }]
    })
  },
  'AWS::ApiGateway::RestApi': { 'AWS::Lambda::Function': invoke('apigateway.amazonaws.com') },
  'AWS::ApiGatewayV2::Api': { 'AWS::Lambda::Function': invoke('apigateway.amazonaws.com') },
  'AWS::AppSync::GraphQLApi': { 'AWS::Lambda::Function': invoke('appsync.amazonaws.com') },
  'AWS::AppSync::DataSource': {
    'AWS::DynamoDB::Table': role(TABLE),
    'AWS::Lambda::Function': role({
      Write: [
        {
          actions: ['lambda:InvokeAsync', 'lambda:InvokeFunction'],
          resources: ['%{Arn}', '%{Arn}:*']
        }
      ]
    })
  }
}

/** The type SAM generates for a serverless type, which connections are keyed by. */
export const GENERATED_TYPES: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api'
}

/** Types whose `Ref` is their ARN; the others give it as `Fn::GetAtt <Id>.Arn`. */
export const ARN_BY_REF = new Set(['AWS::SNS::Topic', 'AWS::StepFunctions::StateMachine'])
