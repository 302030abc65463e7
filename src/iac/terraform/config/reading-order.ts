import { isAutoTfvars, isTfvars } from '../../../sources/installed-modules.js'
import { isOverrideFile } from './declarations.js'

type File = { path: string }

/** The folder's configuration files as Terraform reads them: override files last, in name order. */
export function inReadingOrder<T extends File>(files: readonly T[]): T[] {
  const config = files.filter(f => !isTfvars(f.path))
  const overrides = config.filter(f => isOverrideFile(f.path)).sort(byPath)
  if (overrides.length === 0) return config
  return [...config.filter(f => !isOverrideFile(f.path)), ...overrides]
}

/**
 * Auto-loaded variable files in the order Terraform applies them, each overriding the defaults
 * and the files before: `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)`
 * in name order.
 */
export function tfvarsInLoadingOrder<T extends File>(files: readonly T[]): T[] {
  const rank = (path: string) =>
    /(?:^|\/)terraform\.tfvars$/.test(path)
      ? 0
      : /(?:^|\/)terraform\.tfvars\.json$/.test(path)
        ? 1
        : 2
  return files
    .filter(f => isAutoTfvars(f.path))
    .sort((a, b) => rank(a.path) - rank(b.path) || byPath(a, b))
}

/** Name order as Terraform sorts file names: by code unit, not by locale. */
function byPath(a: File, b: File): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/**
 * Variable files Terraform reads only when told (`-var-file=prod.tfvars`), in name order: each
 * may be the one a deployment uses, so what each sets is a possible value.
 */
export function tfvarsForVarFile<T extends File>(files: readonly T[]): T[] {
  return files.filter(f => isTfvars(f.path) && !isAutoTfvars(f.path)).sort(byPath)
}
