import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '../../src/sources/errors.js'
import { osvSourceFor } from '../../src/core/osv-source.js'

describe('osvSourceFor', () => {
  it('refuses an OSV URL with a user name or password, without repeating them', () => {
    // fetch refuses such a URL and names it whole in its error, which reached every report (a pull
    // request's summary comment too), where the runner masks nothing.
    for (const apiUrl of [
      'https://gate:s3cret@osv.example.com',
      'https://s3cret@osv.example.com'
    ]) {
      let thrown: unknown
      try {
        osvSourceFor({ apiUrl })
      } catch (err) {
        thrown = err
      }
      expect(thrown).toBeInstanceOf(ConfigError)
      const message = (thrown as Error).message
      expect(message).toMatch(/the OSV API URL must not hold a user name or password/)
      expect(message).toContain('https://osv.example.com')
      expect(message).not.toContain('s3cret')
    }
  })

  it('refuses an OSV URL that is not http(s), and takes one that is', () => {
    expect(() => osvSourceFor({ apiUrl: 'file:///etc/passwd' })).toThrow(ConfigError)
    expect(() => osvSourceFor({ apiUrl: 'not a url' })).toThrow(ConfigError)
    expect(() => osvSourceFor({ apiUrl: 'http://127.0.0.1:9' })).not.toThrow()
    // Offline records need no API.
    expect(() =>
      osvSourceFor({ apiUrl: 'https://gate:s3cret@osv.example.com', offlineDir: '/records' })
    ).not.toThrow()
  })
})
