import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { scanFiles } from '../helpers/scan.js'

// The peer scanners' own test samples in the corpus beside the repository (../shared/corpus, see
// its SOURCES.md: checkov, KICS and cfn_nag, each under its licence in ../shared/corpus/licenses).
// Each sample of a peer check that is the equivalent of one of our rules (the rule's `equivalents`)
// is run through the real gate, and our rule must agree with the peer's verdict: the peer's check
// fires (KICS positive, checkov FAILED, cfn_nag offending id) when, and only when, our rule reports.
// Every disagreement is listed in KNOWN with the reason it is right; a new one fails the test.
const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'iac')
const present = existsSync(CORPUS)
const run = present ? describe : describe.skip
if (!present) console.log(`IaC corpus not found at ${CORPUS}: peer agreement test skipped`)

type Verdict = 'fires' | 'quiet'

/** One peer verdict: about a whole sample file, or about one of its resources (as we name it). */
interface Sample {
  /** Path under the corpus `iac` folder: a file, or a Terraform folder read as one module. */
  path: string
  check: string
  rules: string[]
  verdict: Verdict
  resource?: string
}

/** KICS query folder (the name the corpus files carry) → its check id and our equivalent rules. */
const KICS_QUERIES: Record<string, [string, string[]]> = {
  api_gateway_access_logging_disabled: ['80d45af4', ['api-access-logging-disabled']],
  api_gateway_deployment_without_access_log_setting: ['06ec63e3', ['api-access-logging-disabled']],
  serverless_api_access_logging_setting_undefined: ['0a994e04', ['api-access-logging-disabled']],
  api_gateway_with_open_access: ['1056dfbb', ['api-no-authorization']],
  api_gateway_without_security_policy: ['8275fab0', ['api-tls-outdated']],
  api_gateway_without_waf: ['fcbf9019', ['api-no-waf']],
  api_gateway_xray_disabled: ['4ab10c48', ['api-tracing-disabled']],
  serverless_api_xray_tracing_disabled: ['c757c6a3', ['api-tracing-disabled']],
  hardcoded_aws_access_key_in_lambda: ['2564172f/1402afd8', ['lambda-env-plaintext-secret']],
  lambda_functions_with_full_privileges: ['a0ae0a4e', ['iam-admin-access']],
  lambda_functions_without_unique_iam_roles: ['ae03f542', ['lambda-shared-role']],
  serverless_function_without_unique_iam_role: ['4ba74f01', ['lambda-shared-role']],
  'lambda_functions_without_x-ray_tracing': ['9488c451/8152e0cf', ['lambda-tracing-disabled']],
  serverless_function_environment_variables_not_encrypted: ['a7f8ac28', ['lambda-env-no-cmk']],
  lambda_function_with_privileged_role: ['1b3af2f9', ['iam-privilege-escalation']]
}

/** KICS names its samples `.../<query>/test/positiveN.ext` or `negativeN.ext`. */
function kicsSamples(): Sample[] {
  const samples: Sample[] = []
  const add = (path: string, name: string): void => {
    const m = /__([a-z0-9-]+(?:_[a-z0-9-]+)*)__test(?:__|\/)(positive|negative)\d*\.\w+$/.exec(name)
    const query = m && KICS_QUERIES[m[1]]
    if (!m || !query) return
    const verdict = m[2] === 'positive' ? 'fires' : 'quiet'
    samples.push({ path, check: `kics ${query[0]}`, rules: query[1], verdict })
  }
  for (const format of ['cloudformation', 'sam', 'serverless-framework', 'terraform']) {
    const folder = join(CORPUS, format, 'kics')
    if (!existsSync(folder)) continue
    for (const entry of readdirSync(folder)) {
      const path = `${format}/kics/${entry}`
      if (!statSync(join(CORPUS, path)).isDirectory()) add(path, entry)
      else for (const f of readdirSync(join(CORPUS, path))) add(`${path}/${f}`, `${entry}/${f}`)
    }
  }
  return samples
}

