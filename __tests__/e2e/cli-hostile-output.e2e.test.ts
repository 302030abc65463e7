import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { DIST, spawnNode } from '../helpers/runner.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const cli = (args: string[], cwd: string) =>
  spawnNode([join(DIST, 'cli.js'), ...args], cwd, { PATH: process.env.PATH ?? '' })

/** A CloudFormation template whose role (named `logicalId`) grants `*` on `*`. */
const adminTemplate = (logicalId: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  ${logicalId}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
`

// File names and values a pull request controls, each trying to start a workflow command.
const INJECTED_FILE = 'cfn\n::stop-commands::pwned\r\n::error::forged.yaml'
const INJECTED_ID = '"Admin\\n::set-output name=result::pass\\r::error::x\\e[2J"'
const BROKEN_FILE = 'broken\n##[error]forged.yaml'
const UNUSUAL_FILE = 'dir with space/a#b?c%d é\\x.yaml'

/** Lines the Actions runner would take for workflow commands, and raw control characters. */
function expectClean(output: string): void {
  expect(output).not.toMatch(/^\s*(::|##\[)/m)
  // eslint-disable-next-line no-control-regex -- raw control characters are what must not appear
  expect(output).not.toMatch(/[\r\u001b\u0000-\u0008\u000b-\u001f]/)
}

describe('bundled CLI on hostile repository strings', () => {
  const repo = () => {
    const r = tempRepo({
      [INJECTED_FILE]: adminTemplate(INJECTED_ID),
      [BROKEN_FILE]: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R: [\n",
      [UNUSUAL_FILE]: adminTemplate('Plain')
    })
    cleanups.push(r.cleanup)
    return r.root
  }

  it('keeps text and Markdown on their lines: no workflow command, no control character', async () => {
    const root = repo()
    for (const format of ['text', 'markdown']) {
      const out = await cli(['scan', '.', '--scanners', 'iac', '--format', format], root)
      expect(out.code).toBe(2)
      expectClean(out.stdout)
      expectClean(out.stderr)
      // Each hostile string is still shown, visibly escaped.
      expect(out.stdout).toContain('cfn\\n::stop-commands::pwned\\r\\n::error::forged.yaml')
      expect(out.stdout).toContain('broken\\n')
      expect(out.stdout).toMatch(/Admin\\+n::set-output name=result::pass\\+r::error::x/)
      expect(out.stdout).not.toContain('[2J')
    }
  })

  it('scans a file whose name has a backslash, and gives SARIF URIs as RFC 3986 references', async () => {
    const root = repo()
    const json = await cli(['scan', '.', '--scanners', 'iac', '--format', 'json'], root)
    const report = JSON.parse(json.stdout) as {
      findings: { ruleId: string; location: { file: string } }[]
    }
    const files = new Set(report.findings.map(f => f.location.file))
    expect(files).toContain(UNUSUAL_FILE)
    expect(files).toContain(INJECTED_FILE)
    expect(json.stdout).not.toMatch(/not found/)

    const sarif = await cli(['scan', '.', '--scanners', 'iac', '--format', 'sarif'], root)
    const uris = (
      JSON.parse(sarif.stdout) as {
        runs: {
          results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]
        }[]
      }
    ).runs[0]?.results.map(r => r.locations[0]?.physicalLocation.artifactLocation.uri)
    expect(uris).toContain('dir%20with%20space/a%23b%3Fc%25d%20%C3%A9%5Cx.yaml')
    expect(uris).toContain('cfn%0A%3A%3Astop-commands%3A%3Apwned%0D%0A%3A%3Aerror%3A%3Aforged.yaml')
    for (const uri of uris ?? []) expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=@/]+$/)
  })

  it('reads a backslash file name from git history too', async () => {
    const r = tempRepo({})
    cleanups.push(r.cleanup)
    initRepo(r.root)
    commit(r.root, { 'README.md': 'x\n' }, 'base')
    commit(r.root, { 'stacks\\admin.yaml': adminTemplate('Admin') }, 'head')
    const out = await cli(
      ['scan', '.', '--base', 'HEAD~1', '--head', 'HEAD', '--scanners', 'iac', '--format', 'json'],
      r.root
    )
    const report = JSON.parse(out.stdout) as {
      decision: string
      findings: { ruleId: string; status: string; location: { file: string } }[]
    }
    expect(report.findings.filter(f => f.status === 'new').map(f => f.location.file)).toContain(
      'stacks\\admin.yaml'
    )
    expect(git(r.root, 'ls-files')).toContain('admin.yaml')
    expect(out.code).toBe(1)
  })
})

describe('bundled CLI: a pull request cannot lower its own bar', () => {
  it('checks the head with the base limits and states the loosening edit', async () => {
    const r = tempRepo({})
    cleanups.push(r.cleanup)
    initRepo(r.root)
    commit(r.root, { '.serverless-gate.yml': 'fail-on-severity: high\n' }, 'base')
    commit(
      r.root,
      {
        '.serverless-gate.yml': 'fail-on-severity: none\nmax-file-size: 1\n',
        'stack.yaml': adminTemplate('Admin')
      },
      'head'
    )
    const out = await cli(['scan', '.', '--base', 'HEAD~1', '--scanners', 'iac'], r.root)
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^serverless-gate: FAIL/)
    expect(out.stdout).toMatch(
      /this change loosens `max-file-size` \(268435456 → 1\) in the gate's configuration: with this pull request's configuration, \d+ findings? would not be reported; it applies once merged/
    )
    expect(out.stdout).toMatch(/this change loosens `fail-on-severity` \("high" → "none"\)/)
  })
})
