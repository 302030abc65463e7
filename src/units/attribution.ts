import type { Model } from '../model/types.js'

interface Located {
  service: string
  message?: string
  summary?: string
  location: { file: string }
}

/**
 * A finding or change that sits in a file the service pulls in (a shared include) names its
 * service: several services reading one file otherwise give the same text on the same line,
 * and the reader cannot tell whose role or function it is.
 */
export function nameIncludingService<T extends Located>(items: readonly T[], model: Model): T[] {
  const byId = new Map(model.services.map(s => [s.id, s]))
  return items.map(item => {
    const service = byId.get(item.service)
    if (!service || item.location.file === service.loc.file) return item
    if (!service.files.includes(item.location.file)) return item
    const prefix = `service \`${service.name}\`: `
    if (item.message !== undefined) return { ...item, message: prefix + item.message }
    if (item.summary !== undefined) return { ...item, summary: prefix + item.summary }
    return item
  })
}
