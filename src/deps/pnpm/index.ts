import { PackageCollector } from '../shared/collector.js'
import { asObject } from '../shared/json.js'
import { namedFiles } from '../shared/paths.js'
import { readYamlDocuments, type YamlLockDocument } from '../shared/yaml.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { readPackages } from './packages.js'

/** Lockfile versions this reader knows: 5.3 and 5.4, 6.x, 7.x, 9.x. */
const KNOWN = /^(5\.[34]|6\.\d|7\.\d|9\.\d)$/

/** `pnpm-lock.yaml`: 5.3/5.4 (`/name/1.0.0` keys), 6.x (`/name@1.0.0`), 9.x (`name@1.0.0` + snapshots). */
export const pnpmLockParser: LockfileParser = {
  id: 'npm/pnpm-lock',
  ecosystem: 'npm',
  ...namedFiles('pnpm-lock.yaml'),
  parse: parsePnpmLock,
  content: { recognises: /^lockfileVersion\s*:/m, expected: 'a `lockfileVersion`' }
}

function parsePnpmLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const out = new PackageCollector(file, 'npm')
  const read = readYamlDocuments(text, file)
  out.diagnostics.push(...read.diagnostics)
  const documents = read.documents.filter(doc => doc.data !== null && doc.data !== undefined)
  if (documents.length > 1) {
    // pnpm 11 writes a document for its own config dependencies before the project's lockfile;
    // readers that take the first document only see nothing. Every document is read here.
    out.warn(
      `the lockfile holds ${documents.length} YAML documents; reading the packages of each`,
      'multi-document'
    )
  }
  for (const doc of documents) readDocument(doc, out, options)
  return out.finish()
}

function readDocument(
  doc: YamlLockDocument,
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  const lock = asObject(doc.data)
  if (!lock) {
    out.error('expected a map at the top of the lockfile', 'parse-error')
    return
  }
  if (!['packages', 'importers', 'dependencies', 'devDependencies'].some(key => key in lock)) {
    // Not empty, yet nothing a pnpm lockfile holds: never read that as "no dependencies".
    if (Object.keys(lock).some(key => key !== 'lockfileVersion' && key !== 'settings')) {
      out.error('no packages or importers section: not a pnpm lockfile', 'no-packages')
    }
    return
  }
  const version = lockfileVersion(lock['lockfileVersion'])
  if (version === undefined || !KNOWN.test(version.toFixed(1))) {
    out.warn(
      `lockfileVersion ${JSON.stringify(lock['lockfileVersion'])} is not one this scanner knows (5.3 to 9.0); reading it as the nearest known version`,
      'unsupported-version',
      doc.positionOf(['lockfileVersion'])
    )
  }
  readPackages(lock, version ?? 9, doc, out, options)
}

function lockfileVersion(raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? raw : Number.parseFloat(String(raw))
  return Number.isFinite(n) ? n : undefined
}
