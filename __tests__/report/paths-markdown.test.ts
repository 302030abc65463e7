import { describe, expect, it } from '@jest/globals'
import type { ClassifiedFinding } from '../../src/diff/findings.js'
import {
  attackPathsSection,
  mermaidLabel,
  pathsFlowchart
} from '../../src/report/markdown/paths.js'
import { flowchartProblems, mermaidBlocks } from '../helpers/mermaid-flowchart.js'

const at = (line: number) => ({ file: 'serverless.yml', line, column: 1 })

function pathFinding(entryLabel: string, status: ClassifiedFinding['status']): ClassifiedFinding {
  return {
    ruleId: 'path-public-vulnerable-function',
    title: 'path',
    severity: 'critical',
    message: 'anyone on the internet can call route `GET /orders`',
    service: 'serverless.yml',
    resource: 'list',
    evidence: 'internet',
    location: at(3),
    fingerprint: `fp-${status}`,
    status,
    path: {
      reach: 'internet',
      function: 'serverless.yml#list',
      steps: [
        { kind: 'entry', message: 'route', label: entryLabel, location: at(3) },
        { kind: 'function', message: 'fn', label: 'list', location: at(1) },
        { kind: 'package', message: 'pkg', label: 'lodash 4.17.15', location: at(9) },
        { kind: 'grant', message: 'grant', label: 's3:* on *', location: at(5) }
      ]
    }
  }
}

describe('attack paths in Markdown', () => {
  it('draws a valid flowchart of the paths opened and closed', () => {
    const diagram = pathsFlowchart(
      [pathFinding('GET /orders', 'new')],
      [pathFinding('POST /orders', 'fixed')]
    )
    expect(flowchartProblems(diagram)).toEqual([])
    expect(diagram).toContain('n1["GET /orders"]:::entry')
    expect(diagram).toMatch(/n1 -->\|internet#44; opened\| n2/)
  })

  it('escapes labels from the repository: no quote, bracket, fence, HTML or mention survives', () => {
    const hostile = 'GET /x"]; click n1 "https://evil" ``` <img src=x> @admin |'
    const section = attackPathsSection([pathFinding(hostile, 'new')], true).join('\n')
    const [diagram] = mermaidBlocks(section)
    expect(diagram).toBeDefined()
    expect(flowchartProblems(diagram ?? '')).toEqual([])
    expect(mermaidLabel('a"b<c>`@|')).toBe('a#34;b#60;c#62;#96;#64;#124;')
    expect(diagram).not.toMatch(/<img|"\]; click|@admin/)
  })

  it('lists every step of an opened path with its line, linked', () => {
    const linkTo = (file: string, line: number) => `https://example.test/${file}#L${line}`
    const section = attackPathsSection([pathFinding('GET /orders', 'new')], true, linkTo).join('\n')
    expect(section).toContain(
      '  - package: pkg ([`serverless.yml:9`](https://example.test/serverless.yml#L9))'
    )
    expect(section).toContain(
      '  - grant: grant ([`serverless.yml:5`](https://example.test/serverless.yml#L5))'
    )
  })

  it('the validator catches what a careless writer would produce', () => {
    expect(flowchartProblems('flowchart LR\n  n1["a"b"]:::entry')).not.toEqual([])
    expect(flowchartProblems('flowchart LR\n  n1["a"]:::entry\n  n1 --> n2')).toContain(
      'edge to an undefined node:   n1 --> n2'
    )
  })
})
