import { describe, expect, it } from '@jest/globals'
import { buildModel } from '../../src/iac/build-model.js'
import { loadDocument } from '../../src/iac/document/yaml.js'
import { samFormat } from '../../src/iac/sam/index.js'
import type { MapValue } from '../../src/model/value.js'
import { MemorySource } from '../../src/sources/memory.js'
import { repoReaderFor } from '../../src/sources/repo-reader.js'

/** A source whose reads of one path fail as a dead git process would: the promise rejects. */
class FailingSource extends MemorySource {
  constructor(
    files: Record<string, string>,
    private readonly failing: string
  ) {
    super('head', new Map(Object.entries(files)))
  }

  override async read(path: string) {
    if (path === this.failing) throw new Error('git cat-file --batch exited with code 128')
    return super.read(path)
  }
}

describe('the read access formats get for included files', () => {
  it('tells a read that failed from a file that is absent', async () => {
    const reader = repoReaderFor(new FailingSource({ 'a.yml': 'a: 1' }, 'b.yml'))
    expect(await reader.readText('a.yml')).toBe('a: 1')
    expect(await reader.readText('b.yml')).toBeUndefined()
    expect(await reader.whyUnreadable?.('b.yml')).toBe(
      'could not be read: git cat-file --batch exited with code 128'
    )
    expect(await reader.whyUnreadable?.('c.yml')).toBeUndefined()
  })

  it('makes a definition file whose read failed an error, never a file passed over', async () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionUri: openapi.yaml'
    ].join('\n')
    const source = new FailingSource({ 'template.yaml': template }, 'openapi.yaml')
    const built = await samFormat.build(
      {
        file: 'template.yaml',
        document: loadDocument('template.yaml', template).value as MapValue
      },
      { repo: repoReaderFor(source) }
    )
    expect(built.diagnostics.map(d => [d.severity, d.code, d.file])).toEqual([
      ['error', 'unreadable-definition', 'openapi.yaml']
    ])
  })
})

describe('one reader per source', () => {
  it('is shared by every template, so a folder samconfig is read once for all of them', async () => {
    const template = (name: string) =>
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        `  ${name}:`,
        '    Type: AWS::Serverless::Function',
        '    Properties: { Runtime: python3.13, Handler: app.handler, InlineCode: x }'
      ].join('\n')
    const files = new Map([
      ['app/template.yaml', template('A')],
      ['app/other.template.yaml', template('B')],
      ['app/samconfig.toml', 'version = 0.1\n[default.deploy.parameters]\nstack_name = "app"\n']
    ])
    const reads: string[] = []
    class Counting extends MemorySource {
      override async read(path: string) {
        reads.push(path)
        return super.read(path)
      }
    }
    const source = new Counting('head', files)
    expect(repoReaderFor(source)).toBe(repoReaderFor(source))
    const model = await buildModel(source, 'head')
    expect(model.services.map(s => s.id).sort()).toEqual([
      'app/other.template.yaml',
      'app/template.yaml'
    ])
    expect(reads.filter(p => p === 'app/samconfig.toml')).toEqual(['app/samconfig.toml'])
  })
})
