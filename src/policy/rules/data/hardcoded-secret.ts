import type { Parameter, Service } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import { formatLocation } from '../../../model/location.js'
import { findSecrets } from '../lib/secret-walk.js'
import { isNonSecretLiteral, isPlaceholder, secretIn, type SecretMatch } from '../lib/secrets.js'

/** Where function environment variables sit in the resources as written (covered by their own rule). */
const ENVIRONMENT_PATHS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['AWS::Lambda::Function', new Set(['Environment.Variables'])],
  ['AWS::Serverless::Function', new Set(['Environment.Variables'])],
  [
    'aws_lambda_function',
    new Set(['environment', 'environment.variables', 'environment[0].variables'])
  ]
])

export const hardcodedSecret: Rule = {
  id: 'hardcoded-secret',
  title: 'Secret written in the template',
  severity: 'critical',
  area: 'data',
  rationale:
    'A password, API key or token written in a template or as a parameter default is in the repository history for good, in every clone and fork, and usually in the deployed resource configuration and stack metadata in clear text. It cannot be rotated without a code change, and removing it later does not remove it from history.',
  remediation: {
    text: 'Revoke and rotate the exposed credential first. Then keep it in AWS Secrets Manager and reference it: a dynamic reference (`{{resolve:secretsmanager:...}}`), `ManageMasterUserPassword` for RDS, a NoEcho parameter without a default, or a Terraform variable without a default (or an ephemeral value).',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    Database:\n      Type: AWS::RDS::DBInstance\n      Properties:\n        ManageMasterUserPassword: true',
      sam: "MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'",
      cloudformation:
        "Type: AWS::RDS::DBInstance\nProperties:\n  MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'",
      terraform:
        'resource "aws_db_instance" "orders" {\n  manage_master_user_password = true\n}\n\nvariable "api_token" {\n  type      = string\n  sensitive = true # no default: supplied at apply time\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-7'],
  equivalents: { cfnNag: ['F23'] },
  check(ctx) {
    checkResources(ctx)
    checkParameters(ctx)
  }
}

function checkResources(ctx: Pick<RuleContext, 'service' | 'report' | 'undecidable'>): void {
  const skip = environmentLocations(ctx.service)
  for (const r of ctx.service.rawResources) {
    const skipPaths = ENVIRONMENT_PATHS.get(r.type)
    const { found, undecided } = findSecrets(r.properties, { skip, skipPaths })
    for (const s of found) {
      ctx.report({
        resource: r.id,
        evidence: `${s.path} (${s.match.kind})`,
        location: s.location,
        message: `property \`${s.path}\` of \`${r.id}\` holds ${s.match.label}, written in the template: anyone who can read the repository can read it`
      })
    }
    for (const u of undecided) {
      ctx.undecidable({
        resource: r.id,
        reason: `property ${u.path} is set from ${u.expr}, whose value is not known before deployment`,
        location: u.location
      })
    }
  }
}

/** Environment variables of the service's functions, by where they are written. */
function environmentLocations(service: Service): Set<string> {
  return new Set(service.functions.flatMap(f => f.environment.map(v => formatLocation(v.loc))))
}

function checkParameters(ctx: Pick<RuleContext, 'service' | 'report'>): void {
  for (const p of ctx.service.parameters) {
    const match = secretDefault(p)
    if (!match || !p.default) continue
    ctx.report({
      resource: p.name,
      evidence: `${p.name} default (${match.kind})`,
      location: p.default.loc,
      message: `the default of parameter \`${p.name}\` holds ${match.label}: the secret is written in the template, and used whenever no value is given`
    })
  }
}

/** The secret a parameter's literal default holds; any real value counts for a NoEcho/sensitive one. */
function secretDefault(p: Parameter): SecretMatch | undefined {
  const value = p.default?.value
  if (typeof value !== 'string') return undefined
  const match = secretIn(p.name, value)
  if (match) return match
  if (!p.secret || value.trim() === '' || isPlaceholder(value) || isNonSecretLiteral(value)) {
    return undefined
  }
  return {
    kind: 'secret-parameter',
    label: 'a literal value for a secret (NoEcho or sensitive) parameter'
  }
}
