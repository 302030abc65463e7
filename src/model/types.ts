import type { Diagnostic, SourceLocation } from './location.js'
import type { SymbolicValue, Value } from './value.js'

/**
 * The located model of a repository's serverless infrastructure. Every format (Serverless
 * Framework, SAM, CloudFormation, Terraform) is read into these same types, so rules are written
 * once. Every node and attribute keeps where it was defined.
 */

export type Format = 'serverless' | 'sam' | 'cloudformation' | 'terraform'

/** A model attribute: its value (literal, or symbolic when it cannot be decided) and its location. */
export interface Attr<T> {
  value: T | SymbolicValue
  loc: SourceLocation
}

export interface Model {
  /** Absolute path of the scanned root (never printed in reports; files are root-relative). */
  root: string
  services: Service[]
  diagnostics: Diagnostic[]
}

/** One deployable unit: a Serverless service, a SAM/CloudFormation template, a Terraform module folder. */
export interface Service {
  /** Root-relative path of the template file, or of the Terraform module folder. */
  id: string
  name: string
  format: Format
  /** Root-relative directory the service lives in. */
  dir: string
  /** Every file the service was read from (a Terraform folder, a Serverless `${file()}` include). */
  files: string[]
  functions: LambdaFunction[]
  roles: Role[]
  /** Standalone managed policies (AWS::IAM::ManagedPolicy, aws_iam_policy) and their attachments. */
  policies: Policy[]
  endpoints: Endpoint[]
  permissions: InvokePermission[]
  resources: Resource[]
  /** Template parameters and Terraform variables, with their defaults. */
  parameters: Parameter[]
  /** Every resource as written (including types the model does not interpret), for generic rules. */
  rawResources: RawResource[]
  /**
   * Resource policies and settings written here for a resource defined elsewhere (a queue URL, a
   * topic ARN, a stage of another stack): evaluated on their own. Absent when there are none.
   */
  externalTargets?: ExternalTarget[]
  /** IAM users and groups defined (or given policies) in the service. Absent when there are none. */
  principals?: IamPrincipal[]
  /** Terraform registry and Git module calls, and what they model. Absent when there are none. */
  moduleCalls?: ModuleCall[]
  loc: SourceLocation
}

/**
 * A Terraform module call from a registry or Git: a well-known module (SQS, SNS, S3 bucket, HTTP
 * API, DynamoDB table) modelled from its inputs as the module documents them, another module
 * read where `terraform init` installed it, or one listed as not checked.
 */
export interface ModuleCall {
  /** `module.<name>`. */
  id: string
  source: string
  /** The installed version (`.terraform/modules/modules.json`), else the version constraint. */
  version?: string
  /** Ids of the resources and endpoints modelled from it. */
  modelled: string[]
  /** Inputs the gate cannot resolve, or does not model: their facts are undecided. */
  undecided: { input: string; reason: string; loc: SourceLocation }[]
  /** The folder `terraform init` installed it in, when its files are read as a folder of their own. */
  installedAt?: string
  loc: SourceLocation
}

/**
 * A resource this service does not define but sets a policy or setting on. Only what is written
 * here is known: its `policies` and the `attributes` the setting resource sets. `id`, `type` and
 * `loc` are those of the policy or setting resource.
 */
export interface ExternalTarget extends Resource {
  /** The target as the template names it: an ARN, a URL, a name or a reference. */
  target: Attr<string>
}

export interface Parameter {
  name: string
  default?: Attr<unknown>
  /** CloudFormation `NoEcho`, Terraform `sensitive`. */
  secret: boolean
  loc: SourceLocation
}

export interface RawResource {
  /** Logical id (CloudFormation) or address (Terraform `aws_s3_bucket.assets`). */
  id: string
  type: string
  properties?: Value
  metadata?: Value
  loc: SourceLocation
}

// ---------------------------------------------------------------- functions

