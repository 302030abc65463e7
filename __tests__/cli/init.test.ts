import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runCli } from '../../src/cli/main.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { ConfigFileSchema } from '../../src/policy/config/schema.js'
import { initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { actionlint } from '../release/lint-workflow.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

async function cli(args: string[], cwd: string) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: { write: t => (out += t) },
    err: { write: t => (err += t) },
    cwd
  })
  return { code, out, err }
}

function repo(files: Record<string, string> = {}): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  initRepo(r.root)
  return r.root
}

const WORKFLOW = '.github/workflows/serverless-gate.yml'
const CONFIG = '.serverless-gate.yml'
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8')
const actionInputs = Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs)

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  if: string
  permissions: Record<string, string>
  steps: Step[]
}

/** The workflow is valid (actionlint), and passes the gate only inputs action.yml declares. */
async function expectValidWorkflow(text: string, actionRef: string) {
  expect(await actionlint(text, WORKFLOW)).toEqual([])
  const workflow = parse(text)
  const gateSteps = Object.values(workflow.jobs as Record<string, Job>).flatMap(job =>
    job.steps.filter(s => s.uses === actionRef)
  )
  expect(gateSteps).toHaveLength(2)
  for (const step of gateSteps) {
    const unknown = Object.keys(step.with ?? {}).filter(k => !actionInputs.includes(k))
    expect(unknown).toEqual([])
  }
  return workflow as { on: Record<string, unknown>; permissions: object; jobs: Record<string, Job> }
}

describe('serverless-gate init', () => {
  it('sets up an empty repository: a valid workflow with least privilege, a default config', async () => {
    const root = repo()
    const r = await cli(['init'], root)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(`wrote ${WORKFLOW}\nwrote ${CONFIG}\n`)
    expect(r.out).toMatch(/found: 0 service\(s\), 0 lockfile\(s\)/)
    expect(r.out).toMatch(/\nNext:\n/)
    expect(r.out).toMatch(/Settings → Branches/)
    expect(r.out).toMatch(/"Require status checks to pass", add `serverless-gate`/)

    const workflow = await expectValidWorkflow(
      read(root, WORKFLOW),
      'serverless-gate/serverless-gate@v1'
    )
    expect(Object.keys(workflow.on).sort()).toEqual(
      ['merge_group', 'pull_request', 'schedule', 'workflow_dispatch'].sort()
    )
    expect(workflow.permissions).toEqual({})
    expect(workflow.jobs.gate!.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      checks: 'write',
      'security-events': 'write'
    })
    expect(workflow.jobs.audit!.permissions).toEqual({
      contents: 'read',
      issues: 'write',
      'security-events': 'write'
    })
    const uploads = (job: Job) =>
      job.steps.filter(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'))
    expect(uploads(workflow.jobs.gate!)).toHaveLength(1)
    expect(uploads(workflow.jobs.audit!)).toHaveLength(1)

    const text = read(root, CONFIG)
    expect(text).toMatch(/no infrastructure-as-code or lockfile yet/)
    expect(parseConfigText(CONFIG, text)).toEqual(ConfigFileSchema.parse({}))
  })

  it('on the demo app: refuses to overwrite its config, then with --force names what it found', async () => {
    const root = repo()
    cpSync('examples/demo', root, { recursive: true })
    const before = read(root, CONFIG)

    const refused = await cli(['init'], root)
    expect(refused.code).toBe(2)
    expect(refused.err).toMatch(/\.serverless-gate\.yml already exists; nothing was written/)
    expect(refused.out).toBe('')
    expect(read(root, CONFIG)).toBe(before)
    expect(existsSync(join(root, WORKFLOW))).toBe(false)

    const forced = await cli(['init', '--force'], root)
    expect(forced.code).toBe(0)
    expect(forced.out).toMatch(/found: 2 service\(s\) \(Serverless Framework\), 2 lockfile\(s\)/)
    await expectValidWorkflow(read(root, WORKFLOW), 'serverless-gate/serverless-gate@v1')
    const text = read(root, CONFIG)
    expect(text).toMatch(
      /^# {3}Serverless Framework {2}orders {2}base\/serverless\.yml \(3 functions\)$/m
    )
    expect(text).toMatch(
      /^# {3}Serverless Framework {2}orders {2}head\/serverless\.yml \(\d+ functions\)$/m
    )
    expect(text).toMatch(/^# {3}lockfile \(npm\) +head\/package-lock\.json$/m)
    expect(parseConfigText(CONFIG, text)).toEqual(ConfigFileSchema.parse({}))
  })

  it('refuses when the workflow alone exists, even as a dangling symbolic link', async () => {
    const root = repo({ '.github/workflows/.keep': '' })
    symlinkSync('/nonexistent/target.yml', join(root, WORKFLOW))
    const r = await cli(['init', '.'], root)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/serverless-gate\.yml already exists/)
    expect(existsSync(join(root, CONFIG))).toBe(false)
  })

  it('pins the action to a full commit SHA with --action, and rejects anything else', async () => {
    const root = repo()
    const pinned = 'serverless-gate/serverless-gate@0123456789abcdef0123456789abcdef01234567'
    expect((await cli(['init', '--action', pinned], root)).code).toBe(0)
    await expectValidWorkflow(read(root, WORKFLOW), pinned)
    const bad = await cli(['init', '--force', '--action', 'x@v1\n  evil: true'], root)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--action must look like owner\/repo@v1/)
  })

  it('keeps names from the repository inside comments: a service name cannot add settings', async () => {
    const root = repo({
      'serverless.yml':
        'service: "x\\nfail-on-severity: none\\r\\u2028gate-on: all"\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n'
    })
    expect((await cli(['init'], root)).code).toBe(0)
    const text = read(root, CONFIG)
    expect(text).toMatch(/^# {3}Serverless Framework {2}x\?fail-on-severity: none\?\?gate-on: all/m)
    expect(parseConfigText(CONFIG, text)).toMatchObject({
      'fail-on-severity': 'high',
      'gate-on': 'new'
    })
  })
})
