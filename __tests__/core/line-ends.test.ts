import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'

/**
 * Line ends git and GitHub do not count as one (a lone carriage return), read where the tool that
 * installs or deploys the file ends its lines, and located at the line the diff shows.
 */
const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })

describe('line ends', () => {
  it('reads a yarn.lock entry written after a lone CR, as yarn does', async () => {
    // yarn ends a line at a lone CR: minimist 1.2.0 (vulnerable) is installed. The blanks after
    // a lone CR are no indentation to yarn: left-pad's version is read at the top level.
    const lock = [
      '# yarn lockfile v1',
      '',
      '',
      'left-pad@1.3.0:\r  version "1.3.0"\r\rminimist@1.2.0:',
      '  version "1.2.0"',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'web/yarn.lock': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(
      r.findings.map(f => `${f.dependency?.name}@${f.dependency?.version}:${f.location.line}`)
    ).toEqual(['minimist@1.2.0:4'])
    expect(r.errors.map(e => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'web/yarn.lock:4 parse-error'
    ])
  })

  it('reads a gradle.lockfile dependency written after a lone CR, as Gradle (Java) does', async () => {
    // Java ends a line at a lone CR: log4j-core 2.14.1 is locked, not part of the comment.
    const lock = [
      '# This is a Gradle generated file for dependency locking.',
      '# x\rorg.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath',
      'empty=',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'svc/gradle.lockfile': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(
      r.findings.map(f => `${f.dependency?.name}@${f.dependency?.version}:${f.location.line}`)
    ).toEqual(['org.apache.logging.log4j:log4j-core@2.14.1:2'])
    expect(r.errors).toEqual([])
  })
})
