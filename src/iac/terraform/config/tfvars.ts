import type { Parser } from 'web-tree-sitter'
import { diagnostic, type Diagnostic, type SourceLocation } from '../../../model/location.js'
import { isMap } from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import { locOf } from '../eval/values.js'
import { parseHcl } from '../syntax/parse.js'
import type { Declarations, Source } from './declarations.js'

/**
 * Sets the variables a variable file assigns: each value replaces the variable's default, or, for
 * a file Terraform reads only with `-var-file` (`possible`), is one more value it may take.
 */
export function addTfvarsFile(
  decls: Declarations,
  parser: Parser | undefined,
  file: string,
  text: string,
  possible = false
): Diagnostic[] {
  const assign = (name: string, source: Source, keyLoc: SourceLocation): void =>
    possible
      ? decls.addPossibleValue(name, source, file)
      : decls.assignVariable(name, source, keyLoc)
  if (file.endsWith('.json')) {
    const loaded = loadDocument(file, text)
    if (loaded.diagnostics.length > 0) return loaded.diagnostics
    // Terraform refuses it too: what it would set is not known, so the folder is not checked.
    if (!isMap(loaded.value)) {
      const why = 'a variable file in JSON should be an object of variable values: it is not read'
      return [diagnostic(file, why, 'invalid-tfvars', { line: loaded.value?.loc.line ?? 1 })]
    }
    for (const e of loaded.value.entries.values())
      assign(e.key, { kind: 'json', value: e.value }, e.keyLoc)
    return []
  }
  if (!parser) return []
  const parsed = parseHcl(parser, file, text)
  for (const a of parsed.attributes ?? [])
    assign(a.name, { kind: 'hcl', expr: a.expr }, locOf(file, a.nameRange))
  return parsed.diagnostics
}
