import { isSymbolicValue } from '../../../model/attr.js'
import type { Attr, Resource } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import {
  reportSetting,
  resourceLabel,
  resourcesOfKind,
  type SettingState
} from '../lib/resource-settings.js'

export const secretRotationMissing: Rule = {
  id: 'secret-rotation-missing',
  title: 'Secrets Manager secret without automatic rotation',
  severity: 'low',
  area: 'data',
  rationale:
    'A secret that never changes (a database password, an API token) stays valid forever once it leaks through a log line, a debugging session or a former teammate. Rotation replaces it on a schedule, so a leaked value stops working, and it proves the application can pick up a new value without a deployment. A schedule longer than 90 days (the default limit of the AWS Security Hub control SecretsManager.4 control) leaves a leaked value usable for months.',
  remediation: {
    text: 'Add a rotation schedule for the secret with a rotation function (a hosted rotation function for RDS, Redshift and DocumentDB credentials, or your own for other secrets), every 90 days or more often.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    DbSecretRotation:\n      Type: AWS::SecretsManager::RotationSchedule\n      Properties:\n        SecretId: !Ref DbSecret\n        HostedRotationLambda:\n          RotationType: PostgreSQLSingleUser\n        RotationRules:\n          ScheduleExpression: rate(30 days)',
      sam: 'DbSecretRotation:\n  Type: AWS::SecretsManager::RotationSchedule\n  Properties:\n    SecretId: !Ref DbSecret\n    RotationLambdaARN: !GetAtt RotateFunction.Arn\n    RotationRules:\n      ScheduleExpression: rate(30 days)',
      cloudformation:
        'Type: AWS::SecretsManager::RotationSchedule\nProperties:\n  SecretId: !Ref DbSecret\n  RotationLambdaARN: !GetAtt RotateFunction.Arn\n  RotationRules:\n    ScheduleExpression: rate(30 days)',
      terraform:
        'resource "aws_secretsmanager_secret_rotation" "db" {\n  secret_id           = aws_secretsmanager_secret.db.id\n  rotation_lambda_arn = aws_lambda_function.rotate.arn\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-7'],
  equivalents: {
    checkov: ['CKV2_AWS_57', 'CKV_AWS_304'],
    cdkNag: ['AwsSolutions-SMG4']
  },
  check(ctx) {
    for (const secret of resourcesOfKind(ctx.service, 'secret')) {
      const attr = secret.attributes.rotation
      reportSetting(
        ctx,
        secret,
        rotationState(attr),
        attr,
        {
          evidence: 'no rotation',
          message: `${resourceLabel(secret)} is never rotated: a leaked value stays valid until someone changes it by hand`
        },
        'whether the secret is rotated is not known before deployment'
      )
      if (rotationState(attr) === 'on') checkInterval(ctx, secret)
    }
  }
}

/** The longest interval between rotations AWS Security Hub (SecretsManager.4) accepts by default. */
const MAX_ROTATION_DAYS = 90

/** A rotation schedule longer than `MAX_ROTATION_DAYS`: a leaked value stays valid that long. */
function checkInterval(ctx: RuleContext, secret: Resource): void {
  const interval = secret.attributes.rotationInterval
  if (!interval) return
  if (isSymbolicValue(interval.value)) {
    ctx.undecidable({
      resource: secret.id,
      reason: 'the rotation schedule of the secret is not known before deployment',
      location: interval.loc
    })
    return
  }
  const days = typeof interval.value === 'number' ? interval.value : rateDays(interval.value)
  if (days === undefined || days <= MAX_ROTATION_DAYS) return
  ctx.report({
    resource: secret.id,
    evidence: `rotation every ${days} days`,
    location: interval.loc,
    message: `${resourceLabel(secret)} is rotated only every ${days} days: a leaked value stays valid for up to that long (rotate at least every ${MAX_ROTATION_DAYS} days)`
  })
}

/** Days between runs of a `rate(...)` schedule; a `cron(...)` one is not judged. */
function rateDays(expression: string): number | undefined {
  const m = /^rate\(\s*(\d+)\s+(days?|hours?)\s*\)$/i.exec(expression.trim())
  if (!m) return undefined
  const n = Number(m[1])
  return /^hour/i.test(m[2] ?? '') ? n / 24 : n
}

/** Rotation is on when set to true or to a rotation function or schedule (a non-empty string). */
function rotationState(a: Attr<boolean | string> | undefined): SettingState {
  if (!a) return 'off'
  if (isSymbolicValue(a.value)) return 'unknown'
  if (typeof a.value === 'string') return a.value.trim() === '' ? 'off' : 'on'
  return a.value ? 'on' : 'off'
}
