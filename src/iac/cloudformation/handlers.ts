import { mapMethod, mapRestApi } from './apigateway.js'
import {
  mapDeployment,
  mapDomainName,
  mapRestStage,
  mapWebAclAssociation
} from './apigateway-stage.js'
import { mapRoute, mapV2Api, mapV2Stage } from './apigatewayv2.js'
import { mapUsagePlan } from './usage-plan.js'
import type { ResourceHandler } from './context.js'
import {
  mapBucket,
  mapBucketPolicy,
  mapQueue,
  mapQueueInlinePolicy,
  mapQueuePolicy,
  mapStream,
  mapTable,
  mapTopic,
  mapTopicInlinePolicy,
  mapTopicPolicy
} from './data.js'
import { mapRole, mapRolePolicy, mapStandalonePolicy } from './iam.js'
import { mapIamPrincipal, mapPrincipalPolicy } from './iam-principals.js'
import { mapLambdaFunction } from './lambda.js'
import {
  mapEventInvokeConfig,
  mapEventSourceMapping,
  mapFunctionUrl,
  mapLogGroup,
  mapPermission
} from './lambda-links.js'
import {
  mapEventBus,
  mapEventBusPolicy,
  mapIdentityPool,
  mapIdentityPoolRoleAttachment,
  mapKmsKey,
  mapLayerVersion,
  mapLayerVersionPermission,
  mapRotationSchedule,
  mapSecret,
  mapStateMachine,
  mapUserPool
} from './security.js'
import { mapEventRule, mapSnsSubscription } from './triggers.js'

/** The CloudFormation resource types the model reads, and how. */
export const CFN_HANDLERS: Readonly<Record<string, ResourceHandler>> = {
  'AWS::Lambda::Function': mapLambdaFunction,
  'AWS::Lambda::Url': mapFunctionUrl,
  'AWS::Lambda::Permission': mapPermission,
  'AWS::Lambda::EventSourceMapping': mapEventSourceMapping,
  'AWS::Lambda::EventInvokeConfig': mapEventInvokeConfig,
  'AWS::Lambda::LayerVersion': mapLayerVersion,
  'AWS::Lambda::LayerVersionPermission': mapLayerVersionPermission,
  'AWS::Logs::LogGroup': mapLogGroup,
  'AWS::IAM::Role': mapRole,
  'AWS::IAM::Policy': mapStandalonePolicy,
  'AWS::IAM::RolePolicy': mapRolePolicy,
  'AWS::IAM::ManagedPolicy': mapStandalonePolicy,
  'AWS::IAM::User': mapIamPrincipal,
  'AWS::IAM::Group': mapIamPrincipal,
  'AWS::IAM::UserPolicy': mapPrincipalPolicy,
  'AWS::IAM::GroupPolicy': mapPrincipalPolicy,
  'AWS::ApiGateway::RestApi': mapRestApi,
  'AWS::ApiGateway::Method': mapMethod,
  'AWS::ApiGateway::Stage': mapRestStage,
  'AWS::ApiGateway::Deployment': mapDeployment,
  'AWS::ApiGateway::DomainName': mapDomainName,
  'AWS::ApiGateway::UsagePlan': mapUsagePlan,
  'AWS::ApiGatewayV2::Api': mapV2Api,
  'AWS::ApiGatewayV2::Route': mapRoute,
  'AWS::ApiGatewayV2::Stage': mapV2Stage,
  'AWS::ApiGatewayV2::DomainName': mapDomainName,
  'AWS::WAFv2::WebACLAssociation': mapWebAclAssociation,
  'AWS::WAFRegional::WebACLAssociation': mapWebAclAssociation,
  'AWS::Events::Rule': mapEventRule,
  'AWS::SNS::Subscription': mapSnsSubscription,
  'AWS::S3::Bucket': mapBucket,
  'AWS::S3::BucketPolicy': mapBucketPolicy,
  'AWS::DynamoDB::Table': mapTable,
  'AWS::DynamoDB::GlobalTable': mapTable,
  'AWS::SQS::Queue': mapQueue,
  'AWS::SQS::QueuePolicy': mapQueuePolicy,
  'AWS::SQS::QueueInlinePolicy': mapQueueInlinePolicy,
  'AWS::SNS::Topic': mapTopic,
  'AWS::SNS::TopicPolicy': mapTopicPolicy,
  'AWS::SNS::TopicInlinePolicy': mapTopicInlinePolicy,
  'AWS::Kinesis::Stream': mapStream,
  'AWS::KMS::Key': mapKmsKey,
  'AWS::SecretsManager::Secret': mapSecret,
  'AWS::SecretsManager::RotationSchedule': mapRotationSchedule,
  'AWS::StepFunctions::StateMachine': mapStateMachine,
  'AWS::Events::EventBus': mapEventBus,
  'AWS::Events::EventBusPolicy': mapEventBusPolicy,
  'AWS::Cognito::IdentityPool': mapIdentityPool,
  'AWS::Cognito::IdentityPoolRoleAttachment': mapIdentityPoolRoleAttachment,
  'AWS::Cognito::UserPool': mapUserPool
}
