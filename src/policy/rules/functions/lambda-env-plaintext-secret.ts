import { display, isSymbolicValue } from '../../../model/attr.js'
import type { LambdaFunction } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import { reportPerSetting, type FunctionIssue } from '../lib/per-setting.js'
import { formatInExpression, isSecretName, secretIn, tokenFormatIn } from '../lib/secrets.js'

export const lambdaEnvPlaintextSecret: Rule = {
  id: 'lambda-env-plaintext-secret',
  title: 'Secret written in a function environment variable',
  severity: 'critical',
  area: 'functions',
  rationale:
    'A secret written in the template is in the repository history for good, in every clone and fork, and in the function configuration, where anyone allowed to read it (`lambda:GetFunctionConfiguration`, the console) sees it in clear text. It cannot be rotated without a code change.',
  remediation: {
    text: 'Revoke and rotate the exposed credential first. Then store it in AWS Secrets Manager (or an SSM SecureString) and read it at run time from the function (for example with the Parameters and Secrets Lambda extension), passing only its name or ARN in the environment.',
    snippets: {
      serverless:
        'functions:\n  createOrder:\n    environment:\n      DB_SECRET_ARN: !Ref DbSecret\n    # read the secret at run time with the AWS SDK or the Parameters and Secrets extension',
      sam: 'Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret\nPolicies:\n  - AWSSecretsManagerGetSecretValuePolicy:\n      SecretArn: !Ref DbSecret',
      cloudformation: 'Environment:\n  Variables:\n    DB_SECRET_ARN: !Ref DbSecret',
      terraform:
        'environment {\n  variables = {\n    DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-7'],
  equivalents: {
    checkov: ['CKV_AWS_45'],
    kics: ['2564172f', '1402afd8']
  },
  check(ctx) {
    const issues: FunctionIssue[] = []
    for (const fn of ctx.service.functions) issues.push(...secretsOf(fn, ctx))
    reportPerSetting(ctx, issues)
  }
}

function secretsOf(fn: LambdaFunction, ctx: Pick<RuleContext, 'undecidable'>): FunctionIssue[] {
  const awsKeyIdNearby = fn.environment.some(
    v =>
      typeof v.value.value === 'string' &&
      tokenFormatIn(v.value.value)?.kind === 'aws-access-key-id'
  )
  const out: FunctionIssue[] = []
  for (const variable of fn.environment) {
    const value = variable.value.value
    const inExpression = isSymbolicValue(value) ? formatInExpression(value) : undefined
    if (isSymbolicValue(value) && !inExpression) {
      if (isSecretName(variable.name)) {
        ctx.undecidable({
          resource: fn.id,
          reason: `environment variable ${variable.name} is set from ${display(variable.value)}, whose value is not known before deployment`,
          location: variable.value.loc
        })
      }
      continue
    }
    const secret = isSymbolicValue(value)
      ? inExpression
      : secretIn(variable.name, value, { awsKeyIdNearby })
    if (!secret) continue
    out.push({
      fn,
      location: variable.value.loc,
      evidence: `${variable.name} (${secret.kind})`,
      message: subject =>
        `environment variable \`${variable.name}\` of ${subject} holds ${secret.label}, written in the template: anyone who can read the repository or the function configuration can read it`
    })
  }
  return out
}
