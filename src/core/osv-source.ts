import type { OsvSource } from '../osv/index.js'
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js'
import type { Logger } from './logger.js'

export interface OsvSettings {
  apiUrl: string
  /** OSV records on disk (a folder of `.json` files, or OSV `all.zip` exports): no network. */
  offlineDir?: string
}

/**
 * Where dependency vulnerabilities are looked up. The offline database is opened lazily, so a
 * scan with no lockfiles never reads it; an unreadable one fails the scan (it is never "clean").
 */
export function osvSourceFor(settings: OsvSettings, logger?: Logger): OsvSource {
  // The OSV stage (client, version schemes, CVSS) loads on the first lookup, not with the gate.
  let opened: Promise<OsvSource> | undefined
  return {
    async lookup(packages) {
      opened ??= open(settings, logger)
      return (await opened).lookup(packages)
    }
  }
}

async function open(settings: OsvSettings, logger?: Logger): Promise<OsvSource> {
  const { createOsvClient, openOfflineDatabase } = await import('../osv/index.js')
  if (settings.offlineDir) {
    const dir = settings.offlineDir
    const db = await openOfflineDatabase(dir)
    logger?.info(`offline vulnerability database ${dir}: ${db.recordCount} records`)
    return db
  }
  return createOsvClient({
    baseUrl: settings.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    onLog: m => logger?.debug(m)
  })
}
