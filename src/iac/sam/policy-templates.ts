/**
 * SAM policy templates: the statements each template expands to.
 *
 * Data from aws/serverless-application-model, `samtranslator/policy_templates_data/
 * policy_templates.json` at commit 603eb020adce9485a410e1667198c5268349dc88 (Apache-2.0,
 * Copyright Amazon.com, Inc. or its affiliates). Each `Fn::Sub` resource is written here as its
 * template string with the variables renamed to the template parameter they reference
 * (`${bucketName}` with `bucketName: !Ref BucketName` → `${BucketName}`). Templates whose
 * statements carry conditions (AWSSecretsManagerRotationPolicy, EFSWriteAccessPolicy) and the
 * CodeCommit templates are not listed: they are kept as unexpanded `sam-template` policies.
 */

export interface PolicyTemplateStatement {
  actions: readonly string[]
  resources: readonly string[]
}

export interface PolicyTemplate {
  parameters: readonly string[]
  statements: readonly PolicyTemplateStatement[]
}

const REGION_ACCOUNT = '${AWS::Region}:${AWS::AccountId}'
const arn = (service: string, rest: string) =>
  `arn:\${AWS::Partition}:${service}:${REGION_ACCOUNT}:${rest}`
const s3 = (rest: string) => `arn:\${AWS::Partition}:s3:::${rest}`
const one = (parameters: string[], actions: string[], resources: string[]): PolicyTemplate => ({
  parameters,
  statements: [{ actions, resources }]
})

const TABLE = [arn('dynamodb', 'table/${TableName}'), arn('dynamodb', 'table/${TableName}/index/*')]
const BUCKET = [s3('${BucketName}'), s3('${BucketName}/*')]
const COLLECTION = [arn('rekognition', 'collection/${CollectionId}')]
const EMR_CLUSTER = [arn('elasticmapreduce', 'cluster/${ClusterId}')]
const SES_IDENTITY = [arn('ses', 'identity/${IdentityName}')]

