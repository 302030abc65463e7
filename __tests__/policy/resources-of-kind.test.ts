import { describe, expect, it } from '@jest/globals'
import type { Resource, Service } from '../../src/model/types.js'
import { resourcesOfKind } from '../../src/policy/rules/lib/resource-settings.js'

function resource(id: string, kind: Resource['kind']): Resource {
  return {
    id,
    kind,
    type: 'AWS::SQS::Queue',
    policies: [],
    attributes: {},
    loc: { file: 't.json', line: 1, column: 1 }
  } as unknown as Resource
}

describe('resourcesOfKind', () => {
  it('lists the resources of a kind in their order, and sees resources added later', () => {
    const service = { resources: [resource('A', 'queue'), resource('B', 'topic')] } as Service
    expect(resourcesOfKind(service, 'queue').map(r => r.id)).toEqual(['A'])
    service.resources.push(resource('C', 'queue'))
    expect(resourcesOfKind(service, 'queue').map(r => r.id)).toEqual(['A', 'C'])
    expect(resourcesOfKind(service, 'table')).toEqual([])
  })

  it('hands out a list the caller may change without changing the next answer', () => {
    const service = { resources: [resource('A', 'queue')] } as Service
    resourcesOfKind(service, 'queue').pop()
    expect(resourcesOfKind(service, 'queue').map(r => r.id)).toEqual(['A'])
  })
})
