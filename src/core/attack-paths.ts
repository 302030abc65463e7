import { pathFindingsOfDiff } from '../diff/paths.js'
import type { ClassifiedFinding } from '../diff/findings.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import type { Model } from '../model/types.js'
import type { OsvSource, VulnerabilitiesConfig } from '../osv/index.js'
import {
  attackPathsOf,
  cachedLookup,
  pathFinding,
  undecidedReach,
  type FunctionFacts,
  type VulnerabilityLookup
} from '../paths/index.js'
import type { ConfigFile } from '../policy/config/schema.js'
import { ruleSettingsOf } from '../policy/rule-settings.js'
import type { Finding } from '../policy/types.js'
import type { Renames } from '../sources/renames.js'
import type { DependencyScan } from './deps.js'
import { errorMessage } from '../sources/errors.js'

/** One side as the paths stage needs it: its model, config, and its suppressions. */
export interface PathsSideInput {
  model: Model
  config: ConfigFile
  suppress(findings: Finding[]): Promise<Finding[]>
}

export interface AttackPathPart {
  findings: ClassifiedFinding[]
  errors: Diagnostic[]
  undecided: ReturnType<typeof undecidedReach>
  /** The head's per-function facts (reach, ships, may do). */
  facts: FunctionFacts[]
}

/**
 * The attack-path stage of a scan: paths of the head (and base), as findings that go through the
 * same suppressions as any other. A suppression of a part (the public route) does not hide the
 * path: only one naming the path rule does. A vulnerability database that cannot answer about a
 * reachable function's packages is an error, never "no path".
 */
export async function attackPathPart(
  /** Absent when the IaC is not scanned: no model, no paths. */
  head: PathsSideInput | undefined,
  base: PathsSideInput | undefined,
  deps: Pick<DependencyScan, 'lockfiles' | 'lookedUp'> | undefined,
  osv: { source?: OsvSource; config: VulnerabilitiesConfig; now: Date },
  /** What the change moved: a base function is compared where it was. */
  renames?: Renames
): Promise<AttackPathPart> {
  if (!head) return { findings: [], errors: [], undecided: [], facts: [] }
  const lookup = cachedLookup(deps?.lookedUp ?? { packages: [], findings: [] }, asker(osv))
  const settingsOf = (c: ConfigFile) => ruleSettingsOf(c, osv.now)
  try {
    const h = await attackPathsOf(
      { model: head.model, packages: deps?.lockfiles.head.packages },
      lookup,
      settingsOf(head.config)
    )
    const undecided = undecidedReach(h.facts)
    if (!base) {
      const found = await head.suppress(h.paths.map(p => pathFinding(p)))
      const findings = found.map(f => ({ ...f, status: 'present' as const }))
      return { findings, errors: [], undecided, facts: h.facts }
    }
    const b = await attackPathsOf(
      { model: base.model, packages: deps?.lockfiles.base?.packages },
      lookup,
      settingsOf(base.config)
    )
    const diff = pathFindingsOfDiff(b, h, renames)
    const status = new Map(diff.head.map(x => [x.finding.fingerprint, x.status]))
    const onHead = await head.suppress(diff.head.map(x => x.finding))
    const fixed = await base.suppress(diff.fixed)
    const findings = [
      ...onHead.map(f => ({ ...f, status: status.get(f.fingerprint) ?? ('new' as const) })),
      ...fixed.filter(f => f.path).map(f => ({ ...f, status: 'fixed' as const }))
    ]
    return { findings, errors: [], undecided, facts: h.facts }
  } catch (err) {
    const message = `attack paths could not be computed: ${errorMessage(err)}`
    return {
      findings: [],
      errors: [diagnostic('(attack paths)', message, 'paths-unavailable')],
      undecided: [],
      facts: []
    }
  }
}

function asker(osv: {
  source?: OsvSource
  config: VulnerabilitiesConfig
  now: Date
}): VulnerabilityLookup | undefined {
  const source = osv.source
  if (!source) return undefined
  return async packages => {
    // The OSV stage loads only when a reachable function has packages to look up.
    const { scanPackages } = await import('../osv/index.js')
    return (await scanPackages(packages, source, osv.config, { now: osv.now })).findings
  }
}
