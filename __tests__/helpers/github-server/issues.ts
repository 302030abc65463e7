import type { RepoContext } from './context.js'
import { created, MAX_BODY, notFound, ok, timestamp, validationFailed } from './http.js'
import { labelsFor } from './labels.js'
import { paginate } from './pagination.js'
import type { RequestContext, Route } from './router.js'
import { optionalArray, optionalEnum, optionalString, pathNumber } from './schema.js'
import type { Issue } from './state.js'
import type { PullOptions } from './types.js'

const CREATED_AT = '2024-01-02T03:04:05Z'

/** The number a route names when an issue or pull request has it (they share numbers), or 404. */
export function requestedIssueNumber(request: RequestContext): number {
  const number = pathNumber(request.params.issue_number)
  const { repo } = request
  const exists =
    repo.options.pulls.some(pull => pull.number === number) ||
    repo.state.issues.some(issue => issue.number === number)
  if (number === undefined || !exists) throw notFound()
  return number
}

function issueView(repo: RepoContext, issue: Issue): Record<string, unknown> {
  const comments = repo.state.issueComments.filter(c => c.issue_number === issue.number).length
  return { ...issue, comments }
}

/** Pull requests are issues too: the issues API lists them with a `pull_request` key. */
function pullAsIssue(repo: RepoContext, pull: PullOptions): Issue & { pull_request: unknown } {
  const state = pull.state ?? 'open'
  return {
    id: 100_000_000 + pull.number,
    node_id: `PR_${pull.number}`,
    number: pull.number,
    title: pull.title ?? `Pull request #${pull.number}`,
    body: pull.body ?? null,
    state,
    state_reason: null,
    labels: (pull.labels ?? []).flatMap(name => repo.findLabel(name) ?? []),
    user: repo.user(pull.author ?? 'octocat'),
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    closed_at: state === 'closed' ? CREATED_AT : null,
    comments: 0,
    url: repo.apiUrl(`/issues/${pull.number}`),
    html_url: repo.htmlUrl(`/pull/${pull.number}`),
    author_association: 'MEMBER',
    locked: false,
    pull_request: {
      url: repo.apiUrl(`/pulls/${pull.number}`),
      html_url: repo.htmlUrl(`/pull/${pull.number}`)
    }
  }
}

function listIssues(request: RequestContext) {
  const { repo, query } = request
  const state = query.get('state') ?? 'open'
  const wanted = (query.get('labels') ?? '')
    .split(',')
    .map(l => l.trim().toLowerCase())
    .filter(Boolean)
  const creator = query.get('creator')
  const sortKey = query.get('sort') === 'updated' ? 'updated_at' : 'created_at'
  const issues = [...repo.state.issues, ...repo.options.pulls.map(pull => pullAsIssue(repo, pull))]
    .filter(issue => state === 'all' || issue.state === state)
    .filter(issue =>
      wanted.every(name => issue.labels.some(label => label.name.toLowerCase() === name))
    )
    .filter(issue => !creator || issue.user.login === creator)
    .sort((a, b) => a[sortKey].localeCompare(b[sortKey]) || a.number - b.number)
  if (query.get('direction') !== 'asc') issues.reverse()
  return paginate(request, issues, issue => issueView(repo, issue))
}

function checkBody(body: string | undefined): void {
  if (body !== undefined && body.length > MAX_BODY) {
    throw validationFailed(
      'Issue',
      'body',
      'custom',
      `body is too long (maximum is ${MAX_BODY} characters)`
    )
  }
}

/** GitHub's limit on an issue's title, in characters. */
export const MAX_TITLE = 256

function checkTitle(title: string): void {
  if ([...title].length > MAX_TITLE)
    throw validationFailed(
      'Issue',
      'title',
      'custom',
      `title is too long (maximum is ${MAX_TITLE} characters)`
    )
}

function createIssue(request: RequestContext) {
  const { repo, body } = request
  const title = body.title
  if (title === undefined || title === null || title === '')
    throw validationFailed('Issue', 'title', 'missing_field')
  checkTitle(String(title))
  const text = optionalString(body, 'body')
  checkBody(text)
  const id = repo.nextId('issue')
  const number =
    1 +
    Math.max(0, ...repo.options.pulls.map(p => p.number), ...repo.state.issues.map(i => i.number))
  const now = timestamp()
  const issue: Issue = {
    id,
    node_id: `I_${id}`,
    number,
    title: String(title),
    body: text ?? null,
    state: 'open',
    state_reason: null,
    labels: labelsFor(repo, optionalArray(body, 'labels') ?? []),
    user: repo.bot,
    created_at: now,
    updated_at: now,
    closed_at: null,
    comments: 0,
    url: repo.apiUrl(`/issues/${number}`),
    html_url: repo.htmlUrl(`/issues/${number}`),
    author_association: 'NONE',
    locked: false
  }
  repo.state.issues.push(issue)
  return created(issueView(repo, issue))
}

function getIssue(request: RequestContext) {
  const number = requestedIssueNumber(request)
  const { repo } = request
  const issue = repo.state.issues.find(candidate => candidate.number === number)
  if (issue) return ok(issueView(repo, issue))
  const pull = repo.options.pulls.find(candidate => candidate.number === number)
  return ok(issueView(repo, pullAsIssue(repo, pull as PullOptions)))
}

/** The stored issue a route names; pull requests cannot be edited through this server. */
export function requestedIssue(request: RequestContext): Issue {
  const number = requestedIssueNumber(request)
  const issue = request.repo.state.issues.find(candidate => candidate.number === number)
  if (!issue) throw notFound()
  return issue
}

function updateIssue(request: RequestContext) {
  const { repo, body } = request
  const issue = requestedIssue(request)
  const state = optionalEnum(body, 'state', ['open', 'closed'] as const)
  const text = optionalString(body, 'body')
  checkBody(text)
  if (body.title !== undefined) checkTitle(String(body.title))
  if (body.title !== undefined) issue.title = String(body.title)
  if (text !== undefined) issue.body = text
  const labels = optionalArray(body, 'labels')
  if (labels) issue.labels = labelsFor(repo, labels)
  if (state && state !== issue.state) {
    issue.state = state
    issue.closed_at = state === 'closed' ? timestamp() : null
    issue.state_reason =
      state === 'closed' ? (optionalString(body, 'state_reason') ?? 'completed') : 'reopened'
  }
  issue.updated_at = timestamp()
  return ok(issueView(repo, issue))
}

function addLabels(request: RequestContext) {
  const issue = requestedIssue(request)
  const names = optionalArray(request.body, 'labels') ?? []
  issue.labels = [...new Set([...issue.labels, ...labelsFor(request.repo, names)])]
  return ok(issue.labels)
}

const DOC = 'issues/issues'
export const issueRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues',
    doc: `${DOC}#list-repository-issues`,
    handle: listIssues
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/issues',
    doc: `${DOC}#create-an-issue`,
    handle: createIssue
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:issue_number',
    doc: `${DOC}#get-an-issue`,
    handle: getIssue
  },
  {
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/issues/:issue_number',
    doc: `${DOC}#update-an-issue`,
    handle: updateIssue
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/issues/:issue_number/labels',
    doc: 'issues/labels#add-labels-to-an-issue',
    handle: addLabels
  }
]