const CFN = 'cloudformation/checkov/tests__cloudformation__checks__resource__aws__example_'
const SAM = 'sam/checkov/tests__cloudformation__checks__resource__aws__example_'
const TF = 'terraform/checkov/tests__terraform__checks__resource__aws__example_'
const SLS = 'serverless-framework/checkov/tests__serverless__checks__aws__example_'

/** `fires`/`quiet` resources of one checkov sample (its test names them, or the file name does). */
function checkov(
  path: string,
  check: string,
  rules: string[],
  fires: string[],
  quiet: string[] = []
): Sample[] {
  const one = (verdict: Verdict, resource: string): Sample => ({
    path,
    check: `checkov ${check}`,
    rules,
    verdict,
    ...(resource === '' ? {} : { resource })
  })
  return [...fires.map(r => one('fires', r)), ...quiet.map(r => one('quiet', r))]
}

/** Whole-file checkov sample whose name says FAILED/fail or PASSED/pass. */
function checkovFile(path: string, check: string, rules: string[]): Sample[] {
  const failed = /(FAIL(ED)?|\.fail\.)/.test(basename(path))
  return checkov(path, check, rules, failed ? [''] : [], failed ? [] : [''])
}

const CORS_VALID = [
  'ValidLambdaFunctionWithoutUrl',
  'ValidLambdaFunction',
  'ValidLambdaFunctionNoCorsDefinition',
  'ValidLambdaFunctionOnlyOriginsStar',
  'ValidLambdaFunctionOnlyMethodsStar'
]
const TF_CORS_VALID = [
  'valid_lambda_function',
  'valid_lambda_function_without_url',
  'valid_lambda_function_no_cors_definition',
  'valid_lambda_function_only_allow_origins_star',
  'valid_lambda_function_only_allow_methods_star'
].map(r => `aws_lambda_function.${r}`)

