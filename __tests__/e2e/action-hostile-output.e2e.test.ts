import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { commit, initRepo } from '../helpers/git-repo.js'
import { runAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

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

// Names and values a pull request controls, each trying to start a workflow command.
const INJECTED_FILE = 'cfn\n::error::pwned.yaml'
const INJECTED_ID = '"Admin\\r::stop-commands::x\\e[2J"'
const BROKEN_FILE = 'broken\r::stop-commands::x.yaml'

/** The commands the action itself issues through @actions/core. */
const OWN_COMMANDS = /^::(error|warning|notice|debug|group|endgroup|add-mask)( [^:]*)?::/

/**
 * Each line the runner reads (it splits on CR as well as LF) is either a command the action
 * meant, or plain text that no runner would parse: no forged command, no raw control character.
 */
function expectOnlyOwnCommands(stdout: string): void {
  const lines = stdout.split(/\r\n|\r|\n/)
  for (const line of lines) {
    if (line.startsWith('::')) expect(line).toMatch(OWN_COMMANDS)
    expect(line).not.toMatch(/^\s*##\[/)
    expect(line).not.toMatch(/^::(error|warning)::pwned/)
    expect(line).not.toMatch(/^::stop-commands/)
  }
  // eslint-disable-next-line no-control-regex -- raw control characters are what must not appear
  expect(stdout.replace(/\n/g, '')).not.toMatch(/[\r\u001b\u0000-\u001f]/)
}

function workspace(files: Record<string, string>): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

describe('bundled action on hostile repository strings', () => {
  it('audit: annotations and log lines keep file names and values on their own line', async () => {
    const root = workspace({
      [INJECTED_FILE]: adminTemplate(INJECTED_ID),
      [BROKEN_FILE]: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R: [\n"
    })
    const r = await runAction({
      workspace: root,
      eventName: 'schedule',
      inputs: { 'github-token': '' }
    })
    expect(r.code).toBe(2)
    expect(r.outputs.result).toBe('error')
    expectOnlyOwnCommands(r.stdout)
    // Still reported, visibly: the finding's annotation names the file (escaped by @actions/core)
    // and its message shows the line break as text.
    expect(r.stdout).toContain('file=cfn%0A%3A%3Aerror%3A%3Apwned.yaml')
    expect(r.stdout).toMatch(
      /^::error title=serverless-gate%3A iam-admin-access.*::.*Admin\\r::stop-commands::x/m
    )
    expect(r.stdout).toContain('file=broken%0D%3A%3Astop-commands%3A%3Ax.yaml')
    expect(r.stdout).not.toContain('[2J')
  })

  it('pull request: the step log (info lines included) forges no command', async () => {
    const root = workspace({})
    initRepo(root)
    const baseSha = commit(root, { 'README.md': 'orders\n' }, 'base')
    const headSha = commit(
      root,
      {
        [INJECTED_FILE]: adminTemplate(INJECTED_ID),
        [BROKEN_FILE]: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R: [\n"
      },
      'head'
    )
    const r = await runAction({
      workspace: root,
      eventName: 'pull_request',
      event: {
        pull_request: {
          number: 7,
          base: { sha: baseSha, ref: 'main' },
          head: { sha: headSha, ref: 'feature\n::error::pwned' }
        }
      },
      inputs: { 'github-token': '' }
    })
    expect(r.code).toBe(2)
    expectOnlyOwnCommands(r.stdout)
    expect(r.stdout).toContain('file=cfn%0A%3A%3Aerror%3A%3Apwned.yaml')
    // The step's own info lines are there, and plain.
    expect(r.stdout).toMatch(/^serverless-gate: pull-request gate/m)
  })

  it('info lines: a workspace path with a line break starts no command', async () => {
    // The step's own `core.info` lines (scan progress) name the workspace: written raw, a line
    // break in it would start a line of its own.
    const folder = 'ws\n::error::pwned\r::stop-commands::x'
    const root = workspace({ [`${folder}/template.yaml`]: adminTemplate('Admin') })
    const r = await runAction({
      workspace: join(root, folder),
      eventName: 'schedule',
      inputs: { 'github-token': '' }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('ws\\n::error::pwned\\r::stop-commands::x: 1 services, 2 findings')
    expectOnlyOwnCommands(r.stdout)
  })
})
