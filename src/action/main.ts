import * as core from '@actions/core'
import { log } from './log.js'
import { errorMessage } from '../sources/errors.js'
import { osvSourceFor } from '../core/osv-source.js'
import { effectiveDecision } from '../core/decision.js'
import { runScan, type ScanResult } from '../core/scan.js'
import { renamedFiles } from '../github/pull-request.js'
import { plural } from '../github/review-body.js'
import { resolveSettings } from '../core/settings.js'
import { incompleteSummary } from '../github/check-run.js'
import { authorLogin, createGitHubClient, repositoryFromEnv } from '../github/client.js'
import { loadConfigFile } from '../policy/config/load.js'
import { strictestConfig } from '../policy/config/strictest.js'
import { baseConfigOf } from './base-config.js'
import type { ConfigFile, GateSettings } from '../policy/config/schema.js'
import { DirectorySource } from '../sources/filesystem.js'
import { pullRequestRefs, type PullRequestRefs } from './event.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { actionsLogger } from './logger.js'
import { resolveMode, type ResolvedMode } from './mode.js'
import { publishResult, resolveIn } from './outputs.js'
import { publishIncomplete, publishToGitHub, type IncompleteContext } from './publish-github.js'
import {
  pullRequestSides,
  workspaceSource,
  type GitHubAccess,
  type PullRequestSides
} from './sources.js'

/** The action: inputs → the same core the CLI uses → reports and outputs. A failure is `error`, never `pass`. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs | undefined
  const progress: Progress = {}
  try {
    inputs = readInputs()
    const result = await gate(inputs, env, progress)
    conclude(result)
  } catch (err) {
    core.setOutput('result', 'error')
    const message = `serverless-gate could not complete the scan: ${errorMessage(err)}`
    const warnOnly = (inputs?.onErrorInForce ?? inputs?.explicit['on-error']) === 'warn'
    await writeIncompleteJobSummary(message)
    // A check run or summary of an earlier run on this pull request must not stand for this one.
    if (progress.incomplete) await publishIncomplete({ ...progress.incomplete, warnOnly }, message)
    if (warnOnly) log.warning(`${message} (on-error: warn, so this step does not fail)`)
    else failWithError(message)
  }
}

/** The job summary of a run that stopped before its result: why, never a blank page. */
async function writeIncompleteJobSummary(reason: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(`${incompleteSummary(reason)}\n`).write()
  } catch (err) {
    log.warning(`could not write the job summary: ${errorMessage(err)}`)
  }
}

/** Where to say that the run did not complete, once the commit it is for is known. */
interface Progress {
  incomplete?: Omit<IncompleteContext, 'warnOnly'>
}

/** Exit 2, as the CLI: the gate could not decide, which is not the same as findings (exit 1). */
function failWithError(message: string): void {
  log.failed(message)
  process.exitCode = EXIT_ERROR
}

const EXIT_ERROR = 2

interface Run {
  inputs: ActionInputs
  env: NodeJS.ProcessEnv
  workspace: string
  mode: ResolvedMode
  config: ConfigFile
  settings: GateSettings
  github?: GitHubAccess
  /** In a pull request: the base's configuration, and the head's own (what the change proposes). */
  trust?: { base: ConfigFile; proposed: ConfigFile }
}

async function gate(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  progress: Progress
): Promise<ScanResult> {
  const prepared = await prepare(inputs, env)
  const refs =
    prepared.mode === 'pr'
      ? await pullRequestRefs(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH)
      : undefined
  // Asked once: the account the gate posts as finds its own comments (a personal token only).
  const author = prepared.github
    ? await authorLogin(prepared.github.client, inputs.token, actionsLogger)
    : undefined
  progress.incomplete = incompleteTarget(prepared, refs, author)
  const run = refs ? await withBaseConfig(prepared, refs) : prepared
  const options = {
    maxFileBytes: run.settings['max-file-size'],
    excludePaths: run.settings['exclude-paths']
  }
  const sides:
    | PullRequestSides
    | { head: ReturnType<typeof workspaceSource>; base?: undefined; changed?: undefined } = refs
    ? await pullRequestSides(run.workspace, refs, options, run.github, actionsLogger)
    : { head: workspaceSource(run.workspace, options) }
  const osvDir = inputs.osvOfflineDir && resolveIn(run.workspace, inputs.osvOfflineDir)
  const osv = osvSourceFor({ apiUrl: inputs.osvApiUrl, offlineDir: osvDir }, actionsLogger)
  const settings =
    run.mode === 'audit' ? { ...run.settings, 'gate-on': 'all' as const } : run.settings
  const result = await runScan({
    head: sides.head,
    base: sides.base,
    config: run.config,
    baseConfig: run.trust?.base,
    proposedConfig: run.trust?.proposed,
    settings,
    logger: actionsLogger,
    osv,
    configPath: inputs.configFile,
    ...(sides.changed ? { renamed: renamedFiles(sides.changed) } : {})
  })
  await publishResult(result, inputs, run.config, run.workspace)
  // From here the run's own result is published.
  progress.incomplete = undefined
  await publish(run, result, refs, sides.changed, author)
  return result
}

