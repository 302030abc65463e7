import * as core from '@actions/core'
import { errorMessage } from '../core/errors.js'
import { actionsLogger } from './logger.js'
import { osvSourceFor } from '../core/osv-source.js'
import { runScan, type ScanResult } from '../core/scan.js'
import { isAbsolute, join } from 'node:path'
import { resolveSettings } from '../core/settings.js'
import { loadConfigFile } from '../policy/config/load.js'
import { DirectorySource } from '../sources/filesystem.js'
import { pullRequestRefs } from './event.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { resolveMode } from './mode.js'
import { publishResult } from './outputs.js'
import { pullRequestSources, workspaceSource } from './sources.js'

/** The action: inputs → the same core the CLI uses → reports and outputs. A failure is `error`, never `pass`. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs | undefined
  try {
    inputs = readInputs()
    const result = await gate(inputs, env)
    conclude(result, inputs)
  } catch (err) {
    core.setOutput('result', 'error')
    const message = `serverless-gate could not complete the scan: ${errorMessage(err)}`
    if (inputs?.explicit['on-error'] === 'warn')
      core.warning(`${message} (on-error: warn, so this step does not fail)`)
    else core.setFailed(message)
  }
}

async function gate(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<ScanResult> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const mode = resolveMode(inputs.mode, env.GITHUB_EVENT_NAME)
  const config = await loadConfigFile(new DirectorySource(workspace), inputs.configFile)
  const settings = resolveSettings(inputs.explicit, config)
  inputs.explicit['on-error'] = settings['on-error']
  const options = {
    maxFileBytes: settings['max-file-size'],
    excludePaths: settings['exclude-paths']
  }
  core.info(
    `serverless-gate: ${mode === 'pr' ? 'pull-request gate' : 'repository audit'}, failing on ${settings['fail-on-severity']} and above`
  )
  if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
    core.info('pull_request_target: the pull request is read as data only; none of its code is run')
  }
  const sides =
    mode === 'pr'
      ? await pullRequestSources(
          workspace,
          await pullRequestRefs(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH),
          options
        )
      : { head: workspaceSource(workspace, options), base: undefined }
  const osvDir = inputs.osvOfflineDir && resolveIn(workspace, inputs.osvOfflineDir)
  const osv = osvSourceFor({ apiUrl: inputs.osvApiUrl, offlineDir: osvDir }, actionsLogger)
  const gateSettings = mode === 'audit' ? { ...settings, 'gate-on': 'all' as const } : settings
  const result = await runScan({
    ...sides,
    config,
    settings: gateSettings,
    logger: actionsLogger,
    osv
  })
  await publishResult(result, inputs, config, workspace)
  return result
}

function conclude(result: ScanResult, inputs: ActionInputs): void {
  const why = result.reasons.join('; ')
  if (result.decision === 'pass') core.info(`serverless-gate: pass (${why})`)
  else if (result.decision === 'fail') core.setFailed(`serverless-gate: fail (${why})`)
  else if (inputs.explicit['on-error'] === 'warn')
    core.warning(`serverless-gate: error (${why}); on-error: warn, so this step does not fail`)
  else core.setFailed(`serverless-gate: error (${why})`)
}

function resolveIn(workspace: string, path: string): string {
  return isAbsolute(path) ? path : join(workspace, path)
}
