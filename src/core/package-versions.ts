import type { PackageRef } from '../deps/types.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import { osvVersion } from '../osv/match.js'
import { comparatorFor } from '../osv/versions/index.js'

/**
 * A lockfile pins exact versions its package manager writes in the ecosystem's own grammar. A
 * version that is not one (`latest`, `4.17`, an empty string) is a broken entry: the database
 * can neither place it in a vulnerable range nor vouch that it is clean, so it is an error at
 * its entry rather than a package that quietly matches nothing. It is still looked up.
 */
export function invalidVersions(packages: readonly PackageRef[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const pkg of packages) {
    if (comparatorFor(pkg.ecosystem)?.isValid(osvVersion(pkg)) !== false) continue
    const shown = pkg.version.length > 80 ? `${pkg.version.slice(0, 80)}…` : pkg.version
    const message = `\`${pkg.name}\` is pinned to ${JSON.stringify(shown)}, which is not a ${pkg.ecosystem} version: it cannot be checked against vulnerable ranges`
    out.push(diagnostic(pkg.location.file, message, 'invalid-version', pkg.location, 'error'))
  }
  return out
}
