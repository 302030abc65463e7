import { describe, expect, it } from '@jest/globals'
import { nearestLockfiles, serviceOf } from '../../src/deps/link.js'

const LOCKFILES = [
  'package-lock.json',
  'requirements.txt',
  'services/orders/package-lock.json',
  'services/orders/npm-shrinkwrap.json',
  'services/orders/src/handlers/README.md',
  'services/payments/yarn.lock',
  'services/payments/package-lock.json',
  'services/payments/worker/requirements.txt',
  'services/payments/worker/requirements-dev.txt',
  'tools/go.mod'
]

describe('nearestLockfiles', () => {
  it('takes, per ecosystem, the lockfiles of the nearest folder at or above the code', () => {
    expect(nearestLockfiles('services/payments/worker/src', LOCKFILES)).toEqual([
      'services/payments/worker/requirements.txt',
      'services/payments/worker/requirements-dev.txt',
      'services/payments/yarn.lock',
      'services/payments/package-lock.json'
    ])
  })

  it('prefers a shrinkwrap to the package-lock of the same folder', () => {
    expect(nearestLockfiles('services/orders/src/handlers', LOCKFILES)).toEqual([
      'services/orders/npm-shrinkwrap.json',
      'requirements.txt'
    ])
  })

  it('accepts file paths, `./` prefixes and the root', () => {
    expect(nearestLockfiles('./services/payments/handler.js', LOCKFILES)).toEqual([
      'services/payments/yarn.lock',
      'services/payments/package-lock.json',
      'requirements.txt'
    ])
    expect(nearestLockfiles('.', LOCKFILES)).toEqual(['package-lock.json', 'requirements.txt'])
    expect(nearestLockfiles('', LOCKFILES)).toEqual(['package-lock.json', 'requirements.txt'])
  })

  it('links nothing to code outside the repository, and nothing from other branches of the tree', () => {
    expect(nearestLockfiles('../elsewhere', LOCKFILES)).toEqual([])
    expect(nearestLockfiles('services/orders', LOCKFILES)).not.toContain('tools/go.mod')
  })
})

describe('serviceOf', () => {
  const services = ['', 'services/orders', 'services/payments', 'services/payments/worker']

  it('attributes a lockfile to the deepest service folder that contains it', () => {
    expect(serviceOf('services/payments/worker/requirements.txt', services)).toBe(
      'services/payments/worker'
    )
    expect(serviceOf('services/payments/yarn.lock', services)).toBe('services/payments')
    expect(serviceOf('tools/go.mod', services)).toBe('')
  })

  it('does not confuse folders that share a prefix', () => {
    expect(serviceOf('services/orders-v2/package-lock.json', ['services/orders'])).toBeUndefined()
    expect(serviceOf('services/orders/package-lock.json', ['./services/orders/'])).toBe(
      './services/orders/'
    )
  })
})
