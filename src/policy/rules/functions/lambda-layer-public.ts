import type { PolicyStatement } from '../../../model/types.js'
import type { Rule } from '../../types.js'
import { isWildcardPrincipal, publicStatementsOf } from '../lib/resource-policies.js'
import { policyHoldersOfKind, resourceLabel } from '../lib/resource-settings.js'

export const lambdaLayerPublic: Rule = {
  id: 'lambda-layer-public',
  title: 'Layer shared with every AWS account',
  severity: 'medium',
  area: 'functions',
  rationale:
    'A layer version permission for principal `*` without an organization lets every AWS account download the layer. Layers often bundle internal libraries, configuration and sometimes credentials, which then become public.',
  remediation: {
    text: 'Grant the layer to the accounts that use it, or to your organization with `OrganizationId`.',
    snippets: {
      sam: 'Type: AWS::Lambda::LayerVersionPermission\nProperties:\n  Action: lambda:GetLayerVersion\n  LayerVersionArn: !Ref SharedLayer\n  Principal: "*"\n  OrganizationId: o-a1b2c3d4e5',
      cloudformation:
        'Type: AWS::Lambda::LayerVersionPermission\nProperties:\n  Action: lambda:GetLayerVersion\n  LayerVersionArn: !Ref SharedLayer\n  Principal: "*"\n  OrganizationId: o-a1b2c3d4e5',
      terraform:
        'resource "aws_lambda_layer_version_permission" "org" {\n  principal       = "*"\n  organization_id = "o-a1b2c3d4e5"\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-layerversionpermission.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-7'],
  equivalents: {},
  check({ service, report, undecidable }) {
    for (const layer of policyHoldersOfKind(service, 'layer')) {
      const { open, undecided } = publicStatementsOf(layer)
      for (const u of undecided) undecidable({ resource: layer.id, ...u })
      for (const { statement, publicity } of open) {
        const everyone =
          publicity.via === 'NotPrincipal' ? 'every account not listed' : 'every AWS account'
        report({
          resource: layer.id,
          evidence: publicity.via === 'NotPrincipal' ? 'NotPrincipal' : 'Principal *',
          location: principalLoc(statement),
          message: `${resourceLabel(layer)} is shared with ${everyone} (no organization or account condition): anyone can download its contents`
        })
      }
    }
  }
}

/** The `*` principal as written, or the statement when the principal is implied. */
function principalLoc(st: PolicyStatement) {
  return st.principals.find(isWildcardPrincipal)?.value.loc ?? st.loc
}
