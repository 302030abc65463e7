import { ConfigError } from '../core/errors.js'
import { DirectorySource } from '../sources/filesystem.js'
import { GitRevisionSource } from '../sources/git.js'
import type { FileSource, SourceOptions } from '../sources/types.js'
import type { PullRequestRefs } from './event.js'

/**
 * Base and head of a pull request, read from the workspace's git repository by commit: nothing is
 * checked out, nothing from the pull request runs. Both commits must be in the checkout.
 */
export async function pullRequestSources(
  workspace: string,
  refs: PullRequestRefs,
  options: Partial<SourceOptions>
): Promise<{ base: FileSource; head: FileSource }> {
  const open = async (sha: string, side: string): Promise<GitRevisionSource> => {
    try {
      return await GitRevisionSource.open(workspace, sha, options)
    } catch {
      throw new ConfigError(
        `the ${side} commit ${sha.slice(0, 7)} is not in the workspace's git history: check out with \`fetch-depth: 0\` (actions/checkout) so the gate can compare base and head`
      )
    }
  }
  return { base: await open(refs.baseSha, 'base'), head: await open(refs.headSha, 'head') }
}

export function workspaceSource(workspace: string, options: Partial<SourceOptions>): FileSource {
  return new DirectorySource(workspace, options)
}
