import type { Parser } from 'web-tree-sitter'
import type { Diagnostic } from '../../../model/location.js'
import { isMap } from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import { locOf } from '../eval/values.js'
import { parseHcl } from '../syntax/parse.js'
import type { Declarations } from './declarations.js'
import { isAutoTfvars } from '../../../sources/installed-modules.js'

/**
 * Auto-loaded variable files in the order Terraform applies them, each overriding the defaults
 * and the files before: `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)`
 * in name order.
 */
export function tfvarsInLoadingOrder<T extends { path: string }>(files: readonly T[]): T[] {
  const rank = (path: string) =>
    /(?:^|\/)terraform\.tfvars$/.test(path)
      ? 0
      : /(?:^|\/)terraform\.tfvars\.json$/.test(path)
        ? 1
        : 2
  return files
    .filter(f => isAutoTfvars(f.path))
    .sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Sets the variables a variable file assigns: each value replaces the variable's default. */
export function addTfvarsFile(
  decls: Declarations,
  parser: Parser | undefined,
  file: string,
  text: string
): Diagnostic[] {
  if (file.endsWith('.json')) {
    const loaded = loadDocument(file, text)
    if (loaded.diagnostics.length > 0 || !isMap(loaded.value)) return loaded.diagnostics
    for (const e of loaded.value.entries.values())
      decls.assignVariable(e.key, { kind: 'json', value: e.value }, e.keyLoc)
    return []
  }
  if (!parser) return []
  const parsed = parseHcl(parser, file, text)
  for (const a of parsed.attributes ?? [])
    decls.assignVariable(a.name, { kind: 'hcl', expr: a.expr }, locOf(file, a.nameRange))
  return parsed.diagnostics
}