export interface LambdaFunction {
  /** Unique within the service: logical id, Serverless function key, Terraform address. */
  id: string
  name?: Attr<string>
  runtime?: Attr<string>
  handler?: Attr<string>
  memorySize?: Attr<number>
  timeout?: Attr<number>
  architectures: Attr<string>[]
  packageType?: Attr<string>
  /** Where the code lives (SAM CodeUri, Terraform source_dir/filename, Serverless handler dir). */
  codePath?: Attr<string>
  environment: EnvironmentVariable[]
  kmsKeyArn?: Attr<string>
  /** The role in `service.roles` this function runs as, when it is defined in the same service. */
  roleId?: string
  /** The role as written (ARN, name, reference), when the function names one. */
  roleRef?: Attr<string>
  vpc?: VpcConfig
  /** `Active` or `PassThrough`. */
  tracing?: Attr<string>
  reservedConcurrency?: Attr<number>
  deadLetterTarget?: Attr<string>
  onFailureDestination?: Attr<string>
  url?: FunctionUrl
  layers: Attr<string>[]
  codeSigningConfig?: Attr<string>
  logRetentionDays?: Attr<number>
  triggers: Trigger[]
  /**
   * Serverless function-level `iamRoleStatements` written without the
   * serverless-iam-roles-per-function plugin: the framework ignores them (the function runs as the
   * provider role). Where they are written.
   */
  ignoredRoleStatements?: SourceLocation
  loc: SourceLocation
}

export interface EnvironmentVariable {
  name: string
  value: Attr<string | number | boolean | null>
  /** Where the variable is set: the function itself, or a shared default (provider, Globals). */
  origin: 'function' | 'shared'
  loc: SourceLocation
}

export interface VpcConfig {
  subnetIds: Attr<string>[]
  securityGroupIds: Attr<string>[]
  loc: SourceLocation
}

export interface FunctionUrl {
  /** `NONE` or `AWS_IAM`. */
  authType: Attr<string>
  cors?: Cors
  /** The endpoint this URL appears as in `service.endpoints`. */
  endpointId: string
  loc: SourceLocation
}

export interface Cors {
  allowOrigins: Attr<string>[]
  allowMethods: Attr<string>[]
  allowHeaders: Attr<string>[]
  allowCredentials?: Attr<boolean>
  loc: SourceLocation
}

export type TriggerKind =
  | 'rest-api'
  | 'http-api'
  | 'websocket'
  | 'function-url'
  | 'alb'
  | 's3'
  | 'sns'
  | 'sqs'
  | 'eventbridge'
  | 'schedule'
  | 'kinesis'
  | 'dynamodb-stream'
  | 'msk'
  | 'mq'
  | 'cognito'
  | 'iot'
  | 'cloudwatch-logs'
  | 'alexa'
  | 'other'

export interface Trigger {
  kind: TriggerKind
  /** The source: an ARN, bucket, topic, queue, schedule expression, or `METHOD /path`. */
  source?: Attr<string>
  /** For API, HTTP API, websocket and URL triggers: the endpoint in `service.endpoints`. */
  endpointId?: string
  /** Whether AWS invokes the function asynchronously for this trigger (where a DLQ matters). */
  async: boolean
  loc: SourceLocation
}

// ---------------------------------------------------------------- IAM

export interface Role {
  id: string
  name?: Attr<string>
  trustPolicy?: PolicyDocument
  /** Inline policies, SAM policy templates, attached customer and AWS managed policies. */
  policies: Policy[]
  permissionsBoundary?: Attr<string>
  /** Set for roles that the framework generates (Serverless's per-service role, SAM's function role). */
  generatedBy?: 'serverless' | 'sam' | 'terraform-module'
  loc: SourceLocation
}

/**
 * An IAM user or group (AWS::IAM::User, AWS::IAM::Group, aws_iam_user, aws_iam_group), or one
 * defined elsewhere that this service gives a policy: a principal the IAM rules check like a role.
 */
