import { literal } from '../../model/attr.js'
import type { Attr, Resource } from '../../model/types.js'

/** Services whose ARNs a web ACL association may name besides API Gateway stages. */
const OTHER_TARGETS = /:(elasticloadbalancing|appsync|cognito-idp|apprunner|ec2|verified-access):/

/**
 * A web ACL association whose resource ARN matched no stage of the service: written as a literal
 * ARN (`arn:aws:apigateway:eu-west-1::/restapis/a1b2c3/stages/prod`) or partly as an expression.
 * It may protect any REST stage of the service with the stage name it ends in (any stage when
 * the name cannot be read), so those stages are undecided rather than unprotected.
 */
export function markPossiblyProtected(stages: Resource[], arnText: string, arn: Attr<string>) {
  if (OTHER_TARGETS.test(arnText)) return
  const name = /\/stages\/([A-Za-z0-9_-]+)$/.exec(arnText)?.[1]
  for (const stage of stages) {
    if (stage.attributes.wafAclId) continue
    const stageName = literal(stage.attributes.stageName)
    if (name === undefined || stageName === undefined || stageName === name)
      stage.attributes.wafAssociationUndecided = arn
  }
}