const CHECKOV: Sample[] = [
  ...checkovFile(
    `${CFN}APIGatewayAccessLogging__APIGatewayAccessLogging-FAILED.yaml`,
    'CKV_AWS_76',
    ['api-access-logging-disabled']
  ),
  ...checkov(
    `${SAM}APIGatewayAccessLogging__sam.yaml`,
    'CKV_AWS_76',
    ['api-access-logging-disabled'],
    ['DefaultprodStage'],
    ['EnabledprodStage']
  ),
  ...checkovFile(
    `${CFN}APIGatewayV2AccessLogging__APIGatewayV2AccessLogging-PASSED.yaml`,
    'CKV_AWS_95',
    ['api-access-logging-disabled']
  ),
  ...checkov(
    `${SAM}APIGatewayV2AccessLogging__sam.yaml`,
    'CKV_AWS_95',
    ['api-access-logging-disabled'],
    ['DefaultprodStage'],
    ['EnabledprodStage']
  ),
  ...['FAILED', 'PASSED'].flatMap(v =>
    checkovFile(`${CFN}APIGatewayAuthorization__APIGatewayAuthorization-${v}.yaml`, 'CKV_AWS_59', [
      'api-no-authorization'
    ])
  ),
  ...checkovFile(`${CFN}APIGatewayXray__APIGatewayXray-PASSED.yaml`, 'CKV_AWS_73', [
    'api-tracing-disabled'
  ]),
  ...checkov(
    `${SAM}APIGatewayXray__sam.yaml`,
    'CKV_AWS_73',
    ['api-tracing-disabled'],
    ['DefaultprodStage', 'DisabledprodStage'],
    ['EnabledprodStage']
  ),
  ...['iam_group.fail.json', 'iam_role.fail.json', 'iam_user.fail.json']
    .concat(['iam_group.pass.json', 'iam_policy.pass.json', 'iam_role.pass.json'])
    .concat(['iam_user.pass.json'])
    .flatMap(f =>
      checkovFile(`${CFN}IAMAdminPolicyDocument__${f}`, 'IAMAdminPolicyDocument', [
        'iam-admin-access'
      ])
    ),
  ...checkovFile(`${CFN}LambdaDLQConfigured__FAIL.yaml`, 'CKV_AWS_116', ['lambda-no-dlq']),
  ...checkov(
    `${SAM}LambdaDLQConfigured__sam.yaml`,
    'CKV_AWS_116',
    ['lambda-no-dlq'],
    ['Default'],
    ['Enabled']
  ),
  ...['PASS', 'PASS2', 'PASS3'].flatMap(v =>
    checkovFile(`${CFN}LambdaEnvironmentCredentials__${v}.yaml`, 'CKV_AWS_45', [
      'lambda-env-plaintext-secret'
    ])
  ),
  ...checkov(
    `${SAM}LambdaEnvironmentCredentials__sam.yaml`,
    'CKV_AWS_45',
    ['lambda-env-plaintext-secret'],
    ['Secret'],
    ['NoSecret', 'NoEnv', 'NoProperties']
  ),
  ...checkov(
    `${TF}LambdaEnvironmentCredentials`,
    'CKV_AWS_45',
    ['lambda-env-plaintext-secret'],
    ['aws_lambda_function.fail'],
    ['aws_lambda_function.pass', 'aws_lambda_function.no_env']
  ),
  ...checkovFile(`${CFN}LambdaEnvironmentEncryptionSettings__FAIL.yaml`, 'CKV_AWS_173', [
    'lambda-env-no-cmk'
  ]),
  ...checkov(
    `${SAM}LambdaEnvironmentEncryptionSettings__sam.yaml`,
    'CKV_AWS_173',
    ['lambda-env-no-cmk'],
    ['EnvAndNoKey'],
    ['EnvAndKey', 'NoEnvAndNoKey']
  ),
  ...checkov(
    `${TF}LambdaEnvironmentEncryptionSettings`,
    'CKV_AWS_173',
    ['lambda-env-no-cmk'],
    ['aws_lambda_function.fail', 'aws_lambda_function.failkmsnovars'],
    ['aws_lambda_function.pass']
  ),
  ...checkov(
    `${SAM}LambdaFunctionLevelConcurrentExecutionLimit__sam.yaml`,
    'CKV_AWS_115',
    ['lambda-no-concurrency-limit'],
    ['Default'],
    ['Enabled']
  ),
  ...checkov(
    `${SAM}DeprecatedLambdaRuntime__exampleSAM.yaml`,
    'CKV_AWS_363',
    ['lambda-runtime-deprecated'],
    ['Fail2'],
    ['Pass2']
  ),
  ...checkov(
    `${TF}DeprecatedLambdaRuntime`,
    'CKV_AWS_363',
    ['lambda-runtime-deprecated'],
    ['aws_lambda_function.fail', 'aws_lambda_function.fail2'],
    ['aws_lambda_function.pass']
  ),
  ...checkov(
    `${TF}LambdaCodeSigningConfigured`,
    'CKV_AWS_272',
    ['lambda-code-signing-missing'],
    ['aws_lambda_function.fail'],
    ['aws_lambda_function.pass']
  ),
  ...checkov(
    `${TF}LambdaXrayEnabled`,
    'CKV_AWS_50',
    ['lambda-tracing-disabled'],
    ['aws_lambda_function.default'],
    ['aws_lambda_function.active', 'aws_lambda_function.pass_through']
  ),
  ...checkov(
    'cloudformation/checkov/tests__cloudformation__graph__checks__resources__LambdaOpenCorsPolicy__template.yaml',
    'CKV2_AWS_75',
    ['lambda-url-cors-wildcard'],
    ['InvalidLambdaFunction'],
    CORS_VALID
  ),
  ...checkov(
    'terraform/checkov/tests__terraform__graph__checks__resources__LambdaOpenCorsPolicy',
    'CKV2_AWS_75',
    ['lambda-url-cors-wildcard'],
    ['aws_lambda_function.invalid_lambda_function'],
    TF_CORS_VALID
  ),
  ...[
    'FAILED-func_level',
    'FAILED-provider_level',
    'FAILED-provider_level_with_env_var',
    'FAILED-provider_level_with_ext_json_var',
    'FAILED-provider_level_with_ext_yaml_var',
    'FAILED-provider_level_with_var',
    'PASSED'
  ].flatMap(v =>
    checkovFile(
      `${SLS}AdminPolicyDocument__AdminPolicyDocument-${v}__serverless.yml`,
      'CKV_AWS_1',
      ['iam-admin-access']
    )
  ),
  ...['FAILED-func_level', 'FAILED-provider_level', 'PASSED', 'PASSED-2'].flatMap(v =>
    checkovFile(
      `${SLS}StarActionPolicyDocument__StarActionPolicyDocument-${v}__serverless.yml`,
      'CKV_AWS_49',
      ['iam-wildcard-action']
    )
  ),
  ...['FAILED', 'PASSED', 'PASSED-incl'].flatMap(v =>
    checkovFile(`${SLS}S3PublicACLRead__S3PublicACLRead-${v}__serverless.yml`, 'CKV_AWS_20', [
      's3-public-access'
    ])
  )
]

