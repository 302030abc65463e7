import { PackageCollector } from '../shared/collector.js'
import { linesEndingAt } from '../shared/lines.js'
import { baseName, dirName } from '../shared/paths.js'
import type { LockfileParser, LockfileResult } from '../types.js'

/**
 * Configurations that only build and run tests, as Gradle and its plugins name them: `test…`
 * (`testRuntimeClasspath`, `testFixturesApi`) or `…Test…` (`integrationTestRuntimeClasspath`,
 * `debugAndroidTestRuntimeClasspath`). Their dependencies never ship. "test" inside a word
 * (`latestReleaseRuntimeClasspath`) is no test configuration.
 */
const TEST_CONFIGURATION = /^test|Test/

/** One lock per classpath: the project's, its build script's and its settings script's. */
const LOCK_NAMES = new Set([
  'gradle.lockfile',
  'buildscript-gradle.lockfile',
  'settings-gradle.lockfile'
])

/**
 * Gradle dependency locks: `gradle.lockfile`, `buildscript-gradle.lockfile` and
 * `settings-gradle.lockfile` (`group:artifact:version=conf1,conf2`), and the older
 * one-file-per-configuration `gradle/dependency-locks/<configuration>.lockfile`. A dependency
 * used only by test configurations is dev.
 */
export const gradleLockParser: LockfileParser = {
  id: 'maven/gradle-lockfile',
  ecosystem: 'Maven',
  matches: path =>
    path.endsWith('.lockfile') &&
    (LOCK_NAMES.has(baseName(path)) || dirName(path).endsWith('gradle/dependency-locks')),
  parse: parseGradleLock,
  content: {
    recognises: /^empty=|^[^#\s:=]+:[^:\s=]+:[^=\s]+=/m,
    expected: '`group:artifact:version=configurations` lines',
    mayBeEmpty: true
  }
}

/** `1.+`, `latest.release`, `[1.0,2.0)`: what a build script may ask for, never what is locked. */
const DYNAMIC_VERSION = /\+$|^latest\.|^[[(\]]|,/

function parseGradleLock(text: string, file: string): LockfileResult {
  const out = new PackageCollector(file, 'Maven')
  // In the older layout the file name is the configuration.
  const fileConfiguration = dirName(file).endsWith('dependency-locks')
    ? baseName(file).replace(/\.lockfile$/, '')
    : undefined
  // Gradle reads lines as Java does: a lone `\r` ends one too.
  linesEndingAt(/\r/, text).forEach(({ text: raw, line: at }) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('empty=')) return
    out.entries++
    const match = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?::[^=\s]+)?(?:=(.*))?$/.exec(line)
    if (!match) {
      out.error(
        `expected "group:artifact:version=configurations", found ${JSON.stringify(line)}`,
        'parse-error',
        { line: at }
      )
      return
    }
    const version = match[3] as string
    if (DYNAMIC_VERSION.test(version)) {
      // Gradle locks what it resolved; a dynamic version here matches no vulnerable range.
      const message = `${JSON.stringify(version)} is a dynamic version, not the resolved one Gradle locks: not read`
      out.error(message, 'parse-error', { line: at })
      return
    }
    const configurations = (match[4] ?? fileConfiguration ?? '').split(',').filter(c => c !== '')
    const dev = configurations.length > 0 && configurations.every(c => TEST_CONFIGURATION.test(c))
    out.add(`${match[1]}:${match[2]}`, version, out.at({ line: at }), { dev })
  })
  return out.finish()
}
