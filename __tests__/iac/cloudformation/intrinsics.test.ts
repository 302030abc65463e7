import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ParameterResolver } from '../../../src/iac/cloudformation/resolve.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { samFormat } from '../../../src/iac/sam/index.js'
import { get, toPlain, type Value } from '../../../src/model/value.js'

const RULES = join(process.cwd(), '__tests__', 'fixtures', 'rules')

const TEMPLATE = `
Mappings:
  Stages:
    prod: { Auth: NONE, Origins: ['https://a.example', 'https://b.example'] }
Values:
  join: !Join ['-', [orders, !Ref Stage, api]]
  joinUnknown: !Join ['', ['arn:aws:s3:::', !GetAtt Bucket.Arn]]
  joinCondition: !Join ['', [a, !If [IsProd, b, c]]]
  select: !Select [1, !Split [',', 'x,y,z']]
  selectFromList: !Select ['0', [first, second]]
  selectOutOfRange: !Select [3, [first]]
  selectListParameter: !Select [1, !Ref Names]
  split: !Split ['|', 'a|b']
  findInMap: !FindInMap [Stages, !Ref Stage, Auth]
  findList: !FindInMap [Stages, prod, Origins]
  findMissing: !FindInMap [Stages, dev, Auth]
  findDefault: !FindInMap [Stages, dev, Auth, { DefaultValue: AWS_IAM }]
  findUnknownKey: !FindInMap [Stages, !Ref AWS::Region, Auth]
  sameBranches: !If [IsProd, !FindInMap [Stages, prod, Auth], NONE]
  twoBranches: !If [IsProd, !Ref Stage, AWS_IAM]
  subOfJoin: !Sub ['\${Name}-x', { Name: !Join ['', [a, b]] }]
`

function resolved(key: string): Value {
  const doc = loadDocument('template.yaml', TEMPLATE).value
  const resolver = new ParameterResolver(
    new Map([
      ['Stage', { value: 'prod', isList: false }],
      ['Names', { value: 'one,two', isList: true }]
    ]),
    get(doc, 'Mappings')
  )
  const v = get(get(doc, 'Values'), key)
  if (!v) throw new Error(`no ${key}`)
  return resolver.resolve(v)
}

describe('CloudFormation intrinsics over literals', () => {
  it.each([
    ['join', 'orders-prod-api'],
    ['select', 'y'],
    ['selectFromList', 'first'],
    ['selectListParameter', 'two'],
    ['split', ['a', 'b']],
    ['findInMap', 'NONE'],
    ['findList', ['https://a.example', 'https://b.example']],
    ['findDefault', 'AWS_IAM'],
    ['sameBranches', 'NONE'],
    ['subOfJoin', 'ab-x']
  ])('%s is decided', (key, value) => {
    expect(toPlain(resolved(key))).toEqual(value)
  })

  it('locates a value from Mappings where Fn::FindInMap is written', () => {
    const v = resolved('findList')
    expect(v.kind === 'list' && v.items.map(i => i.loc.line)).toEqual([15, 15])
  })

  it.each([
    ['joinUnknown', 'Fn::Join'],
    ['joinCondition', 'Fn::Join'],
    ['selectOutOfRange', 'Fn::Select'],
    ['findMissing', 'Fn::FindInMap'],
    ['findUnknownKey', 'Fn::FindInMap']
  ])('%s stays undecidable', (key, fn) => {
    expect(resolved(key)).toMatchObject({ kind: 'symbolic', fn })
  })

  it('keeps a Fn::If whose branches differ, each branch resolved', () => {
    const v = resolved('twoBranches')
    expect(v).toMatchObject({ kind: 'symbolic', fn: 'Fn::If' })
    expect(v.kind === 'symbolic' && toPlain(v.args)).toEqual(['IsProd', 'prod', 'AWS_IAM'])
  })
})

describe('auth settings behind Fn::If', () => {
  const build = async (path: string) => {
    const file = 'template.yaml'
    const text = readFileSync(join(RULES, path), 'utf8')
    const document = loadDocument(file, text).value
    if (document?.kind !== 'map') throw new Error(`${path} is not a map`)
    const result = await samFormat.build(
      { file, document },
      { repo: { readText: async () => undefined } }
    )
    return result.services[0]?.endpoints.map(e => [e.id, e.auth.type])
  }

  it('are open when either branch is open', async () => {
    expect(
      await build('lambda-url-auth-none/bad/conditional-cloudformation/template.yaml')
    ).toEqual([
      ['ExportUrl', 'none'],
      ['PreviewFunctionUrl', 'none']
    ])
  })

  it('are decided when every branch is literal and none is open', async () => {
    expect(
      await build('lambda-url-auth-none/good/conditional-cloudformation/template.yaml')
    ).toEqual([
      ['ExportUrl', 'iam'],
      ['PreviewFunctionUrl', 'iam']
    ])
  })
})