const NAG = 'cloudformation/cfn_nag/spec__test_templates__'

/** cfn_nag spec templates, with the verdict its spec expects of the named rule. */
function nag(file: string, check: string, rules: string[], verdict: Verdict): Sample {
  return { path: `${NAG}${file}`, check: `cfn_nag ${check}`, rules, verdict }
}

const LOGS = ['api-access-logging-disabled']
const CFN_NAG: Sample[] = [
  nag('json__apigateway_accesslogging__apigateway_with_access_logging.json', 'W45', LOGS, 'quiet'),
  nag(
    'json__apigateway_accesslogging__apigateway_with_no_access_logging.json',
    'W45',
    LOGS,
    'fires'
  ),
  nag(
    'json__apigateway_accesslogging__apigateway_with_no_access_logging_missing_stagedescription.json',
    'W45',
    LOGS,
    'fires'
  ),
  nag(
    'json__apigateway_accesslogging_v2__apigateway_with_access_logging.json',
    'W46',
    LOGS,
    'quiet'
  ),
  nag(
    'json__apigateway_accesslogging_v2__apigateway_with_no_access_logging.json',
    'W46',
    LOGS,
    'fires'
  ),
  nag(
    'yaml__api_gateway__api_gateway_deployment_with_access_log_setting.yaml',
    'W45',
    LOGS,
    'quiet'
  ),
  nag(
    'yaml__api_gateway__api_gateway_deployment_with_no_access_logging_and_not_refd_in_stage.yaml',
    'W45',
    LOGS,
    'fires'
  ),
  // W45 is quiet here (the deployment creates no stage), but W69 reports the stages without logs.
  nag(
    'yaml__api_gateway__api_gateway_deployment_with_no_access_logging_and_refd_in_stage_with_no_logging.yaml',
    'W69',
    LOGS,
    'fires'
  ),
  nag(
    'yaml__api_gateway__api_gateway_deployment_with_no_access_logging_but_refd_in_stage_with_logging.yaml',
    'W45',
    LOGS,
    'quiet'
  ),
  nag('yaml__api_gateway__api_gateway_stage_does_have_access_logging.yaml', 'W69', LOGS, 'quiet'),
  ...[
    ['apigateway_with_cache_encryption_enabled', 'quiet'],
    ['apigateway_with_no_cache_enabled_missing_stagedescription', 'quiet'],
    ['apigateway_with_no_cache_encryption', 'fires']
  ].map(([f, v]) =>
    nag(
      `json__apigateway_cacheencrypted__${f}.json`,
      'W87',
      ['api-cache-unencrypted'],
      v as Verdict
    )
  ),
  ...[
    ['apigateway_with_tls_10', 'fires'],
    ['apigateway_with_tls_12', 'quiet'],
    ['apigateway_without_securitypolicy', 'fires']
  ].map(([f, v]) =>
    nag(`json__apigateway_securitypolicy__${f}.json`, 'W62', ['api-tls-outdated'], v as Verdict)
  ),
  nag(
    'json__iam_managed_policy__iam_managed_policy_with_not_resource.json',
    'W23',
    ['iam-not-action'],
    'fires'
  ),
  nag(
    'json__iam_managed_policy__iam_managed_policy_with_wildcard_action.json',
    'F5',
    ['iam-wildcard-action'],
    'fires'
  ),
  nag(
    'json__iam_managed_policy__iam_managed_policy_with_wildcard_resource.json',
    'W13',
    ['iam-wildcard-resource'],
    'fires'
  ),
  nag('json__iam_policy__iam_policy_with_not_action.json', 'W16', ['iam-not-action'], 'fires'),
  nag('json__iam_policy__iam_policy_with_not_resource.json', 'W22', ['iam-not-action'], 'fires'),
  nag(
    'json__iam_policy__iam_policy_with_wildcard_action.json',
    'F4',
    ['iam-wildcard-action'],
    'fires'
  ),
  nag(
    'json__iam_policy__iam_policy_with_wildcard_resource.json',
    'W12',
    ['iam-wildcard-resource'],
    'fires'
  ),
  nag('json__iam_role__iam_role.json', 'F3', ['iam-wildcard-action'], 'fires'),
  nag('json__iam_role__iam_role_not_action.json', 'W15', ['iam-not-action'], 'fires'),
  nag('json__iam_role__iam_role_not_action_on_trust.json', 'W15', ['iam-not-action'], 'quiet'),
  nag('json__iam_role__iam_role_not_resource.json', 'W21', ['iam-not-action'], 'fires'),
  nag(
    'yaml__iam_passrole_resource_wildcard__iam_inline_policy_passrole_resource_wildcard_fail.yml',
    'F39',
    ['iam-privilege-escalation'],
    'fires'
  ),
  ...['iam_inline_policy', 'iam_managed_policy'].map(p =>
    nag(
      `yaml__iam_passrole_resource_wildcard__${p}_passrole_resource_wildcard_pass.yml`,
      'F39/F40',
      ['iam-privilege-escalation'],
      'quiet'
    )
  ),
  nag(
    'json__lambda_permission__lambda_with_permission_beside_invoke_function.json',
    'W24',
    ['lambda-permission-broad-action'],
    'fires'
  ),
  nag(
    'json__lambda_permission__lambda_with_wildcard_principal_and_non_invoke_function_permission.json',
    'F13',
    ['lambda-permission-public'],
    'fires'
  ),
  nag(
    'json__lambda_function__lambda_not_reserved_executions.json',
    'W92',
    ['lambda-no-concurrency-limit'],
    'fires'
  ),
  nag(
    'json__lambda_function__lambda_reserved_executions.json',
    'W92',
    ['lambda-no-concurrency-limit'],
    'quiet'
  ),
  nag(
    'yaml__api_gateway__api_gateway_method_authorization_type_none_with_param_refs.yaml',
    'W59',
    ['api-no-authorization'],
    'fires'
  ),
  nag(
    'yaml__api_gateway__api_gateway_method_authorization_type_valid_values_with_param_refs.yaml',
    'W59',
    ['api-no-authorization'],
    'quiet'
  ),
  nag(
    'yaml__api_gateway__api_gateway_method_with_httpmethod_options.yaml',
    'W59',
    ['api-no-authorization'],
    'quiet'
  )
]

