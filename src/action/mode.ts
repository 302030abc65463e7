import type { Mode } from './inputs.js'

export type ResolvedMode = 'pr' | 'audit'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group'])

/** `auto` gates pull requests on their events and audits the repository on every other event. */
export function resolveMode(mode: Mode, eventName: string | undefined): ResolvedMode {
  if (mode !== 'auto') return mode
  return eventName !== undefined && PR_EVENTS.has(eventName) ? 'pr' : 'audit'
}
