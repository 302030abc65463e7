import { describe, expect, it } from '@jest/globals'
import { loadParsersFor, parseLockfile } from '../../src/deps/registry.js'
import { codes } from './helpers.js'

// A file of its own: the readers are loaded once per module instance, and here not yet.
describe('the readers a format needs', () => {
  it('are loaded before it is parsed; a parse without them is an error, never an empty lockfile', async () => {
    const cargo =
      '[[package]]\nname = "serde"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n'
    const unloaded = parseLockfile('Cargo.lock', cargo)
    expect([unloaded.packages, codes(unloaded)]).toEqual([[], ['parse-error']])
    expect(unloaded.diagnostics[0]?.message).toMatch(/TOML reader is not loaded/)
    await loadParsersFor(['package-lock.json', 'Cargo.lock'])
    expect(parseLockfile('Cargo.lock', cargo).packages.map(p => p.name)).toEqual(['serde'])
  })
})
