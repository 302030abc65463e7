import { describe, expect, it } from '@jest/globals'
import { gradleLockParser } from '../../src/deps/gradle/index.js'
import { parseLockfile, parserFor } from '../../src/deps/registry.js'
import { codes, findPackage, fixture, parseFixture } from './helpers.js'

const parse = (name: string, file = 'app/gradle.lockfile') =>
  parseFixture(gradleLockParser, 'gradle', name, file)

describe('gradle.lockfile', () => {
  it('matches Gradle lock files, including the older per-configuration layout', () => {
    expect(gradleLockParser.matches('app/gradle.lockfile')).toBe(true)
    expect(gradleLockParser.matches('buildscript-gradle.lockfile')).toBe(true)
    expect(gradleLockParser.matches('gradle/dependency-locks/compileClasspath.lockfile')).toBe(true)
    expect(gradleLockParser.matches('other.lockfile')).toBe(false)
  })

  it('reads the settings classpath lock, settings-gradle.lockfile, at each line', () => {
    expect(parserFor('build/settings-gradle.lockfile')?.id).toBe('maven/gradle-lockfile')
    const result = parseLockfile(
      'build/settings-gradle.lockfile',
      fixture('gradle', 'settings/settings-gradle.lockfile')
    )
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.location.file}:${p.location.line} ${p.name}@${p.version}`)
    ).toEqual([
      'build/settings-gradle.lockfile:4 com.gradle:develocity-gradle-plugin@3.17.6',
      'build/settings-gradle.lockfile:5 com.gradle.develocity:com.gradle.develocity.gradle.plugin@3.17.6',
      'build/settings-gradle.lockfile:6 org.gradle.toolchains:foojay-resolver@0.8.0'
    ])
    expect(gradleLockParser.matches('my-settings-gradle.lockfile')).toBe(false)
  })

  it('reads coordinates at their line; test-only configurations are dev', () => {
    const result = parse('gradle.lockfile')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
    ).toEqual([
      'com.amazonaws:aws-lambda-java-core@1.2.3:4 dev=false',
      'com.fasterxml.jackson.core:jackson-databind@2.16.1:5 dev=false',
      'org.junit.jupiter:junit-jupiter@5.10.1:6 dev=true'
    ])
  })

  it('tells test configurations by their Gradle names, not by "test" inside a word', () => {
    const text = [
      'com.example:shipped-a:1.0.0=latestReleaseRuntimeClasspath',
      'com.example:shipped-b:1.0.0=attestationRuntimeClasspath',
      'com.example:tests-a:1.0.0=testRuntimeClasspath,integrationTestRuntimeClasspath',
      'com.example:tests-b:1.0.0=debugAndroidTestRuntimeClasspath,testFixturesApi',
      ''
    ].join('\n')
    const result = gradleLockParser.parse(text, 'gradle.lockfile')
    expect(result.packages.map(p => `${p.name} dev=${p.dev}`)).toEqual([
      'com.example:shipped-a dev=false',
      'com.example:shipped-b dev=false',
      'com.example:tests-a dev=true',
      'com.example:tests-b dev=true'
    ])
  })

  it('takes the configuration from the file name in the older layout', () => {
    const result = parse(
      'legacy/gradle/dependency-locks/testRuntimeClasspath.lockfile',
      'gradle/dependency-locks/testRuntimeClasspath.lockfile'
    )
    expect(result.packages.map(p => [p.name, p.version, p.dev])).toEqual([
      ['junit:junit', '4.13.2', true],
      ['org.hamcrest:hamcrest-core', '1.3', true]
    ])
  })

  it('reports malformed lines and reads the rest', () => {
    const result = parse('malformed.lockfile')
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'parse-error', line: 2 })])
    expect(result.packages).toHaveLength(1)
    expect(codes(parse('zero-packages.lockfile'))).toEqual([
      'parse-error',
      'parse-error',
      'no-packages'
    ])
  })

  it('reads a real lockfile (DataDog vulnerable-java-application)', () => {
    const result = parse('real/gradle.lockfile')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(68)
    expect(result.packages.filter(p => p.dev)).toHaveLength(31)
    expect(findPackage(result, 'ch.qos.logback:logback-classic')).toMatchObject({
      version: '1.4.14',
      dev: false,
      location: { line: 4 }
    })
  })
})
