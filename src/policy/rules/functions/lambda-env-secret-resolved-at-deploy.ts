import { isSymbolicValue } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { deployTimeSource, isDeployTimeSecret } from '../lib/deploy-time-secrets.js'
import { reportPerSetting, type FunctionIssue } from '../lib/per-setting.js'

export const lambdaEnvSecretResolvedAtDeploy: Rule = {
  id: 'lambda-env-secret-resolved-at-deploy',
  title: 'Secret copied into a function environment variable at deploy time',
  severity: 'medium',
  area: 'functions',
  rationale:
    'Reading a secret from Secrets Manager or SSM with a deploy-time reference (`${ssm:...}`, `{{resolve:secretsmanager:...}}`, a Terraform data source) does not keep it secret: the deployment writes its value into the function configuration, where anyone allowed to read the configuration sees it in clear text (and, with Terraform, into the state file). Rotating the secret also leaves the function with the old value until the next deployment.',
  remediation: {
    text: 'Pass the name or ARN of the secret in the environment and read the value at run time (AWS SDK, or the AWS Parameters and Secrets Lambda extension, which caches it), with a policy that allows reading only that secret.',
    snippets: {
      serverless:
        'functions:\n  createOrder:\n    environment:\n      DB_PASSWORD_PARAM: /orders/db-password # read with the SDK at run time',
      sam: 'Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret\nPolicies:\n  - AWSSecretsManagerGetSecretValuePolicy:\n      SecretArn: !Ref DbSecret',
      cloudformation: 'Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret',
      terraform:
        'environment {\n  variables = {\n    DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-7'],
  equivalents: {},
  check({ service, report }) {
    const issues: FunctionIssue[] = []
    for (const fn of service.functions) {
      for (const variable of fn.environment) {
        const value = variable.value.value
        if (!isSymbolicValue(value)) continue
        const source = deployTimeSource(value)
        if (!source || !isDeployTimeSecret(variable.name, value, source)) continue
        issues.push({
          fn,
          location: variable.value.loc,
          evidence: `${variable.name} from ${source.store}`,
          message: subject =>
            `environment variable \`${variable.name}\` of ${subject} is filled from ${source.store} (\`${value.expr}\`) at deploy time: the secret ends up in clear text in the function configuration`
        })
      }
    }
    reportPerSetting({ report }, issues)
  }
}
