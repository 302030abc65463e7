import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { stageLabel, stagesWithSettings } from '../lib/api.js'

export const apiCacheUnencrypted: Rule = {
  id: 'api-cache-unencrypted',
  title: 'API stage cache not encrypted',
  severity: 'low',
  area: 'api',
  rationale:
    'An API Gateway cache stores whole responses, often personal or authorized data, for the cache lifetime. Unless cache encryption is on, that data sits unencrypted at rest in the cache cluster.',
  remediation: {
    text: 'Turn on cache data encryption for every method that caches responses, or turn caching off.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    ApiStage:\n      Type: AWS::ApiGateway::Stage\n      Properties:\n        CacheClusterEnabled: true\n        MethodSettings:\n          - ResourcePath: /*\n            HttpMethod: "*"\n            CachingEnabled: true\n            CacheDataEncrypted: true',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    CacheClusterEnabled: true\n    MethodSettings:\n      - ResourcePath: /*\n        HttpMethod: "*"\n        CachingEnabled: true\n        CacheDataEncrypted: true',
      cloudformation:
        'MethodSettings:\n  - ResourcePath: /*\n    HttpMethod: "*"\n    CachingEnabled: true\n    CacheDataEncrypted: true',
      terraform:
        'resource "aws_api_gateway_method_settings" "all" {\n  method_path = "*/*"\n  settings {\n    caching_enabled      = true\n    cache_data_encrypted = true\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'AWS-FSBP:APIGateway.5'],
  equivalents: {
    checkov: ['CKV_AWS_308'],
    kics: ['37cca703', 'b7c9a40c'],
    cfnNag: ['W87']
  },
  check({ service, report, undecidable }) {
    for (const stage of stagesWithSettings(service)) {
      const { cacheEnabled, cacheEncrypted } = stage.attributes
      if (!cacheEnabled) continue
      const enabled = literal(cacheEnabled)
      const encrypted = literal(cacheEncrypted)
      if (enabled === false || encrypted === true) continue
      const unknown = [cacheEnabled, cacheEncrypted].find(a => a && literal(a) === undefined)
      if (unknown) {
        undecidable({
          resource: stage.id,
          reason: 'whether the stage cache is on and encrypted is not known before deployment',
          location: unknown.loc
        })
        continue
      }
      report({
        resource: stage.id,
        evidence: 'cache not encrypted',
        location: (cacheEncrypted ?? cacheEnabled).loc,
        message: `${stageLabel(stage)} caches responses without encrypting the cache`
      })
    }
  }
}
