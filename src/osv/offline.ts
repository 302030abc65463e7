import { diagnostic, type Diagnostic } from '../model/location.js'
import { OsvUnavailableError } from './errors.js'
import { isAffected, normalizedName } from './match.js'
import { readRecordFiles, type FileProblem, type RecordFile } from './offline-files.js'
import type { PackageRef } from './package-ref.js'
import { describeSchemaError, vulnerabilitySchema, type OsvVulnerability } from './schemas.js'
import type { LookupResult, OsvSource } from './source.js'
import { errorMessage } from '../sources/errors.js'

/**
 * An `OsvSource` over a local copy of OSV's data: a directory of OSV `.json` records, or one of
 * OSV's `all.zip` exports. Records are indexed by (ecosystem, package name) and matched with the
 * same range and version rules the findings use, so the same records give the same findings as
 * the API, with no network.
 */
export interface OfflineDatabase extends OsvSource {
  /** Files that could not be used (unreadable JSON, not an OSV record), by their database path. */
  readonly problems: Diagnostic[]
  readonly recordCount: number
}

export async function openOfflineDatabase(path: string): Promise<OfflineDatabase> {
  const byId = new Map<string, OsvVulnerability>()
  const problems: Diagnostic[] = []
  const onProblem = ({ name, message }: FileProblem) =>
    problems.push(
      diagnostic(
        name,
        `${name}: ${message}; the packages this offline vulnerability record describes were not checked against it`,
        'osv-offline-record'
      )
    )
  try {
    await readRecordFiles(path, file => addRecord(file, byId, onProblem), onProblem)
  } catch (error) {
    throw new OsvUnavailableError(
      `The offline vulnerability database ${path} cannot be read: ${errorMessage(error)}`,
      { reason: 'offline-database', cause: error }
    )
  }
  if (byId.size === 0) {
    // An empty database would report every package as clean.
    throw new OsvUnavailableError(
      `The offline vulnerability database ${path} holds no OSV records`,
      {
        reason: 'offline-database'
      }
    )
  }
  const index = indexByPackage(byId.values())
  // A record that cannot be read might describe any package: the first answer carries the
  // problems as errors, so the scan cannot pass on a partly read database.
  let unreported = problems
  return {
    problems,
    recordCount: byId.size,
    lookup: async packages => {
      const result = lookupIn(index, packages)
      result.diagnostics.push(...unreported)
      unreported = []
      return result
    }
  }
}

function addRecord(
  file: RecordFile,
  byId: Map<string, OsvVulnerability>,
  onProblem: (problem: FileProblem) => void
): void {
  let json: unknown
  try {
    json = JSON.parse(file.text)
  } catch (error) {
    return onProblem({
      name: file.name,
      message: `is not valid JSON (${(error as Error).message})`
    })
  }
  const parsed = vulnerabilitySchema.safeParse(json)
  if (!parsed.success) {
    return onProblem({
      name: file.name,
      message: `is not an OSV record: ${describeSchemaError(parsed.error)}`
    })
  }
  // The long prose and links are not used by findings; leaving them out keeps a large export small.
  const { details: _details, references: _references, ...record } = parsed.data
  const known = byId.get(record.id)
  if (known === undefined || known.modified < record.modified) byId.set(record.id, record)
}

/** Records by ecosystem, then by normalised package name. */
type PackageIndex = Map<string, Map<string, OsvVulnerability[]>>

function indexByPackage(records: Iterable<OsvVulnerability>): PackageIndex {
  const index: PackageIndex = new Map()
  for (const record of records) {
    for (const entry of record.affected ?? []) {
      if (entry.package === undefined) continue
      const { ecosystem, name } = entry.package
      let names = index.get(ecosystem)
      if (names === undefined) index.set(ecosystem, (names = new Map()))
      const key = normalizedName(ecosystem, name)
      const list = names.get(key)
      if (list === undefined) names.set(key, [record])
      // A record that lists one package twice (several ranges) is indexed under it once.
      else if (list[list.length - 1] !== record) list.push(record)
    }
  }
  return index
}

/**
 * Every package against the index. Most packages of a large lockfile have no record at all:
 * they are passed over without allocating anything, so a lookup of tens of thousands of
 * packages leaves little garbage behind.
 */
function lookupIn(index: PackageIndex, packages: readonly PackageRef[]): LookupResult {
  const records = new Map<number, OsvVulnerability[]>()
  const diagnostics: Diagnostic[] = []
  for (let position = 0; position < packages.length; position++) {
    const pkg = packages[position] as PackageRef
    const candidates = index.get(pkg.ecosystem)?.get(normalizedName(pkg.ecosystem, pkg.name))
    if (candidates === undefined) continue
    const matched: OsvVulnerability[] = []
    let undecided = false
    // Like the API, withdrawn records are not answered.
    for (const record of candidates) {
      if (record.withdrawn !== undefined) continue
      const affected = isAffected(record, pkg)
      if (affected === true) matched.push(record)
      if (affected === undefined) undecided = true
    }
    if (matched.length > 0) records.set(position, matched)
    if (undecided) diagnostics.push(unorderedVersion(pkg))
  }
  return { records, diagnostics }
}

function unorderedVersion(pkg: PackageRef): Diagnostic {
  return diagnostic(
    pkg.location.file,
    `${pkg.ecosystem} package \`${pkg.name}\` has version "${pkg.version}", which cannot be compared with the offline database's ranges: it was not checked`,
    'osv-version-unordered',
    pkg.location
  )
}
