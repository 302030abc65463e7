import { describe, expect, it } from '@jest/globals'
import { DEFAULT_LOAD_LIMITS, loadDocumentFully } from '../../../src/iac/document/yaml.js'
import { loadFast, NotFastReadable } from '../../../src/iac/document/yaml-fast.js'
import { plainTree } from '../../helpers/plain-tree.js'

/** The fast reader must build exactly the tree the full reader builds, locations included. */
const SAME_AS_FULL: Record<string, string> = {
  'block maps, sequences and comments': `# heading
Resources:
  Fn:   # trailing comment
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Layers:
        - arn:one
        - arn:two   

      Timeout: 10
Outputs:
  Url: x
`,
  'core schema scalars (dates stay strings)': `a: 2012-10-17
b: 0o17
c: 0x1F
d: 012
e: 1.50
f: .inf
g: ~
h: True
i: yes
j: "quoted\n  two lines"
k: 'single'
l: 1e3
`,
  'intrinsics in both forms, tagged collections': `Value: !Sub
  - "\${A}-x"
  - A: !Ref Name
Join: !Join [",", [!GetAtt Fn.Arn, { "Fn::ImportValue": Shared }]]
Long: { "Ref": "Param" }
If: !If [IsProd, !Ref AWS::NoValue, 5]
`,
  'block scalars and plain multi-line scalars': `Code: |
  import boto3
  def handler(e, c):
      return 1

Folded: >-
  one
  two
Plain: first
  second
Last: end
`,
  'anchors and aliases share the anchored value': `base: &base
  Runtime: nodejs20.x
  Timeout: 3
one: *base
two: [*base, *base]
`,
  'empty values and duplicate keys': `a:
b: 1
b: 2
c:
  d:
`,
  'JSON templates': `{
  "Resources": {
    "Role": { "Type": "AWS::IAM::Role", "Properties": { "Path": "/", "N": [1, 2.5, true, null] } }
  }
}
`,
  'document start marker and sequence of maps': `---
- name: a
  value: 1
- name: b
  value: [x, y]
`
}

describe('loadFast', () => {
  it.each(Object.entries(SAME_AS_FULL))('reads %s exactly as the full reader', (_, text) => {
    const full = loadDocumentFully('t.yaml', text)
    expect(full.diagnostics).toEqual([])
    expect(plainTree(loadFast('t.yaml', text, DEFAULT_LOAD_LIMITS))).toEqual(plainTree(full.value))
  })

  it.each([
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['a tag it does not know', 'a: !Rain::Embed file.txt\n'],
    ['a syntax error', 'a: [1, 2\nb: 3\n'],
    ['a comment after a collection', 'a:\n  b: 1\n  # where does this belong?\nc: 2\n'],
    ['nesting beyond the limit', `${'['.repeat(50)}${']'.repeat(50)}`]
  ])('leaves %s to the full reader', (_, text) => {
    expect(() => loadFast('t.yaml', text, { ...DEFAULT_LOAD_LIMITS, maxDepth: 20 })).toThrow(
      NotFastReadable
    )
  })

  it('counts the expansion of aliases, so an alias bomb goes to the full reader and its error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${`*${'abcdefgh'[i - 1]}, `.repeat(9)}*${'abcdefgh'[i - 1]}]`
      )
    const text = bomb.join('\n')
    expect(() => loadFast('t.yaml', text, DEFAULT_LOAD_LIMITS)).toThrow(NotFastReadable)
    expect(loadDocumentFully('t.yaml', text).diagnostics[0]?.code).toBe('document-too-complex')
  })
})
