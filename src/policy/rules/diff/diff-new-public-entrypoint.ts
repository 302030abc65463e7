import { literal } from '../../../model/attr.js'
import type { Endpoint, InvokePermission, Service } from '../../../model/types.js'
import { pairEndpoints } from '../../engine/pairing.js'
import { endpointKey } from '../../../model/endpoints.js'
import type { DiffRule } from '../../types.js'
import { isPrivateApi, resourcePolicyGate } from '../lib/api.js'
import { describeEndpoint, isPublicEndpoint } from '../lib/endpoints.js'

export const diffNewPublicEntrypoint: DiffRule = {
  id: 'diff-new-public-entrypoint',
  title: 'New public entry point',
  severity: 'high',
  area: 'diff',
  rationale:
    'This change adds a way for anyone on the internet to invoke a function: an unauthenticated route, a function URL with AuthType NONE, an invoke permission for every principal, or an unauthenticated route whose API kept the internet out (PRIVATE, or a resource policy naming its callers) and no longer does. New attack surface deserves an explicit decision in review.',
  remediation: {
    text: 'Add an authorizer (or IAM auth) to the new entry point, or suppress this finding with the reason it must be public.',
    snippets: {
      serverless: 'url:\n  authorizer: aws_iam',
      sam: 'FunctionUrlConfig:\n  AuthType: AWS_IAM',
      cloudformation: 'AuthType: AWS_IAM',
      terraform: 'authorization_type = "AWS_IAM"'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-security.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-2'],
  equivalents: {},
  compare({ pair, report }) {
    if (!pair.head) return
    for (const { base: was, head: endpoint } of pairEndpoints(
      pair.base?.endpoints ?? [],
      pair.head.endpoints
    )) {
      if (!endpoint || !isPublicEndpoint(pair.head, endpoint)) continue
      if (!was) {
        report({
          resource: endpoint.id,
          evidence: endpointKey(endpoint),
          location: endpoint.auth.loc ?? endpoint.loc,
          message: `${describeEndpoint(endpoint)} is new and public: anyone can invoke it without credentials`
        })
      } else if (pair.base && keptToFewCallers(pair.base, was)) {
        // Still unauthenticated, but its API no longer keeps the internet out.
        report({
          resource: endpoint.id,
          evidence: `${endpointKey(endpoint)} opened`,
          location: endpoint.loc,
          message: `${describeEndpoint(endpoint)} is public after this change: its API kept callers to those its resource policy names or to its VPC endpoints on the base branch, and now anyone can invoke it without credentials`
        })
      }
    }
    const permissionsBefore = new Set(
      (pair.base?.permissions ?? []).filter(isPublicPermission).map(permissionKey)
    )
    for (const p of pair.head.permissions) {
      if (!isPublicPermission(p) || permissionsBefore.has(permissionKey(p))) continue
      report({
        resource: p.id,
        evidence: `permission ${permissionKey(p)}`,
        location: p.principal.loc,
        message: `invoke permission \`${p.id}\` is new and lets any principal invoke ${p.functionId ? `function \`${p.functionId}\`` : 'the function'}`
      })
    }
  }
}

/**
 * An unauthenticated route that only some could reach: on a PRIVATE API, or behind a resource
 * policy that admits named sources only. An authorizer taken away is `diff-auth-removed`'s.
 */
function keptToFewCallers(service: Service, e: Endpoint): boolean {
  return (
    e.auth.type === 'none' &&
    (isPrivateApi(service, e) || resourcePolicyGate(service, e) === 'restricted')
  )
}

function isPublicPermission(p: InvokePermission): boolean {
  return literal(p.principal) === '*' && !p.sourceArn && !p.sourceAccount && !p.principalOrgId
}

function permissionKey(p: InvokePermission): string {
  return `${p.functionId ?? p.id}:${literal(p.action) ?? ''}`
}
