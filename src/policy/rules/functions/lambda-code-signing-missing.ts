import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'

export const lambdaCodeSigningMissing: Rule = {
  id: 'lambda-code-signing-missing',
  title: 'Function without code signing',
  severity: 'info',
  area: 'functions',
  rationale:
    'Without a code signing configuration, Lambda deploys any .zip package it is given. Code signing makes Lambda reject packages that were not signed by your trusted publishers, so a leaked deployment credential or a tampered build artifact cannot ship code unnoticed.',
  remediation: {
    text: 'Sign packages with AWS Signer and attach a code signing configuration that allows only your signing profiles and enforces the check.',
    snippets: {
      sam: 'Properties:\n  CodeSigningConfigArn: !Ref SigningConfig',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  CodeSigningConfigArn: !Ref SigningConfig',
      terraform:
        'resource "aws_lambda_function" "this" {\n  code_signing_config_arn = aws_lambda_code_signing_config.this.arn\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-6'],
  equivalents: { checkov: ['CKV_AWS_272'] },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      if (fn.codeSigningConfig) continue
      const packageType = fn.packageType && literal(fn.packageType)
      if (fn.packageType && packageType === undefined) {
        undecidable({
          resource: fn.id,
          reason: `the package type ${display(fn.packageType)} is not known before deployment`,
          location: fn.packageType.loc
        })
        continue
      }
      // Container images are verified by other means (ECR image signing); code signing is zip-only.
      if (packageType?.trim().toLowerCase() === 'image') continue
      report({
        resource: fn.id,
        evidence: 'no code signing config',
        location: fn.loc,
        message: `${functionsPhrase([fn.id])} has no code signing configuration: Lambda accepts any package deployed to it`
      })
    }
  }
}
