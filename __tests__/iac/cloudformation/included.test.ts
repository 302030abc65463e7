import { describe, expect, it } from '@jest/globals'
import { mapCloudFormationTemplate } from '../../../src/iac/cloudformation/index.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { emptyService } from '../../../src/iac/types.js'
import { locationAt } from '../../../src/model/location.js'
import type { MapValue } from '../../../src/model/value.js'

function documentOf(file: string, text: string): MapValue {
  const loaded = loadDocument(file, text)
  expect(loaded.diagnostics).toEqual([])
  return loaded.value as MapValue
}

describe('CloudFormation resources written in another file', () => {
  it('reports each problem in the file where it is written', () => {
    // A Serverless service's `resources`: the section itself is in serverless.yml, its
    // resources in a file it includes.
    const included = documentOf(
      'resources/queues.yml',
      [
        'Resources:', // 1
        '  NoType:', // 2
        '    Properties: {}', // 3
        '  ListProps:', // 4
        '    Type: AWS::SQS::Queue', // 5
        '    Properties: [1, 2]', // 6
        '  Fn::ForEach::Queues:', // 7
        '    - Name', // 8
        '    - [A, B]', // 9
        '    - Queue${Name} # 10: a name where the resources belong'
      ].join('\n')
    )
    const resources = included.entries.get('Resources')
    if (!resources) throw new Error('no Resources')
    const sectionLoc = locationAt('serverless.yml', 40, 3)
    const template: MapValue = {
      kind: 'map',
      loc: locationAt('serverless.yml', 39, 1),
      entries: new Map([['Resources', { ...resources, keyLoc: sectionLoc }]])
    }
    const service = emptyService('serverless.yml', 'svc', 'serverless', '', sectionLoc)
    const diagnostics = mapCloudFormationTemplate({ template }, service)
    expect(diagnostics.map(d => [d.file, d.line, d.code])).toEqual([
      ['resources/queues.yml', 2, 'invalid-template'],
      ['resources/queues.yml', 6, 'invalid-template'],
      ['resources/queues.yml', 7, 'unsupported-intrinsic']
    ])
    expect(service.resources.map(r => [r.id, r.loc.file, r.loc.line])).toEqual([
      ['ListProps', 'resources/queues.yml', 4]
    ])
  })

  it('reports a section that is not a map in the file that holds it', () => {
    const included = documentOf('resources/bad.yml', 'Resources: [a, b]\n')
    const template: MapValue = {
      kind: 'map',
      loc: locationAt('serverless.yml', 10, 1),
      entries: included.entries
    }
    const service = emptyService('serverless.yml', 'svc', 'serverless', '', template.loc)
    expect(mapCloudFormationTemplate({ template }, service)).toEqual([
      expect.objectContaining({ file: 'resources/bad.yml', line: 1, code: 'invalid-template' })
    ])
  })
})
