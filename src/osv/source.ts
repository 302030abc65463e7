import type { Diagnostic } from '../model/location.js'
import type { PackageRef } from './package-ref.js'
import type { OsvVulnerability } from './schemas.js'

/** The vulnerability records that affect each looked-up package. */
export interface LookupResult {
  /** By the package's index in the input; packages with no records may be absent. */
  records: Map<number, OsvVulnerability[]>
  /** Packages that could not be checked (e.g. a version the ecosystem cannot order), located. */
  diagnostics: Diagnostic[]
}

/**
 * Where vulnerability data comes from: the OSV API client or an offline copy of OSV's database.
 * Both answer the same way for the same records. A source that cannot answer completely throws an
 * `OsvUnavailableError` instead of returning a partial answer.
 */
export interface OsvSource {
  lookup(packages: readonly PackageRef[]): Promise<LookupResult>
}
