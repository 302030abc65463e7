import { describe, expect, it } from '@jest/globals'
import { code, escapeMarkdown, messageToMarkdown } from '../../src/report/markdown/escape.js'
import { blobLinks, where } from '../../src/report/markdown/sections.js'
import { renderSummary } from '../../src/report/markdown/summary.js'
import { scanFiles } from '../helpers/scan.js'

describe('Markdown escaping', () => {
  it('neutralises formatting, HTML, links and mentions from the repository', () => {
    expect(escapeMarkdown('**bold** <img src=x onerror=alert(1)> [x](http://evil) @octocat')).toBe(
      '\\*\\*bold\\*\\* &lt;img src=x onerror=alert\\(1\\)&gt; \\[x\\]\\(http://evil\\) @\u200boctocat'
    )
    expect(code('a`b\nd')).toBe('`aˋb\\nd`')
    expect(messageToMarkdown('function `<script>` is *public*')).toBe(
      'function `<script>` is \\*public\\*'
    )
  })

  it('writes an ampersand as text: an entity cannot spell a mention or a tag after escaping', () => {
    // GitHub decodes entities before it looks for mentions: `&commat;org/team` would notify a team.
    expect(escapeMarkdown('&commat;org/team &#64;octocat &lt;img&gt; &amp;')).toBe(
      '&amp;commat;org/team &amp;\\#\u200b64;octocat &amp;lt;img&amp;gt; &amp;amp;'
    )
    expect(messageToMarkdown('function `&commat;x` is &commat;x')).toBe(
      'function `&commat;x` is &amp;commat;x'
    )
  })

  it('breaks issue references: `#123` would link an issue and show in its timeline', () => {
    // A vulnerability summary (`fixes #1234`) or a name from the repository names an issue of the
    // repository the comment is posted in; a backslash is gone before GitHub looks for references.
    const escaped = escapeMarkdown('fixes #1234, acme/api#7 and GH-12; see ## heading #x')
    expect(escaped.replace(/\\/g, '')).not.toMatch(/#\d|GH-\d/i)
    expect(escaped).toBe(
      'fixes \\#\u200b1234, acme/api\\#\u200b7 and GH-\u200b12; see \\#\\# heading \\#x'
    )
  })

  it('shows a pipe in code as it is: outside a table a backslash before it is shown too', () => {
    // A finding line is a list item, never a table cell: `a\\|b` would show the backslash.
    expect(code('queue|dlq')).toBe('`queue|dlq`')
  })

  it('shows a lone surrogate from a name as its escape: half a character is not text GitHub stores', async () => {
    // JSON allows `\ud800` with no other half; a logical id written so reaches every finding.
    const template = JSON.stringify({
      Resources: {
        'F\\ud800n': {
          Type: 'AWS::Lambda::Url',
          Properties: {
            AuthType: 'NONE',
            TargetFunctionArn: 'arn:aws:lambda:us-east-1:1:function:f'
          }
        }
      }
    }).replace(/\\\\ud800/g, '\\ud800')
    const result = await scanFiles({ 'template.json': template })
    expect(result.findings.some(f => /\ud800/.test(f.message))).toBe(true)
    const md = renderSummary(result)
    expect(md).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
    expect(md).toContain('`F\\ud800n`')
    expect(code('a\udc00b\ud83d\ude00')).toBe('`a\\udc00b\ud83d\ude00`')
  })
})

describe('links to a file of the repository', () => {
  it('keep the whole path inside the link: a parenthesis cannot end it early', () => {
    const linkTo = blobLinks('https://github.com/o/r/blob/abc')
    const file = "x)www.evil.example(_*~!'.yml"
    const md = where(file, 3, linkTo)
    // The destination is one run without parentheses; the path text is code.
    expect(md).toBe(
      "[`x)www.evil.example(_*~!'.yml:3`](https://github.com/o/r/blob/abc/x%29www.evil.example%28_%2A%7E%21%27.yml#L3)"
    )
    expect(linkTo('dir/ü #.tf', 1)).toBe('https://github.com/o/r/blob/abc/dir/%C3%BC%20%23.tf#L1')
  })
})

describe('attack-surface changes', () => {
  it('link what the head has to its line, and never a removal, whose line is the base’s', async () => {
    const yaml = (fns: string) =>
      `service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n${fns}`
    const base = yaml(
      '  old:\n    handler: old.handler\n    events:\n      - httpApi: GET /old\n  keep:\n    handler: k.handler\n'
    )
    const head = yaml('  keep:\n    handler: k.handler\n  fresh:\n    handler: f.handler\n')
    const result = await scanFiles({ 'serverless.yml': head }, { 'serverless.yml': base })
    const md = renderSummary(result, { linkTo: blobLinks('https://github.com/o/r/blob/abc') })
    const line = (text: string) => md.split('\n').find(l => l.includes(text)) ?? ''
    expect(line('`old` removed')).toMatch(/\(`serverless\.yml:\d+` in the base\)$/)
    expect(line('GET /old')).toMatch(/in the base\)$/)
    expect(line('`fresh` added')).toContain('](https://github.com/o/r/blob/abc/serverless.yml#L')
  })
})

describe('summary', () => {
  const hostile = `service: s
provider:
  name: aws
  runtime: nodejs22.x
functions:
  "@admin-<b>x</b>":
    handler: a.handler
    url: true
`
  it('shows the decision, counts, new findings and changes, with repository text escaped', async () => {
    const base = hostile.replace('    url: true\n', '')
    const md = renderSummary(
      await scanFiles({ 'serverless.yml': hostile }, { 'serverless.yml': base }),
      { marker: '<!-- serverless-gate -->' }
    )
    expect(md.startsWith('<!-- serverless-gate -->\n## serverless-gate: ❌ fail')).toBe(true)
    expect(md).toContain('| critical | high | medium | low | info |')
    expect(md).toContain('### New findings')
    expect(md).toContain('lambda-url-auth-none')
    expect(md).toContain('### What this change does to the attack surface')
    // Outside code spans (where nothing is interpreted) no HTML or mention survives.
    const prose = md.replace(/`[^`]*`/g, '')
    expect(prose).not.toMatch(/<b>|<\/b>/)
    expect(prose).not.toMatch(/@admin/)
    expect(md).toContain('`@admin-<b>x</b>`')
  })

  it('stays under a size limit by dropping the lowest-severity findings first, and says so', async () => {
    const many = Array.from(
      { length: 60 },
      (_, i) => `  f${i}:\n    handler: h.handler\n    url: true\n`
    ).join('')
    const r = await scanFiles({
      'serverless.yml': `service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n${many}`
    })
    const md = renderSummary(r, { maxLength: 6000, fullReportHint: 'see the job summary' })
    expect(md.length).toBeLessThanOrEqual(6000)
    expect(md).toMatch(/… and \d+ more: see the job summary/)
    expect(md).toContain('lambda-url-auth-none')
  })
})
