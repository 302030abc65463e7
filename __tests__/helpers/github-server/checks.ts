import { checkTextLength, readAnnotations } from './annotations.js'
import type { RepoContext } from './context.js'
import { ApiError, created, invalidRequest, notFound, ok, publicView, timestamp } from './http.js'
import { pageOf, paginate } from './pagination.js'
import type { RequestContext, Route } from './router.js'
import {
  optionalEnum,
  optionalObject,
  optionalString,
  pathNumber,
  requireString,
  type Json
} from './schema.js'
import type { CheckRun } from './state.js'

const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'] as const
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out'
] as const

export const checkRunView = (run: CheckRun) => publicView(run, 'annotations')

/** Status and conclusion as GitHub settles them: a conclusion completes the run. */
function settleStatus(run: CheckRun, body: Json): void {
  const status = optionalEnum(body, 'status', STATUSES)
  const conclusion = optionalEnum(body, 'conclusion', CONCLUSIONS)
  if (conclusion === 'stale') throw invalidRequest('Only GitHub can set a conclusion of "stale".')
  if (status) run.status = status
  if (conclusion) {
    run.conclusion = conclusion
    run.status = 'completed'
  }
  if (run.status === 'completed' && !run.conclusion)
    throw invalidRequest(`"conclusion" wasn't supplied.`)
  if (run.status === 'completed')
    run.completed_at = optionalString(body, 'completed_at') ?? run.completed_at ?? timestamp()
}

/** Applies `output`: texts replace the previous ones, annotations are appended to them. */
function applyOutput(repo: RepoContext, run: CheckRun, body: Json, creating: boolean): void {
  const output = optionalObject(body, 'output')
  if (!output) return
  const title = creating ? requireString(output, 'title') : optionalString(output, 'title')
  const summary = requireString(output, 'summary')
  const text = optionalString(output, 'text')
  checkTextLength(summary)
  checkTextLength(text)
  const annotations = readAnnotations(repo, output, run.head_sha)
  run.output.title = title ?? run.output.title
  run.output.summary = summary
  run.output.text = text ?? run.output.text
  run.annotations.push(...annotations)
  run.output.annotations_count = run.annotations.length
}

function createRun(request: RequestContext) {
  const { repo, body } = request
  const name = requireString(body, 'name')
  const headSha = requireString(body, 'head_sha')
  const sha = /^[0-9a-f]{40}$/i.test(headSha) ? repo.git.resolve(headSha) : undefined
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${headSha}`)
  const id = repo.nextId('checkRun')
  const run: CheckRun = {
    id,
    node_id: `CR_${id}`,
    name,
    head_sha: sha,
    external_id: optionalString(body, 'external_id') ?? null,
    details_url: optionalString(body, 'details_url') ?? null,
    status: 'queued',
    conclusion: null,
    started_at: optionalString(body, 'started_at') ?? timestamp(),
    completed_at: null,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: repo.apiUrl(`/check-runs/${id}/annotations`)
    },
    url: repo.apiUrl(`/check-runs/${id}`),
    html_url: repo.htmlUrl(`/runs/${id}`),
    app: { slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
    annotations: []
  }
  settleStatus(run, body)
  applyOutput(repo, run, body, true)
  repo.state.checkRuns.push(run)
  return created(checkRunView(run))
}

function findRun(request: RequestContext): CheckRun {
  const id = pathNumber(request.params.check_run_id)
  const run = request.repo.state.checkRuns.find(candidate => candidate.id === id)
  if (!run) throw notFound()
  return run
}

/** Validates on a copy first, so a refused update changes nothing. */
function updateRun(request: RequestContext) {
  const run = findRun(request)
  const { body } = request
  const next: CheckRun = { ...run, output: { ...run.output }, annotations: [...run.annotations] }
  if (body.name !== undefined) next.name = requireString(body, 'name')
  settleStatus(next, body)
  applyOutput(request.repo, next, body, false)
  Object.assign(run, next)
  return ok(checkRunView(run))
}

function listForRef(request: RequestContext) {
  const { repo, query } = request
  const ref = request.params.ref ?? ''
  const sha = repo.git.resolve(ref)
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`)
  let runs = repo.state.checkRuns.filter(run => run.head_sha === sha)
  const name = query.get('check_name')
  const status = query.get('status')
  if (name) runs = runs.filter(run => run.name === name)
  if (status) runs = runs.filter(run => run.status === status)
  // `filter=latest` (the default) keeps the most recent run of each name.
  if (query.get('filter') !== 'all')
    runs = runs.filter(run => !runs.some(other => other.name === run.name && other.id > run.id))
  runs = [...runs].reverse()
  const page = pageOf(request, runs)
  return ok({ total_count: runs.length, check_runs: page.items.map(checkRunView) }, page.headers)
}

const DOC = 'checks/runs'
export const checkRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/check-runs',
    doc: `${DOC}#create-a-check-run`,
    handle: createRun
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/check-runs/:check_run_id',
    doc: `${DOC}#get-a-check-run`,
    handle: request => ok(checkRunView(findRun(request)))
  },
  {
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/check-runs/:check_run_id',
    doc: `${DOC}#update-a-check-run`,
    handle: updateRun
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/check-runs/:check_run_id/annotations',
    doc: `${DOC}#list-check-run-annotations`,
    handle: request => paginate(request, findRun(request).annotations)
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/commits/:ref/check-runs',
    doc: `${DOC}#list-check-runs-for-a-git-reference`,
    handle: listForRef
  }
]
