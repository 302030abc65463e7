import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { readJson } from '../../../src/iac/document/json-reader.js'
import { DEFAULT_LOAD_LIMITS, loadDocument, loadYaml } from '../../../src/iac/document/yaml.js'
import { plainTree as plain } from '../../helpers/plain-tree.js'

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures')
// Real public templates beside the repository (../shared/corpus): read when present, never shipped.
const CORPUS = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'iac')
const corpusPresent = existsSync(CORPUS)
if (!corpusPresent) console.log(`IaC corpus not found at ${CORPUS}: its JSON templates are skipped`)

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => /\.(json|template)$/.test(f))
    .map(f => join(dir, f))
    .filter(f => /^\s*[[{]/.test(readFileSync(f, 'utf8')))
}

/** The tree the YAML readers build: what every JSON document was read as before. */
function asYaml(text: string) {
  const yaml = loadYaml('t.json', text)
  expect(yaml.diagnostics).toEqual([])
  return yaml.value
}

const readsAsYaml = (text: string): void => {
  expect(plain(readJson('t.json', text, DEFAULT_LOAD_LIMITS.maxDepth))).toEqual(plain(asYaml(text)))
}

describe('readJson builds the tree the YAML readers build', () => {
  const fixtures = jsonFiles(FIXTURES).filter(f => !f.includes('malformed'))

  it('for a fair number of fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(50)
  })

  it.each(fixtures.map(f => [relative(FIXTURES, f), f]))('fixture %s', (_, file) => {
    readsAsYaml(readFileSync(file, 'utf8'))
  })

  const corpus = corpusPresent ? jsonFiles(CORPUS) : []
  const inCorpus = corpusPresent
    ? it.each(corpus.map(f => [relative(CORPUS, f), f]))
    : it.skip.each([['', '']])
  inCorpus('corpus template %s', (_, file) => {
    readsAsYaml(readFileSync(file, 'utf8'))
  })

  it.each([
    [
      'escapes',
      '{"a": "tab\\there \\"q\\" \\\\ \\/ \\u00e9\\ud83d\\ude00 \\b\\f\\n\\r", "b": "plain"}'
    ],
    ['numbers', '[0, -0, 1.5, -2.25e3, 1E400, 12345678901234567890, 0.1e-2, 1e+2]'],
    ['literals and empties', '{"t": true, "f": false, "n": null, "o": {}, "l": [], "s": ""}'],
    ['CRLF line ends and tabs', '{\r\n\t"a": [\r\n\t\t1,\r\n\t\t"x"\r\n\t]\r\n}\r\n'],
    ['non-ASCII text before values', '{"ключ": "значение", "b": {"c": "日本"}}'],
    ['duplicate keys (the later value, the first place)', '{"a": 1, "b": 2, "a": {"c": 3}}'],
    [
      'intrinsics',
      '{"x": {"Ref": "P"}, "y": {"Fn::Sub": ["${A}-b", {"A": {"Fn::GetAtt": ["R", "Arn"]}}]}, "c": {"Condition": "IsProd"}}'
    ],
    ['a list at the top', '[{"a": 1}, [2, [3]]]']
  ])('for %s', (_, text) => readsAsYaml(text))
})

describe('extents', () => {
  it('are read as lines and columns, and written out as the plain range', () => {
    const value = readJson('t.json', '{\n  "a": [1,\n    "two"]\n}', 10)
    const list = value.kind === 'map' ? value.entries.get('a')?.value : undefined
    const range = { start: { line: 2, column: 8 }, end: { line: 3, column: 11 } }
    expect(list?.loc.value?.start).toEqual(range.start)
    expect(list?.loc.value?.end).toEqual(range.end)
    expect(JSON.parse(JSON.stringify(list?.loc))).toEqual({
      file: 't.json',
      line: 2,
      column: 8,
      value: range
    })
  })
})

