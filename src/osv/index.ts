/** The dependency-vulnerability half of the gate: OSV lookup, severity, fix advice, policy. */
export { createOsvClient, type OsvClient, type OsvClientOptions } from './client.js'
export {
  configIssues,
  DEFAULT_VULNERABILITIES_CONFIG,
  ignoreEntrySchema,
  parseVulnerabilitiesConfig,
  vulnerabilitiesConfigSchema,
  type ConfigIssue,
  type IgnoreEntry,
  type VulnerabilitiesConfig
} from './config.js'
export { isOsvUnavailable, OsvUnavailableError, type OsvFailureReason } from './errors.js'
export { describeFix, smallestFix, type FixAdvice } from './fix.js'
export { isAffected } from './match.js'
export { openOfflineDatabase, type OfflineDatabase } from './offline.js'
export {
  scanPackages,
  type IgnoredVulnerability,
  type PackageFinding,
  type ScanOptions,
  type ScanResult,
  type VulnerabilityFinding
} from './scan.js'
export type { OsvVulnerability } from './schemas.js'
export { recordSeverity, severityRank, type Severity, type SeverityLevel } from './severity.js'
export type { LookupResult, OsvSource } from './source.js'
export { comparatorFor, compareVersions, type VersionComparator } from './versions/index.js'
