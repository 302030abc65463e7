import {
  created,
  MAX_BODY,
  noContent,
  notFound,
  ok,
  publicView,
  timestamp,
  validationFailed
} from './http.js'
import { requestedIssueNumber } from './issues.js'
import { paginate } from './pagination.js'
import type { RequestContext, Route } from './router.js'
import { pathNumber, requireString } from './schema.js'
import type { IssueComment } from './state.js'

export const issueCommentView = (comment: IssueComment) => publicView(comment, 'issue_number')

function checkBody(body: string): void {
  if (body.length > MAX_BODY) {
    throw validationFailed(
      'IssueComment',
      'data',
      'unprocessable',
      `Body is too long (maximum is ${MAX_BODY} characters)`
    )
  }
}

function listComments(request: RequestContext) {
  const number = requestedIssueNumber(request)
  const since = request.query.get('since')
  const comments = request.repo.state.issueComments
    .filter(comment => comment.issue_number === number)
    .filter(comment => !since || comment.updated_at >= since)
  return paginate(request, comments, issueCommentView)
}

function createComment(request: RequestContext) {
  const { repo } = request
  const number = requestedIssueNumber(request)
  const body = requireString(request.body, 'body')
  checkBody(body)
  const id = repo.nextId('issueComment')
  const now = timestamp()
  const comment: IssueComment = {
    id,
    node_id: `IC_${id}`,
    url: repo.apiUrl(`/issues/comments/${id}`),
    html_url: repo.htmlUrl(
      `/${isPull(request, number) ? 'pull' : 'issues'}/${number}#issuecomment-${id}`
    ),
    issue_url: repo.apiUrl(`/issues/${number}`),
    body,
    user: repo.bot,
    created_at: now,
    updated_at: now,
    author_association: 'NONE',
    issue_number: number
  }
  repo.state.issueComments.push(comment)
  return created(issueCommentView(comment))
}

const isPull = (request: RequestContext, number: number) =>
  request.repo.options.pulls.some(pull => pull.number === number)

function findComment(request: RequestContext): IssueComment {
  const id = pathNumber(request.params.comment_id)
  const comment = request.repo.state.issueComments.find(candidate => candidate.id === id)
  if (!comment) throw notFound()
  return comment
}

function updateComment(request: RequestContext) {
  const comment = findComment(request)
  const body = requireString(request.body, 'body')
  checkBody(body)
  Object.assign(comment, { body, updated_at: timestamp() })
  return ok(issueCommentView(comment))
}

function deleteComment(request: RequestContext) {
  const comment = findComment(request)
  const comments = request.repo.state.issueComments
  comments.splice(comments.indexOf(comment), 1)
  return noContent()
}

const DOC = 'issues/comments'
const ON_ISSUE = '/repos/:owner/:repo/issues/:issue_number/comments'
const ONE = '/repos/:owner/:repo/issues/comments/:comment_id'
export const commentRoutes: Route[] = [
  { method: 'GET', pattern: ON_ISSUE, doc: `${DOC}#list-issue-comments`, handle: listComments },
  {
    method: 'POST',
    pattern: ON_ISSUE,
    doc: `${DOC}#create-an-issue-comment`,
    handle: createComment
  },
  {
    method: 'GET',
    pattern: ONE,
    doc: `${DOC}#get-an-issue-comment`,
    handle: request => ok(issueCommentView(findComment(request)))
  },
  { method: 'PATCH', pattern: ONE, doc: `${DOC}#update-an-issue-comment`, handle: updateComment },
  { method: 'DELETE', pattern: ONE, doc: `${DOC}#delete-an-issue-comment`, handle: deleteComment }
]