/**
 * Known disagreements, each checked against the AWS documentation: the peer is wrong, out of date,
 * or checks something our rule deliberately does not report. Key: `<path>` or `<path>#<resource>`.
 */
const KICS_CFN = 'cloudformation/kics/assets__queries__cloudFormation__aws__'
const KICS_SAM = 'sam/kics/assets__queries__cloudFormation__aws_sam__'
const KNOWN: Record<string, string> = {
  // KICS 80d45af4 also wants execution logging (MethodSettings / DefaultRouteSettings LoggingLevel);
  // these stages have an AccessLogSetting, which is all api-access-logging-disabled is about.
  [`${KICS_CFN}api_gateway_access_logging_disabled__test__positive8.yaml`]: 'execution logging',
  [`${KICS_CFN}api_gateway_access_logging_disabled__test__positive11.yaml`]: 'execution logging',
  [`${KICS_CFN}api_gateway_access_logging_disabled__test__positive15.yaml`]: 'execution logging',
  // KICS matches any 40-character value, whatever the variable's name (`foo`): the values are
  // `1234567890…$`, no credential format. Reporting them would be noise on every long value.
  [`${KICS_CFN}hardcoded_aws_access_key_in_lambda__test__positive3.json`]: 'any 40 characters',
  [`${KICS_CFN}hardcoded_aws_access_key_in_lambda__test__positive4.json`]: 'any 40 characters',
  // Action `*` on `arn:aws:logs:*:*:*` only: every logs action, not full privileges. KICS reports
  // any `*` action; here iam-wildcard-action reports it, iam-admin-access (`*` on `*`) rightly not.
  [`${KICS_CFN}lambda_functions_with_full_privileges__test__positive1.yaml`]:
    'not on every resource',
  [`${KICS_CFN}lambda_functions_with_full_privileges__test__positive2.json`]:
    'not on every resource',
  // The shared role is defined elsewhere (a literal ARN, or a parameter): what it may write is not
  // known, and lambda-shared-role reports shared roles that can write.
  [`${KICS_CFN}lambda_functions_without_unique_iam_roles__test__positive2.json`]: 'role elsewhere',
  [`${KICS_SAM}serverless_function_without_unique_iam_role__test__positive1.yaml`]:
    'role elsewhere',
  [`${KICS_SAM}serverless_function_without_unique_iam_role__test__positive2.yaml`]:
    'role elsewhere',
  // AuthorizationType NONE with ApiKeyRequired: AWS says API keys are not a means of authorization
  // (they identify usage-plan clients and are easily shared), so the method is still open.
  [`${CFN}APIGatewayAuthorization__APIGatewayAuthorization-PASSED.yaml`]: 'API key is not auth',
  // lambda-no-dlq is about asynchronously invoked functions (events lost after the retries);
  // these functions have no asynchronous trigger.
  [`${CFN}LambdaDLQConfigured__FAIL.yaml`]: 'not invoked asynchronously',
  [`${SAM}LambdaDLQConfigured__sam.yaml#Default`]: 'not invoked asynchronously',
  // The key is AKIAIOSFODNN7EXAMPLE, AWS's documented example key: deliberately not a secret.
  [`${SAM}LambdaEnvironmentCredentials__sam.yaml#Secret`]: 'documentation example key',
  [`${TF}LambdaEnvironmentCredentials#aws_lambda_function.fail`]: 'documentation example key',
  // `environment { test = "true" }` has no `variables` (the block's only argument), and
  // `failkmsnovars` has a key but no environment: no variables to encrypt in either.
  [`${TF}LambdaEnvironmentEncryptionSettings#aws_lambda_function.fail`]: 'no variables',
  [`${TF}LambdaEnvironmentEncryptionSettings#aws_lambda_function.failkmsnovars`]: 'no variables',
  // Deprecated since the samples were written (AWS Lambda runtimes page): python3.11 on
  // 2026-06-30, nodejs18.x on 2025-09-01; the gate runs here as of 2026-11-22.
  [`${SAM}DeprecatedLambdaRuntime__exampleSAM.yaml#Pass2`]: 'python3.11 deprecated since',
  [`${TF}DeprecatedLambdaRuntime#aws_lambda_function.pass`]: 'nodejs18.x deprecated since',
  // PassThrough traces a request only when an upstream service sampled it: not active tracing.
  [`${TF}LambdaXrayEnabled#aws_lambda_function.pass_through`]: 'PassThrough is not active',
  // CKV2_AWS_75 needs both origins and methods to be `*`; any origin alone already lets every
  // website read the function URL's responses from a visitor's browser.
  'cloudformation/checkov/tests__cloudformation__graph__checks__resources__LambdaOpenCorsPolicy__template.yaml#ValidLambdaFunctionOnlyOriginsStar':
    'any origin is enough',
  'terraform/checkov/tests__terraform__graph__checks__resources__LambdaOpenCorsPolicy#aws_lambda_function.valid_lambda_function_only_allow_origins_star':
    'any origin is enough',
  // Function-level iamRoleStatements are not applied by the Serverless Framework without the
  // serverless-iam-roles-per-function plugin (serverless-role-statements-ignored says so).
  [`${SLS}AdminPolicyDocument__AdminPolicyDocument-FAILED-func_level__serverless.yml`]:
    'function-level statements ignored',
  [`${SLS}StarActionPolicyDocument__StarActionPolicyDocument-FAILED-func_level__serverless.yml`]:
    'function-level statements ignored',
  // The actions come from `${env:…}` or from a `${file(…)}` not in the sample: unknown before
  // deployment, so undecided rather than reported.
  [`${SLS}AdminPolicyDocument__AdminPolicyDocument-FAILED-provider_level_with_env_var__serverless.yml`]:
    'unresolved variable',
  [`${SLS}AdminPolicyDocument__AdminPolicyDocument-FAILED-provider_level_with_ext_json_var__serverless.yml`]:
    'file not in the sample',
  [`${SLS}AdminPolicyDocument__AdminPolicyDocument-FAILED-provider_level_with_ext_yaml_var__serverless.yml`]:
    'file not in the sample',
  // A deployment without StageName creates no stage, so there is no access log to configure.
  [`${NAG}json__apigateway_accesslogging__apigateway_with_no_access_logging_missing_stagedescription.json`]:
    'no stage',
  // No SecurityPolicy: AWS documents no default for a custom domain, and the gate does not guess.
  [`${NAG}json__apigateway_securitypolicy__apigateway_without_securitypolicy.json`]: 'no value',
  // The `*` resource statements carry a Condition, which often scopes them (iam-wildcard-resource
  // deliberately leaves conditioned statements out).
  [`${NAG}json__iam_managed_policy__iam_managed_policy_with_wildcard_resource.json`]: 'Condition',
  [`${NAG}json__iam_policy__iam_policy_with_wildcard_resource.json`]: 'Condition',
  // Principal `*` with SourceArn and SourceAccount: only that SNS topic can invoke the function,
  // so it is not public. F13 looks at the principal alone.
  [`${NAG}json__lambda_permission__lambda_with_wildcard_principal_and_non_invoke_function_permission.json`]:
    'source conditions'
}

