import type { installedFolders } from './terraform/installed-folders.js'

/**
 * The module folders `terraform init` installed that are read as folders of their own. The
 * manifest reader is loaded only for a tree with Terraform folders: a scan without Terraform
 * never loads the Terraform reader.
 */
export async function installedModuleFolders(
  ...args: Parameters<typeof installedFolders>
): ReturnType<typeof installedFolders> {
  if (args[0].size === 0) return { folders: [], diagnostics: [] }
  return (await (reader ??= import('./terraform/installed-folders.js'))).installedFolders(...args)
}

/** Loaded once, though every stage of a scan asks. */
let reader: Promise<typeof import('./terraform/installed-folders.js')> | undefined
