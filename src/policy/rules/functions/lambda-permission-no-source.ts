import { display, isUndecidable, literal } from '../../../model/attr.js'
import type { InvokePermission } from '../../../model/types.js'
import type { Rule } from '../../types.js'
import {
  hasSourceCondition,
  isServicePrincipal,
  permissionResource,
  permissionTarget
} from '../lib/permissions.js'

export const lambdaPermissionNoSource: Rule = {
  id: 'lambda-permission-no-source',
  title: 'Service permission without a source (confused deputy)',
  severity: 'medium',
  area: 'functions',
  rationale:
    "A permission for an AWS service principal (`s3.amazonaws.com`, `sns.amazonaws.com`...) without `SourceArn` or `SourceAccount` lets that service invoke the function on behalf of any resource, in any AWS account: someone else's bucket or topic can be pointed at your function and trigger it with events they control (the confused deputy problem). A permission for Alexa (`alexa-appkit.amazon.com`) without `EventSourceToken` lets any Alexa skill, anyone's, invoke the function.",
  remediation: {
    text: 'Set `SourceArn` to the ARN of the bucket, topic, rule or API that calls the function, and `SourceAccount` to your account (required for S3, whose ARNs carry no account). For Alexa, set `EventSourceToken` to the skill id.',
    snippets: {
      sam: 'Type: AWS::Lambda::Permission\nProperties:\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt UploadsBucket.Arn\n  SourceAccount: !Ref AWS::AccountId',
      cloudformation:
        'Type: AWS::Lambda::Permission\nProperties:\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt UploadsBucket.Arn\n  SourceAccount: !Ref AWS::AccountId',
      terraform:
        'resource "aws_lambda_permission" "s3" {\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.uploads.arn\n  source_account = data.aws_caller_identity.current.account_id\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    'https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: { checkov: ['CKV_AWS_364'] },
  check({ service, report, undecidable }) {
    for (const p of service.permissions) {
      if (hasSourceCondition(p)) continue
      const alexa = alexaPrincipal(p)
      if (alexa !== undefined) {
        if (p.eventSourceToken) continue
        report({
          resource: permissionResource(p),
          evidence: `Principal ${alexa} without EventSourceToken`,
          location: p.principal.loc,
          message: `permission \`${p.id}\` lets ${alexa} invoke ${permissionTarget(p)} for any Alexa skill, anyone's: set EventSourceToken to the skill id`
        })
        continue
      }
      const principal = servicePrincipal(p)
      if (principal === undefined) {
        if (isUndecidable(p.principal)) {
          undecidable({
            resource: permissionResource(p),
            reason: `the principal ${display(p.principal)} of permission ${p.id} is not known before deployment`,
            location: p.principal.loc
          })
        }
        continue
      }
      report({
        resource: permissionResource(p),
        evidence: `Principal ${principal} without SourceArn`,
        location: p.principal.loc,
        message: `permission \`${p.id}\` lets ${principal} invoke ${permissionTarget(p)} for any source, in any account: set SourceArn (or SourceAccount) to the resource that calls it`
      })
    }
  }
}

/**
 * Alexa's principals (`alexa-appkit.amazon.com`, `alexa-connectedhome.amazon.com`): the skill that
 * may invoke is named by `EventSourceToken` (skill id verification), not by a source ARN.
 */
function alexaPrincipal(p: InvokePermission): string | undefined {
  const written = literal(p.principal)?.trim()
  return written !== undefined && /^alexa-[a-z]+\.amazon\.com$/i.test(written) ? written : undefined
}

/**
 * The service principal a permission is for, written as a literal or as an expression that
 * builds one (`!Sub s3.${AWS::URLSuffix}`); undefined for anything else.
 */
function servicePrincipal(p: InvokePermission): string | undefined {
  const written = literal(p.principal)
  if (written !== undefined) return isServicePrincipal(written) ? written.trim() : undefined
  const expr = typeof p.principal.value === 'object' ? p.principal.value.expr : ''
  const m = /([a-z0-9-]+)\.(?:amazonaws\.com|\$\{AWS::URLSuffix\})/i.exec(expr)
  return m ? `${m[1]}.amazonaws.com` : undefined
}
