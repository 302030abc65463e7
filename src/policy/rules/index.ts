import type { Rule } from '../types.js'
import { lambdaUrlAuthNone } from './functions/lambda-url-auth-none.js'
import { iamWildcardAction } from './iam/iam-wildcard-action.js'

/** The rule catalog. A new rule is one file in its area folder and one line here. */
export const CATALOG: readonly Rule[] = [lambdaUrlAuthNone, iamWildcardAction]

export function ruleById(id: string): Rule | undefined {
  return CATALOG.find(r => r.id === id)
}
