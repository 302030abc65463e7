import type { Reply } from './http.js'
import type { RequestContext } from './router.js'

const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100

export interface Page<T> {
  items: T[]
  headers: Record<string, string>
}

/**
 * One page of a list, with the `Link` header GitHub sends (`prev`, `next`, `last`, `first`).
 * Its URLs use the `/repositories/{id}/…` form, as GitHub's do, so clients must follow them
 * rather than rebuild them.
 */
export function pageOf<T>(request: RequestContext, items: T[]): Page<T> {
  const perPage = clamp(intParam(request.query, 'per_page') ?? DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
  const page = Math.max(1, intParam(request.query, 'page') ?? 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const links: string[] = []
  const link = (target: number, rel: string) =>
    links.push(`<${pageUrl(request, target)}>; rel="${rel}"`)
  if (page > 1) link(Math.min(page - 1, lastPage), 'prev')
  if (page < lastPage) link(page + 1, 'next')
  if (page < lastPage) link(lastPage, 'last')
  if (page > 1) link(1, 'first')
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {}
  }
}

/** A JSON array answer holding one page. */
export function paginate<T>(
  request: RequestContext,
  items: T[],
  view: (item: T) => unknown = id
): Reply {
  const { items: pageItems, headers } = pageOf(request, items)
  return { status: 200, body: pageItems.map(view), headers }
}

function pageUrl(request: RequestContext, page: number): string {
  const query = new URLSearchParams(request.query)
  query.set('page', String(page))
  return `${request.repo.baseUrl}${repositoryPath(request)}?${query.toString()}`
}

function repositoryPath(request: RequestContext): string {
  const segments = request.path.split('/')
  if (segments[1] === 'repos')
    return `/repositories/${request.repo.id}/${segments.slice(4).join('/')}`
  return request.path
}

function intParam(query: URLSearchParams, name: string): number | undefined {
  const value = Number.parseInt(query.get(name) ?? '', 10)
  return Number.isFinite(value) ? value : undefined
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
const id = <T>(item: T) => item
