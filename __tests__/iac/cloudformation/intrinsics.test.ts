import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readParameters } from '../../../src/iac/cloudformation/parameters.js'
import { ParameterResolver } from '../../../src/iac/cloudformation/resolve.js'
import { branchesOf } from '../../../src/iac/shared/either-branch.js'
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

// A deployment may give a parameter any of its `AllowedValues`: each is a value it may take, as
// each branch of a `Fn::If` is.
describe('CloudFormation parameters with AllowedValues', () => {
  const template = `
Parameters:
  Auth: { Type: String, AllowedValues: [AWS_IAM, NONE], Default: NONE }
  Access: { Type: String, AllowedValues: ['s3:GetObject', '*'] }
  Only: { Type: String, AllowedValues: [AWS_IAM] }
  Free: { Type: String, Default: AWS_IAM }
Values:
  auth: !Ref Auth
  access: !Ref Access
  only: !Ref Only
  free: !Ref Free
  list: [a, !Ref Auth, !Ref Access]
  sub: !Sub 'x-\${Auth}'
`
  const resolve = (key: string): Value => {
    const doc = loadDocument('template.yaml', template).value
    const service = { parameters: [] } as unknown as Parameters<typeof readParameters>[0]['service']
    const known = readParameters({ service, warn: () => {} }, get(doc, 'Parameters'))
    const v = get(get(doc, 'Values'), key)
    if (!v) throw new Error(`no ${key}`)
    return new ParameterResolver(known).resolve(v)
  }

  it('is its default, every allowed value a choice (the default first)', () => {
    expect(resolve('auth')).toMatchObject({
      kind: 'scalar',
      value: 'NONE',
      choices: ['NONE', 'AWS_IAM']
    })
    expect(branchesOf(resolve('auth'))?.map(toPlain)).toEqual(['NONE', 'AWS_IAM'])
  })

  it('without a default is each allowed value, as a condition', () => {
    expect(branchesOf(resolve('access'))?.map(toPlain)).toEqual(['s3:GetObject', '*'])
  })

  it('is its one allowed value, or its default when it allows any', () => {
    expect(toPlain(resolve('only'))).toBe('AWS_IAM')
    expect(resolve('free')).toEqual(expect.objectContaining({ value: 'AWS_IAM' }))
    expect(resolve('free')).not.toHaveProperty('choices')
  })

  it('is each allowed value in a list, and its default in a string', () => {
    expect(toPlain(resolve('list'))).toEqual(['a', 'NONE', 'AWS_IAM', 's3:GetObject', '*'])
    expect(toPlain(resolve('sub'))).toBe('x-NONE')
  })
})
