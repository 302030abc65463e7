import type { OsvSource } from '../osv/index.js'
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js'
import { ConfigError } from '../sources/errors.js'
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
  if (!settings.offlineDir) checkApiUrl(settings.apiUrl)
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

/**
 * An http(s) URL without a user name or password. fetch refuses credentials in a URL and names the
 * URL whole in its error, which every report repeats (a pull request's summary comment too, where
 * the runner masks nothing): such a URL is refused here, without repeating its credentials.
 */
function checkApiUrl(apiUrl: string): void {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    // Not repeated: what does not parse may still hold a password.
    throw new ConfigError('the OSV API URL is not a valid URL')
  }
  if (url.username || url.password) {
    url.username = ''
    url.password = ''
    throw new ConfigError(
      `the OSV API URL must not hold a user name or password (given for ${url.origin}): requests cannot send them, and reports would show them`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`the OSV API URL must be http or https (got ${url.protocol})`)
}
