import { display, literal } from '../../../model/attr.js'
import type { Attr } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import { listForMessage, statementOwner } from '../lib/iam-scope.js'
import { identityStatements, isAllow } from '../lib/statements.js'

export const iamNotAction: Rule = {
  id: 'iam-not-action',
  title: 'IAM Allow statement uses NotAction or NotResource',
  severity: 'medium',
  area: 'iam',
  rationale:
    '`Allow` with `NotAction` grants every action except the ones listed, and `Allow` with `NotResource` grants on every resource except the ones listed, including every action and resource AWS adds in the future. Such statements almost always grant far more than the function needs.',
  remediation: {
    text: 'List the actions and resources the function needs with `Action` and `Resource`. Keep `NotAction`/`NotResource` for `Deny` statements, where they narrow a denial.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [s3:GetObject]\n          Resource: arn:aws:s3:::reports/*',
      sam: 'Policies:\n  - Statement:\n      - Effect: Allow\n        Action: [s3:GetObject]\n        Resource: arn:aws:s3:::reports/*',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Action: [s3:GetObject]\n    Resource: arn:aws:s3:::reports/*',
      terraform:
        'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["arn:aws:s3:::reports/*"]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: { cfnNag: ['W15', 'W16', 'W17', 'W21', 'W22', 'W23'] },
  check(ctx) {
    for (const placed of identityStatements(ctx.service)) {
      const { statement } = placed
      if (statement.notActions.length === 0 && statement.notResources.length === 0) continue
      const owner = statementOwner(ctx.service, placed)
      if (literal(statement.effect) === undefined) {
        ctx.undecidable({
          resource: owner.resource,
          reason:
            'the Effect of a statement with NotAction/NotResource is not known before deployment',
          location: statement.effect.loc
        })
        continue
      }
      if (!isAllow(statement)) continue
      reportNegation(ctx, owner, 'NotAction', statement.notActions)
      reportNegation(ctx, owner, 'NotResource', statement.notResources)
    }
  }
}

function reportNegation(
  { report }: RuleContext,
  owner: { resource: string; holder: string },
  element: 'NotAction' | 'NotResource',
  items: Attr<string>[]
): void {
  const first = items[0]
  if (!first) return
  const written = items.map(i => display(i))
  const what =
    element === 'NotAction' ? 'every action except' : 'its actions on every resource except'
  report({
    resource: owner.resource,
    evidence: `${element}: ${written.join(', ')}`,
    location: first.loc,
    message: `${owner.holder} has an Allow statement with \`${element}\`, which allows ${what} ${listForMessage(written)}`
  })
}
