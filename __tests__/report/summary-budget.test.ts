import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/markdown/summary.js'
import { noisyRepo, withNewFindings } from '../helpers/noisy-repo.js'
import { scanFiles } from '../helpers/scan.js'

/** A public function that may write any bucket: an attack path through a function of this name. */
const pathYaml = (name: string): string => `service: s
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:*
          Resource: '*'
functions:
  "${name}":
    handler: a.handler
    url: true
`

describe('summary at scale', () => {
  it('keeps every new finding and says how many pre-existing ones it left out, under the limit', async () => {
    const base = noisyRepo(50, 8)
    const result = await scanFiles(withNewFindings(base), base, 'pr-scope: full\n')
    const introduced = result.findings.filter(f => f.status === 'new')
    const existing = result.findings.filter(f => f.status === 'unchanged')
    expect(existing.length).toBeGreaterThan(2000)
    expect(introduced.length).toBeGreaterThan(3)

    const md = renderSummary(result, {
      maxLength: 65_000,
      fullReportHint: 'see the job summary of this run'
    })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(65_000)
    for (const f of introduced) expect(md).toContain(`(\`${f.location.file}:${f.location.line}\`)`)
    expect(md).toContain(`### New findings (${introduced.length})`)
    const cut = /… and (\d+) more: see the job summary of this run/.exec(md)
    expect(cut).not.toBeNull()
    const shown = md.split('\n').filter(l => /^- \S+ \*\*\w+\*\* /.test(l)).length
    expect(shown + Number(cut?.[1])).toBe(existing.length + introduced.length)
    expect(md.indexOf('### New findings')).toBeLessThan(md.indexOf('Already on the base branch'))
  })

  it('keeps the Markdown report under the job-summary limit, new findings first', async () => {
    const base = noisyRepo(50, 8)
    const result = await scanFiles(withNewFindings(base), base, 'pr-scope: full\n')
    const md = renderSummary(result, { maxLength: 20_000, fullReportHint: 'see the SARIF' })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
    for (const f of result.findings.filter(x => x.status === 'new'))
      expect(md).toContain(`${f.location.file}:${f.location.line}`)
  })

  it('keeps a summary whose head alone is over the limit under it in bytes, cut between characters', async () => {
    // An attack path is in the head, which is not budgeted: 150 three-byte characters in each of
    // its lines made 2,140 characters but 3,048 bytes, over a limit the check counted in characters.
    const name = '界'.repeat(150)
    const yaml = pathYaml(name)
    const result = await scanFiles({ 'serverless.yml': yaml })
    expect(result.findings.some(f => f.path)).toBe(true)
    const md = renderSummary(result, { maxLength: 3000 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(3000)
    expect(md).toMatch(/\(truncated\)\n$/)
    expect(md).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })

  it('cuts a summary head outside code spans: a name in code cannot become live HTML or a mention', async () => {
    // Names are shown as code, where a tag or a mention is inert: a cut that left the span open
    // would render the `<img>` and notify the team.
    const name = `<img src=https://example.com/p.png> @acme/everyone ${'a'.repeat(400)}`
    const yaml = pathYaml(name)
    const result = await scanFiles({ 'serverless.yml': yaml })
    const full = renderSummary(result)
    // Every cut from the path's line through the first code span of the name and past its end.
    const from = Buffer.byteLength(full.slice(0, full.indexOf('### Attack paths')))
    for (let max = from; max < from + 1200; max += 3) {
      const md = renderSummary(result, { maxLength: max })
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(max)
      const last =
        md
          .replace(/\n\n\(truncated\)\n$/, '')
          .split('\n')
          .pop() ?? ''
      expect(last.split('`').length % 2).toBe(1)
    }
  })
})
