import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { reportPerSetting, type FunctionIssue } from '../lib/per-setting.js'
import { runtimeStatus, type RuntimeStatus } from '../lib/runtimes.js'

export const lambdaRuntimeDeprecated: Rule = {
  id: 'lambda-runtime-deprecated',
  title: 'Function runtime is deprecated or about to be',
  severity: 'high',
  area: 'functions',
  rationale:
    'Once AWS deprecates a Lambda runtime it stops patching the language and the operating system under it: newly found vulnerabilities stay open in every function on it. Soon after, AWS blocks creating and then updating such functions, so an urgent fix can no longer be deployed without also migrating the runtime.',
  remediation: {
    text: 'Move the function to a supported runtime of the same language (for example `nodejs24.x`, `python3.14`, `java25`), test it, and deploy before the deprecation date.',
    snippets: {
      serverless: 'provider:\n  runtime: nodejs24.x',
      sam: 'Globals:\n  Function:\n    Runtime: python3.14',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Runtime: python3.14',
      terraform: 'resource "aws_lambda_function" "this" {\n  runtime = "nodejs24.x"\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-6'],
  equivalents: {
    checkov: ['CKV_AWS_363']
  },
  check({ service, now, report, undecidable }) {
    const issues: FunctionIssue[] = []
    for (const fn of service.functions) {
      if (!fn.runtime) continue
      const runtime = literal(fn.runtime)
      if (runtime === undefined) {
        undecidable({
          resource: fn.id,
          reason: `the runtime ${display(fn.runtime)} is not known before deployment`,
          location: fn.runtime.loc
        })
        continue
      }
      const status = runtimeStatus(runtime, now)
      if (!status) continue
      issues.push({
        fn,
        location: fn.runtime.loc,
        evidence: status.runtime,
        severity: status.state === 'deprecated' ? 'high' : 'medium',
        message: subject => `${describe(status, subject)}${advice(status)}`
      })
    }
    reportPerSetting({ report }, issues)
  }
}

function describe(s: RuntimeStatus, subject: string): string {
  if (s.state === 'deprecated') {
    return `runtime \`${s.runtime}\` of ${subject} was deprecated by AWS on ${s.date}: it no longer gets security patches`
  }
  const when = s.daysLeft === 1 ? 'tomorrow' : `in ${s.daysLeft} days`
  return `runtime \`${s.runtime}\` of ${subject} is deprecated by AWS on ${s.date} (${when}): it will stop getting security patches`
}

function advice(s: RuntimeStatus): string {
  return s.successor ? `; move to \`${s.successor}\`` : ''
}