/** The commit and pull request a run that stops early reports on (none without a token). */
function incompleteTarget(
  run: Run,
  refs: PullRequestRefs | undefined,
  author: string | undefined
): Progress['incomplete'] {
  const headSha = refs?.headSha ?? run.env.GITHUB_SHA
  if (!run.github || !headSha) return undefined
  return {
    ...run.github,
    headSha,
    pullNumber: refs?.number,
    commentMode: run.settings['comment-mode'],
    checkName: run.inputs.checkName,
    runUrl: runUrlOf(run),
    author,
    logger: actionsLogger
  }
}

function runUrlOf(run: Run): string | undefined {
  if (!run.github || !run.env.GITHUB_RUN_ID) return undefined
  const { serverUrl, owner, repo } = run.github.repository
  return `${serverUrl}/${owner}/${repo}/actions/runs/${run.env.GITHUB_RUN_ID}`
}

async function prepare(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<Run> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const mode = resolveMode(inputs.mode, env.GITHUB_EVENT_NAME)
  const config = await loadConfigFile(new DirectorySource(workspace), inputs.configFile)
  const settings = resolveSettings(inputs.explicit, config)
  const repository = repositoryFromEnv(env)
  const github =
    inputs.token && repository
      ? { client: createGitHubClient(inputs.token, repository, actionsLogger), repository }
      : undefined
  log.info(
    `serverless-gate: ${mode === 'pr' ? 'pull-request gate' : 'repository audit'}, failing on ${settings['fail-on-severity']} and above`
  )
  if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
    log.info(
      'pull_request_target: the pull request is read as data only; none of its code is checked out or run'
    )
  }
  // In a pull request the head's own `on-error` is not in force until weighed against the base's.
  if (mode !== 'pr') inputs.onErrorInForce = settings['on-error']
  return { inputs, env, workspace, mode, config, settings, github }
}

/**
 * A pull request is checked with the stricter of the base's and the head's configuration, setting
 * by setting: the change may tighten the gate, not loosen it. Workflow inputs still win over both.
 */
async function withBaseConfig(run: Run, refs: PullRequestRefs): Promise<Run> {
  const base = await baseConfigOf(run.workspace, refs, run.github, run.inputs.configFile)
  const config = strictestConfig(base, run.config)
  const settings = resolveSettings(run.inputs.explicit, config)
  run.inputs.onErrorInForce = settings['on-error']
  return { ...run, config, settings, trust: { base, proposed: run.config } }
}

async function publish(
  run: Run,
  result: ScanResult,
  refs: PullRequestRefs | undefined,
  changed: PullRequestSides['changed'],
  author: string | undefined
): Promise<void> {
  if (!run.github) {
    log.info(
      'no GitHub token or repository: results are in the job summary, annotations and report files only'
    )
    return
  }
  const runUrl = runUrlOf(run)
  await publishToGitHub({
    ...run.github,
    result,
    config: run.config,
    headSha: refs?.headSha ?? run.env.GITHUB_SHA,
    pullNumber: refs?.number,
    changed,
    commentMode: run.settings['comment-mode'],
    checkName: run.inputs.checkName,
    auditIssue: run.mode === 'audit' && run.inputs.auditIssue,
    runUrl,
    author,
    logger: actionsLogger
  })
}

function conclude(result: ScanResult): void {
  const why = result.reasons.join('; ')
  const effective = effectiveDecision(result)
  if (result.decision === 'error' && effective !== 'error')
    log.warning(
      `serverless-gate: error (${why}); on-error: warn, so the step is decided on the files that could be checked`
    )
  if (effective === 'error') failWithError(`serverless-gate: error (${why})`)
  else if (effective === 'fail')
    log.failed(
      `serverless-gate: fail (${plural(result.gating.length, 'finding')} at or above ${result.settings['fail-on-severity']})`
    )
  else log.info(`serverless-gate: pass (${why})`)
}
