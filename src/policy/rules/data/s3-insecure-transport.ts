import { literal } from '../../../model/attr.js'
import type { PolicyStatement, Resource } from '../../../model/types.js'
import { asList, isMap, type Value } from '../../../model/value.js'
import type { Rule } from '../../types.js'
import { isWildcardPrincipal } from '../lib/resource-policies.js'
import {
  reportSetting,
  resourceLabel,
  resourcesOfKind,
  type SettingState
} from '../lib/resource-settings.js'

export const s3InsecureTransport: Rule = {
  id: 's3-insecure-transport',
  title: 'S3 bucket accepts requests over plain HTTP',
  severity: 'low',
  area: 'data',
  rationale:
    'S3 answers on plain HTTP as well as HTTPS. Unless the bucket policy denies requests made without TLS, a misconfigured client, SDK endpoint or pre-signed URL can move objects and credentials-bearing requests in clear text, where anyone on the network path can read or alter them. The check looks for a Deny statement for every principal with the condition `aws:SecureTransport` = `false`.',
  remediation: {
    text: 'Add a statement to the bucket policy that denies every S3 action to every principal when `aws:SecureTransport` is `false`.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    UploadsBucketPolicy:\n      Type: AWS::S3::BucketPolicy\n      Properties:\n        Bucket: !Ref UploadsBucket\n        PolicyDocument:\n          Statement:\n            - Effect: Deny\n              Principal: "*"\n              Action: s3:*\n              Resource:\n                - !GetAtt UploadsBucket.Arn\n                - !Sub ${UploadsBucket.Arn}/*\n              Condition:\n                Bool:\n                  aws:SecureTransport: false',
      sam: 'Statement:\n  - Effect: Deny\n    Principal: "*"\n    Action: s3:*\n    Resource:\n      - !GetAtt UploadsBucket.Arn\n      - !Sub ${UploadsBucket.Arn}/*\n    Condition:\n      Bool:\n        aws:SecureTransport: false',
      cloudformation:
        'Statement:\n  - Effect: Deny\n    Principal: "*"\n    Action: s3:*\n    Resource:\n      - !GetAtt UploadsBucket.Arn\n      - !Sub ${UploadsBucket.Arn}/*\n    Condition:\n      Bool:\n        aws:SecureTransport: false',
      terraform:
        'statement {\n  effect    = "Deny"\n  actions   = ["s3:*"]\n  resources = [aws_s3_bucket.uploads.arn, "${aws_s3_bucket.uploads.arn}/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "Bool"\n    variable = "aws:SecureTransport"\n    values   = ["false"]\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'CIS-AWS-Foundations:2.1.1'],
  equivalents: { kics: ['38c64e76'], cdkNag: ['AwsSolutions-S10'] },
  check(ctx) {
    for (const bucket of resourcesOfKind(ctx.service, 'bucket')) {
      reportSetting(
        ctx,
        bucket,
        tlsDenyState(bucket),
        undefined,
        {
          evidence: 'no TLS-only deny',
          message: `${resourceLabel(bucket)} has no bucket policy statement denying requests without TLS (\`aws:SecureTransport\` = \`false\`): it also serves plain HTTP`
        },
        'whether the bucket policy denies requests without TLS is not known before deployment'
      )
    }
  }
}

/** `on` when a policy statement denies non-TLS requests; `unknown` when one might. */
function tlsDenyState(bucket: Resource): SettingState {
  let state: SettingState = 'off'
  for (const document of bucket.policies) {
    if (document.symbolic) state = 'unknown'
    for (const statement of document.statements) {
      const s = deniesPlainHttp(statement)
      if (s === 'on') return 'on'
      if (s === 'unknown') state = 'unknown'
    }
  }
  return state
}

function deniesPlainHttp(st: PolicyStatement): SettingState {
  const effect = literal(st.effect)
  const forEveryone = st.principals.some(isWildcardPrincipal)
  const condition = secureTransportFalse(st.condition)
  if (effect === 'Allow' || condition === 'off') return 'off'
  if (effect === undefined || condition === 'unknown') return 'unknown'
  if (forEveryone) return 'on'
  return st.principals.some(p => literal(p.value) === undefined) ? 'unknown' : 'off'
}

/** Whether a Condition holds `Bool` (or `BoolIfExists`) `aws:SecureTransport` = `false`. */
function secureTransportFalse(condition: Value | undefined): SettingState {
  if (!condition) return 'off'
  if (condition.kind === 'symbolic') return 'unknown'
  if (!isMap(condition)) return 'off'
  let state: SettingState = 'off'
  for (const test of condition.entries.values()) {
    if (!/^boolifexists$|^bool$/i.test(test.key) || !isMap(test.value)) continue
    for (const e of test.value.entries.values()) {
      if (e.key.toLowerCase() !== 'aws:securetransport') continue
      for (const v of asList(e.value)) {
        if (v.kind === 'symbolic') state = 'unknown'
        else if (v.kind === 'scalar' && String(v.value).toLowerCase() === 'false') return 'on'
      }
    }
  }
  return state
}
