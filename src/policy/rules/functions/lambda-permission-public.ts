import { display, literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import {
  isOpenToAll,
  isUrlCompanion,
  permissionResource,
  permissionTarget
} from '../lib/permissions.js'

export const lambdaPermissionPublic: Rule = {
  id: 'lambda-permission-public',
  title: 'Function can be invoked by anyone',
  severity: 'critical',
  area: 'functions',
  rationale:
    "A resource-based permission with principal `*` and no source condition lets every AWS account, and for a function URL with auth type NONE anyone on the internet, invoke the function. Each call runs your code with the function's role and is billed to you.",
  remediation: {
    text: 'Grant the permission to the specific account, role or service that calls the function, and tie service principals to the calling resource with `SourceArn` (and `SourceAccount`). For an organisation, use `PrincipalOrgID`.',
    snippets: {
      sam: 'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: 123456789012',
      cloudformation:
        'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: 123456789012',
      terraform:
        'resource "aws_lambda_permission" "caller" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.this.function_name\n  principal     = "123456789012"\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2', 'OWASP-Serverless-Top10:SAS-3'],
  equivalents: {
    checkov: ['CKV_AWS_301'],
    kics: ['1d6e16f1', 'e08ed7eb'],
    cfnNag: ['F13'],
    cdkNag: [
      'HIPAA.Security-LambdaFunctionPublicAccessProhibited',
      'NIST.800.53.R5-LambdaFunctionPublicAccessProhibited',
      'PCI.DSS.321-LambdaFunctionPublicAccessProhibited'
    ]
  },
  check({ service, report, undecidable }) {
    for (const p of service.permissions) {
      const principal = literal(p.principal)
      if (principal === undefined) {
        undecidable({
          resource: permissionResource(p),
          reason: `the principal ${display(p.principal)} of permission ${p.id} is not known before deployment`,
          location: p.principal.loc
        })
        continue
      }
      if (!isOpenToAll(p) || isUrlCompanion(p, service.permissions)) continue
      const urlAuth = literal(p.functionUrlAuthType)?.toUpperCase()
      const viaUrl = urlAuth === 'NONE'
      const onlyUrl = literal(p.invokedViaFunctionUrl) === true
      report({
        resource: permissionResource(p),
        evidence: viaUrl ? 'Principal * (FunctionUrlAuthType NONE)' : 'Principal *',
        location: p.principal.loc,
        message: viaUrl
          ? `permission \`${p.id}\` lets anyone on the internet invoke ${permissionTarget(p)} through its function URL, without credentials`
          : `permission \`${p.id}\` lets any AWS account (principal \`*\`, no source condition) invoke ${permissionTarget(p)}${onlyUrl ? ' through its function URL' : ''}`
      })
    }
  }
}
