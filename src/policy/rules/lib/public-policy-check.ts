import type { ResourceKind } from '../../../model/types.js'
import type { RuleContext } from '../../types.js'
import { publicEvidence, publicGrantSentence, publicStatementsOf } from './resource-policies.js'
import { policyHoldersOfKind, resourceLabel } from './resource-settings.js'

/**
 * The check the "resource policy is public" rules share: every public statement of the policies of
 * every resource of one kind is reported at the statement; statements that cannot be decided are
 * recorded as undecided.
 */
export function reportPublicPolicies(
  ctx: Pick<RuleContext, 'service' | 'report' | 'undecidable'>,
  kind: ResourceKind,
  policyName: string
): void {
  for (const resource of policyHoldersOfKind(ctx.service, kind)) {
    const { open, undecided } = publicStatementsOf(resource)
    for (const u of undecided) ctx.undecidable({ resource: resource.id, ...u })
    for (const statement of open) {
      ctx.report({
        resource: resource.id,
        evidence: publicEvidence(statement),
        location: statement.statement.loc,
        message: `${resourceLabel(resource)}'s ${policyName} ${publicGrantSentence(statement)}`
      })
    }
  }
}
