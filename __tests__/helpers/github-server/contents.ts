import type { RepoContext } from './context.js'
import type { TreeEntry } from './git.js'
import { ApiError, notFound, ok, wrappedBase64, type Reply } from './http.js'
import type { RequestContext, Route } from './router.js'

/** Larger files come back from the contents API with `encoding: "none"` and no content. */
const INLINE_CONTENT_LIMIT = 1024 * 1024
/** Larger blobs are refused by both APIs. */
const BLOB_LIMIT = 100 * 1024 * 1024

const wantsRaw = (accept: string) => /vnd\.github(?:\.v3)?\.raw/.test(accept)

function tooLarge(): ApiError {
  return new ApiError(
    403,
    'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.',
    { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] }
  )
}

/** Raw bytes: text when they read as UTF-8, otherwise an octet stream. */
function rawReply(data: Buffer): Reply {
  const isText = !data.includes(0) && Buffer.from(data.toString('utf8'), 'utf8').equals(data)
  const contentType = isText ? 'text/plain; charset=utf-8' : 'application/octet-stream'
  return { status: 200, raw: { contentType, data } }
}

function entryType(entry: TreeEntry): string {
  if (entry.type === 'tree') return 'dir'
  if (entry.type === 'commit') return 'submodule'
  return entry.mode === '120000' ? 'symlink' : 'file'
}

function entryJson(repo: RepoContext, entry: TreeEntry, ref: string) {
  const path = encodeURI(entry.path)
  const self = repo.apiUrl(`/contents/${path}?ref=${encodeURIComponent(ref)}`)
  const kind = entry.type === 'tree' ? 'trees' : 'blobs'
  const git = repo.apiUrl(`/git/${kind}/${entry.sha}`)
  const html = repo.htmlUrl(`/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`)
  return {
    type: entryType(entry),
    size: entry.size ?? 0,
    name: entry.path.split('/').pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      entry.type === 'blob'
        ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}`
        : null,
    _links: { self, git, html }
  }
}

function getContents(request: RequestContext): Reply {
  const { repo, query } = request
  const ref = query.get('ref') || repo.defaultBranch
  const commit = repo.git.resolve(ref)
  if (!commit) throw new ApiError(404, `No commit found for the ref ${ref}`)
  const path = (request.params.path ?? '').replace(/^\/+|\/+$/g, '')
  if (!path) return listDirectory(request, repo.git.listTree(commit), ref)
  const entry = repo.git.listTree(commit, { path }).find(candidate => candidate.path === path)
  if (!entry) throw notFound()
  if (entry.type === 'tree') {
    const children = repo.git
      .listTree(entry.sha)
      .map(child => ({ ...child, path: `${path}/${child.path}` }))
    return listDirectory(request, children, ref)
  }
  return fileReply(request, entry, ref)
}

function listDirectory(request: RequestContext, entries: TreeEntry[], ref: string): Reply {
  const listed = entries.map(entry => entryJson(request.repo, entry, ref))
  // The object media type wraps a directory listing in an object.
  if (/vnd\.github(?:\.v3)?\.object/.test(request.accept))
    return ok({ type: 'dir', entries: listed })
  return ok(listed)
}

function fileReply(request: RequestContext, entry: TreeEntry, ref: string): Reply {
  const { repo } = request
  const size = entry.size ?? 0
  if (entry.type === 'blob' && size > BLOB_LIMIT) throw tooLarge()
  if (entry.type === 'blob' && wantsRaw(request.accept)) return rawReply(repo.git.blob(entry.sha))
  const json = entryJson(repo, entry, ref)
  if (entry.type !== 'blob') return ok(json)
  if (size > INLINE_CONTENT_LIMIT) return ok({ ...json, content: '', encoding: 'none' })
  return ok({ ...json, content: wrappedBase64(repo.git.blob(entry.sha)), encoding: 'base64' })
}

function getBlob(request: RequestContext): Reply {
  const { repo } = request
  const sha = request.params.file_sha ?? ''
  if (repo.git.objectType(sha) !== 'blob') throw notFound()
  const size = repo.git.blobSize(sha)
  if (size > BLOB_LIMIT) throw tooLarge()
  const data = repo.git.blob(sha)
  if (wantsRaw(request.accept)) return rawReply(data)
  const fullSha = repo.git.text(['rev-parse', sha]).trim()
  return ok({
    sha: fullSha,
    node_id: `B_${fullSha}`,
    size,
    url: repo.apiUrl(`/git/blobs/${fullSha}`),
    content: wrappedBase64(data),
    encoding: 'base64'
  })
}

function getTree(request: RequestContext): Reply {
  const { repo, query } = request
  const sha = repo.git.resolve(request.params.tree_sha ?? '', 'tree')
  if (!sha) throw notFound()
  // Any value of `recursive` (even 0 or false) asks for the whole tree, as GitHub documents.
  const entries = repo.git.listTree(sha, { recursive: query.has('recursive') })
  const limit = repo.options.maxTreeEntries ?? 100_000
  const tree = entries.slice(0, limit).map(entry => ({
    path: entry.path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(entry.size !== undefined ? { size: entry.size } : {}),
    ...(entry.type === 'commit' ? {} : { url: repo.apiUrl(`/git/${entry.type}s/${entry.sha}`) })
  }))
  return ok({ sha, url: repo.apiUrl(`/git/trees/${sha}`), tree, truncated: entries.length > limit })
}

export const contentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/contents',
    doc: 'repos/contents#get-repository-content',
    handle: getContents
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/contents/*path',
    doc: 'repos/contents#get-repository-content',
    handle: getContents
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/git/blobs/:file_sha',
    doc: 'git/blobs#get-a-blob',
    handle: getBlob
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/git/trees/:tree_sha',
    doc: 'git/trees#get-a-tree',
    handle: getTree
  }
]
