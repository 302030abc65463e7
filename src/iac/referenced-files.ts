import { posix } from 'node:path'

/*
 * The names of files that readers of one format read beside the file they model, kept apart from
 * those readers: the unit index (which files a pull request must re-read together) needs the
 * names alone, and a scan without IaC loads no IaC reader.
 */

/** The samconfig files SAM reads in a template's folder, in the order it looks for them. */
export const SAMCONFIG_NAMES = ['samconfig.toml', 'samconfig.yaml', 'samconfig.yml']

const FILE_CALL = /^file\(\s*"(?:\$\{path\.module\}\/)?([^"$]+\.json)"\s*\)$/

/** The repository path a Terraform `file("...")` expression names, inside the folder; else undefined. */
export function policyFilePath(expr: string, dir: string): string | undefined {
  return inRepository(FILE_CALL.exec(expr.trim())?.[1], dir)
}

/** `templatefile("<path>", ...)` of a JSON or YAML document (a policy, an OpenAPI body). */
const TEMPLATE_CALL =
  /^templatefile\(\s*"(?:\$\{path\.module\}\/)?([^"$]+\.(?:json|ya?ml)(?:\.tpl|\.tftpl)?)"\s*,/

/**
 * The repository path of the JSON or YAML template a Terraform `templatefile("...", {...})`
 * expression renders (or the start of one: `templatefile("...",`), inside the folder; else undefined.
 */
export function templateFilePath(expr: string, dir: string): string | undefined {
  return inRepository(TEMPLATE_CALL.exec(expr.trim())?.[1], dir)
}

function inRepository(relative: string | undefined, dir: string): string | undefined {
  if (relative === undefined || posix.isAbsolute(relative)) return undefined
  const path = posix.normalize(posix.join(dir, relative))
  return path.startsWith('..') ? undefined : path
}
