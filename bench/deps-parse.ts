import { existsSync, readFileSync } from 'node:fs'
import { packageLockParser } from '../src/deps/package-lock/index.js'
import { collectGarbage } from './measure.js'

/**
 * Lockfile parsing cost against a bare `JSON.parse` of the same text. Locating every package's
 * line must stay a small fraction of parsing the JSON itself: the budget is 1.5x.
 */

export interface LockfileBenchResult {
  name: string
  /** Parse time divided by a bare `JSON.parse` of the same text (best of the runs). */
  ratio: number
  packages: number
  bytes: number
  jsonParseMs: number
  lockfileParseMs: number
}

/** The largest `package-lock.json` of the shared corpus, when the corpus is present. */
const CORPUS_LOCKFILE =
  '../shared/corpus/lockfiles/package-lock-v3/serverless-express__examples__lambda-function-url/package-lock.json'

const FILE = 'package-lock.json'
const GENERATED_ENTRIES = 50_000
const WARMUP = 5
/** Runs per file: at least this many, then more while the time budget lasts. */
const MIN_RUNS = 15
const MAX_RUNS = 80
const BUDGET_MS = 8_000

export async function benchLockfileParsing(): Promise<LockfileBenchResult[]> {
  const results: LockfileBenchResult[] = []
  const corpus = new URL(`../${CORPUS_LOCKFILE}`, import.meta.url)
  if (existsSync(corpus)) {
    results.push(measure('package-lock v3, largest corpus file', readFileSync(corpus, 'utf8')))
  }
  results.push(
    measure(
      `package-lock v3, ${GENERATED_ENTRIES} generated entries`,
      generateLockfile(GENERATED_ENTRIES)
    )
  )
  return results
}

function measure(name: string, text: string): LockfileBenchResult {
  let packages = 0
  for (let i = 0; i < WARMUP; i++) {
    JSON.parse(text)
    packages = packageLockParser.parse(text, FILE).packages.length
  }
  let json = Infinity
  let parse = Infinity
  const started = performance.now()
  // Interleaved runs, best of each: the least disturbed by other work on the machine.
  for (let i = 0; i < MAX_RUNS; i++) {
    if (i >= MIN_RUNS && performance.now() - started > BUDGET_MS) break
    json = Math.min(
      json,
      timed(() => JSON.parse(text))
    )
    parse = Math.min(
      parse,
      timed(() => packageLockParser.parse(text, FILE))
    )
  }
  return {
    name,
    ratio: round(parse / json),
    packages,
    bytes: text.length,
    jsonParseMs: round(json),
    lockfileParseMs: round(parse)
  }
}

/**
 * With `--expose-gc` each run starts from a collected heap, so neither side pays for collecting
 * the other's garbage.
 */
function timed(run: () => unknown): number {
  collectGarbage()
  const start = performance.now()
  run()
  return performance.now() - start
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * A lockfile v3 shaped like npm writes it: scoped and plain names, nested copies, dev packages,
 * dependency maps, engines and funding, pretty-printed with two spaces.
 */
export function generateLockfile(entries: number): string {
  const packages: Record<string, unknown> = {
    '': { name: 'generated-app', version: '1.0.0', dependencies: { '@scope-0/pkg-0': '^1.0.0' } }
  }
  for (let i = 0; i < entries; i++) {
    const name = generatedName(i)
    const nested = i % 10 === 9 ? `node_modules/pkg-${i - 1}/` : ''
    packages[`${nested}node_modules/${name}`] = generatedEntry(name, i, entries)
  }
  const lock = {
    name: 'generated-app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages
  }
  return JSON.stringify(lock, null, 2) + '\n'
}

function generatedName(i: number): string {
  return i % 7 === 0 ? `@scope-${i % 13}/pkg-${i}` : `pkg-${i}`
}

/** A package installed at the top level, as npm hoists what it can: a dependency that resolves. */
function hoistedDependency(i: number, entries: number): string {
  const j = i % Math.min(entries, 1000)
  return generatedName(j % 10 === 9 ? j - 1 : j)
}

function generatedEntry(name: string, i: number, entries: number): Record<string, unknown> {
  const version = `${i % 5}.${i % 17}.${i % 11}`
  const bare = name.slice(name.lastIndexOf('/') + 1)
  const entry: Record<string, unknown> = {
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`,
    integrity: `sha512-${Buffer.from(`${name}@${version}`).toString('base64').padEnd(86, 'A')}==`
  }
  if (i % 3 === 0) entry['dev'] = true
  entry['license'] = i % 2 === 0 ? 'MIT' : 'ISC'
  const deps: Record<string, string> = {}
  for (let d = 1; d <= i % 6; d++) deps[hoistedDependency(i * 31 + d, entries)] = `^${d}.0.0`
  if (Object.keys(deps).length > 0) entry['dependencies'] = deps
  if (i % 4 === 0) entry['engines'] = { node: '>=14' }
  if (i % 9 === 0) entry['funding'] = { url: `https://github.com/sponsors/${bare}` }
  return entry
}
