import { createOsvClient, openOfflineDatabase, type OsvSource } from '../osv/index.js'
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
  if (settings.offlineDir) {
    const dir = settings.offlineDir
    let db: ReturnType<typeof openOfflineDatabase> | undefined
    return {
      async lookup(packages) {
        db ??= openOfflineDatabase(dir).then(d => {
          logger?.info(`offline vulnerability database ${dir}: ${d.recordCount} records`)
          return d
        })
        return (await db).lookup(packages)
      }
    }
  }
  return createOsvClient({
    baseUrl: settings.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    onLog: m => logger?.debug(m)
  })
}
