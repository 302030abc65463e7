import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_LOAD_LIMITS,
  loadDocument,
  loadDocumentFully
} from '../../../src/iac/document/yaml.js'
import { loadLenient } from '../../../src/iac/document/yaml-lenient.js'
import type { Value } from '../../../src/model/value.js'

/**
 * The value limit exists against alias bombs. A document without aliases cannot be one (its size
 * bounds its values), so a large generated template is read whatever its number of values.
 */
function countValues(value: Value): number {
  if (value.kind === 'list') return 1 + value.items.reduce((n, v) => n + countValues(v), 0)
  if (value.kind === 'map')
    return 1 + [...value.entries.values()].reduce((n, e) => n + 1 + countValues(e.value), 0)
  return 1
}

/** `count` queues, each a map of two entries: six values a queue, its key counted. */
function queues(count: number): string {
  const lines = ['Resources:']
  for (let i = 0; i < count; i++) lines.push(`  Q${i}: {Type: AWS::SQS::Queue, DelaySeconds: ${i}}`)
  return lines.join('\n') + '\n'
}

const BOMB = [
  'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
  ...Array.from({ length: 5 }, (_, i) => `a${i + 1}: &a${i + 1} [${`*a${i}, `.repeat(9)}*a${i}]`)
].join('\n')

describe('the value limit counts what aliases add, not what the text holds', () => {
  it('reads a YAML template of more than 2,000,000 values and no aliases', () => {
    const count = 350_000
    const { value, diagnostics } = loadDocument('template.yaml', queues(count))
    expect(diagnostics).toEqual([])
    expect(value && countValues(value)).toBeGreaterThan(DEFAULT_LOAD_LIMITS.maxNodes)
    const resources = value?.kind === 'map' ? value.entries.get('Resources')?.value : undefined
    expect(resources?.kind === 'map' && resources.entries.size).toBe(count)
    const last = resources?.kind === 'map' ? resources.entries.get(`Q${count - 1}`) : undefined
    expect(last?.keyLoc.line).toBe(count + 1)
  }, 120_000)

  it.each([
    [
      'full',
      (text: string, maxNodes: number) =>
        loadDocumentFully('t.yaml', text, { ...DEFAULT_LOAD_LIMITS, maxNodes })
    ],
    [
      'lenient',
      (text: string, maxNodes: number) => ({
        value: loadLenient('t.yaml', text, { ...DEFAULT_LOAD_LIMITS, maxNodes }),
        diagnostics: []
      })
    ]
  ])('the %s reader reads a document without aliases past the limit', (_, read) => {
    const { value, diagnostics } = read(queues(100), 50)
    expect(diagnostics).toEqual([])
    expect(value && countValues(value)).toBeGreaterThan(50)
  })

  it('still stops aliases that add more than the limit, in every reader', () => {
    const limits = { ...DEFAULT_LOAD_LIMITS, maxNodes: 50_000 }
    // Each level's aliases add ten times the last level's: past the limit on line 5, a small text.
    const loaded = loadDocument('bomb.yaml', BOMB, limits)
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({
        code: 'document-too-complex',
        line: 5,
        message: 'YAML aliases expand the document by more than 50000 values'
      })
    ])
    expect(() => loadLenient('bomb.yaml', BOMB, limits)).toThrow(/aliases/)
    // Under the default limit, the same aliases (about 1,230,000 values added) are read.
    expect(loadDocument('bomb.yaml', BOMB).diagnostics).toEqual([])
  })

  /** `a1: &a1 [*a0]`, `a2: &a2 [*a1]`, ...: each line one level deeper, the text two levels deep. */
  function chain(n: number): string {
    const lines = ['a0: &a0 x']
    for (let i = 1; i < n; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`)
    return `${lines.join('\n')}\n`
  }

  function depthOf(value: Value | undefined): number {
    let depth = 0
    for (let v = value; v?.kind === 'list'; v = v.items[0]) depth++
    return depth
  }

  it('stops aliases that nest the document deeper than the limit, in every reader, where they do', () => {
    // 2,000 levels, 2,000,000 values added: the walks over the tree overflowed the stack.
    const deep = chain(2_000)
    expect(loadDocument('deep.yaml', deep).diagnostics).toEqual([
      expect.objectContaining({
        code: 'document-too-complex',
        line: 401,
        column: 14,
        message: 'YAML aliases nest the document deeper than 400 levels'
      })
    ])
    expect(loadDocumentFully('deep.yaml', deep).diagnostics).toHaveLength(1)
    expect(() => loadLenient('deep.yaml', deep, DEFAULT_LOAD_LIMITS)).toThrow(/aliases nest/)
    // Within the limit, the chain is read as deep as it is, by each reader.
    const within = chain(390)
    const last = (v: Value | undefined) => (v?.kind === 'map' ? v.entries.get('a389')?.value : v)
    expect(depthOf(last(loadDocument('ok.yaml', within).value))).toBe(389)
    expect(depthOf(last(loadDocumentFully('ok.yaml', within).value))).toBe(389)
    expect(depthOf(last(loadLenient('ok.yaml', within, DEFAULT_LOAD_LIMITS)))).toBe(389)
  })
})
