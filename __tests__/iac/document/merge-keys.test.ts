import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_LOAD_LIMITS,
  loadDocument,
  loadDocumentFully
} from '../../../src/iac/document/yaml.js'
import { loadLenient } from '../../../src/iac/document/yaml-lenient.js'
import { getPath, type Value } from '../../../src/model/value.js'

/** The Serverless Framework (js-yaml) and SAM CLI (PyYAML) readers apply YAML 1.1 merge keys. */
const TEXT = [
  'x-url: &url',
  '  FunctionUrlConfig:',
  '    AuthType: NONE',
  '  Handler: base.handler',
  'x-more: &more',
  '  Timeout: 3',
  '  Handler: more.handler',
  'Properties:',
  '  Handler: own.handler',
  '  <<: [*url, *more]',
  'Single:',
  '  <<: *more'
].join('\n')

const readers: [string, (text: string) => Value | undefined][] = [
  ['the fast reader', text => loadDocument('t.yaml', text).value],
  ['the full reader', text => loadDocumentFully('t.yaml', text).value],
  ['the lenient reader', text => loadLenient('t.yaml', text, DEFAULT_LOAD_LIMITS)]
]

describe.each(readers)('merge keys through %s', (_name, read) => {
  const doc = read(TEXT)

  it('adds the merged mappings’ entries, located where they are written', () => {
    expect(getPath(doc, ['Properties', 'FunctionUrlConfig', 'AuthType'])).toMatchObject({
      value: 'NONE',
      loc: { line: 3 }
    })
    expect(getPath(doc, ['Properties', 'Timeout'])).toMatchObject({ value: 3, loc: { line: 6 } })
    expect(getPath(doc, ['Single', 'Handler'])).toMatchObject({ value: 'more.handler' })
  })

  it('keeps the mapping’s own keys over merged ones, and the first merged mapping over later ones', () => {
    expect(getPath(doc, ['Properties', 'Handler'])).toMatchObject({ value: 'own.handler' })
    const props = getPath(doc, ['Properties'])
    expect(props?.kind === 'map' && props.entries.has('<<')).toBe(false)
  })
})

it('keeps a merge key whose value is no mapping as written', () => {
  const doc = loadDocument('t.yaml', 'Literal:\n  <<: not a mapping\n').value
  expect(getPath(doc, ['Literal', '<<'])).toMatchObject({ value: 'not a mapping' })
})

/**
 * Only a plain `<<` is a merge key (js-yaml and the `yaml` package agree): a quoted `"<<"` is a key
 * like any other. Read as a merge key, a quoted one written after a real merge replaced it, and the
 * entries it merges (a URL without auth) were lost.
 */
describe.each(readers)('quoted "<<" keys through %s', (_name, read) => {
  it('does not replace a merge written before it', () => {
    const doc = read('x: &x\n  AuthType: NONE\nUrl:\n  <<: [*x]\n  "<<": note\n')
    expect(getPath(doc, ['Url', 'AuthType'])).toMatchObject({ value: 'NONE', loc: { line: 2 } })
    expect(getPath(doc, ['Url', '<<'])).toMatchObject({ value: 'note' })
  })

  it('is not a merge itself', () => {
    const doc = read("x: &x\n  AuthType: NONE\nUrl:\n  '<<': *x\n")
    expect(getPath(doc, ['Url', 'AuthType'])).toBeUndefined()
    expect(getPath(doc, ['Url', '<<', 'AuthType'])).toMatchObject({ value: 'NONE' })
  })

  it('applies every plain merge key of a mapping', () => {
    const doc = read('a: &a { A: 1 }\nb: &b { B: 2 }\nm:\n  <<: *a\n  <<: *b\n')
    expect(getPath(doc, ['m', 'A'])).toMatchObject({ value: 1 })
    expect(getPath(doc, ['m', 'B'])).toMatchObject({ value: 2 })
  })
})