export interface IamPrincipal {
  /** Logical id or address; for a user or group defined elsewhere, its name as written. */
  id: string
  kind: 'user' | 'group'
  name?: Attr<string>
  /** Inline policies, attached customer and AWS managed policies. */
  policies: Policy[]
  /** Whether it is defined in this service, or only named by a policy or attachment. */
  defined: boolean
  loc: SourceLocation
}

export interface Policy {
  id: string
  name?: Attr<string>
  /**
   * `inline`: a document written in the template; `managed`: a customer managed policy of this
   * service; `aws-managed`: an AWS managed policy by name or ARN (no document); `sam-template`: a
   * SAM policy template, expanded into `document`; `external`: a policy ARN we cannot see.
   */
  kind: 'inline' | 'managed' | 'aws-managed' | 'sam-template' | 'external'
  document?: PolicyDocument
  /** ARN or name, for managed and external policies. */
  arn?: Attr<string>
  /** For standalone policies: the roles they are attached to (ids in `service.roles`). */
  attachedTo?: string[]
  /** For `sam-template` policies: the template's parameters as written. */
  templateParameters?: Value
  loc: SourceLocation
}

export interface PolicyDocument {
  statements: PolicyStatement[]
  /** Set when the whole document is an unresolvable expression. */
  symbolic?: SymbolicValue
  loc: SourceLocation
}

export interface PolicyStatement {
  sid?: string
  effect: Attr<string>
  actions: Attr<string>[]
  notActions: Attr<string>[]
  resources: Attr<string>[]
  notResources: Attr<string>[]
  principals: Principal[]
  notPrincipals: Principal[]
  /** The Condition block as written, undefined when there is none. */
  condition?: Value
  /** The statement itself (its list item or block): where statement findings are reported. */
  loc: SourceLocation
}

export interface Principal {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for a bare `Principal: "*"`. */
  type: string
  value: Attr<string>
}

// ---------------------------------------------------------------- endpoints

export type EndpointKind = 'rest' | 'http' | 'websocket' | 'function-url' | 'alb'

export interface Endpoint {
  id: string
  kind: EndpointKind
  /** HTTP method (`GET`, `ANY`, ...); absent for function URLs and websockets. */
  method?: Attr<string>
  /** Route path, or websocket route key. */
  path?: Attr<string>
  /** The API resource it belongs to: a logical id (including SAM's implicit `ServerlessRestApi`), an address. */
  apiId?: string
  functionIds: string[]
  auth: EndpointAuth
  apiKeyRequired?: Attr<boolean>
  cors?: Cors
  /** REST request validation (validator or request models/schemas set). */
  requestValidation?: Attr<boolean | string>
  /** For a function URL of a function not defined in this service: the function as written. */
  target?: Attr<string>
  loc: SourceLocation
}

export type AuthType = 'none' | 'iam' | 'jwt' | 'cognito' | 'lambda' | 'unknown'

export interface EndpointAuth {
  /** `unknown` when the setting is symbolic: rules must not report it. */
  type: AuthType
  /** The authorizer's name or reference, when one is used. */
  authorizer?: Attr<string>
  /** Where the authorization is set; absent when nothing sets it (the endpoint is public by default). */
  loc?: SourceLocation
  symbolic?: SymbolicValue
}

/** A resource-based permission to invoke a function (AWS::Lambda::Permission, aws_lambda_permission). */
export interface InvokePermission {
  id: string
  /** The function in `service.functions`, when the permission names one of this service. */
  functionId?: string
  functionRef: Attr<string>
  action: Attr<string>
  principal: Attr<string>
  sourceArn?: Attr<string>
  sourceAccount?: Attr<string>
  principalOrgId?: Attr<string>
  /** `EventSourceToken`: the Alexa skill id a permission for an Alexa principal is limited to. */
  eventSourceToken?: Attr<string>
  functionUrlAuthType?: Attr<string>
  /** `InvokedViaFunctionUrl`: the permission applies only to calls through the function URL. */
  invokedViaFunctionUrl?: Attr<boolean>
  loc: SourceLocation
}

