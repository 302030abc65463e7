import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

const sls = (extra = '') => `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:*
          Resource: arn:aws:s3:::exports/*
functions:
  create:
    handler: src/create.handler
${extra}`

const BASE_CONFIG = 'fail-on-severity: medium\n'
/** The head adds a public URL (a new finding) and loosens the gate in the same change. */
const head = { 'serverless.yml': sls('    url: true\n') }
const base = { 'serverless.yml': sls() }
const note = (r: Awaited<ReturnType<typeof scanFiles>>, key: string) =>
  r.notes.find(n => n.message.includes(`\`${key}\``))?.message

describe('a pull request cannot lower its own bar', () => {
  it('checks with the base value of every loosened setting, and says what the head would hide', async () => {
    const headConfig = `fail-on-severity: none
max-file-size: 1
scanners: [deps]
exclude-paths: ['**/serverless.yml']
rules:
  lambda-url-auth-none: off
`
    const r = await scanFiles(head, base, headConfig, undefined, undefined, BASE_CONFIG)
    expect(r.decision).toBe('fail')
    expect(r.settings).toMatchObject({
      'fail-on-severity': 'medium',
      'max-file-size': 256 * 1024 * 1024,
      scanners: ['iac', 'deps'],
      'exclude-paths': []
    })
    // The public URL also opens an attack path, into which its finding folds.
    expect(r.gating.flatMap(g => [g.ruleId, ...(g.also ?? []).map(a => a.ruleId)])).toContain(
      'lambda-url-auth-none'
    )
    // Each finding counts, those folded into an attack path too (diff notes are not findings).
    const open = r.findings
      .filter(f => f.status !== 'fixed' && !f.suppressed)
      .reduce((n, f) => n + 1 + (f.also ?? []).filter(a => !a.ruleId.startsWith('diff-')).length, 0)
    expect(note(r, 'max-file-size')).toMatch(
      new RegExp(
        `^this change loosens \`max-file-size\` \\(268435456 → 1\\) in the gate's configuration: with this pull request's configuration, ${open} findings would not be reported; it applies once merged`
      )
    )
    expect(note(r, 'scanners')).toContain(`${open} findings would not be reported`)
    expect(note(r, 'exclude-paths')).toContain(`${open} findings would not be reported`)
    expect(note(r, 'rules')).toContain('1 finding would not be reported')
    expect(note(r, 'fail-on-severity')).toMatch(/\d+ findings? would not fail the gate/)
    expect(r.notes.filter(n => n.code === 'config-loosened')).toHaveLength(5)
  })

  it('applies a tightening edit in the pull request itself', async () => {
    const r = await scanFiles(
      { 'serverless.yml': sls() },
      base,
      'fail-on-severity: low\nrules:\n  iam-wildcard-action: { severity: critical }\n',
      undefined,
      undefined,
      BASE_CONFIG
    )
    expect(r.settings['fail-on-severity']).toBe('low')
    expect(r.findings.find(f => f.ruleId === 'iam-wildcard-action')?.severity).toBe('critical')
    expect(note(r, 'fail-on-severity')).toMatch(/tightens .* it applies to this pull request/)
    expect(note(r, 'rules')).toMatch(/tightens/)
    // Both sides are judged by the same rules: the raised severity does not make the finding new.
    expect(r.findings.find(f => f.ruleId === 'iam-wildcard-action')?.status).toBe('unchanged')
  })

  it('keeps on-error: fail when the head asks for warn, and says what warn would hide', async () => {
    const broken = {
      ...head,
      'template.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n"
    }
    const r = await scanFiles(broken, base, 'on-error: warn\n', undefined, undefined, '')
    expect(r.settings['on-error']).toBe('fail')
    expect(r.decision).toBe('error')
    expect(note(r, 'on-error')).toMatch(
      /with this pull request's configuration, 1 problem\(s\) that kept the gate from checking everything would not fail it/
    )
  })

  it('turns inline suppressions back off when the base had them off', async () => {
    const suppressed = {
      'serverless.yml': sls(
        '    url: true # serverless-gate:ignore lambda-url-auth-none signed webhook\n'
      )
    }
    const r = await scanFiles(
      suppressed,
      base,
      'allow-inline-suppressions: true\n',
      undefined,
      undefined,
      'allow-inline-suppressions: false\n'
    )
    expect(r.findings.find(f => f.ruleId === 'lambda-url-auth-none')?.suppressed).toBeUndefined()
    expect(note(r, 'allow-inline-suppressions')).toContain(
      '1 finding would be suppressed by inline comments'
    )
  })
})
