import { diagnostic, type Diagnostic } from '../../model/location.js'
import {
  filesDirectlyIn,
  isTerraformFile,
  modulesJsonPath
} from '../../sources/installed-modules.js'
import { inSkippedDir } from '../../sources/paths.js'
import { manifestEntries, type ManifestEntry } from './model/registry/installed.js'
import { isLambdaModule, knownModuleOf } from './model/registry/sources.js'

/** A module `terraform init` installed, read as a Terraform folder of its own. */
export interface InstalledFolder {
  /** Root-relative folder it is installed in. */
  dir: string
  files: string[]
  /** The root folder whose `.terraform/modules/modules.json` names it. */
  root: string
  /** Its call path in that manifest (`vpc`, `vpc.endpoints`); the first when several name it. */
  key: string
}

/**
 * The installed modules read as folders: those a root folder's modules.json names that the gate
 * does not model from their inputs (the Lambda module and the well-known ones, with everything
 * they call) and that are not already folders of the repository. Each folder is read once. One
 * named but with no Terraform file listed is a located error in the manifest.
 */
export async function installedFolders(
  terraform: ReadonlyMap<string, string[]>,
  files: readonly string[],
  readText: (path: string) => Promise<string | undefined>
): Promise<{ folders: InstalledFolder[]; diagnostics: Diagnostic[] }> {
  const folders = new Map<string, InstalledFolder>()
  const diagnostics: Diagnostic[] = []
  for (const root of [...terraform.keys()].sort()) {
    const manifest = modulesJsonPath(root)
    const text = await readText(manifest)
    if (text === undefined) continue
    const { entries } = manifestEntries(root, text)
    const byKey = new Map(entries.map(e => [e.key, e]))
    for (const e of entries) {
      if (e.dir === undefined || folders.has(e.dir) || terraform.has(e.dir)) continue
      if (modelledFromInputs(e.key, byKey) || isRepositoryFolder(e)) continue
      const tf = filesDirectlyIn(files, e.dir).filter(isTerraformFile)
      if (tf.length === 0) {
        diagnostics.push(notInstalled(manifest, e))
        continue
      }
      folders.set(e.dir, { dir: e.dir, files: tf.map(n => `${e.dir}/${n}`), root, key: e.key })
    }
  }
  return { folders: [...folders.values()], diagnostics }
}

/** A call of a module modelled from its inputs, or made inside one: its files are not read. */
function modelledFromInputs(key: string, byKey: ReadonlyMap<string, ManifestEntry>): boolean {
  const parts = key.split('.')
  return parts.some((_, i) => {
    const source = byKey.get(parts.slice(0, i + 1).join('.'))?.source ?? ''
    return knownModuleOf(source) !== undefined || isLambdaModule(source)
  })
}

/** A local module outside tool folders is a folder of the repository, read as it is listed. */
function isRepositoryFolder(e: ManifestEntry): boolean {
  return /^\.{1,2}[\\/]/.test(e.source) && !inSkippedDir(`${e.dir}/-`)
}

function notInstalled(manifest: string, e: ManifestEntry): Diagnostic {
  return diagnostic(
    manifest,
    `module "${e.key}" is listed as installed in ${e.dir}, but no Terraform file of that folder can be listed: run \`terraform init\` again`,
    'module-not-installed',
    { line: e.line }
  )
}
