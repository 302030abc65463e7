import { readFile } from 'node:fs/promises'
import * as z from 'zod'
import { ConfigError } from '../sources/errors.js'

const Sha = z.string().regex(/^[0-9a-f]{40}$/, 'expected a commit SHA')

const PullRequestEvent = z.object({
  pull_request: z.object({
    number: z.number().int(),
    base: z.object({ sha: Sha, ref: z.string() }),
    head: z.object({ sha: Sha, ref: z.string() })
  })
})

const MergeGroupEvent = z.object({
  merge_group: z.object({ base_sha: Sha, head_sha: Sha, base_ref: z.string().optional() })
})

/** The two commits a pull-request gate compares, from the event payload. */
export interface PullRequestRefs {
  number?: number
  baseSha: string
  headSha: string
}

/**
 * Reads base and head from the event: the pull request's base and head SHAs, or, for a merge
 * queue, the queue's base and head (never an empty ref, which would compare head with itself).
 */
export async function pullRequestRefs(
  eventName: string | undefined,
  eventPath: string | undefined
): Promise<PullRequestRefs> {
  if (!eventPath)
    throw new ConfigError('GITHUB_EVENT_PATH is not set: cannot read the pull request')
  const payload: unknown = JSON.parse(await readFile(eventPath, 'utf8'))
  if (eventName === 'merge_group') {
    const e = MergeGroupEvent.safeParse(payload)
    if (!e.success)
      throw new ConfigError(
        `the merge_group event has no base and head SHA: ${z.prettifyError(e.error)}`
      )
    return { baseSha: e.data.merge_group.base_sha, headSha: e.data.merge_group.head_sha }
  }
  const e = PullRequestEvent.safeParse(payload)
  if (!e.success) {
    throw new ConfigError(
      `mode pr needs a pull_request or merge_group event (got ${eventName ?? 'none'}): ${z.prettifyError(e.error)}`
    )
  }
  const pr = e.data.pull_request
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha }
}
