import type { ExternalTarget, Service } from '../../model/types.js'

/** Records a policy or setting on a resource this service does not define, once per setting resource. */
export function addExternalTarget(service: Service, target: ExternalTarget): ExternalTarget {
  service.externalTargets ??= []
  const known = service.externalTargets.find(t => t.id === target.id && t.kind === target.kind)
  if (known) return known
  for (const [k, v] of Object.entries(target.attributes)) {
    if (v === undefined) delete target.attributes[k as keyof ExternalTarget['attributes']]
  }
  service.externalTargets.push(target)
  return target
}
