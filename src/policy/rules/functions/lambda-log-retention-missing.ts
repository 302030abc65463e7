import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'

export const lambdaLogRetentionMissing: Rule = {
  id: 'lambda-log-retention-missing',
  title: 'Function logs kept forever',
  severity: 'low',
  area: 'functions',
  rationale:
    "A function's log group is created without a retention period unless you set one, so its logs, with any personal data or tokens that ever got logged, are kept forever. Setting a retention keeps the logs you need for investigations for a known time, and no longer.",
  remediation: {
    text: 'Set a log retention for the function: the retention your incident response and compliance need (for example 90 or 365 days).',
    snippets: {
      serverless: 'provider:\n  logRetentionInDays: 90',
      sam: 'Type: AWS::Logs::LogGroup\nProperties:\n  LogGroupName: !Sub /aws/lambda/${Function}\n  RetentionInDays: 90',
      cloudformation:
        'Type: AWS::Logs::LogGroup\nProperties:\n  LogGroupName: !Sub /aws/lambda/${Function}\n  RetentionInDays: 90',
      terraform:
        'resource "aws_cloudwatch_log_group" "this" {\n  name              = "/aws/lambda/${aws_lambda_function.this.function_name}"\n  retention_in_days = 90\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
    'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-5'],
  equivalents: {
    checkov: ['CKV_AWS_66'],
    cfnNag: ['W86'],
    cdkNag: ['Serverless-CloudWatchLogGroupRetentionPeriod']
  },
  check({ service, report }) {
    for (const fn of service.functions) {
      const retention = fn.logRetentionDays
      // Terraform writes "never expire" as 0.
      const forever = retention !== undefined && literal(retention) === 0
      if (retention && !forever) continue
      report({
        resource: fn.id,
        evidence: 'no log retention',
        location: retention?.loc ?? fn.loc,
        message: forever
          ? `the log group of ${functionsPhrase([fn.id])} is set to never expire: its logs are kept forever`
          : `${functionsPhrase([fn.id])} has no log retention: its logs are kept forever`
      })
    }
  }
}
