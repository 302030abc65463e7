import { runScan, type ScanResult } from '../../src/core/scan.js'
import type { OsvSource } from '../../src/osv/index.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { resolveSettings } from '../../src/core/settings.js'
import { strictestConfig } from '../../src/policy/config/strictest.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from './temp-repo.js'

/** Runs the real gate over files written to temporary folders: a head, and optionally a base. */
export async function scanFiles(
  head: Record<string, string | Uint8Array>,
  base?: Record<string, string | Uint8Array>,
  configText = '',
  now = new Date('2026-11-22T00:00:00Z'),
  osv?: OsvSource,
  baseConfigText?: string
): Promise<ScanResult> {
  const h = tempRepo(head)
  const b = base ? tempRepo(base) : undefined
  try {
    // In a pull request the stricter of the base's and the head's configuration applies.
    const proposed = parseConfigText('.serverless-gate.yml', configText)
    const baseConfig =
      baseConfigText === undefined
        ? undefined
        : parseConfigText('.serverless-gate.yml', baseConfigText)
    const config = baseConfig ? strictestConfig(baseConfig, proposed) : proposed
    const settings = resolveSettings({}, config)
    return await runScan({
      head: new DirectorySource(h.root),
      base: b ? new DirectorySource(b.root) : undefined,
      config,
      baseConfig,
      proposedConfig: proposed,
      settings,
      now,
      osv
    })
  } finally {
    h.cleanup()
    b?.cleanup()
  }
}
