import { describe, expect, it } from '@jest/globals'
import {
  codeFolders,
  serverlessIncludes,
  templateReferences,
  terraformModules
} from '../../src/units/references.js'

describe('files a unit names in its text', () => {
  it('a Serverless include, from the service folder and from the including file', () => {
    const text = 'a: ${file(../shared/iam.yml):statements}\nb: ${file(./env.json)}\n'
    const found = serverlessIncludes(text, 'svc', 'svc/conf/extra.yml')
    expect(found.unknown).toBe(false)
    expect(new Set(found.paths)).toEqual(
      new Set(['shared/iam.yml', 'svc/shared/iam.yml', 'svc/env.json', 'svc/conf/env.json'])
    )
    // A file in the service folder resolves once.
    expect(serverlessIncludes(text, 'svc', 'svc/serverless.yml').paths).toEqual([
      'shared/iam.yml',
      'svc/env.json'
    ])
  })

  it('an include built from a variable may name any file', () => {
    expect(
      serverlessIncludes('x: ${file(./${opt:stage}.yml)}\n', 'svc', 'svc/serverless.yml')
    ).toEqual({
      paths: [],
      unknown: true
    })
    expect(serverlessIncludes('x: ${${self:custom.which}}\n', '', 'serverless.yml').unknown).toBe(
      true
    )
  })

  it('a template names nested stacks and its samconfig; one naming no path-like string, the samconfig alone', () => {
    const nested = 'Resources:\n  N:\n    Properties:\n      Location: ./nested/template.yaml\n'
    expect(templateReferences(nested, 'app/template.yaml').sort()).toEqual(
      [
        'app/nested/template.yaml',
        'app/samconfig.toml',
        'app/samconfig.yaml',
        'app/samconfig.yml'
      ].sort()
    )
    expect(
      templateReferences('Resources:\n  T:\n    Type: AWS::SNS::Topic\n', 'template.yaml')
    ).toEqual(['samconfig.toml', 'samconfig.yaml', 'samconfig.yml'])
  })

  it('code folders, the template folder itself included; a URL is no folder', () => {
    const text = 'A:\n  CodeUri: src/\nB:\n  CodeUri: .\nC:\n  CodeUri: s3://bucket/key.zip\n'
    expect(codeFolders(text, 'app/template.yaml').sort()).toEqual(['app', 'app/src'])
    expect(codeFolders('CodeUri: ../..\n', 'a/b/template.yaml')).toEqual([''])
  })

  it('local Terraform modules, in HCL and JSON syntax', () => {
    const hcl =
      'module "a" {\n  source = "../modules/a/"\n}\nmodule "r" {\n  source = "hashicorp/x"\n}\n'
    expect(terraformModules(hcl, 'stacks/one')).toEqual(['stacks/modules/a'])
    expect(terraformModules('{"module":{"m":{"source":"./m"}}}', 'root')).toEqual(['root/m'])
  })

  it('the same text gives the same files however often and in whatever order it is asked', () => {
    const texts = [
      'Location: ./a.yaml\nTemplateURL: b/c.json\n',
      'CodeUri: x/\nCodeUri: y/\n',
      'x: ${file(./one.yml)} ${file(./two.yml)}\n'
    ]
    const ask = () => [
      templateReferences(texts[0] as string, 't.yaml'),
      codeFolders(texts[1] as string, 't.yaml'),
      serverlessIncludes(texts[2] as string, '', 'serverless.yml'),
      templateReferences(texts[0] as string, 't.yaml')
    ]
    const first = ask()
    expect(ask()).toEqual(first)
    expect(first[0]).toEqual([
      'samconfig.toml',
      'samconfig.yaml',
      'samconfig.yml',
      'a.yaml',
      'b/c.json'
    ])
    expect(first[1]).toEqual(['x', 'y'])
    expect(first[2]).toEqual({ paths: ['one.yml', 'two.yml'], unknown: false })
  })
})

describe('paths a template names in the forms users write them', () => {
  it.each([
    ['a nested stack beside it, without a slash', 'Location: child.yaml\n', 'app/child.yaml'],
    ['a nested stack with ./', '  TemplateURL: ./child.yaml\n', 'app/child.yaml'],
    ['a quoted JSON path', '{"TemplateURL": "../shared/stack.json"}', 'shared/stack.json'],
    ['an AWS::Include snippet', "Location: 'snippets/api.template'\n", 'app/snippets/api.template']
  ])('%s', (_, text, path) => {
    expect(templateReferences(text, 'app/template.yaml')).toContain(path)
  })

  it('a nested stack by any name; a URL, a SAR map or a function is no file', () => {
    const text =
      'A:\n  TemplateURL: stacks/child.cfn\nB:\n  "Location": "nested"\nC:\n  TemplateURL: https://s3.amazonaws.com/b/k\nD:\n  Location:\n    ApplicationId: arn:aws:serverlessrepo:x\nE:\n  TemplateURL: !Sub https://x/${B}\n'
    expect(templateReferences(text, 'app/template.yaml').sort()).toEqual(
      [
        'app/nested',
        'app/samconfig.toml',
        'app/samconfig.yaml',
        'app/samconfig.yml',
        'app/stacks/child.cfn'
      ].sort()
    )
  })

  it('a Serverless include without a slash, a CodeUri of the template folder, a module above', () => {
    expect(serverlessIncludes('a: ${file(x.yml)}\n', 'svc', 'svc/serverless.yml').paths).toEqual([
      'svc/x.yml'
    ])
    expect(codeFolders('CodeUri: .\n', 'app/template.yaml')).toEqual(['app'])
    expect(codeFolders('"CodeUri": "./"', 'template.json')).toEqual([''])
    expect(terraformModules('module "m" {\n  source = "../m"\n}\n', 'stacks/one')).toEqual([
      'stacks/m'
    ])
  })
})

describe('paths written with escaped characters, as JSON and double-quoted YAML allow', () => {
  it('finds each reference whatever escape writes its slash', () => {
    expect(
      templateReferences('{"TemplateURL": "nested\\/child.json"}', 'app/template.json')
    ).toContain('app/nested/child.json')
    expect(
      templateReferences('{"Location": "..\\u002Fshared\\u002fstack.json"}', 'app/template.json')
    ).toContain('shared/stack.json')
    expect(templateReferences('Location: "nested\\x2fchild.yaml"\n', 'app/t.yaml')).toContain(
      'app/nested/child.yaml'
    )
    expect(
      serverlessIncludes('{"a": "${file(conf\\/x.yml)}"}', 'svc', 'svc/serverless.json').paths
    ).toEqual(['svc/conf/x.yml'])
    expect(codeFolders('{"CodeUri": "src\\/fn\\/"}', 'app/template.json')).toEqual(['app/src/fn'])
    expect(terraformModules('{"module": {"m": {"source": "..\\/m"}}}', 'stacks/one')).toEqual([
      'stacks/m'
    ])
  })
})
