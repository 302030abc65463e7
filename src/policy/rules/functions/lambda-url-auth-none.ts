import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { reportPerSetting, type FunctionIssue } from '../lib/per-setting.js'

export const lambdaUrlAuthNone: Rule = {
  id: 'lambda-url-auth-none',
  title: 'Function URL without authentication',
  severity: 'high',
  area: 'functions',
  rationale:
    'A function URL with AuthType NONE can be invoked by anyone on the internet who learns the URL: no IAM signature, no authorizer, no throttling by caller. The function then has to authenticate every request itself.',
  remediation: {
    text: 'Use AuthType AWS_IAM and sign requests, or put the function behind an API with an authorizer.',
    snippets: {
      serverless: 'functions:\n  export:\n    url:\n      authorizer: aws_iam',
      sam: 'FunctionUrlConfig:\n  AuthType: AWS_IAM',
      cloudformation: 'Type: AWS::Lambda::Url\nProperties:\n  AuthType: AWS_IAM',
      terraform: 'resource "aws_lambda_function_url" "this" {\n  authorization_type = "AWS_IAM"\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-2'],
  equivalents: { checkov: ['CKV_AWS_258'] },
  check({ service, report, undecidable }) {
    const issues: FunctionIssue[] = []
    for (const fn of service.functions) {
      if (!fn.url) continue
      const auth = literal(fn.url.authType)
      const location = fn.url.authType.loc
      if (auth === undefined) {
        undecidable({
          resource: fn.id,
          reason: 'the URL auth type is not known before deployment',
          location
        })
      } else if (auth.toUpperCase() === 'NONE') {
        // SAM `Globals` can give every function the same URL setting: one finding at that line.
        issues.push({
          fn,
          location,
          evidence: 'AuthType NONE',
          message: subject => {
            const many = subject.startsWith('functions ')
            return `${subject} ${many ? 'have a public function URL' : 'has a public function URL'} (AuthType NONE): anyone can invoke ${many ? 'them' : 'it'} without credentials`
          }
        })
      }
    }
    reportPerSetting({ report }, issues)
    for (const url of service.endpoints) {
      if (url.kind !== 'function-url' || !url.target) continue
      const location = url.auth.loc ?? url.loc
      const fn = `function \`${display(url.target)}\` (defined elsewhere; URL \`${url.id}\`)`
      if (url.auth.type === 'unknown') {
        undecidable({
          resource: url.id,
          reason: 'the URL auth type is not known before deployment',
          location
        })
      } else if (url.auth.type === 'none') {
        report({
          resource: url.id,
          evidence: 'AuthType NONE',
          location,
          message: `${fn} has a public function URL (AuthType NONE): anyone can invoke it without credentials`
        })
      }
    }
  }
}
