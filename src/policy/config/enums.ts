import * as z from 'zod'
import { boundedGlob, MAX_GLOBSTARS, MAX_STARS_PER_SEGMENT } from '../../sources/paths.js'

/** Severities a finding can have, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Thresholds for failing the gate: a severity, or `none` to never fail on findings. */
export const THRESHOLDS = ['critical', 'high', 'medium', 'low', 'none'] as const
export type Threshold = (typeof THRESHOLDS)[number]

export const SCANNERS = ['iac', 'deps'] as const
export type Scanner = (typeof SCANNERS)[number]

export const COMMENT_MODES = ['review', 'summary', 'off'] as const
export const GATE_ON = ['new', 'all'] as const
export const ON_ERROR = ['fail', 'warn'] as const
/** What a pull request evaluates: the units its change reaches, or the whole repository. */
export const PR_SCOPES = ['changed', 'full'] as const

/**
 * The most entries a list of the config file may hold. Each glob is matched against every file at
 * every stage and each exception against every finding: a pull request writing a hundred thousand
 * of them would hold the scan for hours, so a longer list is refused as a mistake.
 */
export const MAX_GLOBS = 1_000
export const MAX_LIST_ENTRIES = 10_000

// Thousands grouped by hand: `toLocaleString` loads the locale data at start-up, every run.
export const tooMany = (max: number, what: string) =>
  `at most ${String(max).replace(/\B(?=(\d{3})+$)/g, ',')} ${what}: a longer list would hold the scan`

/** A path glob of the config file: matched in bounded time whatever the repository's names. */
export const globText = () =>
  z
    .string()
    .min(1)
    .refine(boundedGlob, {
      error: `expected at most ${MAX_STARS_PER_SEGMENT} \`*\` in a glob segment and ${MAX_GLOBSTARS} \`**\` in a glob: more take time growing with the power of their number to match; split the glob`
    })