describe('loadDocument with JSON', () => {
  it('reads a JSON template with more values than the alias limit, as the YAML readers do', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `{"k${i}": [${i}, "v"]}`)
    const text = `{"Resources": [${items.join(',\n')}]}`
    const limits = { ...DEFAULT_LOAD_LIMITS, maxNodes: 100 }
    const loaded = loadDocument('t.json', text, limits)
    expect(loaded.diagnostics).toEqual([])
    // Without aliases, the limit has nothing to count.
    expect(loadYaml('t.json', text, limits).diagnostics).toEqual([])
  })

  it('reads JSON-like YAML (comments, unquoted keys) as YAML, as CloudFormation does', () => {
    const text = '{\n  # a comment\n  Resources: {"A": {"Type": "AWS::SQS::Queue"}},\n}\n'
    const loaded = loadDocument('t.json', text)
    expect(loaded.diagnostics).toEqual([])
    expect(plain(loaded.value)).toEqual(plain(asYaml(text)))
  })

  it.each([
    [
      'a missing comma',
      '{\n  "a": 1\n  "b": 2\n}',
      3,
      3,
      `expected ',' or '}' in an object, found '"'`
    ],
    [
      'an unclosed object',
      '{\n  "a": [1, 2]',
      2,
      14,
      `expected ',' or '}' in an object, found the end of the file`
    ],
    ['a missing value', '{"a": [1, , 2]}', 1, 11, `expected a value, found ','`],
    [
      'a bare word',
      '{"a": [yes, 2]] }',
      1,
      8,
      `'yes' is not a JSON value (strings are in double quotes)`
    ],
    [
      'an unclosed string',
      '{\n"a": "b\n}',
      2,
      8,
      'a string is not closed before the end of its line'
    ],
    ['a bad escape', '{"a": "\\x41"]', 1, 8, 'invalid escape sequence in a string'],
    [
      'a second document',
      '{"a": 1}\n{"b": 2}',
      2,
      1,
      `unexpected text after the end of the document, found '{'`
    ]
  ])('says where and what is wrong with %s', (_, text, line, column, what) => {
    const { value, diagnostics } = loadDocument('t.json', text)
    expect(value).toBeUndefined()
    expect(diagnostics).toEqual([
      {
        file: 't.json',
        line,
        column,
        message: `invalid JSON: ${what}`,
        code: 'parse-error',
        severity: 'error'
      }
    ])
  })

  it('gives a large text that looks like JSON but is not the JSON error, without reading it as YAML', () => {
    const items = Array.from(
      { length: 100_000 },
      (_, i) => `  "Queue${i}": {"Type": "AWS::SQS::Queue"}`
    )
    const text = `{\n${items.join(',\n')},\n}\n`
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024)
    expect(loadDocument('big.json', text).diagnostics).toEqual([
      {
        file: 'big.json',
        line: 100_002,
        column: 1,
        message: `invalid JSON: a trailing comma in an object, found '}'`,
        code: 'parse-error',
        severity: 'error'
      }
    ])
  })

  it('refuses 100,000 nested lists with a located error, before recursing into them', () => {
    const depth = 100_000
    const text = `{\n "a": ${'['.repeat(depth)}${']'.repeat(depth)}}`
    const { value, diagnostics } = loadDocument('deep.json', text)
    expect(value).toBeUndefined()
    expect(diagnostics).toEqual([
      {
        file: 'deep.json',
        line: 2,
        column: 7 + DEFAULT_LOAD_LIMITS.maxDepth,
        message: `nesting deeper than ${DEFAULT_LOAD_LIMITS.maxDepth} levels`,
        code: 'document-too-complex',
        severity: 'error'
      }
    ])
  })

  it('locates the depth error where the YAML reader did', () => {
    const text = `{"a": ${'['.repeat(30)}1${']'.repeat(30)}}`
    const limits = { ...DEFAULT_LOAD_LIMITS, maxDepth: 20 }
    expect(loadDocument('t.json', text, limits).diagnostics).toEqual(
      loadYaml('t.json', text, limits).diagnostics
    )
  })
})