function key(s: Sample): string {
  return s.resource ? `${s.path}#${s.resource}` : s.path
}

/** The sample as the gate reads it: Serverless files under their usual name, a folder whole. */
function filesOf(path: string): Record<string, string> {
  const full = join(CORPUS, path)
  if (statSync(full).isDirectory()) {
    const files: Record<string, string> = {}
    for (const f of readdirSync(full)) files[f] = readFileSync(join(full, f), 'utf8')
    return files
  }
  const name = path.startsWith('serverless-framework/') ? 'serverless.yml' : basename(path)
  return { [name]: readFileSync(full, 'utf8') }
}

run('agreement with the peer scanners’ own test samples', () => {
  it('agrees with every mapped peer verdict, apart from the known and justified disagreements', async () => {
    const samples = [...kicsSamples(), ...CHECKOV, ...CFN_NAG].filter(s =>
      existsSync(join(CORPUS, s.path))
    )
    const findings = new Map<string, { ruleId: string; resource: string }[]>()
    for (const path of new Set(samples.map(s => s.path))) {
      findings.set(path, (await scanFiles(filesOf(path))).findings)
    }
    const disagreements: Record<string, string> = {}
    for (const s of samples) {
      const fired = (findings.get(s.path) ?? []).some(
        f => s.rules.includes(f.ruleId) && (!s.resource || f.resource === s.resource)
      )
      if (fired !== (s.verdict === 'fires')) {
        disagreements[key(s)] =
          `${s.check} ${s.verdict === 'fires' ? 'fires, ' : 'is quiet, '}${s.rules.join('/')} ${fired ? 'fires' : 'is quiet'}`
      }
    }
    const count = Object.keys(disagreements).length
    console.log(
      [
        `peer samples mapped: ${samples.length}, agreeing: ${samples.length - count}, disagreeing: ${count}`,
        ...Object.entries(disagreements).map(([k, v]) => `  ${k}: ${v}`)
      ].join('\n')
    )
    expect(samples.length).toBeGreaterThan(100)
    expect(Object.keys(disagreements).sort()).toEqual(Object.keys(KNOWN).sort())
  })
})
