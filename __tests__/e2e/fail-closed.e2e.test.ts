import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { DIST, runAction, spawnNode } from '../helpers/runner.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

/**
 * Every file the gate recognises is read and checked, or the result is `error`: through the
 * bundled CLI and the bundled action, on inputs generated here (big ones included).
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const OSV = join(DIST, '..', 'examples', 'osv')
const cli = (args: string[], cwd: string) =>
  spawnNode([join(DIST, 'cli.js'), ...args], cwd, { PATH: process.env.PATH ?? '' })
const scanJson = async (root: string, extra: string[] = []) => {
  const out = await cli(['scan', '.', '--format', 'json', '--osv-offline-dir', OSV, ...extra], root)
  return { ...out, report: JSON.parse(out.stdout) as Report }
}

interface Report {
  result: string
  findings: { ruleId: string; location: { file: string }; evidence?: string }[]
  errors: { file: string; code: string; message: string }[]
}

function repo(files: Record<string, string | Uint8Array> = {}): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

const PUBLIC_URL =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'

/** A package-lock.json of `count` packages, lodash 4.17.20 last among them. */
function bigLockfile(count: number): string {
  const packages: Record<string, object> = { '': { name: 'mono', version: '1.0.0' } }
  for (let i = 0; i < count; i++) {
    const version = `1.${i % 100}.${i % 7}`
    packages[`node_modules/pkg-${i}`] = {
      version,
      // The tarball of the entry's own version, as npm writes it.
      resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-${version}.tgz`,
      integrity: `sha512-${'A'.repeat(86)}==`,
      dependencies: { [`pkg-${(i + 1) % count}`]: '^1.0.0', [`pkg-${(i + 2) % count}`]: '^1.0.0' }
    }
  }
  packages['node_modules/lodash'] = { version: '4.17.20' }
  return JSON.stringify({ name: 'mono', lockfileVersion: 3, requires: true, packages }, null, 2)
}

/** A CloudFormation JSON template of about `megabytes` MB whose last role allows `*` on `*`. */
function bigTemplate(megabytes: number): string {
  const resources: Record<string, object> = {}
  const queue = { Type: 'AWS::SQS::Queue', Properties: { KmsMasterKeyId: 'alias/aws/sqs' } }
  const size = JSON.stringify(queue).length + 20
  for (let i = 0; i < (megabytes * 1024 * 1024) / size; i++) resources[`Queue${i}`] = queue
  resources.Admin = {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole'
          }
        ]
      },
      Policies: [
        {
          PolicyName: 'all',
          PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
        }
      ]
    }
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources })
}

const LFS_POINTER =
  'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 19624512\n'

describe('real sizes are read, not refused', () => {
  it('reads a 50,000-package lockfile and a 10 MB template at the default limit', async () => {
    const root = repo({
      'package-lock.json': bigLockfile(50_000),
      'cdk.out/App.template.json': bigTemplate(10)
    })
    const { code, report } = await scanJson(root)
    expect(report.errors).toEqual([])
    expect(report.result).toBe('fail')
    expect(code).toBe(1)
    const found = report.findings.map(f => `${f.ruleId} ${f.location.file}`)
    expect(found).toContain('vulnerable-dependency package-lock.json')
    expect(found).toContain('iam-admin-access cdk.out/App.template.json')
  }, 300_000)

  it('makes a recognised file over max-file-size an error naming its size and the setting', async () => {
    const lock = bigLockfile(2_000)
    const root = repo({
      '.serverless-gate.yml': 'max-file-size: 100000\n',
      'package-lock.json': lock,
      'serverless.yml': PUBLIC_URL,
      'data/big.json': JSON.stringify({ rows: 'x'.repeat(200_000) })
    })
    const { code, report, stderr } = await scanJson(root)
    expect(code).toBe(2)
    expect(report.result).toBe('error')
    expect(report.errors.map(e => [e.file, e.code])).toEqual([
      ['package-lock.json', 'file-too-large']
    ])
    expect(report.errors[0]?.message).toContain(`(${Buffer.byteLength(lock)} bytes)`)
    expect(report.errors[0]?.message).toContain('max-file-size')
    expect(stderr.match(/package-lock\.json/g)).toHaveLength(1)
    // The other files' findings are still reported; a file the gate does not need is no error.
    expect(report.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  })
})

describe('content that is not what its name says', () => {
  it('reports an LFS pointer, binary content and UTF-16 without a BOM, each once', async () => {
    const root = repo({
      'package-lock.json': LFS_POINTER,
      'svc/serverless.yml': Buffer.from(PUBLIC_URL, 'utf16le'),
      'cdk.out/A.template.json': Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x7d]),
      'other/serverless.yml': PUBLIC_URL
    })
    const { code, report, stdout } = await scanJson(root)
    expect(code).toBe(2)
    expect(report.errors.map(e => [e.file, e.code])).toEqual(
      expect.arrayContaining([
        ['package-lock.json', 'lfs-pointer'],
        ['svc/serverless.yml', 'invalid-encoding'],
        ['cdk.out/A.template.json', 'binary-content']
      ])
    )
    expect(report.errors).toHaveLength(3)
    expect(stdout).toContain('lfs: true')
    expect(report.findings.map(f => f.location.file)).toContain('other/serverless.yml')
    const text = await cli(['scan', '.', '--osv-offline-dir', OSV], root)
    expect(text.stdout.match(/package-lock\.json/g)).toHaveLength(1)
  })
})

describe('deeply nested templates', () => {
  it('gives each its own located error and goes on, without aborting the process', async () => {
    const n = 200_000
    const root = repo({
      'a/template.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"X":{"Type":"AWS::SQS::Queue","Properties":{"Tags":${'['.repeat(n)}${']'.repeat(n)}}}}}`,
      'b/serverless.yml': `service: s\nprovider:\n  name: aws\ncustom:\n  x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
      'c/serverless.yml': PUBLIC_URL
    })
    const { code, report } = await scanJson(root)
    expect(code).toBe(2)
    expect(report.errors.map(e => [e.file, e.code]).sort()).toEqual([
      ['a/template.json', 'too-deep'],
      ['b/serverless.yml', 'too-deep']
    ])
    expect(report.findings.map(f => f.location.file)).toContain('c/serverless.yml')
  }, 120_000)
})

describe('includes', () => {
  it('makes a ${file()} naming a missing file, or one outside the repository, a located error', async () => {
    const root = repo({
      'svc/serverless.yml':
        PUBLIC_URL.replace(
          'provider:\n',
          'provider:\n  iam:\n    role:\n      statements: ${file(./iam.yml)}\n'
        ) + '    environment:\n      X: ${file(../../../etc/x.yml):x}\n'
    })
    const { code, report } = await scanJson(root)
    expect(code).toBe(2)
    expect(report.errors.map(e => e.message)).toEqual([
      expect.stringMatching(/svc\/iam\.yml is not in the repository/),
      expect.stringMatching(/outside the repository: not read/)
    ])
    expect(report.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  })
})

describe('symbolic links and tracked files in git', () => {
  const ADMIN = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: a.h
      FunctionUrlConfig:
        AuthType: NONE
      Policies:
        - Statement:
            - Effect: Allow
              Action: '*'
              Resource: '*'
`

  it('reads a link inside the repository as its target on both sides, and refuses one leaving it', async () => {
    const root = repo()
    initRepo(root)
    const base = commit(
      root,
      { 'app/template.yaml': 'Resources: {}\n', 'shared/admin.txt': ADMIN },
      'base'
    )
    git(root, 'rm', '-q', 'app/template.yaml')
    mkdirSync(join(root, 'app'), { recursive: true })
    symlinkSync('../shared/admin.txt', join(root, 'app/template.yaml'))
    symlinkSync('../../outside.yml', join(root, 'app/serverless.yml'))
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'link the template')
    const { code, report } = await scanJson(root, ['--base', base, '--head', 'HEAD'])
    expect(code).toBe(2)
    expect(report.findings.map(f => `${f.ruleId} ${f.location.file}`)).toContain(
      'lambda-url-auth-none app/template.yaml'
    )
    expect(report.errors.map(e => [e.file, e.code])).toEqual([
      ['app/serverless.yml', 'outside-root']
    ])
    // The working tree reads the link alike.
    const tree = await scanJson(root)
    expect(tree.report.findings.map(f => f.location.file)).toContain('app/template.yaml')
  })

  it('audits tracked files that .gitignore lists, through the bundled action', async () => {
    const root = repo()
    initRepo(root)
    commit(root, { 'infra/serverless.yml': PUBLIC_URL }, 'service')
    writeFiles(root, { '.gitignore': 'infra/\n' })
    git(root, 'add', '.gitignore')
    git(root, 'commit', '-q', '-m', 'ignore infra')
    const r = await runAction({
      workspace: root,
      eventName: 'schedule',
      inputs: { 'github-token': '' }
    })
    expect(r.outputs.result).toBe('fail')
    expect(r.summary).toMatch(/lambda-url-auth-none/)
  })
})

