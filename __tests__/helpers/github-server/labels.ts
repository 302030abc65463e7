import type { RepoContext } from './context.js'
import { created, invalidRequest, notFound, ok, validationFailed } from './http.js'
import { paginate } from './pagination.js'
import type { RequestContext, Route } from './router.js'
import { isObject, optionalString, requireString } from './schema.js'
import type { Label } from './state.js'

/**
 * The labels named in an issue request (strings or `{ name }`); labels the repository lacks
 * are created, as GitHub does for callers that may write to the repository.
 */
export function labelsFor(repo: RepoContext, names: unknown[]): Label[] {
  const labels = names.map(entry => {
    const name = typeof entry === 'string' ? entry : isObject(entry) ? entry.name : undefined
    if (typeof name !== 'string' || !name.trim())
      throw invalidRequest(`${JSON.stringify(entry)} is not a valid label.`)
    return repo.findLabel(name) ?? repo.addLabel({ name })
  })
  return [...new Set(labels)]
}

function createLabel(request: RequestContext) {
  const { repo, body } = request
  const name = requireString(body, 'name')
  const color = (optionalString(body, 'color') ?? 'ededed').replace(/^#/, '')
  if (!/^[0-9a-f]{6}$/i.test(color)) throw validationFailed('Label', 'color', 'invalid')
  if (repo.findLabel(name)) throw validationFailed('Label', 'name', 'already_exists')
  return created(repo.addLabel({ name, color, description: optionalString(body, 'description') }))
}

function getLabel(request: RequestContext) {
  const label = request.repo.findLabel(request.params.name ?? '')
  if (!label) throw notFound()
  return ok(label)
}

const DOC = 'issues/labels'
export const labelRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/labels',
    doc: `${DOC}#list-labels-for-a-repository`,
    handle: request => paginate(request, request.repo.state.labels)
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/labels',
    doc: `${DOC}#create-a-label`,
    handle: createLabel
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/labels/:name',
    doc: `${DOC}#get-a-label`,
    handle: getLabel
  }
]
