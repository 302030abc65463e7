import { display, isUndecidable, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'

export const lambdaNoConcurrencyLimit: Rule = {
  id: 'lambda-no-concurrency-limit',
  title: 'Function without reserved concurrency',
  severity: 'low',
  area: 'functions',
  rationale:
    "Without reserved concurrency a function can scale until it uses the whole account's concurrency: a traffic spike or a flood of requests against one function runs up the bill and throttles every other function in the account and region.",
  remediation: {
    text: 'Reserve the concurrency the function needs at peak. It caps how far it scales and guarantees it that capacity.',
    snippets: {
      serverless: 'functions:\n  createOrder:\n    reservedConcurrency: 50',
      sam: 'Properties:\n  ReservedConcurrentExecutions: 50',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  ReservedConcurrentExecutions: 50',
      terraform: 'resource "aws_lambda_function" "this" {\n  reserved_concurrent_executions = 50\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-8'],
  equivalents: {
    checkov: ['CKV_AWS_115'],
    cfnNag: ['W92'],
    cdkNag: ['HIPAA.Security-LambdaConcurrency', 'NIST.800.53.R5-LambdaConcurrency']
  },
  check({ service, report, undecidable }) {
    for (const fn of service.functions) {
      const reserved = fn.reservedConcurrency
      if (reserved && isUndecidable(reserved)) {
        undecidable({
          resource: fn.id,
          reason: `the reserved concurrency ${display(reserved)} is not known before deployment`,
          location: reserved.loc
        })
        continue
      }
      // Terraform writes "no reservation" as -1.
      const unreserved = reserved !== undefined && literal(reserved) === -1
      if (reserved && !unreserved) continue
      report({
        resource: fn.id,
        evidence: 'no reserved concurrency',
        location: reserved?.loc ?? fn.loc,
        message: `${functionsPhrase([fn.id])} has no reserved concurrency: it can scale to the account limit and starve every other function`
      })
    }
  }
}
