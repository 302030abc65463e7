import type { Severity } from '../../config/enums.js'
import type { DiffRule } from '../../types.js'
import { grantKey, grantsOf, type Grant } from '../lib/grants.js'
import {
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  FULL_ACCESS_POLICY,
  managedPolicyIn,
  canWrite,
  escalationActionsIn,
  isAnyResource,
  isFullWildcard
} from '../lib/iam-actions.js'

export const diffPermissionGrowth: DiffRule = {
  id: 'diff-permission-growth',
  title: "Function's permissions grew",
  severity: 'medium',
  area: 'diff',
  rationale:
    "This change lets an existing function do more than it could on the base branch. Growth in a function's role is how least privilege erodes one pull request at a time; admin and privilege-escalation grants let a compromised function take over the account.",
  remediation: {
    text: 'Grant only the actions the new code calls, on the specific resources it touches.',
    snippets: {
      serverless: '- Effect: Allow\n  Action: [s3:GetObject]\n  Resource: arn:aws:s3:::exports/*',
      sam: 'Policies:\n  - S3ReadPolicy:\n      BucketName: exports',
      cloudformation: 'Action: [s3:GetObject]\nResource: !Sub "${ExportBucket.Arn}/*"',
      terraform: 'actions   = ["s3:GetObject"]\nresources = ["${aws_s3_bucket.exports.arn}/*"]'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: {},
  compare({ pair, report }) {
    if (!pair.base || !pair.head) return
    for (const fn of pair.head.functions) {
      const before = pair.base.functions.find(f => f.id === fn.id)
      if (!before) continue
      const had = new Set(grantsOf(pair.base, before).map(grantKey))
      const added = grantsOf(pair.head, fn).filter(g => !had.has(grantKey(g)))
      for (const [action, grants] of groupByAction(added)) {
        const severity = classify(grants)
        if (!severity) continue
        const resources = [...new Set(grants.map(g => g.resource))]
        const first = grants[0] as Grant
        report({
          resource: fn.id,
          evidence: `${action} on ${resources.join(', ')}`,
          location: first.loc,
          severity,
          message: `function \`${fn.id}\` gains \`${action}\` on ${resources.map(r => `\`${r}\``).join(', ')}, which it did not have on the base branch`
        })
      }
    }
  }
}

function groupByAction(grants: Grant[]): Map<string, Grant[]> {
  const out = new Map<string, Grant[]>()
  for (const g of grants)
    out.set(g.kind === 'not-action' ? `NOT ${g.action}` : g.action, [
      ...(out.get(g.action) ?? []),
      g
    ])
  return out
}

/** Severity by the class of what was added; read-only growth is listed in the changes, not gated. */
function classify(grants: Grant[]): Severity | undefined {
  const ranks: Severity[] = grants.map(g => {
    if (g.kind === 'managed-policy') {
      const name = g.action.replace(/^policy\//, '')
      if (managedPolicyIn(ADMIN_MANAGED_POLICIES, name)) return 'critical'
      if (managedPolicyIn(ESCALATION_MANAGED_POLICIES, name)) return 'high'
      return FULL_ACCESS_POLICY.test(name) ? 'medium' : 'info'
    }
    // Every action but a few, on every resource: administrator access, as `PowerUserAccess` is.
    if (g.kind === 'not-action')
      return isAnyResource(g.resource) || g.resource.startsWith('NOT ') ? 'critical' : 'high'
    if (isFullWildcard(g.action) && isAnyResource(g.resource)) return 'critical'
    if (escalationActionsIn(g.action).length > 0 && isAnyResource(g.resource)) return 'high'
    return canWrite(g.action) ? 'medium' : 'info'
  })
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'info']
  const worst = order.find(s => ranks.includes(s))
  return worst === 'info' ? undefined : worst
}
