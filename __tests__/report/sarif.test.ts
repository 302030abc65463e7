import { randomBytes } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import type { Log, Result } from 'sarif'
import { codeScanningLimitNotes, toSarif } from '../../src/report/sarif.js'
import { allRuleMeta } from '../../src/report/rules-meta.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { scanFiles } from '../helpers/scan.js'

const BASE = `service: s
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [s3:*, sqs:*]
          Resource: arn:aws:s3:::b/*
functions:
  a:
    handler: a.handler
  b:
    handler: b.handler
`

describe('SARIF', () => {
  it('lists each rule once, with the bare id, exact lines and fingerprints, and baseline states in a diff', async () => {
    const head = BASE.replace('[s3:*, sqs:*]', '[s3:*, kms:*]')
    const r = await scanFiles({ 'serverless.yml': head }, { 'serverless.yml': BASE })
    const log = toSarif(r, allRuleMeta())
    const run = log.runs[0]!
    const ids = run.tool.driver.rules!.map(d => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    const wildcard = run.results!.filter(res => res.ruleId === 'iam-wildcard-action')
    expect(
      wildcard.map(res => [
        res.properties?.evidence,
        res.baselineState,
        res.locations![0]!.physicalLocation!.region!.startLine
      ])
    ).toEqual(
      expect.arrayContaining([
        ['s3:*', 'unchanged', 9],
        ['kms:*', 'new', 9]
      ])
    )
    for (const res of run.results!) {
      expect(ids[res.ruleIndex!]).toBe(res.ruleId)
      expect(res.partialFingerprints!['serverlessGate/v1']).toMatch(/^[0-9a-f]{32}$/)
    }
    expect(run.tool.driver.rules!.find(d => d.id === 'iam-wildcard-action')).toMatchObject({
      helpUri: expect.stringContaining('#iam-wildcard-action'),
      properties: {
        'security-severity': expect.any(String),
        tags: expect.arrayContaining(['security'])
      }
    })
  })

  it('gives no result for a finding the change fixes: code scanning would open an alert for it', async () => {
    // Code scanning ignores `baselineState`: an `absent` result is an open alert like any other.
    const base = BASE.replace('    handler: b.handler\n', '    handler: b.handler\n    url: true\n')
    const head = BASE.replace('[s3:*, sqs:*]', '[s3:*]')
    const r = await scanFiles({ 'serverless.yml': head }, { 'serverless.yml': base })
    const fixed = r.findings.filter(f => f.status === 'fixed')
    expect(fixed.map(f => f.ruleId)).toEqual(
      expect.arrayContaining(['iam-wildcard-action', 'lambda-url-auth-none'])
    )
    const run = toSarif(r, allRuleMeta()).runs[0]!
    const fingerprints = run.results!.map(res => res.partialFingerprints!['serverlessGate/v1'])
    for (const f of fixed) expect(fingerprints).not.toContain(f.fingerprint)
    expect(run.results!.some(res => res.baselineState === 'absent')).toBe(false)
    expect(run.results!.length).toBe(r.findings.length - fixed.length)
    // A rule only the fixed findings broke is not listed either; each index still points at its rule.
    const ids = run.tool.driver.rules!.map(d => d.id)
    expect(ids).not.toContain('lambda-url-auth-none')
    expect(ids).toContain('iam-wildcard-action')
    for (const res of run.results!) expect(ids[res.ruleIndex!]).toBe(res.ruleId)
  })

  it('keeps a custom rule’s name and descriptions within code scanning’s limits, the help whole', async () => {
    // The config a pull request brings may give a rule a long id, title and message; code scanning
    // takes at most 255 characters of a rule's name and 1,024 of each description.
    const id = `r-${'x'.repeat(300)}`
    const message = 'm'.repeat(3000)
    const title = 't'.repeat(2000)
    const config = `custom-rules:
  - id: ${id}
    title: ${title}
    severity: high
    message: ${message}
    resource: function
    assert: { attribute: timeout, lte: 3 }
`
    const r = await scanFiles({ 'serverless.yml': BASE }, undefined, config)
    const rules = allRuleMeta(parseConfigText('.serverless-gate.yml', config))
    const rule = toSarif(r, rules).runs[0]!.tool.driver.rules!.find(d => d.id === id)
    expect(rule).toBeDefined()
    expect([...(rule?.name ?? '')].length).toBeLessThanOrEqual(255)
    expect([...(rule?.shortDescription?.text ?? '')].length).toBeLessThanOrEqual(1024)
    expect([...(rule?.fullDescription?.text ?? '')].length).toBeLessThanOrEqual(1024)
    expect(rule?.help?.text).toContain(message)
  })

  it('leaves baseline states out of a scan of one tree, and marks suppressions', async () => {
    const text = BASE.replace(
      'Action: [s3:*, sqs:*]',
      'Action: [s3:*, sqs:*] # serverless-gate:ignore iam-wildcard-action[sqs:*] queue is private'
    )
    const log = toSarif(await scanFiles({ 'serverless.yml': text }), allRuleMeta())
    const results = log.runs[0]!.results!
    expect(results.every(res => res.baselineState === undefined)).toBe(true)
    expect(results.find(res => res.properties?.evidence === 'sqs:*')?.suppressions).toEqual([
      { kind: 'inSource', justification: 'queue is private' }
    ])
  })

  it('names each file the gate could not check once, as an error notification of the run', async () => {
    const r = await scanFiles({
      'serverless.yml': BASE,
      'stack.template.json': '{"Resources": {',
      'package-lock.json': 'version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 9\n'
    })
    const invocation = toSarif(r, allRuleMeta()).runs[0]!.invocations![0]!
    expect(invocation.executionSuccessful).toBe(false)
    const named = invocation.toolExecutionNotifications!.map(
      n => n.locations![0]!.physicalLocation!.artifactLocation!.uri
    )
    expect(named.sort()).toEqual(['package-lock.json', 'stack.template.json'])
    const clean = toSarif(await scanFiles({ 'serverless.yml': BASE }), allRuleMeta())
    expect(clean.runs[0]!.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [] }
    ])
  })

  it('writes the URI of a file it could not check as a relative reference, escaped like results', async () => {
    const r = await scanFiles({
      'serverless.yml': BASE,
      'stacks/a b#1%.template.json': '{"Resources": {'
    })
    expect(r.decision).toBe('error')
    const invocation = toSarif(r, allRuleMeta()).runs[0]!.invocations![0]!
    const named = invocation.toolExecutionNotifications!.map(
      n => n.locations![0]!.physicalLocation!.artifactLocation!.uri
    )
    // `#` would start a fragment and `%` an escape: the file is named as it is.
    expect(named).toEqual(['stacks/a%20b%231%25.template.json'])
  })

  it('writes square brackets from the repository as text, never as an embedded link', async () => {
    // In a SARIF plain-text message `[text](target)` is a link, to a URI or a related location.
    const text = [
      'service: s',
      'provider: { name: aws, runtime: nodejs24.x }',
      'functions:',
      '  "[docs](https://evil.example)":',
      '    handler: h.h',
      '    url: true'
    ].join('\n')
    const log = toSarif(await scanFiles({ 'serverless.yml': text }), allRuleMeta())
    const results = log.runs[0]!.results!
    const texts = results.flatMap(r => [
      r.message.text!,
      ...(r.relatedLocations ?? []).map(l => l.message!.text!)
    ])
    expect(texts.length).toBeGreaterThan(0)
    for (const t of texts) expect(t).not.toMatch(/(^|[^\\])\[docs\]/)
    expect(results.map(r => r.message.text)).toContainEqual(
      expect.stringContaining('\\[docs\\](https://evil.example)')
    )
  })

  it('makes line breaks and bidirectional overrides from the repository visible in messages', async () => {
    // Code scanning shows a message as it is: a line break would forge a line of the alert, a
    // right-to-left override reorder what follows it.
    const text = [
      'service: s',
      'provider: { name: aws, runtime: nodejs24.x }',
      'functions:',
      '  "a\\nNo finding here\\u202edrow":',
      '    handler: h.h',
      '    url: true'
    ].join('\n')
    const log = toSarif(await scanFiles({ 'serverless.yml': text }), allRuleMeta())
    const texts = log.runs[0]!.results!.map(r => r.message.text!)
    expect(texts).toContainEqual(expect.stringContaining('a\\nNo finding here\\u202edrow'))
    for (const t of texts) expect(t).not.toMatch(/[\n\u202e]/)
  })

  it('keeps a folded diff rule machine-readable: in the result properties and the rule list', async () => {
    const head = BASE.replace('Action: [s3:*, sqs:*]', "Action: '*'").replace(
      'Resource: arn:aws:s3:::b/*',
      "Resource: '*'"
    )
    const r = await scanFiles({ 'serverless.yml': head }, { 'serverless.yml': BASE })
    const run = toSarif(r, allRuleMeta()).runs[0]!
    const admin = run.results!.find(res => res.ruleId === 'iam-admin-access')
    expect(admin?.properties?.alsoRuleIds).toEqual(['diff-permission-growth'])
    expect(admin?.properties?.also).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'diff-permission-growth', message: expect.any(String) })
      ])
    )
    expect(run.results!.filter(res => res.ruleId === 'diff-permission-growth')).toEqual([])
    const growth = run.tool.driver.rules!.find(d => d.id === 'diff-permission-growth')
    expect(growth).toMatchObject({ shortDescription: { text: expect.any(String) } })
    for (const res of run.results!)
      expect(run.tool.driver.rules![res.ruleIndex!]!.id).toBe(res.ruleId)
  })

  describe('code scanning limits', () => {
    const logOf = (results: number): Log => {
      const result: Result = {
        ruleId: 'iam-wildcard-action',
        message: { text: 'x' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'serverless.yml' } } }]
      }
      return {
        version: '2.1.0',
        runs: [
          { tool: { driver: { name: 'serverless-gate' } }, results: Array(results).fill(result) }
        ]
      }
    }
    const notes = (log: Log) => codeScanningLimitNotes(log, JSON.stringify(log))

    it('says nothing of a report code scanning takes whole', () => {
      expect(notes(logOf(5000))).toEqual([])
    })

    it('says code scanning keeps only the 5,000 most severe results of a larger run', () => {
      expect(notes(logOf(5001))).toEqual([
        expect.stringMatching(
          /5001 results: code scanning keeps only the 5,000 most severe.*JSON report/
        )
      ])
    })

    it('says code scanning refuses a run of more than 25,000 results, never dropping any itself', () => {
      const log = logOf(25_001)
      expect(notes(log)).toEqual([
        expect.stringMatching(/25001 results: code scanning refuses more than 25,000.*upload/)
      ])
      expect(log.runs[0]!.results).toHaveLength(25_001)
    })

    it('says code scanning refuses a file over 10 MB compressed', () => {
      // Random bytes do not compress: 12 MB of them, in base64, stay over the limit.
      const log = logOf(1)
      const text = JSON.stringify({
        ...log,
        padding: randomBytes(12 * 1024 * 1024).toString('base64')
      })
      expect(codeScanningLimitNotes(log, text)).toEqual([
        expect.stringMatching(/MB compressed: code scanning refuses files over 10 MB/)
      ])
    })
  })
})
