import type { PathRule } from './types.js'

export const pathPublicVulnerableFunction: PathRule = {
  id: 'path-public-vulnerable-function',
  title: 'Anyone on the internet can call a function that ships a vulnerable package',
  severity: 'critical',
  area: 'paths',
  reach: 'internet',
  needs: 'vulnerable',
  rationale:
    'A route, function URL or permission lets anyone on the internet invoke the function, and the function ships a package with a high or critical known vulnerability. The request is the exploit: no foothold is needed. What the function may do (its permissions) is what the attacker gets. Severity from the attack-path matrix.',
  remediation: {
    text: 'Close one link of the path: upgrade the package to the fixed version (the quickest), put an authorizer on the route (or `AWS_IAM` on the function URL), or narrow the permissions so a compromised function gets little.',
    snippets: {
      serverless:
        'functions:\n  listOrders:\n    events:\n      - httpApi:\n          path: /orders\n          method: GET\n          authorizer:\n            name: ordersJwt',
      sam: 'Events:\n  List:\n    Type: Api\n    Properties:\n      Path: /orders\n      Method: get\n      Auth:\n        Authorizer: CognitoAuth',
      terraform:
        'authorization = "COGNITO_USER_POOLS"\nauthorizer_id = aws_api_gateway_authorizer.cognito.id'
    }
  },
  references: [
    'https://owasp.org/www-project-serverless-top-10/',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2', 'OWASP-Serverless-Top10:SAS-6'],
  equivalents: {}
}
