import { literal } from '../../../model/attr.js'
import type { SourceLocation } from '../../../model/location.js'
import type { LambdaFunction, Resource } from '../../../model/types.js'
import type { Severity } from '../../config/enums.js'
import type { DiffRule, Report } from '../../types.js'
import { runtimeStatus } from '../lib/runtimes.js'

/** A protection a function can lose, with the severity of the catalog rule that checks it. */
interface Protection {
  name: string
  severity: Severity
  had(fn: LambdaFunction): boolean
  /** Where to point when it is gone: the attribute if it is still written (e.g. `PassThrough`), else the function. */
  where(fn: LambdaFunction): SourceLocation
}

const FUNCTION_PROTECTIONS: Protection[] = [
  {
    name: 'active X-Ray tracing',
    severity: 'low',
    had: fn => literal(fn.tracing) === 'Active',
    where: fn => fn.tracing?.loc ?? fn.loc
  },
  {
    name: 'its customer-managed KMS key',
    severity: 'low',
    had: fn => fn.kmsKeyArn !== undefined,
    where: fn => fn.loc
  },
  {
    name: 'log retention',
    severity: 'low',
    had: fn => fn.logRetentionDays !== undefined,
    where: fn => fn.loc
  },
  {
    name: 'its dead-letter queue or on-failure destination',
    severity: 'low',
    had: fn => fn.deadLetterTarget !== undefined || fn.onFailureDestination !== undefined,
    where: fn => fn.loc
  },
  {
    name: 'reserved concurrency',
    severity: 'low',
    had: fn => fn.reservedConcurrency !== undefined,
    where: fn => fn.loc
  }
]

export const diffProtectionRemoved: DiffRule = {
  id: 'diff-protection-removed',
  title: 'Protection removed',
  severity: 'low',
  area: 'diff',
  rationale:
    'This change removes a protection the base branch had: tracing, encryption with a customer key, log retention, a dead-letter queue, a concurrency limit, or a modern TLS policy. Removals are easy to miss in review because nothing new appears in the diff.',
  remediation: {
    text: 'Keep the protection, or say in a suppression why it is no longer needed.',
    snippets: {
      serverless: 'functions:\n  create:\n    reservedConcurrency: 20',
      sam: 'Tracing: Active',
      cloudformation: 'TracingConfig:\n  Mode: Active',
      terraform: 'tracing_config {\n  mode = "Active"\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/security-best-practices.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-10'],
  equivalents: {},
  compare({ pair, report, now }) {
    if (!pair.base || !pair.head) return
    for (const fn of pair.head.functions) {
      const before = pair.base.functions.find(f => f.id === fn.id)
      if (!before) continue
      FUNCTION_PROTECTIONS.forEach(p => lost(p, before, fn, report))
      runtimeDowngrade(before, fn, now, report)
    }
    for (const domain of pair.head.resources.filter(r => r.kind === 'api-domain')) {
      const before = pair.base.resources.find(r => r.id === domain.id)
      if (before) tlsDowngrade(before, domain, report)
    }
  }
}

function lost(
  p: Protection,
  before: LambdaFunction,
  fn: LambdaFunction,
  report: (r: Report) => void
): void {
  if (!p.had(before) || p.had(fn)) return
  report({
    resource: fn.id,
    evidence: p.name,
    location: p.where(fn),
    severity: p.severity,
    message: `function \`${fn.id}\` no longer has ${p.name}, which it had on the base branch`
  })
}

/** A runtime moved to one that is deprecated (or about to be), from one that was not. */
function runtimeDowngrade(
  before: LambdaFunction,
  fn: LambdaFunction,
  now: Date,
  report: (r: Report) => void
): void {
  const was = literal(before.runtime)
  const is = literal(fn.runtime)
  if (was === undefined || is === undefined || was === is || !fn.runtime) return
  const status = runtimeStatus(is, now)
  if (!status || runtimeStatus(was, now)) return
  report({
    resource: fn.id,
    evidence: `${was} → ${is}`,
    location: fn.runtime.loc,
    severity: status.state === 'deprecated' ? 'high' : 'medium',
    message: `function \`${fn.id}\` moves from ${was} to ${is}, which AWS ${status.state === 'deprecated' ? 'deprecated' : 'deprecates'} on ${status.date}`
  })
}

function tlsDowngrade(before: Resource, domain: Resource, report: (r: Report) => void): void {
  const was = literal(before.attributes.securityPolicy)
  const now = literal(domain.attributes.securityPolicy)
  if (was === undefined || now === undefined || was === now || now.toUpperCase() !== 'TLS_1_0')
    return
  report({
    resource: domain.id,
    evidence: `${was} → ${now}`,
    location: domain.attributes.securityPolicy?.loc ?? domain.loc,
    severity: 'medium',
    message: `custom domain \`${domain.id}\` now accepts TLS 1.0 (it required ${was} on the base branch)`
  })
}
