import { dirOf, inSkippedDir, resolveInRepo } from './paths.js'
import type { ReadResult } from './types.js'

/**
 * A Terraform configuration file, in HCL or JSON syntax (`.tf`, `.tf.json`). Terraform skips a
 * hidden file (`.draft.tf`) when it reads a folder, as it skips editor backups (`main.tf~`,
 * `#main.tf#`, which do not end in `.tf` anyway): none of them is configuration.
 */
export function isTerraformFile(path: string): boolean {
  // Asked of every listed file: the ending is tested first, without a copy of the name.
  if (!path.endsWith('.tf') && !path.endsWith('.tf.json')) return false
  return path[path.lastIndexOf('/') + 1] !== '.'
}

/**
 * The variable files Terraform loads by itself in the folder it runs in: `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars` and `*.auto.tfvars.json`. Other `.tfvars` files need
 * `-var-file`: their values are possible values of the variables they set.
 */
const AUTO_TFVARS = /(?:^|\/)(?:terraform|[^/]*\.auto)\.tfvars(?:\.json)?$/

/** Any variable file: one Terraform loads by itself, or one for `-var-file` (`prod.tfvars`). */
export function isTfvars(path: string): boolean {
  return path.endsWith('.tfvars') || path.endsWith('.tfvars.json')
}

export function isAutoTfvars(path: string): boolean {
  // Asked of every listed file: the ending is tested before the pattern, which scans each name.
  return (path.endsWith('.tfvars') || path.endsWith('.tfvars.json')) && AUTO_TFVARS.test(path)
}

/** Where `terraform init` installs a folder's modules, relative to that folder. */
export const INSTALLED_MODULES = '.terraform/modules'

/** Where `terraform init` records the modules it installed, relative to the root module folder. */
export const MODULES_JSON = `${INSTALLED_MODULES}/modules.json`

export function modulesJsonPath(dir: string): string {
  return dir === '' ? MODULES_JSON : `${dir}/${MODULES_JSON}`
}

/**
 * `terraform init` installs a folder's modules under `.terraform`, a tool folder that is never
 * listed (and usually git-ignored), and names each in `.terraform/modules/modules.json`. The
 * Terraform files of the folders named there are added to a listing, so a module can be read
 * where it is installed; nothing else under `.terraform` is.
 */
export async function withInstalledModules(
  listed: string[],
  readText: (path: string) => Promise<string | undefined>,
  filesIn: (dir: string) => Promise<string[]>
): Promise<string[]> {
  const roots = new Set(listed.filter(isTerraformFile).map(dirOf))
  const added = new Set<string>()
  for (const root of roots) {
    const text = await readText(modulesJsonPath(root))
    for (const dir of namedDirs(root, text)) {
      for (const file of await filesIn(dir))
        if (isTerraformFile(file)) added.add(dir === '' ? file : `${dir}/${file}`)
    }
  }
  return added.size === 0 ? listed : [...new Set([...listed, ...added])].sort()
}

/** Folders a manifest names inside a tool folder (the others are listed as they are). */
function namedDirs(root: string, text: string | undefined): string[] {
  if (text === undefined) return []
  let manifest: { Modules?: { Dir?: unknown }[] }
  try {
    manifest = JSON.parse(text) as typeof manifest
  } catch {
    return [] // the Terraform reader reports it
  }
  if (!Array.isArray(manifest?.Modules)) return []
  const out = new Set<string>()
  for (const m of manifest.Modules) {
    const dir = typeof m?.Dir === 'string' ? resolveInRepo(root, m.Dir) : undefined
    if (dir !== undefined && dir !== '.' && inSkippedDir(`${dir}/-`)) out.add(dir)
  }
  return [...out]
}

/** The names of the files of a listing that sit directly in a folder. */
export function filesDirectlyIn(paths: readonly string[], dir: string): string[] {
  const prefix = `${dir}/`
  return paths
    .filter(p => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
    .map(p => p.slice(prefix.length))
}

/**
 * A commit's listing from its whole tree: every file outside tool folders and the excludes, and
 * the installed modules its manifests name.
 */
export function treeListing(
  all: readonly string[],
  excluded: (path: string) => boolean,
  read: (path: string) => Promise<ReadResult>
): Promise<string[]> {
  return withInstalledModules(
    all.filter(p => !excluded(p) && !inSkippedDir(p)).sort(),
    async path => {
      const result = await read(path)
      return 'text' in result ? result.text : undefined
    },
    async dir => filesDirectlyIn(all, dir).filter(name => !excluded(`${dir}/${name}`))
  )
}