describe('result error through the bundled action', () => {
  it('exits 2 with the files named once, and on-error: warn decides on what it could read', async () => {
    const root = repo({
      'package-lock.json': LFS_POINTER,
      'serverless.yml': PUBLIC_URL
    })
    const offline = { 'github-token': '', 'osv-offline-dir': OSV }
    const r = await runAction({ workspace: root, eventName: 'schedule', inputs: offline })
    expect(r.code).toBe(2)
    expect(r.outputs.result).toBe('error')
    expect(r.summary).toMatch(/Could not be checked \(1\)/)
    expect(r.summary.match(/package-lock\.json/g)).toHaveLength(1)
    expect(r.summary).toMatch(/lambda-url-auth-none/)
    expect(r.stdout).toMatch(
      /::error title=serverless-gate%3A could not be checked,file=package-lock\.json/
    )

    const warned = await runAction({
      workspace: root,
      eventName: 'schedule',
      inputs: { ...offline, 'on-error': 'warn' }
    })
    expect(warned.outputs.result).toBe('error')
    expect(warned.summary).toMatch(/Could not be checked \(1\)/)
    // A finding at or above the threshold still fails the step.
    expect(warned.code).toBe(1)
    const quiet = await runAction({
      workspace: root,
      eventName: 'schedule',
      inputs: { ...offline, 'on-error': 'warn', 'fail-on-severity': 'critical' }
    })
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toMatch(/::error title=serverless-gate%3A could not be checked/)
  })
})