export const POLICY_TEMPLATES: Readonly<Record<string, PolicyTemplate>> = {
  AMIDescribePolicy: one([], ['ec2:DescribeImages'], ['*']),
  AWSSecretsManagerGetSecretValuePolicy: one(
    ['SecretArn'],
    ['secretsmanager:GetSecretValue'],
    ['${SecretArn}']
  ),
  AcmGetCertificatePolicy: one(['CertificateArn'], ['acm:GetCertificate'], ['${CertificateArn}']),
  AthenaQueryPolicy: {
    parameters: ['WorkGroupName'],
    statements: [
      {
        actions: [
          'athena:ListWorkGroups',
          'athena:GetExecutionEngine',
          'athena:GetExecutionEngines',
          'athena:GetNamespace',
          'athena:GetCatalogs',
          'athena:GetNamespaces',
          'athena:GetTables',
          'athena:GetTable'
        ],
        resources: ['*']
      },
      {
        actions: [
          'athena:StartQueryExecution',
          'athena:GetQueryResults',
          'athena:DeleteNamedQuery',
          'athena:GetNamedQuery',
          'athena:ListQueryExecutions',
          'athena:StopQueryExecution',
          'athena:GetQueryResultsStream',
          'athena:ListNamedQueries',
          'athena:CreateNamedQuery',
          'athena:GetQueryExecution',
          'athena:BatchGetNamedQuery',
          'athena:BatchGetQueryExecution',
          'athena:GetWorkGroup'
        ],
        resources: [arn('athena', 'workgroup/${WorkGroupName}')]
      }
    ]
  },
  CloudFormationDescribeStacksPolicy: one(
    [],
    ['cloudformation:DescribeStacks'],
    [arn('cloudformation', 'stack/*')]
  ),
  CloudWatchDashboardPolicy: one(
    [],
    [
      'cloudwatch:GetDashboard',
      'cloudwatch:ListDashboards',
      'cloudwatch:PutDashboard',
      'cloudwatch:ListMetrics'
    ],
    ['*']
  ),
  CloudWatchDescribeAlarmHistoryPolicy: one([], ['cloudwatch:DescribeAlarmHistory'], ['*']),
  CloudWatchPutMetricPolicy: one([], ['cloudwatch:PutMetricData'], ['*']),
  CodePipelineLambdaExecutionPolicy: one(
    [],
    ['codepipeline:PutJobSuccessResult', 'codepipeline:PutJobFailureResult'],
    ['*']
  ),
  CodePipelineReadOnlyPolicy: one(
    ['PipelineName'],
    ['codepipeline:ListPipelineExecutions'],
    [arn('codepipeline', '${PipelineName}')]
  ),
  ComprehendBasicAccessPolicy: one(
    [],
    [
      'comprehend:BatchDetectKeyPhrases',
      'comprehend:DetectDominantLanguage',
      'comprehend:DetectEntities',
      'comprehend:BatchDetectEntities',
      'comprehend:DetectKeyPhrases',
      'comprehend:DetectSentiment',
      'comprehend:BatchDetectDominantLanguage',
      'comprehend:BatchDetectSentiment'
    ],
    ['*']
  ),
  CostExplorerReadOnlyPolicy: one(
    [],
    [
      'ce:GetCostAndUsage',
      'ce:GetDimensionValues',
      'ce:GetReservationCoverage',
      'ce:GetReservationPurchaseRecommendation',
      'ce:GetReservationUtilization',
      'ce:GetTags'
    ],
    ['*']
  ),
  DynamoDBBackupFullAccessPolicy: {
    parameters: ['TableName'],
    statements: [
      {
        actions: ['dynamodb:CreateBackup', 'dynamodb:DescribeContinuousBackups'],
        resources: [arn('dynamodb', 'table/${TableName}')]
      },
      {
        actions: ['dynamodb:DeleteBackup', 'dynamodb:DescribeBackup', 'dynamodb:ListBackups'],
        resources: [arn('dynamodb', 'table/${TableName}/backup/*')]
      }
    ]
  },
  DynamoDBCrudPolicy: one(
    ['TableName'],
    [
      'dynamodb:GetItem',
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:Scan',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:BatchGetItem',
      'dynamodb:DescribeTable',
      'dynamodb:ConditionCheckItem'
    ],
    TABLE
  ),
  DynamoDBReadPolicy: one(
    ['TableName'],
    [
      'dynamodb:GetItem',
      'dynamodb:Scan',
      'dynamodb:Query',
      'dynamodb:BatchGetItem',
      'dynamodb:DescribeTable'
    ],
    TABLE
  ),
  DynamoDBReconfigurePolicy: one(
    ['TableName'],
    ['dynamodb:UpdateTable'],
    [arn('dynamodb', 'table/${TableName}')]
  ),
  DynamoDBRestoreFromBackupPolicy: {
    parameters: ['TableName'],
    statements: [
      {
        actions: ['dynamodb:RestoreTableFromBackup'],
        resources: [arn('dynamodb', 'table/${TableName}/backup/*')]
      },
      {
        actions: [
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:Query',
          'dynamodb:Scan',
          'dynamodb:BatchWriteItem'
        ],
        resources: [arn('dynamodb', 'table/${TableName}')]
      }
    ]
  },
  DynamoDBStreamReadPolicy: {
    parameters: ['TableName', 'StreamName'],
    statements: [
      {
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        resources: [arn('dynamodb', 'table/${TableName}/stream/${StreamName}')]
      },
      {
        actions: ['dynamodb:ListStreams'],
        resources: [arn('dynamodb', 'table/${TableName}/stream/*')]
      }
    ]
  },
  DynamoDBWritePolicy: one(
    ['TableName'],
    ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
    TABLE
  ),
  EC2CopyImagePolicy: one(['ImageId'], ['ec2:CopyImage'], [arn('ec2', 'image/${ImageId}')]),
  EC2DescribePolicy: one([], ['ec2:DescribeRegions', 'ec2:DescribeInstances'], ['*']),
  EKSDescribePolicy: one([], ['eks:DescribeCluster', 'eks:ListClusters'], ['*']),
  EcsRunTaskPolicy: one(
    ['TaskDefinition'],
    ['ecs:RunTask'],
    [arn('ecs', 'task-definition/${TaskDefinition}')]
  ),
  ElasticMapReduceAddJobFlowStepsPolicy: one(
    ['ClusterId'],
    ['elasticmapreduce:AddJobFlowSteps'],
    EMR_CLUSTER
  ),
  ElasticMapReduceCancelStepsPolicy: one(
    ['ClusterId'],
    ['elasticmapreduce:CancelSteps'],
    EMR_CLUSTER
  ),
  ElasticMapReduceModifyInstanceFleetPolicy: one(
    ['ClusterId'],
    ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'],
    EMR_CLUSTER
  ),
  ElasticMapReduceModifyInstanceGroupsPolicy: one(
    ['ClusterId'],
    ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'],
    EMR_CLUSTER
  ),
  ElasticMapReduceSetTerminationProtectionPolicy: one(
    ['ClusterId'],
    ['elasticmapreduce:SetTerminationProtection'],
    EMR_CLUSTER
  ),
  ElasticMapReduceTerminateJobFlowsPolicy: one(
    ['ClusterId'],
    ['elasticmapreduce:TerminateJobFlows'],
    EMR_CLUSTER
  ),
  ElasticsearchHttpPostPolicy: one(
    ['DomainName'],
    ['es:ESHttpPost', 'es:ESHttpPut'],
    [arn('es', 'domain/${DomainName}/*')]
  ),
  EventBridgePutEventsPolicy: one(
    ['EventBusName'],
    ['events:PutEvents'],
    [arn('events', 'event-bus/${EventBusName}')]
  ),
  FilterLogEventsPolicy: one(
    ['LogGroupName'],
    ['logs:FilterLogEvents'],
    [arn('logs', 'log-group:${LogGroupName}:log-stream:*')]
  ),
  FirehoseCrudPolicy: one(
    ['DeliveryStreamName'],
    [
      'firehose:CreateDeliveryStream',
      'firehose:DeleteDeliveryStream',
      'firehose:DescribeDeliveryStream',
      'firehose:PutRecord',
      'firehose:PutRecordBatch',
      'firehose:UpdateDestination'
    ],
    [arn('firehose', 'deliverystream/${DeliveryStreamName}')]
  ),
  FirehoseWritePolicy: one(
    ['DeliveryStreamName'],
    ['firehose:PutRecord', 'firehose:PutRecordBatch'],
    [arn('firehose', 'deliverystream/${DeliveryStreamName}')]
  ),
  KMSDecryptPolicy: one(['KeyId'], ['kms:Decrypt'], [arn('kms', 'key/${KeyId}')]),
  KMSEncryptPolicy: one(['KeyId'], ['kms:Encrypt'], [arn('kms', 'key/${KeyId}')]),
  KMSEncryptPolicy_v2: one(
    ['KeyId'],
    [
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'kms:GenerateDataKeyWithoutPlaintext',
      'kms:GenerateDataKeyPair',
      'kms:GenerateDataKeyPairWithoutPlaintext'
    ],
    [arn('kms', 'key/${KeyId}')]
  ),
  KinesisCrudPolicy: one(
    ['StreamName'],
    [
      'kinesis:AddTagsToStream',
      'kinesis:CreateStream',
      'kinesis:DecreaseStreamRetentionPeriod',
      'kinesis:DeleteStream',
      'kinesis:DescribeStream',
      'kinesis:DescribeStreamSummary',
      'kinesis:GetShardIterator',
      'kinesis:IncreaseStreamRetentionPeriod',
      'kinesis:ListTagsForStream',
      'kinesis:MergeShards',
      'kinesis:PutRecord',
      'kinesis:PutRecords',
      'kinesis:SplitShard',
      'kinesis:RemoveTagsFromStream'
    ],
    [arn('kinesis', 'stream/${StreamName}')]
  ),
  KinesisStreamReadPolicy: {
    parameters: ['StreamName'],
    statements: [
      {
        actions: ['kinesis:ListStreams', 'kinesis:DescribeLimits'],
        resources: [arn('kinesis', 'stream/*')]
      },
      {
        actions: [
          'kinesis:DescribeStream',
          'kinesis:DescribeStreamSummary',
          'kinesis:GetRecords',
          'kinesis:GetShardIterator'
        ],
        resources: [arn('kinesis', 'stream/${StreamName}')]
      }
    ]
  },
  LambdaInvokePolicy: one(
    ['FunctionName'],
    ['lambda:InvokeFunction'],
    [arn('lambda', 'function:${FunctionName}*')]
  ),
  MobileAnalyticsWriteOnlyAccessPolicy: one([], ['mobileanalytics:PutEvents'], ['*']),
  OrganizationsListAccountsPolicy: one([], ['organizations:ListAccounts'], ['*']),
  PinpointEndpointAccessPolicy: one(
    ['PinpointApplicationId'],
    [
      'mobiletargeting:GetEndpoint',
      'mobiletargeting:UpdateEndpoint',
      'mobiletargeting:UpdateEndpointsBatch'
    ],
    [arn('mobiletargeting', 'apps/${PinpointApplicationId}/endpoints/*')]
  ),
  PollyFullAccessPolicy: {
    parameters: ['LexiconName'],
    statements: [
      {
        actions: ['polly:GetLexicon', 'polly:DeleteLexicon'],
        resources: [arn('polly', 'lexicon/${LexiconName}')]
      },
      {
        actions: [
          'polly:DescribeVoices',
          'polly:ListLexicons',
          'polly:PutLexicon',
          'polly:SynthesizeSpeech'
        ],
        resources: [arn('polly', 'lexicon/*')]
      }
    ]
  },
  RekognitionDetectOnlyPolicy: one(
    [],
    [
      'rekognition:DetectFaces',
      'rekognition:DetectLabels',
      'rekognition:DetectModerationLabels',
      'rekognition:DetectText'
    ],
    ['*']
  ),
  RekognitionFacesManagementPolicy: one(
    ['CollectionId'],
    [
      'rekognition:IndexFaces',
      'rekognition:DeleteFaces',
      'rekognition:SearchFaces',
      'rekognition:SearchFacesByImage',
      'rekognition:ListFaces'
    ],
    COLLECTION
  ),
  RekognitionFacesPolicy: one([], ['rekognition:CompareFaces', 'rekognition:DetectFaces'], ['*']),
  RekognitionLabelsPolicy: one(
    [],
    ['rekognition:DetectLabels', 'rekognition:DetectModerationLabels'],
    ['*']
  ),
  RekognitionNoDataAccessPolicy: one(
    ['CollectionId'],
    [
      'rekognition:CompareFaces',
      'rekognition:DetectFaces',
      'rekognition:DetectLabels',
      'rekognition:DetectModerationLabels'
    ],
    COLLECTION
  ),
  RekognitionReadPolicy: one(
    ['CollectionId'],
    [
      'rekognition:ListCollections',
      'rekognition:ListFaces',
      'rekognition:SearchFaces',
      'rekognition:SearchFacesByImage'
    ],
    COLLECTION
  ),
  RekognitionWriteOnlyAccessPolicy: one(
    ['CollectionId'],
    ['rekognition:CreateCollection', 'rekognition:IndexFaces'],
    COLLECTION
  ),
  Route53ChangeResourceRecordSetsPolicy: one(
    ['HostedZoneId'],
    ['route53:ChangeResourceRecordSets'],
    ['arn:${AWS::Partition}:route53:::hostedzone/${HostedZoneId}']
  ),
  S3CrudPolicy: one(
    ['BucketName'],
    [
      's3:GetObject',
      's3:ListBucket',
      's3:GetBucketLocation',
      's3:GetObjectVersion',
      's3:PutObject',
      's3:PutObjectAcl',
      's3:GetLifecycleConfiguration',
      's3:PutLifecycleConfiguration',
      's3:DeleteObject'
    ],
    BUCKET
  ),
  S3FullAccessPolicy: {
    parameters: ['BucketName'],
    statements: [
      {
        actions: [
          's3:GetObject',
          's3:GetObjectAcl',
          's3:GetObjectVersion',
          's3:PutObject',
          's3:PutObjectAcl',
          's3:DeleteObject',
          's3:DeleteObjectTagging',
          's3:DeleteObjectVersionTagging',
          's3:GetObjectTagging',
          's3:GetObjectVersionTagging',
          's3:PutObjectTagging',
          's3:PutObjectVersionTagging'
        ],
        resources: [s3('${BucketName}/*')]
      },
      {
        actions: [
          's3:ListBucket',
          's3:GetBucketLocation',
          's3:GetLifecycleConfiguration',
          's3:PutLifecycleConfiguration'
        ],
        resources: [s3('${BucketName}')]
      }
    ]
  },
  S3ReadPolicy: one(
    ['BucketName'],
    [
      's3:GetObject',
      's3:ListBucket',
      's3:GetBucketLocation',
      's3:GetObjectVersion',
      's3:GetLifecycleConfiguration'
    ],
    BUCKET
  ),
  S3WritePolicy: one(
    ['BucketName'],
    ['s3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration'],
    BUCKET
  ),
  SESBulkTemplatedCrudPolicy: one(
    ['IdentityName'],
    [
      'ses:GetIdentityVerificationAttributes',
      'ses:SendEmail',
      'ses:SendRawEmail',
      'ses:SendTemplatedEmail',
      'ses:SendBulkTemplatedEmail',
      'ses:VerifyEmailIdentity'
    ],
    SES_IDENTITY
  ),
  SESBulkTemplatedCrudPolicy_v2: {
    parameters: ['IdentityName', 'TemplateName'],
    statements: [
      {
        actions: [
          'ses:SendEmail',
          'ses:SendRawEmail',
          'ses:SendTemplatedEmail',
          'ses:SendBulkTemplatedEmail'
        ],
        resources: [...SES_IDENTITY, arn('ses', 'template/${TemplateName}')]
      },
      {
        actions: ['ses:GetIdentityVerificationAttributes', 'ses:VerifyEmailIdentity'],
        resources: ['*']
      }
    ]
  },
  SESCrudPolicy: one(
    ['IdentityName'],
    [
      'ses:GetIdentityVerificationAttributes',
      'ses:SendEmail',
      'ses:SendRawEmail',
      'ses:VerifyEmailIdentity'
    ],
    SES_IDENTITY
  ),
  SESEmailTemplateCrudPolicy: one(
    [],
    [
      'ses:CreateTemplate',
      'ses:GetTemplate',
      'ses:ListTemplates',
      'ses:UpdateTemplate',
      'ses:DeleteTemplate',
      'ses:TestRenderTemplate'
    ],
    ['*']
  ),
  SESSendBouncePolicy: one(['IdentityName'], ['ses:SendBounce'], SES_IDENTITY),
  SNSCrudPolicy: one(
    ['TopicName'],
    [
      'sns:ListSubscriptionsByTopic',
      'sns:CreateTopic',
      'sns:SetTopicAttributes',
      'sns:Subscribe',
      'sns:Publish'
    ],
    [arn('sns', '${TopicName}*')]
  ),
  SNSPublishMessagePolicy: one(['TopicName'], ['sns:Publish'], [arn('sns', '${TopicName}')]),
  SQSPollerPolicy: one(
    ['QueueName'],
    [
      'sqs:ChangeMessageVisibility',
      'sqs:ChangeMessageVisibilityBatch',
      'sqs:DeleteMessage',
      'sqs:DeleteMessageBatch',
      'sqs:GetQueueAttributes',
      'sqs:ReceiveMessage'
    ],
    [arn('sqs', '${QueueName}')]
  ),
  SQSSendMessagePolicy: one(['QueueName'], ['sqs:SendMessage*'], [arn('sqs', '${QueueName}')]),
  SSMParameterReadPolicy: {
    parameters: ['ParameterName'],
    statements: [
      { actions: ['ssm:DescribeParameters'], resources: ['*'] },
      {
        actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'],
        resources: [arn('ssm', 'parameter/${ParameterName}')]
      }
    ]
  },
  SSMParameterWithSlashPrefixReadPolicy: {
    parameters: ['ParameterName'],
    statements: [
      { actions: ['ssm:DescribeParameters'], resources: ['*'] },
      {
        actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'],
        resources: [arn('ssm', 'parameter${ParameterName}')]
      }
    ]
  },
  SageMakerCreateEndpointConfigPolicy: one(
    ['EndpointConfigName'],
    ['sagemaker:CreateEndpointConfig'],
    [arn('sagemaker', 'endpoint-config/${EndpointConfigName}')]
  ),
  SageMakerCreateEndpointPolicy: one(
    ['EndpointName'],
    ['sagemaker:CreateEndpoint'],
    [arn('sagemaker', 'endpoint/${EndpointName}')]
  ),
  ServerlessRepoReadWriteAccessPolicy: one(
    [],
    [
      'serverlessrepo:CreateApplication',
      'serverlessrepo:CreateApplicationVersion',
      'serverlessrepo:UpdateApplication',
      'serverlessrepo:GetApplication',
      'serverlessrepo:ListApplications',
      'serverlessrepo:ListApplicationVersions',
      'serverlessrepo:ListApplicationDependencies'
    ],
    [arn('serverlessrepo', 'applications/*')]
  ),
  StepFunctionsCallbackPolicy: one(
    ['StateMachineName'],
    ['states:SendTaskFailure', 'states:SendTaskHeartbeat', 'states:SendTaskSuccess'],
    [arn('states', 'stateMachine:${StateMachineName}')]
  ),
  StepFunctionsExecutionPolicy: one(
    ['StateMachineName'],
    ['states:StartExecution'],
    [arn('states', 'stateMachine:${StateMachineName}')]
  ),
  StepFunctionsExecutionPolicy_v2: one(
    ['StateMachineName'],
    ['states:StartExecution', 'states:StartSyncExecution'],
    [arn('states', 'stateMachine:${StateMachineName}')]
  ),
  TextractDetectAnalyzePolicy: one(
    [],
    [
      'textract:DetectDocumentText',
      'textract:StartDocumentTextDetection',
      'textract:StartDocumentAnalysis',
      'textract:AnalyzeDocument'
    ],
    ['*']
  ),
  TextractGetResultPolicy: one(
    [],
    ['textract:GetDocumentTextDetection', 'textract:GetDocumentAnalysis'],
    ['*']
  ),
  TextractPolicy: one([], ['textract:*'], ['*']),
  VPCAccessPolicy: one(
    [],
    [
      'ec2:CreateNetworkInterface',
      'ec2:DeleteNetworkInterface',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DetachNetworkInterface'
    ],
    ['*']
  )
}
