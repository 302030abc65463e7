import type { RepoContext } from './context.js'
import { paginate } from './pagination.js'
import type { ChangedFile } from './pull-diff.js'
import { requestedPull } from './pulls.js'
import type { RequestContext, Route } from './router.js'

/** GitHub lists at most this many files of a pull request; later ones are not returned. */
export const MAX_LISTED_FILES = 3000

/** A diff entry as `GET /repos/{o}/{r}/pulls/{n}/files` returns it. */
function fileJson(repo: RepoContext, file: ChangedFile, headSha: string, baseSha: string) {
  const removed = file.status === 'removed'
  const commit = removed ? baseSha : headSha
  const path = encodeURI(file.filename)
  return {
    sha: removed ? file.oldSha : file.newSha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: repo.htmlUrl(`/blob/${commit}/${path}`),
    raw_url: repo.htmlUrl(`/raw/${commit}/${path}`),
    contents_url: repo.apiUrl(`/contents/${path}?ref=${commit}`),
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {})
  }
}

function listFiles(request: RequestContext) {
  const pull = requestedPull(request)
  const files = request.repo.changedFiles(pull.mergeBase, pull.headSha).slice(0, MAX_LISTED_FILES)
  return paginate(request, files, file =>
    fileJson(request.repo, file, pull.headSha, pull.mergeBase)
  )
}

export const fileRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls/:pull_number/files',
    doc: 'pulls/pulls#list-pull-requests-files',
    handle: listFiles
  }
]
