import type { SourceLocation } from '../../model/location.js'
import type { RawResource, Service } from '../../model/types.js'
import { asList, asString, get, getPath } from '../../model/value.js'

export interface MetadataSuppression {
  rule: string
  reason: string
  line: number
  file: string
}

/**
 * `Metadata: { serverless-gate: { ignore: [ { rule, reason } ] } }` on a CloudFormation resource:
 * the resource the finding is about, or the resource whose definition holds the flagged line
 * (a finding about a function can sit on its `AWS::Lambda::Url`).
 */
export function metadataSuppressions(
  service: Service,
  resourceId: string,
  at: SourceLocation
): MetadataSuppression[] {
  const named = service.rawResources.find(r => r.id === resourceId)
  const around = enclosing(service.rawResources, at)
  return [...new Set([named, around])].flatMap(raw => listOf(raw))
}

/** Whether any resource of the service carries `Metadata: { serverless-gate: { ignore } }`. */
export function holdsMetadataSuppressions(service: Service): boolean {
  return service.rawResources.some(
    r => getPath(r.metadata, ['serverless-gate', 'ignore']) !== undefined
  )
}

/** The resource defined nearest above the line, in the same file: the one whose body holds it. */
function enclosing(resources: readonly RawResource[], at: SourceLocation): RawResource | undefined {
  let best: RawResource | undefined
  for (const r of resources) {
    if (r.loc.file !== at.file || r.loc.line > at.line) continue
    if (!best || r.loc.line > best.loc.line) best = r
  }
  return best
}

function listOf(raw: RawResource | undefined): MetadataSuppression[] {
  const list = getPath(raw?.metadata, ['serverless-gate', 'ignore'])
  return asList(list).map(item => ({
    rule: asString(get(item, 'rule')) ?? '',
    reason: (asString(get(item, 'reason')) ?? '').trim(),
    line: item.loc.line,
    file: item.loc.file
  }))
}
