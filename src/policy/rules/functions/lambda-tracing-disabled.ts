import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { functionsPhrase, reportPerSetting, type FunctionIssue } from '../lib/per-setting.js'

export const lambdaTracingDisabled: Rule = {
  id: 'lambda-tracing-disabled',
  title: 'Function without active X-Ray tracing',
  severity: 'low',
  area: 'functions',
  rationale:
    'Without active tracing there is no record of which requests reached the function and which downstream calls it made. When something goes wrong, or an attacker probes the application, you cannot follow a request across services to see what happened.',
  remediation: {
    text: 'Turn on active X-Ray tracing for the function (the role then needs `xray:PutTraceSegments` and `xray:PutTelemetryRecords`, which SAM and the Serverless Framework add for you).',
    snippets: {
      serverless: 'provider:\n  tracing:\n    lambda: true',
      sam: 'Globals:\n  Function:\n    Tracing: Active',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  TracingConfig:\n    Mode: Active',
      terraform:
        'resource "aws_lambda_function" "this" {\n  tracing_config {\n    mode = "Active"\n  }\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-5'],
  equivalents: {
    checkov: ['CKV_AWS_50'],
    kics: ['9488c451', 'dc1ab429', '0d7ef70f', '8152e0cf'],
    cdkNag: ['Serverless-LambdaTracing']
  },
  check({ service, report, undecidable }) {
    const issues: FunctionIssue[] = []
    for (const fn of service.functions) {
      if (!fn.tracing) {
        report({
          resource: fn.id,
          evidence: 'no tracing',
          location: fn.loc,
          message: `${functionsPhrase([fn.id])} has no active X-Ray tracing`
        })
        continue
      }
      const mode = literal(fn.tracing)
      if (mode === undefined) {
        undecidable({
          resource: fn.id,
          reason: `the tracing mode ${display(fn.tracing)} is not known before deployment`,
          location: fn.tracing.loc
        })
        continue
      }
      if (mode.trim().toLowerCase() === 'active') continue
      issues.push({
        fn,
        location: fn.tracing.loc,
        evidence: `tracing ${mode}`,
        message: subject =>
          `tracing of ${subject} is set to \`${mode}\`, not \`Active\`: requests through it are not traced`
      })
    }
    reportPerSetting({ report }, issues)
  }
}
