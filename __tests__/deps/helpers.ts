import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type {
  LockfileParser,
  LockfileResult,
  PackageRef,
  ParseOptions
} from '../../src/deps/types.js'

const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'deps')

/** The text of `__tests__/fixtures/deps/<format>/<name>`. */
export function fixture(format: string, name: string): string {
  return readFileSync(join(FIXTURES, format, name), 'utf8')
}

/** Reads a file next to a fixture, as a parser's `siblings` option does. */
export function siblingsOf(format: string, name: string): (sibling: string) => string | undefined {
  return sibling => {
    try {
      return readFileSync(join(FIXTURES, format, dirname(name), sibling), 'utf8')
    } catch {
      return undefined
    }
  }
}

/** Parses a fixture under the file name a repository would give it. */
export function parseFixture(
  parser: LockfileParser,
  format: string,
  name: string,
  file: string,
  options?: ParseOptions
): LockfileResult {
  return parser.parse(fixture(format, name), file, options)
}

/** The package of that name and version, or a failure that names what was there. */
export function findPackage(result: LockfileResult, name: string, version?: string): PackageRef {
  const found = result.packages.find(
    p => p.name === name && (version === undefined || p.version === version)
  )
  if (!found) {
    const names = result.packages.map(p => `${p.name}@${p.version}`).join(', ')
    throw new Error(`no package ${name}@${version ?? '*'} among: ${names}`)
  }
  return found
}

export function codes(result: LockfileResult): string[] {
  return result.diagnostics.map(d => d.code)
}
