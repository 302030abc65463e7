import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'

export const lambdaNoDlq: Rule = {
  id: 'lambda-no-dlq',
  title: 'Asynchronously invoked function without a failure destination',
  severity: 'low',
  area: 'functions',
  rationale:
    'When AWS invokes a function asynchronously (S3, SNS, EventBridge, schedules...), an event that still fails after the retries is dropped silently. Without a dead-letter queue or an on-failure destination, lost orders, uploads or audit events leave no trace, and a flood of failing events cannot be inspected or replayed.',
  remediation: {
    text: 'Send failed asynchronous events to an SQS queue or SNS topic: an on-failure destination (preferred, it keeps the error and the event) or a dead-letter queue.',
    snippets: {
      serverless:
        'functions:\n  onUpload:\n    destinations:\n      onFailure: arn:aws:sqs:eu-west-1:123456789012:upload-failures',
      sam: 'EventInvokeConfig:\n  DestinationConfig:\n    OnFailure:\n      Type: SQS\n      Destination: !GetAtt FailureQueue.Arn',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  DeadLetterConfig:\n    TargetArn: !GetAtt FailureQueue.Arn',
      terraform:
        'resource "aws_lambda_function_event_invoke_config" "this" {\n  function_name = aws_lambda_function.this.function_name\n  destination_config {\n    on_failure {\n      destination = aws_sqs_queue.failures.arn\n    }\n  }\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-10'],
  equivalents: {
    checkov: ['CKV_AWS_116'],
    kics: ['c2eae442', 'cb2f612b', 'dec7bc85'],
    cdkNag: [
      'Serverless-LambdaDLQ',
      'Serverless-LambdaAsyncFailureDestination',
      'HIPAA.Security-LambdaDLQ',
      'NIST.800.53.R5-LambdaDLQ'
    ]
  },
  check({ service, report }) {
    for (const fn of service.functions) {
      if (fn.deadLetterTarget || fn.onFailureDestination) continue
      const kinds = [...new Set(fn.triggers.filter(t => t.async).map(t => t.kind))]
      if (kinds.length === 0) continue
      report({
        resource: fn.id,
        evidence: 'no DLQ or on-failure destination',
        location: fn.loc,
        message: `${functionsPhrase([fn.id])} is invoked asynchronously (${kinds.join(', ')}) but has no dead-letter queue or on-failure destination: events that keep failing are dropped`
      })
    }
  }
}
