import { display } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { deployedStages, isRestStage, stageLabel } from '../lib/api.js'

export const apiNoWaf: Rule = {
  id: 'api-no-waf',
  title: 'REST API stage without a WAF web ACL',
  severity: 'low',
  area: 'api',
  rationale:
    'A web ACL in front of a REST API blocks common attacks (SQL injection, known bad inputs, bots) and lets you rate-limit by IP before requests reach and bill your functions. Without one, every request, malicious or not, is passed to the function. A stage is protected by an AWS WAF (WAFv2) or AWS WAF Classic regional association; an association whose stage ARN cannot be matched to a stage of the template (a literal ARN, or one built from outside values) leaves the stage undecided.',
  remediation: {
    text: 'Associate an AWS WAFv2 web ACL (for example with the AWS managed common rule set and a rate-based rule) with the REST API stage.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    ApiWafAssociation:\n      Type: AWS::WAFv2::WebACLAssociation\n      Properties:\n        ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${ApiGatewayRestApi}/stages/${sls:stage}\n        WebACLArn: !GetAtt ApiWebAcl.Arn',
      sam: 'ApiWafAssociation:\n  Type: AWS::WAFv2::WebACLAssociation\n  Properties:\n    ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${OrdersApi}/stages/prod\n    WebACLArn: !GetAtt ApiWebAcl.Arn',
      cloudformation:
        'Type: AWS::WAFv2::WebACLAssociation\nProperties:\n  ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${OrdersApi}/stages/${ProdStage}\n  WebACLArn: !GetAtt ApiWebAcl.Arn',
      terraform:
        'resource "aws_wafv2_web_acl_association" "api" {\n  resource_arn = aws_api_gateway_stage.prod.arn\n  web_acl_arn  = aws_wafv2_web_acl.api.arn\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-1', 'AWS-FSBP:APIGateway.4'],
  equivalents: {
    checkov: ['CKV2_AWS_29'],
    kics: ['fcbf9019', 'a186e82c'],
    cdkNag: ['AwsSolutions-APIG3']
  },
  check({ service, report, undecidable }) {
    for (const stage of deployedStages(service)) {
      // HTTP and WebSocket APIs cannot have a web ACL: only REST stages are checked.
      if (!isRestStage(service, stage) || stage.attributes.wafAclId) continue
      const association = stage.attributes.wafAssociationUndecided
      if (association) {
        undecidable({
          resource: stage.id,
          reason: `a web ACL association names the stage ARN \`${display(association)}\`, which cannot be matched to this stage before deployment`,
          location: association.loc
        })
        continue
      }
      report({
        resource: stage.id,
        evidence: 'no web ACL',
        location: stage.loc,
        message: `${stageLabel(stage)} has no AWS WAF web ACL: malicious and abusive requests reach the functions unfiltered`
      })
    }
  }
}
