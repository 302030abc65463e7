import * as core from '@actions/core'
import { errorMessage } from '../core/errors.js'
import { resolveSettings } from '../core/settings.js'
import { buildModel } from '../iac/build-model.js'
import { loadConfigFile } from '../policy/config/load.js'
import { inventoryOf } from '../report/inventory.js'
import { renderInventoryText } from '../report/inventory-text.js'
import { DirectorySource } from '../sources/filesystem.js'
import { readInputs } from './inputs.js'
import { resolveMode } from './mode.js'

/** The action: inputs → the same core the CLI uses → outputs. Any failure is `error`, never `pass`. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs()
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
    const mode = resolveMode(inputs.mode, env.GITHUB_EVENT_NAME)
    const config = await loadConfigFile(new DirectorySource(workspace), inputs.configFile)
    const settings = resolveSettings(inputs.explicit, config)
    core.info(`serverless-gate: ${mode} mode, failing on ${settings['fail-on-severity']} and above`)
    const source = new DirectorySource(workspace, {
      maxFileBytes: settings['max-file-size'],
      excludePaths: settings['exclude-paths']
    })
    const model = await buildModel(source, workspace)
    const inventory = inventoryOf(model)
    core.startGroup('Inventory')
    core.info(renderInventoryText(inventory))
    core.endGroup()
    for (const d of model.diagnostics) {
      core.warning(d.message, {
        file: d.file,
        startLine: d.line,
        startColumn: d.column,
        title: 'serverless-gate: not scanned'
      })
    }
    core.setOutput('findings', 0)
    core.setOutput('new-findings', 0)
    core.setOutput('result', 'pass')
  } catch (err) {
    core.setOutput('result', 'error')
    core.setFailed(`serverless-gate: ${errorMessage(err)}`)
  }
}
