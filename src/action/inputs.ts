import * as core from '@actions/core'
import { listInput, type ExplicitSettings } from '../core/settings.js'

/** Input names, in one place (action.yml declares the same). */
export const Inputs = {
  token: 'github-token',
  mode: 'mode',
  configFile: 'config-file',
  failOnSeverity: 'fail-on-severity',
  scanners: 'scanners',
  osvApiUrl: 'osv-api-url',
  osvOfflineDir: 'osv-offline-dir',
  commentMode: 'comment-mode',
  checkName: 'check-name',
  sarifFile: 'sarif-file',
  reportFile: 'report-file',
  auditIssue: 'audit-issue',
  onError: 'on-error',
  prScope: 'pr-scope'
} as const

export const MODES = ['auto', 'pr', 'audit'] as const
export type Mode = (typeof MODES)[number]

export interface ActionInputs {
  token: string
  mode: Mode
  configFile: string
  osvApiUrl: string
  osvOfflineDir?: string
  checkName?: string
  sarifFile: string
  reportFile: string
  auditIssue: boolean
  /** Settings the config file can also hold: present only when the workflow set them. */
  explicit: ExplicitSettings
  /** `on-error` as resolved from the inputs and the configuration, once known. */
  onErrorInForce?: string
}

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

function booleanInput(name: string): boolean {
  const value = (optional(name) ?? 'false').toLowerCase()
  if (value !== 'true' && value !== 'false')
    throw new Error(`input \`${name}\` must be true or false (got \`${value}\`)`)
  return value === 'true'
}

export function readInputs(): ActionInputs {
  const token = core.getInput(Inputs.token)
  if (token) core.setSecret(token)
  const mode = optional(Inputs.mode) ?? 'auto'
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new Error(`input \`mode\` must be one of ${MODES.join(', ')} (got \`${mode}\`)`)
  }
  return {
    token,
    mode: mode as Mode,
    configFile: optional(Inputs.configFile) ?? '.serverless-gate.yml',
    osvApiUrl: optional(Inputs.osvApiUrl) ?? 'https://api.osv.dev',
    osvOfflineDir: optional(Inputs.osvOfflineDir),
    checkName: optional(Inputs.checkName),
    sarifFile: optional(Inputs.sarifFile) ?? 'serverless-gate.sarif',
    reportFile: optional(Inputs.reportFile) ?? 'serverless-gate.json',
    auditIssue: booleanInput(Inputs.auditIssue),
    explicit: {
      'fail-on-severity': optional(Inputs.failOnSeverity),
      scanners: listInput(optional(Inputs.scanners)),
      'comment-mode': optional(Inputs.commentMode),
      'on-error': optional(Inputs.onError),
      'pr-scope': optional(Inputs.prScope)
    }
  }
}
