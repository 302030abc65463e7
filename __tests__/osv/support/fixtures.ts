import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Ecosystem, PackageRef } from '../../../src/osv/package-ref.js'
import type { OsvVulnerability } from '../../../src/osv/schemas.js'
import type { ReleaseTable } from './server-index.js'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'osv')
export const RECORDS_DIR = join(FIXTURES, 'records')

/** Every fixture record, parsed as plain JSON (what a server would send). */
export function allRecords(): OsvVulnerability[] {
  return readdirSync(RECORDS_DIR)
    .filter(name => name.endsWith('.json'))
    .sort()
    .map(name => JSON.parse(readFileSync(join(RECORDS_DIR, name), 'utf8')) as OsvVulnerability)
}

export function record(id: string): OsvVulnerability {
  return JSON.parse(readFileSync(join(RECORDS_DIR, `${id}.json`), 'utf8')) as OsvVulnerability
}

export function releases(): ReleaseTable {
  return JSON.parse(readFileSync(join(FIXTURES, 'releases.json'), 'utf8')) as ReleaseTable
}

/** A package as a lockfile reader would hand it over, pinned at `line` of `file`. */
export function pkg(
  ecosystem: Ecosystem,
  name: string,
  version: string,
  line = 1,
  file = 'package-lock.json',
  extra: Partial<PackageRef> = {}
): PackageRef {
  return { ecosystem, name, version, location: { file, line, column: 5 }, ...extra }
}

/** One package per ecosystem the gate reads, each pinned at a version with known advisories. */
export function vulnerablePackages(): PackageRef[] {
  return [
    pkg('npm', 'lodash', '4.17.15', 10),
    pkg('npm', 'express', '4.18.2', 20),
    pkg('npm', 'axios', '1.5.0', 30),
    pkg('npm', '0-dns', '1.0.0', 40),
    pkg('npm', 'left-pad', '1.3.0', 50),
    pkg('PyPI', 'urllib3', '1.26.5', 3, 'poetry.lock'),
    pkg('PyPI', 'django', '4.2.1', 9, 'poetry.lock'),
    pkg('Go', 'golang.org/x/net', 'v0.15.0', 5, 'go.mod'),
    pkg('Go', 'golang.org/x/crypto', 'v0.0.0-20200128174031-69ecbb4d6d5d', 6, 'go.mod'),
    pkg('Go', 'stdlib', '1.21.1', 3, 'go.mod'),
    pkg('Maven', 'com.fasterxml.jackson.core:jackson-databind', '2.13.1', 12, 'gradle.lockfile'),
    pkg('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', 13, 'gradle.lockfile'),
    pkg('crates.io', 'tokio', '1.8.1', 40, 'Cargo.lock'),
    pkg('crates.io', 'time', '0.1.43', 50, 'Cargo.lock'),
    pkg('crates.io', 'regex', '1.5.4', 60, 'Cargo.lock'),
    pkg('RubyGems', 'rack', '2.2.3', 7, 'Gemfile.lock'),
    pkg('RubyGems', 'nokogiri', '1.13.3', 8, 'Gemfile.lock'),
    pkg('RubyGems', 'activesupport', '4.2.1', 9, 'Gemfile.lock'),
    pkg('NuGet', 'Newtonsoft.Json', '12.0.3', 4, 'packages.lock.json'),
    pkg('Packagist', 'guzzlehttp/guzzle', '7.4.1', 20, 'composer.lock')
  ]
}
