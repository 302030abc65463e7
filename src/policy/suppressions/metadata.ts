import type { Service } from '../../model/types.js'
import { asList, asString, get, getPath } from '../../model/value.js'

export interface MetadataSuppression {
  rule: string
  reason: string
  line: number
  file: string
}

/** `Metadata: { serverless-gate: { ignore: [ { rule, reason } ] } }` on a CloudFormation resource. */
export function metadataSuppressions(service: Service, resourceId: string): MetadataSuppression[] {
  const raw = service.rawResources.find(r => r.id === resourceId)
  const list = getPath(raw?.metadata, ['serverless-gate', 'ignore'])
  return asList(list).map(item => ({
    rule: asString(get(item, 'rule')) ?? '',
    reason: (asString(get(item, 'reason')) ?? '').trim(),
    line: item.loc.line,
    file: item.loc.file
  }))
}
