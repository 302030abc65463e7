import { describe, expect, it } from '@jest/globals'
import { diagnostic, formatLocation } from '../../src/model/location.js'

describe('location', () => {
  it('formats file:line:column', () => {
    expect(formatLocation({ file: 'a/serverless.yml', line: 3, column: 5 })).toBe(
      'a/serverless.yml:3:5'
    )
  })
  it('builds a diagnostic with defaults at the top of the file', () => {
    expect(diagnostic('x.yml', 'bad', 'parse-error')).toEqual({
      file: 'x.yml',
      line: 1,
      column: 1,
      message: 'bad',
      code: 'parse-error',
      severity: 'error'
    })
  })
})
