import { GitReader } from './git.js'
import { notFound } from './http.js'
import { computeChangedFiles, type ChangedFile } from './pull-diff.js'
import { RateBudget } from './rate-limit.js'
import { DEFAULT_LABELS, type Label, type ServerState, type User } from './state.js'
import type { GitHubServerOptions, PatchLimits, PullOptions } from './types.js'

/** A pull request with its commits resolved against the repository at request time. */
export interface ResolvedPull {
  options: PullOptions
  number: number
  baseSha: string
  headSha: string
  mergeBase: string
}

type IdKind = 'review' | 'reviewComment' | 'issueComment' | 'checkRun' | 'issue' | 'label'

/** Distinct ranges per kind, so an id of one kind never names an object of another. */
const ID_BASE: Record<IdKind, number> = {
  review: 1_000_000,
  reviewComment: 2_000_000,
  issueComment: 3_000_000,
  checkRun: 4_000_000,
  issue: 5_000_000,
  label: 6_000_000
}

/** The repository the server plays: its options, git data, created objects and URLs. */
export class RepoContext {
  readonly git: GitReader
  readonly state: ServerState = {
    reviews: [],
    reviewComments: [],
    issueComments: [],
    checkRuns: [],
    issues: [],
    labels: []
  }
  readonly owner: string
  readonly name: string
  readonly id: number
  readonly defaultBranch: string
  readonly patchLimits: PatchLimits
  readonly budget: RateBudget
  private readonly counters = { ...ID_BASE }
  private readonly diffCache = new Map<string, ChangedFile[]>()

  constructor(
    readonly options: GitHubServerOptions,
    /** Where the server listens: `http://127.0.0.1:<port>`. */
    readonly baseUrl: string
  ) {
    this.git = new GitReader(options.repoDir)
    this.owner = options.owner
    this.name = options.repo
    this.id = options.repositoryId ?? 1_296_269
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.budget = new RateBudget(options.rateLimit ?? 1000)
    this.patchLimits = { maxLines: 20_000, maxBytes: 500 * 1024, ...options.patchLimits }
    for (const label of options.labels ?? DEFAULT_LABELS) this.addLabel(label, !options.labels)
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  nextId(kind: IdKind): number {
    return ++this.counters[kind]
  }

  apiUrl(path = ''): string {
    return `${this.baseUrl}/repos/${this.fullName}${path}`
  }

  htmlUrl(path = ''): string {
    return `https://github.com/${this.fullName}${path}`
  }

  /** The account behind every Actions token. */
  get bot(): User {
    return this.user('github-actions[bot]', 'Bot', 41_898_282)
  }

  user(login: string, type: User['type'] = 'User', id = idFromLogin(login)): User {
    const isBot = type === 'Bot'
    return {
      login,
      id,
      node_id: `U_${id}`,
      type,
      site_admin: false,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      html_url: isBot
        ? `https://github.com/apps/${login.replace('[bot]', '')}`
        : `https://github.com/${login}`,
      url: `${this.baseUrl}/users/${encodeURIComponent(login)}`
    }
  }

  pull(number: number): ResolvedPull {
    const options = this.options.pulls.find(pull => pull.number === number)
    if (!options) throw notFound()
    const baseSha = this.mustResolve(options.baseSha ?? options.baseRef, number)
    const headSha = this.mustResolve(options.headSha ?? options.headRef, number)
    return { options, number, baseSha, headSha, mergeBase: this.git.mergeBase(baseSha, headSha) }
  }

  /** Files changed between the merge base and `head` (GitHub's three-dot diff), cached. */
  changedFiles(mergeBase: string, head: string): ChangedFile[] {
    const key = `${mergeBase}..${head}`
    let files = this.diffCache.get(key)
    if (!files) {
      files = computeChangedFiles(this.git, mergeBase, head, this.patchLimits)
      this.diffCache.set(key, files)
    }
    return files
  }

  findLabel(name: string): Label | undefined {
    return this.state.labels.find(label => label.name.toLowerCase() === name.toLowerCase())
  }

  addLabel(
    label: { name: string; color?: string; description?: string },
    isDefault = false
  ): Label {
    const id = this.nextId('label')
    const created: Label = {
      id,
      node_id: `LA_${id}`,
      url: this.apiUrl(`/labels/${encodeURIComponent(label.name)}`),
      name: label.name,
      color: label.color ?? 'ededed',
      default: isDefault,
      description: label.description ?? null
    }
    this.state.labels.push(created)
    return created
  }

  private mustResolve(rev: string, pull: number): string {
    const sha = this.git.resolve(rev)
    if (!sha) throw new Error(`pull request #${pull}: "${rev}" names no commit in the repository`)
    return sha
  }
}

/** A stable numeric id for a login, so the same account always has the same id. */
function idFromLogin(login: string): number {
  let hash = 7
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000
  return 10_000_000 + hash
}
