import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { permissionResource, permissionTarget } from '../lib/permissions.js'

/** The actions an invoke permission should grant. */
const INVOKE_ACTIONS = new Set(['lambda:invokefunction', 'lambda:invokefunctionurl'])

export const lambdaPermissionBroadAction: Rule = {
  id: 'lambda-permission-broad-action',
  title: 'Function permission grants more than invoke',
  severity: 'medium',
  area: 'functions',
  rationale:
    'A resource-based permission on a function should only let the caller invoke it. `lambda:*` or a wildcard also lets that caller read the function code and configuration or change them, depending on the action, from outside your account.',
  remediation: {
    text: 'Set the action to `lambda:InvokeFunction` (or `lambda:InvokeFunctionUrl` for a function URL).',
    snippets: {
      sam: 'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction',
      cloudformation: 'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction',
      terraform: 'resource "aws_lambda_permission" "this" {\n  action = "lambda:InvokeFunction"\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: { kics: ['9b83114b', '75ec6890'], cfnNag: ['W24'] },
  check({ service, report, undecidable }) {
    for (const p of service.permissions) {
      const action = literal(p.action)
      if (action === undefined) {
        undecidable({
          resource: permissionResource(p),
          reason: `the action ${display(p.action)} of permission ${p.id} is not known before deployment`,
          location: p.action.loc
        })
        continue
      }
      if (INVOKE_ACTIONS.has(action.trim().toLowerCase())) continue
      report({
        resource: permissionResource(p),
        evidence: action,
        location: p.action.loc,
        message: `permission \`${p.id}\` grants \`${action}\` on ${permissionTarget(p)}: an invoke permission needs only \`lambda:InvokeFunction\``
      })
    }
  }
}
