/** What the server holds: the objects clients created, exactly as the API returns them. */

export interface User {
  login: string
  id: number
  node_id: string
  type: 'Bot' | 'User' | 'Organization'
  site_admin: boolean
  avatar_url: string
  html_url: string
  url: string
}

export interface Label {
  id: number
  node_id: string
  url: string
  name: string
  color: string
  default: boolean
  description: string | null
}

export interface Review {
  id: number
  node_id: string
  user: User
  body: string
  state: 'COMMENTED' | 'CHANGES_REQUESTED' | 'APPROVED' | 'PENDING' | 'DISMISSED'
  commit_id: string
  submitted_at?: string
  html_url: string
  pull_request_url: string
  author_association: string
}

export interface ReviewComment {
  id: number
  node_id: string
  pull_request_review_id: number
  diff_hunk: string
  path: string
  position: number | null
  original_position: number
  commit_id: string
  original_commit_id: string
  user: User
  body: string
  created_at: string
  updated_at: string
  html_url: string
  pull_request_url: string
  author_association: string
  line: number | null
  original_line: number | null
  side: 'LEFT' | 'RIGHT'
  start_line: number | null
  original_start_line: number | null
  start_side: 'LEFT' | 'RIGHT' | null
  subject_type: 'line' | 'file'
  in_reply_to_id?: number
  /** Pull request number, kept for listing. */
  pull_number: number
}

export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: User
  created_at: string
  updated_at: string
  author_association: string
  /** Issue or pull request number, kept for listing. */
  issue_number: number
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column: number | null
  end_column: number | null
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string | null
  message: string
  raw_details: string | null
  blob_href: string
}

export interface CheckRun {
  id: number
  node_id: string
  name: string
  head_sha: string
  external_id: string | null
  details_url: string | null
  status: string
  conclusion: string | null
  started_at: string | null
  completed_at: string | null
  output: {
    title: string | null
    summary: string | null
    text: string | null
    annotations_count: number
    annotations_url: string
  }
  url: string
  html_url: string
  app: { slug: string; name: string }
  pull_requests: unknown[]
  /** Every annotation, in the order received (kept out of the run's JSON, as GitHub does). */
  annotations: Annotation[]
}

export interface Issue {
  id: number
  node_id: string
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: string | null
  labels: Label[]
  user: User
  created_at: string
  updated_at: string
  closed_at: string | null
  comments: number
  url: string
  html_url: string
  author_association: string
  locked: boolean
}

export interface ServerState {
  reviews: (Review & { pull_number: number })[]
  reviewComments: ReviewComment[]
  issueComments: IssueComment[]
  checkRuns: CheckRun[]
  issues: Issue[]
  labels: Label[]
}

/** The labels GitHub gives a new repository. */
export const DEFAULT_LABELS: { name: string; color: string; description: string }[] = [
  { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
  {
    name: 'documentation',
    color: '0075ca',
    description: 'Improvements or additions to documentation'
  },
  { name: 'duplicate', color: 'cfd3d7', description: 'This issue or pull request already exists' },
  { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
  { name: 'good first issue', color: '7057ff', description: 'Good for newcomers' },
  { name: 'help wanted', color: '008672', description: 'Extra attention is needed' },
  { name: 'invalid', color: 'e4e669', description: "This doesn't seem right" },
  { name: 'question', color: 'd876e3', description: 'Further information is requested' },
  { name: 'wontfix', color: 'ffffff', description: 'This will not be worked on' }
]
