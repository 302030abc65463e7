import { describe, expect, it } from '@jest/globals'
import {
  diffHunkText,
  findLine,
  findPosition,
  parseHunks
} from '../helpers/github-server/diff-hunks.js'

const patch = [
  '@@ -2,4 +2,5 @@ header',
  ' two',
  '-three',
  '+THREE',
  '+three and a half',
  ' four',
  '@@ -10,2 +11,2 @@',
  ' ten',
  '-eleven',
  '\\ No newline at end of file',
  '+ELEVEN'
].join('\n')

describe('diff hunks', () => {
  const hunks = parseHunks(patch)

  it('numbers each side of every hunk from its header', () => {
    expect(hunks).toHaveLength(2)
    expect(hunks[0]?.lines.map(l => [l.kind, l.left, l.right])).toEqual([
      ['context', 2, 2],
      ['removed', 3, undefined],
      ['added', undefined, 3],
      ['added', undefined, 4],
      ['context', 4, 5]
    ])
    expect(hunks[1]?.lines.map(l => [l.kind, l.left, l.right])).toEqual([
      ['context', 10, 11],
      ['removed', 11, undefined],
      ['added', undefined, 12]
    ])
  })

  it('lets RIGHT comments sit on added and context lines, LEFT ones on removed and context lines', () => {
    expect(findLine(hunks, 3, 'RIGHT')?.kind).toBe('added')
    expect(findLine(hunks, 5, 'RIGHT')?.kind).toBe('context')
    expect(findLine(hunks, 3, 'LEFT')?.kind).toBe('removed')
    expect(findLine(hunks, 11, 'LEFT')?.kind).toBe('removed')
    expect(findLine(hunks, 6, 'RIGHT')).toBeUndefined()
    expect(findLine(hunks, 1, 'RIGHT')).toBeUndefined()
    expect(findLine(hunks, 12, 'LEFT')).toBeUndefined()
  })

  it('counts positions below the first header, through later headers and no-newline markers', () => {
    expect(findPosition(hunks, 1)?.right).toBe(2)
    expect(findPosition(hunks, 2)).toMatchObject({ kind: 'removed', left: 3 })
    expect(findPosition(hunks, 6)).toBeUndefined()
    expect(findPosition(hunks, 7)).toMatchObject({ kind: 'context', right: 11 })
    expect(findPosition(hunks, 10)).toMatchObject({ kind: 'added', right: 12 })
  })

  it("gives a comment's diff_hunk from its hunk header down to its line", () => {
    const at = findLine(hunks, 12, 'RIGHT')
    expect(at && diffHunkText(patch, hunks, at)).toBe(
      ['@@ -10,2 +11,2 @@', ' ten', '-eleven', '\\ No newline at end of file', '+ELEVEN'].join('\n')
    )
  })
})
