import { log } from './log.js'
import { errorMessage } from '../sources/errors.js'
import { loadConfigFile } from '../policy/config/load.js'
import { ConfigFileSchema, type ConfigFile } from '../policy/config/schema.js'
import { GitRevisionSource } from '../sources/git.js'
import { GitHubTreeSource } from '../github/tree-source.js'
import type { FileSource } from '../sources/types.js'
import type { PullRequestRefs } from './event.js'
import { actionsLogger } from './logger.js'
import type { GitHubAccess } from './sources.js'

/**
 * The base commit's configuration: what was reviewed and merged, against which the pull request's
 * own edits are weighed. Read with the default limits, before the head's settings can narrow
 * them. A base without the file has the built-in defaults; one whose file is broken too, said so.
 */
export async function baseConfigOf(
  workspace: string,
  refs: PullRequestRefs,
  github: GitHubAccess | undefined,
  path: string
): Promise<ConfigFile> {
  const source = await baseSource(workspace, refs, github)
  if (!source) return ConfigFileSchema.parse({})
  try {
    return await loadConfigFile(source, path)
  } catch (err) {
    log.warning(
      `the base commit's ${path} cannot be used (${errorMessage(err)}): the built-in defaults stand for the base's configuration`
    )
    return ConfigFileSchema.parse({})
  }
}

async function baseSource(
  workspace: string,
  refs: PullRequestRefs,
  github: GitHubAccess | undefined
): Promise<FileSource | undefined> {
  try {
    return await GitRevisionSource.open(workspace, refs.baseSha, {})
  } catch {
    return github
      ? GitHubTreeSource.open(github.client, github.repository, refs.baseSha, {}, actionsLogger)
      : undefined
  }
}
