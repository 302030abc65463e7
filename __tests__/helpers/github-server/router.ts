import type { RepoContext } from './context.js'
import { DOCS, type Reply } from './http.js'

/** What a route handler gets: decoded path parameters, the query and the JSON body. */
export interface RequestContext {
  method: string
  /** The path as requested, without the query. */
  path: string
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  accept: string
  repo: RepoContext
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Segments: literals, `:name` for one segment, `*name` for the rest of the path. */
  pattern: string
  /** Page of GitHub's REST docs, e.g. `pulls/pulls#get-a-pull-request`. */
  doc: string
  handle(request: RequestContext): Reply
}

export interface RouteMatch {
  route: Route
  params: Record<string, string>
  documentationUrl: string
}

/** Matches a method and path to a route; repository routes answer only for the served repo. */
export class Router {
  constructor(
    private readonly routes: Route[],
    private readonly repo: RepoContext
  ) {}

  match(method: string, path: string): RouteMatch | undefined {
    const segments = this.canonicalSegments(path)
    if (!segments) return undefined
    for (const route of this.routes) {
      if (route.method !== method) continue
      const params = matchPattern(route.pattern, segments)
      if (params && this.isServedRepo(params)) {
        return { route, params, documentationUrl: `${DOCS}/${route.doc}` }
      }
    }
    return undefined
  }

  /** Decoded segments; `/repositories/{id}/…` (the form of GitHub's `Link` URLs) as `/repos/o/r/…`. */
  private canonicalSegments(path: string): string[] | undefined {
    let segments: string[]
    try {
      segments = path.split('/').slice(1).map(decodeURIComponent)
    } catch {
      return undefined
    }
    if (segments[0] === 'repositories' && segments[1] === String(this.repo.id)) {
      return ['repos', this.repo.owner, this.repo.name, ...segments.slice(2)]
    }
    return segments
  }

  private isServedRepo(params: Record<string, string>): boolean {
    if (params.owner === undefined) return true
    return (
      params.owner.toLowerCase() === this.repo.owner.toLowerCase() &&
      params.repo?.toLowerCase() === this.repo.name.toLowerCase()
    )
  }
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').slice(1)
  const params: Record<string, string> = {}
  for (const [index, part] of parts.entries()) {
    if (part.startsWith('*')) {
      const rest = segments.slice(index).join('/')
      if (!rest) return undefined
      params[part.slice(1)] = rest
      return params
    }
    const segment = segments[index]
    if (segment === undefined || segment === '') return undefined
    if (part.startsWith(':')) params[part.slice(1)] = segment
    else if (part !== segment) return undefined
  }
  return parts.length === segments.length ? params : undefined
}
