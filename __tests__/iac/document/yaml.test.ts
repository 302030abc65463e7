import { describe, expect, it } from '@jest/globals'
import { loadDocument, loadDocumentFully } from '../../../src/iac/document/yaml.js'
import { getPath, type SymbolicValue } from '../../../src/model/value.js'

describe('loadDocument', () => {
  it('keeps short-form and long-form intrinsics as symbolic values with their references', () => {
    const text = [
      'Resources:',
      '  Fn:',
      '    Properties:',
      '      Role: !GetAtt FnRole.Arn',
      '      Name: !Sub "${Stage}-api-${AWS::Region}"',
      '      Bucket: { "Ref": "Assets" }',
      '      Plain: hello'
    ].join('\n')
    const { value, diagnostics } = loadDocument('t.yaml', text)
    expect(diagnostics).toEqual([])
    const props = ['Resources', 'Fn', 'Properties']
    const role = getPath(value, [...props, 'Role']) as SymbolicValue
    expect(role).toMatchObject({
      kind: 'symbolic',
      fn: 'Fn::GetAtt',
      refs: ['FnRole'],
      expr: '!GetAtt FnRole.Arn'
    })
    expect(role.loc).toMatchObject({ file: 't.yaml', line: 4, column: 21 })
    expect(getPath(value, [...props, 'Name'])).toMatchObject({ fn: 'Fn::Sub', refs: ['Stage'] })
    expect(getPath(value, [...props, 'Bucket'])).toMatchObject({
      fn: 'Ref',
      refs: ['Assets'],
      expr: '!Ref Assets'
    })
    expect(getPath(value, [...props, 'Plain'])).toMatchObject({
      kind: 'scalar',
      value: 'hello',
      loc: { line: 7 }
    })
  })

  it('locates map keys', () => {
    const { value } = loadDocument('t.yaml', 'a:\n  b:\n    c: 1\n')
    const b = getPath(value, ['a'])
    expect(b?.kind === 'map' && b.entries.get('b')?.keyLoc).toMatchObject({ line: 2, column: 3 })
  })

  it('reads JSON templates with lines', () => {
    const { value } = loadDocument(
      't.json',
      '{\n  "Resources": {\n    "X": { "Type": "AWS::S3::Bucket" }\n  }\n}'
    )
    expect(getPath(value, ['Resources', 'X', 'Type'])).toMatchObject({
      value: 'AWS::S3::Bucket',
      loc: { line: 3 }
    })
  })

  it('reports a truncated JSON template with its position', () => {
    const { value, diagnostics } = loadDocument(
      't.json',
      '{\n  "Resources": {\n    "X": { "Type": '
    )
    expect(value).toBeUndefined()
    expect(diagnostics[0]).toMatchObject({ file: 't.json', code: 'parse-error', severity: 'error' })
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(3)
  })

  it('stops a billion-laughs alias bomb with a diagnostic, quickly', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++) {
      const prev = `*a${i - 1}`
      lines.push(`a${i}: &a${i} [${Array(10).fill(prev).join(', ')}]`)
    }
    const { value, diagnostics } = loadDocument('bomb.yml', lines.join('\n'))
    expect(value).toBeUndefined()
    expect(diagnostics[0]).toMatchObject({ code: 'document-too-complex' })
    expect(diagnostics[0]?.message).toMatch(/aliases/)
  })

  it('refuses 10,000-deep nesting with a diagnostic', () => {
    const depth = 10_000
    const { value, diagnostics } = loadDocument('deep.json', '['.repeat(depth) + ']'.repeat(depth))
    expect(value).toBeUndefined()
    expect(diagnostics.length).toBeGreaterThan(0)
  })

  it('says where a second document starts, in words about the file rather than the library', () => {
    const text = `Resources: {}\n${'---\na: 1\n'.repeat(5_000)}`
    expect(loadDocument('t.yaml', text).diagnostics).toEqual([
      {
        file: 't.yaml',
        line: 2,
        column: 1,
        message:
          'a second YAML document starts here (after `---`): the file is read as one document, as CloudFormation and the Serverless Framework read it',
        code: 'parse-error',
        severity: 'error'
      }
    ])
  })

  it('shares aliased values instead of copying them', () => {
    const { value, diagnostics } = loadDocument('a.yml', 'base: &b { x: 1 }\nother: *b\n')
    expect(diagnostics).toEqual([])
    expect(getPath(value, ['other'])).toBe(getPath(value, ['base']))
  })

  it('resolves each alias in the full reader to the latest anchor of its name before it', () => {
    const text = [
      'first: &a { x: 1 }',
      'one: *a',
      'second: &a { x: 2, self: *a }',
      'two: *a',
      'tagged: !!binary aGVsbG8=' // the fast reader leaves this document to the full one
    ].join('\n')
    const full = loadDocumentFully('a.yml', text)
    expect(full.diagnostics).toEqual([])
    expect(getPath(full.value, ['one', 'x'])).toMatchObject({ value: 1 })
    expect(getPath(full.value, ['two', 'x'])).toMatchObject({ value: 2 })
    // An alias inside its own anchor is a cycle: kept as an unknown value, not the earlier anchor.
    expect(getPath(full.value, ['second', 'self'])).toMatchObject({ kind: 'symbolic', fn: 'alias' })
  })

  it('stops a chain of 40,000 aliases in the full reader with a diagnostic', () => {
    const lines = ['tagged: !!binary aGVsbG8=', 'a0: &a0 { k0: 1 }']
    for (let i = 1; i < 40_000; i++) lines.push(`a${i}: &a${i} { m: *a${i - 1}, k${i}: 1 }`)
    const { value, diagnostics } = loadDocumentFully('chain.yml', lines.join('\n'))
    expect(value).toBeUndefined()
    expect(diagnostics[0]).toMatchObject({ code: 'document-too-complex' })
  })
})

describe('templates CloudFormation accepts but strict YAML does not', () => {
  it('reads a flow collection closed at its parent indentation, with locations', () => {
    const text = [
      'Resources:',
      '  Fn:',
      '    Properties:',
      '      VpcConfig: !If [UseVpc, {',
      '        SubnetIds: !Ref Subnets',
      '      }, !Ref AWS::NoValue]',
      "      Policy: '{",
      '      "a": 1}\''
    ].join('\n')
    const { value, diagnostics } = loadDocument('t.yaml', text)
    expect(diagnostics).toEqual([])
    const vpc = getPath(value, ['Resources', 'Fn', 'Properties', 'VpcConfig']) as SymbolicValue
    expect(vpc).toMatchObject({ kind: 'symbolic', fn: 'Fn::If', loc: { line: 4 } })
    expect(
      getPath(vpc.args?.kind === 'list' ? vpc.args.items[1] : undefined, ['SubnetIds'])
    ).toMatchObject({ fn: 'Ref', refs: ['Subnets'], loc: { line: 5 } })
    const props = getPath(value, ['Resources', 'Fn', 'Properties'])
    expect(props?.kind === 'map' && props.entries.get('Policy')?.keyLoc).toMatchObject({
      line: 7,
      column: 7
    })
  })

  it('reports only the first error of a broken document, with how many follow', () => {
    const { diagnostics } = loadDocument('t.yaml', 'a: [1, 2\nb: {c: 3\nd: "x\n')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ code: 'parse-error', line: expect.any(Number) })
  })
})
