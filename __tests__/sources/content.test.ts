import { afterEach, describe, expect, it } from '@jest/globals'
import { constants, isUtf8 } from 'node:buffer'
import { rmSync } from 'node:fs'
import { decodeText, isLfsPointer } from '../../src/sources/text.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'
import { scanFiles } from '../helpers/scan.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const MAX = 1024 * 1024
const codeOf = (r: ReturnType<typeof decodeText>) =>
  'diagnostic' in r ? [r.diagnostic.code, r.diagnostic.severity, r.diagnostic.line] : r.text

describe('decodeText: what a file holds', () => {
  it('decodes UTF-16 with a byte order mark, either way round', () => {
    const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    expect(decodeText('t.yaml', le, MAX)).toEqual({ text })
    expect(decodeText('t.yaml', be, MAX)).toEqual({ text })
  })

  it('refuses UTF-32 with a byte order mark, either way round, saying so', async () => {
    const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'
    const le = Buffer.alloc(4 * (text.length + 1))
    le.writeUInt32LE(0xfeff, 0)
    for (let i = 0; i < text.length; i++) le.writeUInt32LE(text.charCodeAt(i), 4 * (i + 1))
    const be = Buffer.alloc(le.length)
    for (let i = 0; i < le.length; i += 4) be.writeUInt32BE(le.readUInt32LE(i), i)
    for (const bytes of [le, be]) {
      const r = decodeText('template.yaml', bytes, MAX)
      expect(codeOf(r)).toEqual(['invalid-encoding', 'error', 1])
      expect('diagnostic' in r && r.diagnostic.message).toMatch(/UTF-32 byte order mark/)
    }
    // Read as UTF-16, each character came with a NUL: no AWS type showed, and the scan passed.
    const scan = await scanFiles({ 'app/template.yaml': le })
    expect(scan.errors.map(e => `${e.file} ${e.code}`)).toEqual([
      'app/template.yaml invalid-encoding'
    ])
    expect(scan.decision).toBe('error')
  })

  it('refuses UTF-16 without a byte order mark, saying so', () => {
    const r = decodeText('t.yaml', Buffer.from('a: 1\nb: 2\n', 'utf16le'), MAX)
    expect(codeOf(r)).toEqual(['invalid-encoding', 'error', 1])
    expect('diagnostic' in r && r.diagnostic.message).toMatch(
      /UTF-16 text without a byte order mark/
    )
  })

  it('refuses binary content at the line of its first NUL byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\nb: 2\n'),
      Buffer.from([0x89, 0x00, 0x01, 0xff])
    ])
    const r = decodeText('package-lock.json', bytes, MAX)
    expect(codeOf(r)).toEqual(['binary-content', 'error', 3])
  })

  it('keeps a replacement character the file holds, and refuses every invalid UTF-8 sequence', () => {
    const held = Buffer.from('name: "\uFFFD"\n')
    expect(decodeText('t.yaml', held, MAX)).toEqual({ text: 'name: "\uFFFD"\n' })
    const invalid = {
      'a stray continuation byte': [0x80],
      'an overlong encoding': [0xc0, 0xaf],
      'an encoded surrogate': [0xed, 0xa0, 0x80],
      'a code point above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
      'a truncated sequence at the end': [0xe2, 0x82]
    }
    for (const [what, seq] of Object.entries(invalid)) {
      const bytes = Buffer.concat([Buffer.from('a: 1\n\uFFFD\nb: '), Buffer.from(seq)])
      expect([what, codeOf(decodeText('t.yaml', bytes, MAX))]).toEqual([
        what,
        ['invalid-encoding', 'error', 3]
      ])
      expect([what, codeOf(decodeText('t.yaml', bytes.subarray(8), MAX))]).toEqual([
        what,
        ['invalid-encoding', 'error', 2]
      ])
    }
  })

  it('refuses exactly the byte strings that are not UTF-8 (seeded random bytes)', () => {
    // The text is decoded before it is validated: every invalid sequence must show in it.
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    for (let i = 0; i < 20_000; i++) {
      const bytes = Buffer.alloc(1 + Math.floor(next() * 10))
      for (let j = 0; j < bytes.length; j++) bytes[j] = 1 + Math.floor(next() * 255)
      const refused = 'diagnostic' in decodeText('t.yaml', bytes, MAX)
      if (refused === isUtf8(bytes)) throw new Error(`decoded wrongly: ${bytes.toString('hex')}`)
    }
  })

  it('says where a file too long for one string stops being UTF-8', () => {
    // A limit raised past 512 MiB admits such files: they were never decoded whole, and an
    // invalid one is refused for its encoding, not for the length of a string it cannot make.
    const bytes = Buffer.alloc(constants.MAX_STRING_LENGTH + 1, 0x61)
    bytes[100] = 0xff
    const r = decodeText('big.json', bytes, bytes.length)
    expect(codeOf(r)).toEqual(['invalid-encoding', 'error', 1])
    expect('diagnostic' in r && r.diagnostic.message).toMatch(/first bad byte at offset 100/)
  })

  it('recognises a Git LFS pointer', () => {
    const pointer =
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 19624512\n'
    expect(isLfsPointer(pointer)).toBe(true)
    expect(isLfsPointer('{"name": "x"}')).toBe(false)
  })
})

describe('DirectorySource in a git work tree', () => {
  it('scans tracked files whatever .gitignore says, and untracked ones only when asked', async () => {
    const r = tempRepo({})
    cleanups.push(r.cleanup)
    initRepo(r.root)
    commit(r.root, { 'README.md': 'x\n', 'infra/serverless.yml': 'service: s\n' }, 'first')
    // Listed in .gitignore after it was committed: git still tracks it.
    writeFiles(r.root, {
      '.gitignore': 'infra/\nbuild/\n',
      'build/serverless.yml': 'service: built\n',
      'wip/template.yaml': 'Resources: {}\n',
      'node_modules/x/serverless.yml': 'service: dep\n'
    })
    git(r.root, 'add', '.gitignore')
    const local = await new DirectorySource(r.root).list()
    expect(local).toEqual(['.gitignore', 'README.md', 'infra/serverless.yml', 'wip/template.yaml'])
    const checkout = await new DirectorySource(r.root, { untracked: false }).list()
    expect(checkout).toEqual(['.gitignore', 'README.md', 'infra/serverless.yml'])
  })

  it('finds the work tree from a folder inside it, and from a linked work tree', async () => {
    const r = tempRepo({})
    cleanups.push(r.cleanup)
    initRepo(r.root)
    commit(r.root, { 'infra/.gitignore': 'serverless.yml\n' }, 'first')
    writeFiles(r.root, { 'infra/serverless.yml': 'service: s\n' })
    git(r.root, 'add', '-f', 'infra/serverless.yml')
    commit(r.root, {}, 'ignored but tracked')
    // Ignored by .gitignore, yet listed: git was asked, whatever folder the scan starts in.
    const tracked = ['.gitignore', 'serverless.yml']
    expect(await new DirectorySource(`${r.root}/infra`).list()).toEqual(tracked)
    const linked = `${r.root}-linked`
    cleanups.push(() => rmSync(linked, { recursive: true, force: true }))
    git(r.root, 'worktree', 'add', '-q', linked)
    expect(await new DirectorySource(`${linked}/infra`).list()).toEqual(tracked)
  })
})
