import { ConfigError } from '../sources/errors.js'
import type { Logger } from '../core/logger.js'
import { fetchChangedFiles, type ChangedFiles } from '../github/pull-request.js'
import type { GitHubClient, Repository } from '../github/client.js'
import { DirectorySource } from '../sources/filesystem.js'
import { changedFilesFromGit } from '../github/local-diff.js'
import { GitRevisionSource } from '../sources/git.js'
import { GitBlobReader } from '../sources/git-batch.js'
import { GitHubTreeSource } from '../github/tree-source.js'
import type { FileSource, SourceOptions } from '../sources/types.js'
import type { PullRequestRefs } from './event.js'

export interface PullRequestSides {
  base: FileSource
  head: FileSource
  /** What the pull request changes, with the lines a review comment may target. */
  changed?: ChangedFiles
}

export interface GitHubAccess {
  client: GitHubClient
  repository: Repository
}

/**
 * Base and head of a pull request, read as data, never checked out or run: from the workspace's
 * git history when it holds both commits (no file-count limit), else through the GitHub API.
 */
export async function pullRequestSides(
  workspace: string,
  refs: PullRequestRefs,
  options: Partial<SourceOptions>,
  github: GitHubAccess | undefined,
  logger: Logger
): Promise<PullRequestSides> {
  const local = await localSides(workspace, refs, options)
  if (local) {
    logger.info(
      `reading base ${refs.baseSha.slice(0, 7)} and head ${refs.headSha.slice(0, 7)} from the workspace's git history`
    )
    return { ...local, changed: await changedFilesFromGit(workspace, refs.baseSha, refs.headSha) }
  }
  if (!github) {
    throw new ConfigError(
      `the base commit ${refs.baseSha.slice(0, 7)} or the head commit ${refs.headSha.slice(0, 7)} is not in the workspace, and there is no GitHub token to read them: check out with \`fetch-depth: 0\` (actions/checkout), or pass \`github-token\``
    )
  }
  logger.info(
    'reading base and head through the GitHub API (the workspace does not hold both commits)'
  )
  // A shallow checkout still holds the blobs of the commit it checked out: same id, same file.
  const localBlobs = new GitBlobReader(workspace)
  const [base, head] = await Promise.all(
    [refs.baseSha, refs.headSha].map(sha =>
      GitHubTreeSource.open(
        github.client,
        github.repository,
        sha,
        { ...options, localBlobs },
        logger
      )
    )
  )
  const changed = refs.number
    ? await fetchChangedFiles(github.client, github.repository, refs.number, logger)
    : undefined
  return { base: base as FileSource, head: head as FileSource, changed }
}

async function localSides(
  workspace: string,
  refs: PullRequestRefs,
  options: Partial<SourceOptions>
) {
  try {
    return await GitRevisionSource.openSides(workspace, refs.baseSha, refs.headSha, options)
  } catch {
    return undefined
  }
}

/** The checkout: in a git work tree, the files git tracks (what the commit holds). */
export function workspaceSource(workspace: string, options: Partial<SourceOptions>): FileSource {
  return new DirectorySource(workspace, { ...options, untracked: false })
}
