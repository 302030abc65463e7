import { describe, expect, it } from '@jest/globals'
import { readAhead } from '../../src/sources/read-ahead.js'
import type { FileSource, ReadResult } from '../../src/sources/types.js'

/** A source that records when each file is read and answers only when told to. */
function recordingSource(failing = new Set<string>()) {
  const asked: string[] = []
  const source: FileSource = {
    label: 'recorded',
    list: async () => [],
    read: async (path: string): Promise<ReadResult> => {
      asked.push(path)
      if (failing.has(path)) throw new Error(`cannot read ${path}`)
      return { text: `text of ${path}` }
    }
  }
  return { source, asked }
}

const paths = Array.from({ length: 10 }, (_, i) => `f${i}.yml`)

describe('readAhead', () => {
  it('starts the next reads of the order while the first is asked for, no more than the window', async () => {
    const { source, asked } = recordingSource()
    const read = readAhead(source, paths, 3)
    expect(await read('f0.yml')).toEqual({ text: 'text of f0.yml' })
    expect(asked).toEqual(['f0.yml', 'f1.yml', 'f2.yml', 'f3.yml'])
    expect(await read('f1.yml')).toEqual({ text: 'text of f1.yml' })
    expect(asked).toEqual(['f0.yml', 'f1.yml', 'f2.yml', 'f3.yml', 'f4.yml'])
  })

  it('answers every file of the order once, and files outside it from the source', async () => {
    const { source, asked } = recordingSource()
    const read = readAhead(source, paths, 4)
    for (const path of paths) expect(await read(path)).toEqual({ text: `text of ${path}` })
    expect(asked).toEqual(paths)
    expect(await read('other.yml')).toEqual({ text: 'text of other.yml' })
    // A file asked for again is read again, not held after it was handed out.
    await read('f0.yml')
    expect(asked.filter(p => p === 'f0.yml')).toHaveLength(2)
  })

  it('hands a failed read to whoever asks for it, and never fails the reads around it', async () => {
    const { source } = recordingSource(new Set(['f2.yml']))
    const read = readAhead(source, paths, 8)
    expect(await read('f0.yml')).toEqual({ text: 'text of f0.yml' })
    await expect(read('f2.yml')).rejects.toThrow('cannot read f2.yml')
    expect(await read('f3.yml')).toEqual({ text: 'text of f3.yml' })
  })
})
