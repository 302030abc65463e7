import { display } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'
import { keyState } from '../lib/resource-settings.js'

export const lambdaEnvNoCmk: Rule = {
  id: 'lambda-env-no-cmk',
  title: 'Function environment variables not encrypted with a customer managed key',
  severity: 'low',
  area: 'functions',
  rationale:
    'Without `KmsKeyArn`, Lambda encrypts environment variables with the AWS managed key, which every principal allowed to read the function configuration can use: the values show in clear text in the console and API. A customer managed key lets a key policy decide who can decrypt them, and logs each use in CloudTrail.',
  remediation: {
    text: 'Create a KMS key for the function configuration and set it as the function KMS key; grant `kms:Decrypt` on it only to the function role and to the people who must read the values. Better still, keep secrets out of environment variables altogether.',
    snippets: {
      serverless: 'provider:\n  kmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/abcd-1234',
      sam: 'Globals:\n  Function:\n    KmsKeyArn: !GetAtt FunctionKey.Arn',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  KmsKeyArn: !GetAtt FunctionKey.Arn',
      terraform:
        'resource "aws_lambda_function" "this" {\n  kms_key_arn = aws_kms_key.lambda.arn\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-7'],
  equivalents: { checkov: ['CKV_AWS_173'], kics: ['a7f8ac28', '4495bc5d'] },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      if (fn.environment.length === 0) continue
      const state = keyState(fn.kmsKeyArn)
      if (state === 'on') continue
      const location = fn.kmsKeyArn?.loc ?? fn.loc
      if (state === 'unknown') {
        undecidable({
          resource: fn.id,
          reason: `the KMS key ${display(fn.kmsKeyArn)} may be left out at deployment`,
          location
        })
        continue
      }
      const count = fn.environment.length
      report({
        resource: fn.id,
        evidence: 'no KmsKeyArn',
        location,
        message: `${functionsPhrase([fn.id])} has ${count} environment variable${count === 1 ? '' : 's'} encrypted only with the AWS managed key: anyone who can read the function configuration can read ${count === 1 ? 'it' : 'them'}`
      })
    }
  }
}
