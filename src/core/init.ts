import { parserFor, selectLockfiles } from '../deps/registry.js'
import { buildModel } from '../iac/build-model.js'
import { DEFAULT_CONFIG_PATH } from '../policy/config/load.js'
import { renderStarterConfig, type DetectedRepository } from '../report/init/config.js'
import { renderGateWorkflow } from '../report/init/workflow.js'
import type { FileSource } from '../sources/types.js'

export const WORKFLOW_PATH = '.github/workflows/serverless-gate.yml'

export interface InitFile {
  /** Root-relative path. */
  path: string
  content: string
}

export interface InitPlan {
  files: InitFile[]
  found: DetectedRepository
}

/**
 * What `init` writes for a repository: the workflow, and a config file that says which formats,
 * services and lockfiles it found. Reads the repository as a scan does; writes nothing.
 */
export async function planInit(
  source: FileSource,
  root: string,
  actionRef?: string
): Promise<InitPlan> {
  const found = await detect(source, root)
  return {
    found,
    files: [
      { path: WORKFLOW_PATH, content: renderGateWorkflow(actionRef) },
      { path: DEFAULT_CONFIG_PATH, content: renderStarterConfig(found) }
    ]
  }
}

async function detect(source: FileSource, root: string): Promise<DetectedRepository> {
  const model = await buildModel(source, root)
  const lockfiles = selectLockfiles(await source.list())
  return {
    services: model.services.map(s => ({
      name: s.name,
      format: s.format,
      path: s.id,
      dir: s.dir,
      functions: s.functions.length
    })),
    lockfiles: lockfiles.map(path => ({ path, ecosystem: parserFor(path)!.ecosystem }))
  }
}
