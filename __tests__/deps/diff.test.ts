import { describe, expect, it } from '@jest/globals'
import { diffDependencies, identity, type LockfileSet } from '../../src/deps/diff.js'
import type { Ecosystem, PackageRef } from '../../src/deps/types.js'
import { fallbackCompare } from '../../src/deps/version-order.js'

function ref(file: string, spec: string, line = 1, ecosystem: Ecosystem = 'npm'): PackageRef {
  const at = spec.lastIndexOf('@')
  return {
    ecosystem,
    name: spec.slice(0, at),
    version: spec.slice(at + 1),
    location: { file, line, column: 1 }
  }
}

function set(entries: Record<string, string[]>): LockfileSet {
  return new Map(
    Object.entries(entries).map(([file, specs]) => [file, specs.map((s, i) => ref(file, s, i + 1))])
  )
}

const names = (refs: PackageRef[]) => refs.map(r => `${r.name}@${r.version}`)

describe('diffDependencies', () => {
  it('sorts the changes of a lockfile into added, removed, upgraded and downgraded', () => {
    const base = set({
      'package-lock.json': ['lodash@4.17.20', 'ms@2.1.3', 'debug@4.3.4', 'left-pad@1.3.0']
    })
    const head = set({
      'package-lock.json': ['lodash@4.17.21', 'ms@2.0.0', 'debug@4.3.4', 'axios@1.6.0']
    })
    const diff = diffDependencies(base, head)
    expect(diff.baseReadable).toBe(true)
    const [lock] = diff.lockfiles
    expect(lock).toMatchObject({
      path: 'package-lock.json',
      status: 'modified',
      baseUnreadable: false
    })
    expect(names(lock?.added ?? [])).toEqual(['axios@1.6.0'])
    expect(names(lock?.removed ?? [])).toEqual(['left-pad@1.3.0'])
    expect(lock?.upgraded.map(c => `${c.from.version}->${c.to.version}`)).toEqual([
      '4.17.20->4.17.21'
    ])
    expect(lock?.downgraded.map(c => `${c.from.version}->${c.to.version}`)).toEqual([
      '2.1.3->2.0.0'
    ])
    expect(lock?.upgraded[0]?.to.location).toEqual({
      file: 'package-lock.json',
      line: 1,
      column: 1
    })
  })

  it('reports what the head introduces: packages no base lockfile has', () => {
    const base = set({ 'package-lock.json': ['lodash@4.17.20', 'ms@2.1.3'] })
    const head = set({ 'package-lock.json': ['lodash@4.17.21', 'ms@2.1.3'] })
    expect(names(diffDependencies(base, head).newInHead)).toEqual(['lodash@4.17.21'])
  })

  it('introduces nothing when a lockfile moves with the same packages', () => {
    const base = set({ 'old/package-lock.json': ['lodash@4.17.21', 'ms@2.1.3'] })
    const head = set({ 'svc/package-lock.json': ['ms@2.1.3', 'lodash@4.17.21'] })
    const diff = diffDependencies(base, head)
    expect(diff.newInHead).toEqual([])
    expect(diff.lockfiles.map(l => [l.path, l.status])).toEqual([
      ['old/package-lock.json', 'removed'],
      ['svc/package-lock.json', 'added']
    ])
    expect(names(diff.lockfiles[1]?.added ?? [])).toEqual(['ms@2.1.3', 'lodash@4.17.21'])
  })

  it('keeps every head copy of a new version (each at its line)', () => {
    const base = set({ 'package-lock.json': ['semver@6.3.0'] })
    const head = set({ 'package-lock.json': ['semver@6.3.1', 'semver@6.3.1'] })
    const diff = diffDependencies(base, head)
    expect(diff.lockfiles[0]?.upgraded.map(c => c.to.location.line)).toEqual([1, 2])
    expect(diff.newInHead.map(r => r.location.line)).toEqual([1, 2])
  })

  it('pairs several versions of one package in order, oldest with oldest', () => {
    const base = set({ 'yarn.lock': ['debug@2.6.9', 'debug@3.2.7', 'debug@4.3.4'] })
    const head = set({ 'yarn.lock': ['debug@2.6.9', 'debug@3.2.8', 'debug@4.3.5', 'debug@5.0.0'] })
    const [lock] = diffDependencies(base, head).lockfiles
    expect(lock?.upgraded.map(c => `${c.from.version}->${c.to.version}`)).toEqual([
      '3.2.7->3.2.8',
      '4.3.4->4.3.5'
    ])
    expect(names(lock?.added ?? [])).toEqual(['debug@5.0.0'])
  })

  it('leaves an unchanged lockfile unchanged, whatever the order of its packages', () => {
    const diff = diffDependencies(
      set({ 'go.mod': ['a@1.0.0', 'b@2.0.0'] }),
      set({ 'go.mod': ['b@2.0.0', 'a@1.0.0'] })
    )
    expect(diff.lockfiles[0]?.status).toBe('unchanged')
    expect(diff.newInHead).toEqual([])
  })

  it('never compares the head with itself when the base is unreadable: everything is new and flagged', () => {
    const head = set({ 'package-lock.json': ['lodash@4.17.21'] })
    const diff = diffDependencies(undefined, head)
    expect(diff.baseReadable).toBe(false)
    expect(names(diff.newInHead)).toEqual(['lodash@4.17.21'])
    expect(diff.lockfiles[0]?.status).toBe('added')
  })

  it('flags a lockfile whose base version could not be read', () => {
    const base = set({ 'a/package-lock.json': ['lodash@4.17.21'] })
    const head = set({ 'a/package-lock.json': ['lodash@4.17.21'], 'b/yarn.lock': ['ms@2.1.3'] })
    const diff = diffDependencies(base, head, { unreadableBase: ['b/yarn.lock'] })
    expect(diff.lockfiles.map(l => [l.path, l.status, l.baseUnreadable])).toEqual([
      ['a/package-lock.json', 'unchanged', false],
      ['b/yarn.lock', 'added', true]
    ])
  })

  it('compares NuGet names without case, and keeps ecosystems apart', () => {
    const base: LockfileSet = new Map([
      ['packages.lock.json', [ref('packages.lock.json', 'Newtonsoft.Json@13.0.3', 1, 'NuGet')]]
    ])
    const head: LockfileSet = new Map([
      ['packages.lock.json', [ref('packages.lock.json', 'newtonsoft.json@13.0.3', 1, 'NuGet')]],
      ['package-lock.json', [ref('package-lock.json', 'Newtonsoft.Json@13.0.3', 1, 'npm')]]
    ])
    expect(diffDependencies(base, head).newInHead.map(r => r.ecosystem)).toEqual(['npm'])
    expect(identity({ ecosystem: 'NuGet', name: 'A.B', version: '1.0.0' })).toBe(
      identity({ ecosystem: 'NuGet', name: 'a.b', version: '1.0.0' })
    )
  })

  it('orders versions with the comparator it is given', () => {
    const base = set({ 'Gemfile.lock': ['rack@10'] })
    const head = set({ 'Gemfile.lock': ['rack@9'] })
    const byText = diffDependencies(base, head, {
      compare: (_e, a, b) => (a < b ? -1 : a > b ? 1 : 0)
    })
    expect(byText.lockfiles[0]?.upgraded).toHaveLength(1)
    expect(diffDependencies(base, head).lockfiles[0]?.downgraded).toHaveLength(1)
  })
})

describe('fallbackCompare', () => {
  const order = (a: string, b: string) => Math.sign(fallbackCompare('npm', a, b))

  it('compares numeric parts as numbers, ignoring a leading v and build metadata', () => {
    expect(order('1.10.0', '1.9.0')).toBe(1)
    expect(order('v2.0.0', '1.99.99')).toBe(1)
    expect(order('1.0.0+build.5', '1.0.0+build.9')).toBe(0)
  })

  it('puts pre-releases before their release, in every common spelling', () => {
    expect(order('1.0.0-rc.1', '1.0.0')).toBe(-1)
    expect(order('1.0.0-alpha', '1.0.0-beta')).toBe(-1)
    expect(order('1.0a1', '1.0')).toBe(-1)
    expect(order('2.0.0.beta1', '2.0.0')).toBe(-1)
  })

  it('treats missing parts as zero', () => {
    expect(order('1.0', '1.0.0')).toBe(0)
    expect(order('1.0', '1.0.0.1')).toBe(-1)
    expect(order('0.0.0-20180926154720-4dfa2610cdf3', '0.0.0-20190101000000-aaaaaaaaaaaa')).toBe(-1)
  })
})
