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
