import type { Logger } from '../core/logger.js'
import type { GitHubClient, Repository } from './client.js'
import { commentableLines } from './diff-lines.js'
import { PER_PAGE } from './paginate.js'

export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed'

/** One file a pull request changes, and the head-side lines a review comment may sit on. */
export interface ChangedFile {
  /** Root-relative path on the head side (the old path, for a removed file). */
  path: string
  status: ChangeStatus
  /** The path on the base side, for a renamed or copied file. */
  previousPath?: string
  /** Head-side (RIGHT) lines inside the file's diff hunks; empty when GitHub shows no diff. */
  commentable: Set<number>
}

export interface ChangedFiles {
  /** By head-side path. */
  files: Map<string, ChangedFile>
  /** True when the list is incomplete (GitHub lists at most 3,000 files of a pull request). */
  truncated: boolean
  /** Where the list came from: the pull request's files API, or `git diff` of the checkout. */
  source: 'api' | 'git'
}

const STATUSES: ReadonlySet<string> = new Set<ChangeStatus>([
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed'
])

/** A status GitHub may add later (or `unchanged`) is read as a change without a diff of note. */
export function toChangeStatus(status: string): ChangeStatus {
  return STATUSES.has(status) ? (status as ChangeStatus) : 'changed'
}

/** The files the pull request renamed: base path → head path. */
export function renamedFiles(changed: ChangedFiles): Map<string, string> {
  const out = new Map<string, string>()
  for (const file of changed.files.values())
    if (file.status === 'renamed' && file.previousPath !== undefined)
      out.set(file.previousPath, file.path)
  return out
}

/**
 * The files a pull request changes, as GitHub lists them (`GET /pulls/{n}/files`, every page).
 * GitHub returns at most 3,000 files; when the pull request changes more, the list is marked
 * truncated and a warning says findings in the other files get no review comments. The scan
 * does not rest on this list: it compares both commits' trees, and finds the files they moved
 * unchanged from their content. A file without a `patch` (binary, or a diff too large to show)
 * has no commentable lines. API errors are thrown: the caller decides whether the run can go on
 * without the list.
 */
export async function fetchChangedFiles(
  client: GitHubClient,
  repository: Repository,
  pullNumber: number,
  logger: Logger
): Promise<ChangedFiles> {
  const params = { owner: repository.owner, repo: repository.repo, pull_number: pullNumber }
  const { data: pull } = await client.rest.pulls.get(params)
  const listed = await client.paginate(client.rest.pulls.listFiles, {
    ...params,
    per_page: PER_PAGE
  })
  const files = new Map<string, ChangedFile>()
  for (const entry of listed) {
    files.set(entry.filename, {
      path: entry.filename,
      status: toChangeStatus(entry.status),
      ...(entry.previous_filename ? { previousPath: entry.previous_filename } : {}),
      commentable: entry.patch ? commentableLines(entry.patch) : new Set()
    })
  }
  const truncated = files.size < pull.changed_files
  if (truncated) {
    logger.warning(
      `pull request #${pullNumber} changes ${pull.changed_files} files but GitHub lists only ` +
        `${files.size}: both commits are still compared whole, but findings in the files it ` +
        'leaves out are reported without review comments, and one of them moved with edits may ' +
        'show as removed and added'
    )
  }
  logger.debug(`pull request #${pullNumber}: ${files.size} changed files listed`)
  return { files, truncated, source: 'api' }
}
