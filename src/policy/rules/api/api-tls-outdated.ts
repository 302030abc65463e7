import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'

export const apiTlsOutdated: Rule = {
  id: 'api-tls-outdated',
  title: 'API custom domain accepts TLS 1.0',
  severity: 'medium',
  area: 'api',
  rationale:
    'The `TLS_1_0` security policy lets clients connect with TLS 1.0 and 1.1 and weak cipher suites, which are deprecated and open to downgrade attacks. Traffic to the API, including tokens and personal data, is then only as safe as the weakest client allowed to connect.',
  remediation: {
    text: 'Set the custom domain security policy to `TLS_1_2` (or a newer `SecurityPolicy_TLS13_*` policy).',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    ApiDomain:\n      Type: AWS::ApiGateway::DomainName\n      Properties:\n        DomainName: api.example.com\n        SecurityPolicy: TLS_1_2',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    Domain:\n      DomainName: api.example.com\n      CertificateArn: !Ref Certificate\n      SecurityPolicy: TLS_1_2',
      cloudformation:
        'Type: AWS::ApiGateway::DomainName\nProperties:\n  DomainName: api.example.com\n  SecurityPolicy: TLS_1_2',
      terraform:
        'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: {
    checkov: ['CKV_AWS_206'],
    kics: ['8275fab0', '4e1cc5d3'],
    cfnNag: ['W62']
  },
  check({ service, report, undecidable }) {
    for (const domain of service.resources) {
      if (domain.kind !== 'api-domain') continue
      const policy = domain.attributes.securityPolicy
      if (!policy) continue
      const value = literal(policy)
      if (value === undefined) {
        undecidable({
          resource: domain.id,
          reason: 'the security policy of the custom domain is not known before deployment',
          location: policy.loc
        })
      } else if (value.toUpperCase() === 'TLS_1_0') {
        const name = literal(domain.name)
        report({
          resource: domain.id,
          evidence: 'TLS_1_0',
          location: policy.loc,
          message: `custom domain \`${name ?? domain.id}\` uses the security policy TLS_1_0, which accepts TLS 1.0 and 1.1 connections`
        })
      }
    }
  }
}
