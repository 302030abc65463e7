import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { commentableLines, parseHunkHeader } from '../../src/github/diff-lines.js'

// Real changes: serverless/examples files at two commits (see fixtures/pull-request/serverless-examples/SOURCES.md).
const EXAMPLES = join(import.meta.dirname, '..', 'fixtures', 'pull-request', 'serverless-examples')
const example = (side: 'base' | 'head', name: string) =>
  join(EXAMPLES, side, name, 'serverless.yml')

/** The patch git writes for one file, from its first hunk header on (as GitHub's `patch`). */
function realPatch(name: string, config: string[] = []): string {
  const result = spawnSync(
    'git',
    [...config, 'diff', '--no-index', '--no-color', example('base', name), example('head', name)],
    {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
    }
  )
  expect(result.status).toBe(1) // 1: the files differ
  const diff = result.stdout
  return diff.slice(diff.indexOf('@@')).replace(/\n$/, '')
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
const sorted = (lines: Set<number>) => [...lines].sort((a, b) => a - b)

/** The head-side texts the patch shows: its added and context lines, in order. */
function rightSideTexts(patch: string): string[] {
  return patch
    .split('\n')
    .filter(line => line.startsWith('+') || line.startsWith(' '))
    .map(line => line.slice(1))
}

describe('commentableLines on real patches', () => {
  it('covers a hunk that ends in "\\ No newline at end of file" on the base side', () => {
    const patch = realPatch('aws-node-recursive-function')
    expect(patch).toContain('\n\\ No newline at end of file\n')
    expect(patch.startsWith('@@ -1,18 +1,22 @@\n \n')).toBe(true) // an empty first line as context
    expect(sorted(commentableLines(patch))).toEqual(range(1, 22))
  })

  it('numbers two hunks from their own headers and leaves the lines between them out', () => {
    const patch = realPatch('aws-node-stripe-integration')
    expect(patch.match(/^@@ .* @@/gm)).toEqual(['@@ -17,20 +17,24 @@', '@@ -50,4 +54,4 @@'])
    expect(sorted(commentableLines(patch))).toEqual([...range(17, 40), ...range(54, 57)])
  })

  it('handles three hunks, additions inside context and removals at the end of a hunk', () => {
    const patch = realPatch('aws-node-rest-api-with-dynamodb-and-offline')
    expect(sorted(commentableLines(patch))).toEqual([
      ...range(1, 6),
      ...range(8, 41),
      ...range(92, 96)
    ])
  })

  it.each([
    'aws-node-graphql-api-with-dynamodb',
    'aws-node-recursive-function',
    'aws-node-rest-api-with-dynamodb-and-offline',
    'aws-node-stripe-integration',
    'aws-python-pynamodb-s3-sigurl'
  ])('%s: every commentable line is the head line the patch shows there', name => {
    const patch = realPatch(name)
    const head = readFileSync(example('head', name), 'utf8').split('\n')
    const lines = sorted(commentableLines(patch))
    expect(lines.map(n => head[n - 1])).toEqual(rightSideTexts(patch))
  })

  it('reads empty context lines (diff.suppressBlankEmpty) as context', () => {
    const name = 'aws-python-pynamodb-s3-sigurl'
    const stripped = realPatch(name, ['-c', 'diff.suppressBlankEmpty=true'])
    expect(stripped.split('\n')).toContain('')
    expect(stripped).not.toBe(realPatch(name))
    expect(commentableLines(stripped)).toEqual(commentableLines(realPatch(name)))
  })
})

describe('commentableLines on hunk forms', () => {
  it('reads an omitted count as one line', () => {
    expect(sorted(commentableLines('@@ -0,0 +1 @@\n+name: fn-7'))).toEqual([1])
    expect(sorted(commentableLines('@@ -3 +3 @@\n-old\n+new'))).toEqual([3])
    expect(parseHunkHeader('@@ -3 +4,2 @@ functions:')).toEqual({
      oldStart: 3,
      oldCount: 1,
      newStart: 4,
      newCount: 2
    })
  })

  it('gives a deleted file no lines', () => {
    expect(commentableLines('@@ -1,3 +0,0 @@\n-a\n-b\n-c').size).toBe(0)
  })

  it('stops each hunk at its counts: nothing after it is a line', () => {
    const patch = [
      '@@ -1,2 +1,2 @@',
      ' keep',
      '-old',
      '+new',
      '\\ No newline at end of file',
      '+stray line past the counts',
      ' stray context',
      ''
    ].join('\n')
    expect(sorted(commentableLines(patch))).toEqual([1, 2])
  })

  it('reads content that looks like a header (+++, ---, @@) inside a hunk as content', () => {
    const patch = ['@@ -1,2 +1,3 @@', '--- a', '+++ b', '+@@ not a header', ' tail'].join('\n')
    expect(sorted(commentableLines(patch))).toEqual([1, 2, 3])
  })

  it('keeps carriage returns of CRLF files inside the line', () => {
    expect(sorted(commentableLines('@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r'))).toEqual([1, 2])
  })

  it('ends a hunk at a line that cannot belong to it, and finds the next header', () => {
    const patch = ['@@ -1,3 +1,3 @@', ' one', 'garbage', '@@ -9 +9 @@', '+nine'].join('\n')
    expect(sorted(commentableLines(patch))).toEqual([1, 9])
  })

  it('finds nothing in text without hunks', () => {
    expect(commentableLines('').size).toBe(0)
    expect(commentableLines('Binary files a/logo.png and b/logo.png differ').size).toBe(0)
    expect(commentableLines('@@ -x +y @@\n+a').size).toBe(0)
  })
})
