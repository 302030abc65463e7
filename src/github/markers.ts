/**
 * Hidden markers in what the gate posts, so a later run finds its own comments and updates them
 * instead of adding more. Markers are HTML comments: GitHub does not render them. The gate writes
 * each as the first line of its body, and only there is it one: a message quoting repository text
 * (a function named after a marker) must not pass its comment off as another.
 */
export const SUMMARY_MARKER = '<!-- serverless-gate:summary -->'
export const REVIEW_MARKER = '<!-- serverless-gate:review -->'
export const AUDIT_MARKER = '<!-- serverless-gate:audit -->'

const FINDING_PREFIX = '<!-- serverless-gate:finding:'
const FINDING_MARKER = /^<!-- serverless-gate:finding:([A-Za-z0-9_-]{1,128}) -->$/

/** The marker of one finding's review comment. Only id characters are kept, so it stays a comment. */
export function findingMarker(fingerprint: string): string {
  const id = fingerprint.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 128) || 'unknown'
  return `${FINDING_PREFIX}${id} -->`
}

/** The fingerprint whose finding marker a comment body opens with (none or one). */
export function findingMarkersIn(body: string | null | undefined): string[] {
  const id = FINDING_MARKER.exec(firstLine(body))?.[1]
  return id === undefined ? [] : [id]
}

export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return firstLine(body) === marker
}

function firstLine(body: string | null | undefined): string {
  const text = body ?? ''
  const end = text.indexOf('\n')
  return (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '')
}

/** The author of a comment or issue, as the API returns it (null for deleted accounts). */
export type Author = { login: string; type?: string } | null | undefined

/**
 * Whether the gate may have written this: the account it posts as when the caller knows it,
 * otherwise any bot account (a workflow's token posts as `github-actions[bot]`). Markers in
 * what people write are ignored, so nobody can hide a finding's comment or take over the summary
 * by copying a marker.
 */
export function isGateAuthor(user: Author, author?: string): boolean {
  if (!user) return false
  if (author) return user.login.toLowerCase() === author.toLowerCase()
  return user.type === 'Bot'
}
