import type { RepoContext, ResolvedPull } from './context.js'
import { notFound, ok, timestamp } from './http.js'
import { paginate } from './pagination.js'
import type { RequestContext, Route } from './router.js'
import { pathNumber } from './schema.js'

const CREATED_AT = timestamp(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))

export function repositoryJson(repo: RepoContext, owner = repo.owner): Record<string, unknown> {
  const isFork = owner !== repo.owner
  const fullName = `${owner}/${repo.name}`
  return {
    id: isFork ? repo.id + 1 : repo.id,
    node_id: `R_${isFork ? repo.id + 1 : repo.id}`,
    name: repo.name,
    full_name: fullName,
    owner: repo.user(owner, 'Organization'),
    private: false,
    visibility: 'public',
    fork: isFork,
    html_url: `https://github.com/${fullName}`,
    url: `${repo.baseUrl}/repos/${fullName}`,
    default_branch: repo.defaultBranch,
    archived: false,
    disabled: false
  }
}

/** A pull request as `GET /repos/{o}/{r}/pulls/{n}` returns it, computed from git. */
export function pullJson(repo: RepoContext, pull: ResolvedPull): Record<string, unknown> {
  const { options } = pull
  const files = repo.changedFiles(pull.mergeBase, pull.headSha)
  const state = options.state ?? 'open'
  const path = `/pulls/${pull.number}`
  const headOwner = options.headOwner ?? repo.owner
  return {
    url: repo.apiUrl(path),
    id: 100_000_000 + pull.number,
    node_id: `PR_${pull.number}`,
    html_url: repo.htmlUrl(`/pull/${pull.number}`),
    diff_url: repo.htmlUrl(`/pull/${pull.number}.diff`),
    patch_url: repo.htmlUrl(`/pull/${pull.number}.patch`),
    issue_url: repo.apiUrl(`/issues/${pull.number}`),
    number: pull.number,
    state,
    locked: false,
    title: options.title ?? `Pull request #${pull.number}`,
    body: options.body ?? null,
    user: repo.user(options.author ?? 'octocat'),
    labels: (options.labels ?? []).map(name => repo.findLabel(name) ?? { name }),
    draft: options.draft ?? false,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    closed_at: state === 'closed' ? CREATED_AT : null,
    merged_at: options.merged ? CREATED_AT : null,
    merged: options.merged ?? false,
    mergeable: null,
    merge_commit_sha: null,
    head: branchJson(repo, headOwner, options.headRef, pull.headSha),
    base: branchJson(repo, repo.owner, options.baseRef, pull.baseSha),
    author_association: options.headOwner ? 'CONTRIBUTOR' : 'MEMBER',
    comments: repo.state.issueComments.filter(c => c.issue_number === pull.number).length,
    review_comments: repo.state.reviewComments.filter(c => c.pull_number === pull.number).length,
    commits: repo.git.countCommits(pull.mergeBase, pull.headSha),
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length,
    maintainer_can_modify: false
  }
}

/** The `pull_request` event payload GitHub Actions would give a workflow for this pull request. */
export function pullRequestEvent(repo: RepoContext, number: number, action = 'synchronize') {
  const pull = repo.pull(number)
  return {
    action,
    number,
    pull_request: pullJson(repo, pull),
    repository: repositoryJson(repo),
    sender: repo.user(pull.options.author ?? 'octocat')
  }
}

function branchJson(repo: RepoContext, owner: string, ref: string, sha: string) {
  return {
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: repo.user(owner, 'Organization'),
    repo: repositoryJson(repo, owner)
  }
}

/** The pull request a route names, or 404. */
export function requestedPull(request: RequestContext): ResolvedPull {
  const number = pathNumber(request.params.pull_number)
  if (number === undefined) throw notFound()
  return request.repo.pull(number)
}

function getPull(request: RequestContext) {
  const pull = requestedPull(request)
  const format = /vnd\.github(?:\.v3)?\.(diff|patch)/.exec(request.accept)?.[1]
  if (format) {
    // The diff media types answer the pull request's three-dot diff as text.
    const diff = request.repo.git.text([
      'diff',
      '-M',
      '--no-color',
      '--no-ext-diff',
      pull.mergeBase,
      pull.headSha
    ])
    return {
      status: 200,
      raw: { contentType: `application/vnd.github.${format}; charset=utf-8`, data: diff }
    }
  }
  return ok(pullJson(request.repo, pull))
}

function listPulls(request: RequestContext) {
  const { repo, query } = request
  const state = query.get('state') ?? 'open'
  const pulls = repo.options.pulls
    .map(options => repo.pull(options.number))
    .filter(pull => state === 'all' || (pull.options.state ?? 'open') === state)
    .filter(pull => !query.get('base') || pull.options.baseRef === query.get('base'))
    .filter(pull => {
      const head = query.get('head')
      const owner = pull.options.headOwner ?? repo.owner
      return !head || head === `${owner}:${pull.options.headRef}`
    })
    .sort((a, b) => b.number - a.number)
  return paginate(request, pulls, pull => pullJson(repo, pull))
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo',
    doc: 'repos/repos#get-a-repository',
    handle: request => ok(repositoryJson(request.repo))
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls',
    doc: 'pulls/pulls#list-pull-requests',
    handle: listPulls
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls/:pull_number',
    doc: 'pulls/pulls#get-a-pull-request',
    handle: getPull
  }
]
