import type { PathRule } from './types.js'

export const pathPublicSecretsReader: PathRule = {
  id: 'path-public-secrets-reader',
  title: 'Anyone on the internet can call a function that may read every secret',
  severity: 'high',
  area: 'paths',
  reach: 'internet',
  needs: 'secrets',
  rationale:
    'Anyone on the internet can invoke the function, and its role may read any secret, parameter or key (`secretsmanager:GetSecretValue`, `ssm:GetParameter*` or `kms:Decrypt` on `*` or a wildcard). A request that makes the function misbehave can read credentials for everything else. A function reading its own named secret forms no path. Severity from the attack-path matrix.',
  remediation: {
    text: 'Scope the secret read to the ARNs of the secrets or parameters the function needs, or require authorization on its route or URL.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: secretsmanager:GetSecretValue\n          Resource: !Ref DbSecret',
      terraform:
        'statement {\n  actions   = ["secretsmanager:GetSecretValue"]\n  resources = [aws_secretsmanager_secret.db.arn]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2', 'OWASP-Serverless-Top10:SAS-4'],
  equivalents: {}
}
