import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { git } from '../helpers/git-repo.js'
import { repoParams, startPull, type PullFixture } from './support.js'

/** 1.5 MB of text: over the contents API's inline limit, under the blob API's. */
const large = 'x'.repeat(99) + '\n'
const LARGE = large.repeat(15_000)
const binary = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255])

let fixture: PullFixture

beforeAll(async () => {
  fixture = await startPull(
    { 'serverless.yml': 'service: orders\n', 'src/handler.ts': 'export const handler = 1\n' },
    {
      write: {
        'serverless.yml': 'service: orders-v2\n',
        'data/large.txt': LARGE,
        'assets/icon.bin': binary
      }
    },
    { maxTreeEntries: 4 }
  )
})

afterAll(async () => fixture?.close())

type FileContent = { type: string; content: string; encoding: string; sha: string; size: number }

async function file(path: string, ref?: string): Promise<FileContent> {
  const { data } = await fixture.octokit.rest.repos.getContent({
    ...repoParams,
    path,
    ...(ref ? { ref } : {})
  })
  return data as unknown as FileContent
}

describe('repository contents', () => {
  it('returns a file at a ref as wrapped base64 with its blob sha and size', async () => {
    const { root, head } = fixture
    const atHead = await file('serverless.yml', head)
    expect(atHead).toMatchObject({
      type: 'file',
      encoding: 'base64',
      size: 19,
      sha: git(root, 'rev-parse', `${head}:serverless.yml`)
    })
    expect(Buffer.from(atHead.content, 'base64').toString()).toBe('service: orders-v2\n')
    expect(Buffer.from((await file('serverless.yml')).content, 'base64').toString()).toBe(
      'service: orders\n'
    )
    const nested = await file('src/handler.ts', 'main')
    expect(Buffer.from(nested.content, 'base64').toString()).toBe('export const handler = 1\n')
    expect((await file('assets/icon.bin', 'feature')).content).toMatch(/^[A-Za-z0-9+/=]+\n$/)
  })

  it('answers files over 1 MB with encoding "none" and no content, and raw bytes on request', async () => {
    const { octokit, head } = fixture
    const entry = await file('data/large.txt', head)
    expect(entry).toMatchObject({ encoding: 'none', content: '', size: LARGE.length })
    const raw = await octokit.rest.repos.getContent({
      ...repoParams,
      path: 'data/large.txt',
      ref: head,
      mediaType: { format: 'raw' }
    })
    expect(raw.data as unknown as string).toBe(LARGE)
  })

  it('serves any blob as base64 through the git data API', async () => {
    const { octokit } = fixture
    const entry = await file('data/large.txt', 'feature')
    const { data: blob } = await octokit.rest.git.getBlob({ ...repoParams, file_sha: entry.sha })
    expect(blob).toMatchObject({ encoding: 'base64', size: LARGE.length, sha: entry.sha })
    expect(Buffer.from(blob.content, 'base64').toString()).toBe(LARGE)
    const icon = await file('assets/icon.bin', 'feature')
    const { data: iconBlob } = await octokit.rest.git.getBlob({ ...repoParams, file_sha: icon.sha })
    expect(Uint8Array.from(Buffer.from(iconBlob.content, 'base64'))).toEqual(binary)
  })

  it('answers 404 for a missing path, an unknown ref and an unknown blob', async () => {
    const { octokit } = fixture
    await expect(file('nope.yml', 'main')).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } }
    })
    await expect(file('data/large.txt', 'main')).rejects.toMatchObject({ status: 404 })
    await expect(file('serverless.yml', 'no-such-branch')).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'No commit found for the ref no-such-branch' } }
    })
    await expect(
      octokit.rest.git.getBlob({ ...repoParams, file_sha: 'a'.repeat(40) })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('lists a directory', async () => {
    const { data } = await fixture.octokit.rest.repos.getContent({
      ...repoParams,
      path: 'src',
      ref: 'main'
    })
    expect(data).toEqual([
      expect.objectContaining({ type: 'file', name: 'handler.ts', path: 'src/handler.ts' })
    ])
  })

  it('lists a tree, recursively on request, and marks it truncated past the entry limit', async () => {
    const { octokit, head } = fixture
    const top = await octokit.rest.git.getTree({ ...repoParams, tree_sha: 'main' })
    expect(top.data.tree.map(entry => [entry.path, entry.type])).toEqual([
      ['serverless.yml', 'blob'],
      ['src', 'tree']
    ])
    expect(top.data.truncated).toBe(false)
    const whole = await octokit.rest.git.getTree({ ...repoParams, tree_sha: head, recursive: '1' })
    expect(whole.data.truncated).toBe(true)
    expect(whole.data.tree).toHaveLength(4)
    const mainTree = await octokit.rest.git.getTree({
      ...repoParams,
      tree_sha: 'main',
      recursive: 'true'
    })
    expect(mainTree.data.tree.map(entry => entry.path)).toEqual([
      'serverless.yml',
      'src',
      'src/handler.ts'
    ])
    expect(mainTree.data.tree[0]).toMatchObject({
      mode: '100644',
      size: 16,
      url: expect.stringContaining('/git/blobs/')
    })
  })
})
