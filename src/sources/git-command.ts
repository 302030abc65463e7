/**
 * Every git call over a repository under review runs with the repository's own settings that
 * could start a program switched off: no fsmonitor, no hooks, no transport helpers.
 */
export const SAFE_GIT_ARGS = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'protocol.allow=never'
]
