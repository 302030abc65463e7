import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'
import { parse } from 'yaml'
import { DIST } from '../helpers/runner.js'

const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
const action = parse(readFileSync('action.yml', 'utf8'))
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8'))
const ciNodeMajors: number[] = ci.jobs.test.strategy.matrix.node

/**
 * The package folders esbuild put into a bundle (its entry point and every chunk the entry loads,
 * at start or on demand), from their `// node_modules/<package>/<file>` path comments (the
 * innermost node_modules of a nested one).
 */
function bundledPackages(bundle: string): string[] {
  const text = withChunks(bundle)
  const paths = [...text.matchAll(/^\/\/ (node_modules\/\S+)$/gm)].map(m => m[1]!)
  const folders = paths.map(path => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)![1]!)
  return [...new Set(folders)].sort()
}

/** The text of a bundle's entry point and of every chunk it imports, statically or dynamically. */
function withChunks(entry: string): string {
  const seen = new Set<string>()
  const texts: string[] = []
  const pending = [entry]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(join(DIST, file), 'utf8')
    texts.push(text)
    for (const m of text.matchAll(/(?:from |import\()"\.\/(chunk-[A-Z0-9]+\.js)"/g))
      pending.push(m[1]!)
  }
  return texts.join('\n')
}

/** Bundled packages whose declared Node range excludes one of the given Node versions. */
function refusing(bundle: string, nodeVersions: string[]): string[] {
  return bundledPackages(bundle).flatMap(folder => {
    const range: string | undefined = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
      .engines?.node
    if (!range) return []
    return nodeVersions
      .filter(v => !semver.satisfies(v, range))
      .map(v => `${folder} (node ${range}) refuses ${v}`)
  })
}

describe('the Node versions the package promises', () => {
  const floor = semver.minVersion(manifest.engines.node)!.version
  /** The oldest version of each major CI tests that the package's range admits. */
  const ciVersions = ciNodeMajors.map(
    major => semver.minVersion(`${manifest.engines.node} ${major}.x`)!.version
  )

  it('CI tests the oldest supported major and the one the action runs on', () => {
    const actionMajor = Number(/^node(\d+)$/.exec(action.runs.using)![1])
    expect(ciNodeMajors).toContain(semver.major(floor))
    expect(ciNodeMajors).toContain(actionMajor)
  })

  it('every package bundled into the CLI accepts the oldest supported Node and each one CI tests', () => {
    expect(bundledPackages('cli.js')).toContain('node_modules/yaml')
    expect(refusing('cli.js', [...new Set([floor, ...ciVersions])])).toEqual([])
  })

  it("every package bundled into the action accepts the action's runtime", () => {
    const runtime = `${/^node(\d+)$/.exec(action.runs.using)![1]}.0.0`
    expect(bundledPackages('index.js')).toContain('node_modules/@octokit/request')
    expect(refusing('index.js', [runtime])).toEqual([])
  })

  it('the check notices a bundled package that refuses a version (content-type needs Node 22)', () => {
    expect(refusing('index.js', ['20.19.0']).join('\n')).toMatch(/content-type \(node >=22\)/)
  })
})
