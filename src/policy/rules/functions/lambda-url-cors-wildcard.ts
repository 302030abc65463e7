import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'

export const lambdaUrlCorsWildcard: Rule = {
  id: 'lambda-url-cors-wildcard',
  title: 'Function URL CORS allows any origin',
  severity: 'medium',
  area: 'functions',
  rationale:
    "A function URL whose CORS configuration allows every origin (`*`) lets scripts on any website call it from a visitor's browser and read the responses. Any site can then use the URL as its own backend, and a browser-held credential sent to it is exposed to pages you do not control.",
  remediation: {
    text: 'List the origins of your own front ends in `AllowOrigins` instead of `*`, and allow only the methods and headers they use.',
    snippets: {
      serverless:
        'functions:\n  api:\n    url:\n      cors:\n        allowedOrigins:\n          - https://app.example.com',
      sam: 'FunctionUrlConfig:\n  AuthType: AWS_IAM\n  Cors:\n    AllowOrigins:\n      - https://app.example.com',
      cloudformation:
        'Type: AWS::Lambda::Url\nProperties:\n  Cors:\n    AllowOrigins:\n      - https://app.example.com',
      terraform:
        'resource "aws_lambda_function_url" "this" {\n  cors {\n    allow_origins = ["https://app.example.com"]\n  }\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors'],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: { checkov: ['CKV2_AWS_75'] },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      const cors = fn.url?.cors
      if (!cors) continue
      for (const origin of cors.allowOrigins) {
        const value = literal(origin)
        if (value === undefined) {
          undecidable({
            resource: fn.id,
            reason: `the allowed origin ${display(origin)} is not known before deployment`,
            location: origin.loc
          })
          continue
        }
        if (value.trim() !== '*') continue
        const credentials = literal(cors.allowCredentials) === true
        report({
          resource: fn.id,
          evidence: 'AllowOrigins *',
          location: origin.loc,
          message: `the URL of ${functionsPhrase([fn.id])} allows cross-origin requests from any website (\`*\`)${credentials ? ', with credentials' : ''}: any site can call it from its visitors' browsers and read the responses`
        })
      }
    }
  }
}