// ---------------------------------------------------------------- other resources

export type ResourceKind =
  | 'bucket'
  | 'table'
  | 'queue'
  | 'topic'
  | 'stream'
  | 'log-group'
  | 'kms-key'
  | 'secret'
  | 'state-machine'
  | 'api'
  | 'api-stage'
  | 'api-domain'
  | 'layer'
  | 'event-bus'
  | 'identity-pool'
  | 'user-pool'

/**
 * A resource the rules look at, with its security attributes normalised. Attributes that a format
 * cannot express are absent; resource policies (bucket, queue, topic, key, bus, layer) are
 * attached to the resource they govern, even when written as a separate resource.
 */
export interface Resource {
  id: string
  kind: ResourceKind
  /** The type as written: `AWS::S3::Bucket`, `aws_s3_bucket`, `AWS::Serverless::Api`, ... */
  type: string
  name?: Attr<string>
  /** Resource policies governing it (bucket policy, queue policy, key policy, ...). */
  policies: PolicyDocument[]
  attributes: ResourceAttributes
  loc: SourceLocation
}

/** Normalised attributes, by kind; each is present only when the template sets it. */
export interface ResourceAttributes {
  // S3
  acl?: Attr<string>
  publicAccessBlock?: PublicAccessBlock
  encryption?: Attr<string>
  // encryption with a key (DynamoDB, SQS, SNS, Kinesis, logs, secrets, state machines)
  kmsKeyId?: Attr<string>
  sseEnabled?: Attr<boolean>
  // DynamoDB
  pointInTimeRecovery?: Attr<boolean>
  // logs
  retentionDays?: Attr<number>
  // KMS
  keyRotation?: Attr<boolean>
  // Secrets Manager
  rotation?: Attr<boolean | string>
  /** Days between rotations (`AutomaticallyAfterDays`), or the schedule as written (`rate(30 days)`). */
  rotationInterval?: Attr<number | string>
  // Step Functions, API stages
  loggingLevel?: Attr<string>
  accessLogDestination?: Attr<string>
  tracing?: Attr<boolean>
  // API Gateway
  protocol?: Attr<string>
  apiId?: string
  stageName?: Attr<string>
  wafAclId?: Attr<string>
  /** A web ACL association whose resource ARN may name this stage but cannot be matched to it. */
  wafAssociationUndecided?: Attr<string>
  cacheEnabled?: Attr<boolean>
  cacheEncrypted?: Attr<boolean>
  dataTrace?: Attr<boolean>
  throttlingBurstLimit?: Attr<number>
  throttlingRateLimit?: Attr<number>
  /**
   * Limits of a usage plan on the stage (`AWS::ApiGateway::UsagePlan`, `aws_api_gateway_usage_plan`,
   * Serverless `provider.apiGateway.usagePlan`): they apply only to requests carrying an API key.
   */
  usagePlanBurstLimit?: Attr<number>
  usagePlanRateLimit?: Attr<number>
  /** The usage plan on the stage (its id as written), and its request quota. */
  usagePlan?: Attr<string>
  usagePlanQuotaLimit?: Attr<number>
  usagePlanQuotaPeriod?: Attr<string>
  securityPolicy?: Attr<string>
  endpointType?: Attr<string>
  // Cognito
  allowUnauthenticated?: Attr<boolean>
  /**
   * The role an identity pool gives unauthenticated identities (a role attachment's
   * `unauthenticated` role), as written: anyone may act with it when unauthenticated identities
   * are allowed.
   */
  unauthenticatedRole?: Attr<string>
  mfa?: Attr<string>
}

export interface PublicAccessBlock {
  blockPublicAcls?: Attr<boolean>
  blockPublicPolicy?: Attr<boolean>
  ignorePublicAcls?: Attr<boolean>
  restrictPublicBuckets?: Attr<boolean>
  loc: SourceLocation
}
