import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readLockfiles } from '../../src/core/lockfiles.js'
import { buildModel } from '../../src/iac/build-model.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * An include that is there but cannot be read is said to be unreadable, with the system's reason,
 * never taken for a missing file. Permissions do not bind root, so as root the same condition is
 * made another way: a folder where a file is expected, a named pipe where a folder is.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const AS_ROOT = process.getuid?.() === 0

function repo(files: Record<string, string>): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

/** Makes the file at `path` exist but refuse reading; returns the reason the gate must give. */
function refuseFile(root: string, path: string): RegExp {
  const abs = join(root, path)
  if (AS_ROOT) {
    mkdirSync(abs)
    writeFileSync(join(abs, 'inside.txt'), 'x\n')
    return /not a regular file$/
  }
  writeFileSync(abs, 'boto3==1.28.0\n')
  chmodSync(abs, 0o000)
  cleanups.unshift(() => chmodSync(abs, 0o644))
  return /permission denied \(EACCES\)$/
}

/** Makes the folder at `path` exist but refuse listing; returns the reason the gate must give. */
function refuseFolder(root: string, path: string): RegExp {
  const abs = join(root, path)
  if (AS_ROOT) {
    execFileSync('mkfifo', [abs])
    return /not a regular file or folder; /
  }
  mkdirSync(abs)
  writeFileSync(join(abs, 'app.py'), 'def handler(event, context):\n    return event\n')
  chmodSync(abs, 0o000)
  cleanups.unshift(() => chmodSync(abs, 0o755))
  return /permission denied \(EACCES\); /
}

const PUBLIC_URL =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\n  iam:\n    role:\n      statements: ${file(./iam.yml)}\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
`

describe('an include that is there but cannot be read', () => {
  it('pip -r: "cannot be read" with the reason, at the include line; the rest is read', async () => {
    const root = repo({ 'requirements.txt': '-r base.txt\nflask==2.0.3\n' })
    const reason = refuseFile(root, 'base.txt')
    const read = await readLockfiles(new DirectorySource(root))
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        file: 'requirements.txt',
        line: 1,
        code: 'unreadable-include',
        severity: 'error'
      })
    ])
    expect(read.diagnostics[0]?.message).toMatch(/^-r base\.txt: base\.txt cannot be read: /)
    expect(read.diagnostics[0]?.message).toMatch(reason)
    expect(read.diagnostics[0]?.message).not.toMatch(/does not exist|not in the repository/)
    expect([...read.packages.values()].flat().map(p => p.name)).toEqual(['flask'])
  })

  it('Serverless ${file()}: a located error with the reason, no fallback, the service still read', async () => {
    const root = repo({ 'serverless.yml': PUBLIC_URL })
    const reason = refuseFile(root, 'iam.yml')
    const model = await buildModel(new DirectorySource(root), root)
    const errors = model.diagnostics.filter(d => d.file === 'serverless.yml')
    // A YAML file that cannot be read may itself be a template: its own error, with the same reason.
    for (const own of model.diagnostics.filter(d => d.file !== 'serverless.yml'))
      expect([own.file, own.code, own.message]).toEqual([
        'iam.yml',
        'unreadable',
        expect.stringMatching(reason)
      ])
    expect(errors).toEqual([
      expect.objectContaining({ file: 'serverless.yml', line: 7, code: 'unreadable-include' })
    ])
    expect(errors[0]?.message).toMatch(/iam\.yml cannot be read: /)
    expect(errors[0]?.message.replace(/; what it holds is not checked$/, '')).toMatch(reason)
    expect(errors[0]?.message).not.toMatch(/not in the repository/)
    expect(model.services.flatMap(s => s.functions.map(f => f.id))).toEqual(['a'])
  })

  it('SAM CodeUri: a folder that cannot be listed is "cannot be read", not missing', async () => {
    const root = repo({ 'template.yaml': SAM })
    const reason = refuseFolder(root, 'src')
    const model = await buildModel(new DirectorySource(root), root)
    expect(model.diagnostics).toEqual([
      expect.objectContaining({
        file: 'template.yaml',
        line: 9,
        code: 'unreadable-code-uri',
        severity: 'error'
      })
    ])
    expect(model.diagnostics[0]?.message).toMatch(/^CodeUri src\/ cannot be read: /)
    expect(model.diagnostics[0]?.message).toMatch(reason)
  })

  it('a missing include is still said to be missing', async () => {
    const root = repo({ 'requirements.txt': '-r base.txt\n', 'serverless.yml': PUBLIC_URL })
    const read = await readLockfiles(new DirectorySource(root))
    expect(read.diagnostics.map(d => d.code)).toEqual(['missing-include'])
    const model = await buildModel(new DirectorySource(root), root)
    expect(model.diagnostics.map(d => [d.code, d.message])).toEqual([
      ['unresolved-include', expect.stringMatching(/iam\.yml is not in the repository/)]
    ])
  })
})
