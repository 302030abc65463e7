import type { Rule } from '../types.js'
import { lambdaUrlAuthNone } from './functions/lambda-url-auth-none.js'
import { lambdaRuntimeDeprecated } from './functions/lambda-runtime-deprecated.js'
import { lambdaEnvPlaintextSecret } from './functions/lambda-env-plaintext-secret.js'
import { lambdaEnvSecretResolvedAtDeploy } from './functions/lambda-env-secret-resolved-at-deploy.js'
import { lambdaEnvNoCmk } from './functions/lambda-env-no-cmk.js'
import { lambdaUrlCorsWildcard } from './functions/lambda-url-cors-wildcard.js'
import { lambdaPermissionPublic } from './functions/lambda-permission-public.js'
import { lambdaPermissionNoSource } from './functions/lambda-permission-no-source.js'
import { lambdaPermissionBroadAction } from './functions/lambda-permission-broad-action.js'
import { lambdaTracingDisabled } from './functions/lambda-tracing-disabled.js'
import { lambdaNoDlq } from './functions/lambda-no-dlq.js'
import { lambdaNoConcurrencyLimit } from './functions/lambda-no-concurrency-limit.js'
import { lambdaCodeSigningMissing } from './functions/lambda-code-signing-missing.js'
import { lambdaLogRetentionMissing } from './functions/lambda-log-retention-missing.js'
import { lambdaSharedRole } from './functions/lambda-shared-role.js'
import { lambdaLayerPublic } from './functions/lambda-layer-public.js'
import { hardcodedSecret } from './data/hardcoded-secret.js'
import { iamWildcardAction } from './iam/iam-wildcard-action.js'
import { apiAccessLoggingDisabled } from './api/api-access-logging-disabled.js'
import { apiCacheUnencrypted } from './api/api-cache-unencrypted.js'
import { apiCorsWildcard } from './api/api-cors-wildcard.js'
import { apiDataTraceEnabled } from './api/api-data-trace-enabled.js'
import { apiNoAuthorization } from './api/api-no-authorization.js'
import { apiNoWaf } from './api/api-no-waf.js'
import { apiRequestValidationMissing } from './api/api-request-validation-missing.js'
import { apiThrottlingMissing } from './api/api-throttling-missing.js'
import { apiTlsOutdated } from './api/api-tls-outdated.js'
import { apiTracingDisabled } from './api/api-tracing-disabled.js'
import { iamAdminAccess } from './iam/iam-admin-access.js'
import { iamBroadManagedPolicy } from './iam/iam-broad-managed-policy.js'
import { iamNotAction } from './iam/iam-not-action.js'
import { iamPrivilegeEscalation } from './iam/iam-privilege-escalation.js'
import { iamTrustPublic } from './iam/iam-trust-public.js'
import { iamWildcardResource } from './iam/iam-wildcard-resource.js'
import { serverlessRoleStatementsIgnored } from './iam/serverless-role-statements-ignored.js'
import { s3PublicAccess } from './data/s3-public-access.js'
import { s3InsecureTransport } from './data/s3-insecure-transport.js'
import { dynamodbPitrDisabled } from './data/dynamodb-pitr-disabled.js'
import { sqsUnencrypted } from './data/sqs-unencrypted.js'
import { snsUnencrypted } from './data/sns-unencrypted.js'
import { sqsPolicyPublic } from './data/sqs-policy-public.js'
import { snsPolicyPublic } from './data/sns-policy-public.js'
import { kinesisUnencrypted } from './data/kinesis-unencrypted.js'
import { logsUnencrypted } from './data/logs-unencrypted.js'
import { kmsRotationDisabled } from './data/kms-rotation-disabled.js'
import { kmsKeyPolicyPublic } from './data/kms-key-policy-public.js'
import { secretRotationMissing } from './data/secret-rotation-missing.js'
import { stepfunctionsLoggingDisabled } from './data/stepfunctions-logging-disabled.js'
import { eventbridgeBusPolicyPublic } from './data/eventbridge-bus-policy-public.js'
import { cognitoUnauthenticatedIdentities } from './data/cognito-unauthenticated-identities.js'

/** The rule catalog. A new rule is one file in its area folder and one line here. */
export const CATALOG: readonly Rule[] = [
  lambdaUrlAuthNone,
  lambdaRuntimeDeprecated,
  lambdaEnvPlaintextSecret,
  lambdaEnvSecretResolvedAtDeploy,
  lambdaEnvNoCmk,
  lambdaUrlCorsWildcard,
  lambdaPermissionPublic,
  lambdaPermissionNoSource,
  lambdaPermissionBroadAction,
  lambdaTracingDisabled,
  lambdaNoDlq,
  lambdaNoConcurrencyLimit,
  lambdaCodeSigningMissing,
  lambdaLogRetentionMissing,
  lambdaSharedRole,
  lambdaLayerPublic,
  hardcodedSecret,
  iamWildcardAction,
  iamAdminAccess,
  iamWildcardResource,
  iamPrivilegeEscalation,
  iamNotAction,
  iamTrustPublic,
  iamBroadManagedPolicy,
  serverlessRoleStatementsIgnored,
  apiNoAuthorization,
  apiAccessLoggingDisabled,
  apiNoWaf,
  apiCorsWildcard,
  apiTlsOutdated,
  apiCacheUnencrypted,
  apiThrottlingMissing,
  apiTracingDisabled,
  apiRequestValidationMissing,
  apiDataTraceEnabled,
  s3PublicAccess,
  s3InsecureTransport,
  dynamodbPitrDisabled,
  sqsUnencrypted,
  snsUnencrypted,
  sqsPolicyPublic,
  snsPolicyPublic,
  kinesisUnencrypted,
  logsUnencrypted,
  kmsRotationDisabled,
  kmsKeyPolicyPublic,
  secretRotationMissing,
  stepfunctionsLoggingDisabled,
  eventbridgeBusPolicyPublic,
  cognitoUnauthenticatedIdentities
]
