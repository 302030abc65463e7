import type { Parser } from 'web-tree-sitter'
import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { ModuleInput, ParseContext, ParseResult } from '../types.js'
import { Declarations } from './config/declarations.js'
import { addJsonFile } from './config/tf-json.js'
import { evaluateBody } from './eval/body.js'
import { FolderScope } from './eval/scope.js'
import { Folder, type TfBlock } from './model/folder.js'
import { buildService } from './model/service.js'
import { parseHcl } from './syntax/parse.js'
import { parseTemplateString } from './syntax/template-string.js'
import { terraformParser } from './syntax/wasm.js'

/**
 * Terraform: one folder's `.tf` and `.tf.json` files, read together (resources refer to each
 * other across files) into one service. Nothing is executed or fetched: modules other than the
 * terraform-aws-modules Lambda module are not followed, and values that depend on the plan stay
 * symbolic.
 */
export const terraformFormat = {
  format: 'terraform' as const,

  async build(input: ModuleInput, _ctx: ParseContext): Promise<ParseResult> {
    const diagnostics: Diagnostic[] = []
    const decls = new Declarations()
    const parser = await parserFor(input, diagnostics)
    for (const file of input.files) {
      if (file.path.endsWith('.json')) {
        addJsonFile(decls, file.path, file.text)
      } else if (parser) {
        const parsed = parseHcl(parser, file.path, file.text)
        diagnostics.push(...parsed.diagnostics)
        decls.addHclFile(file.path, parsed.blocks)
      }
    }
    const scope = new FolderScope(decls, text =>
      parser ? parseTemplateString(parser, text) : undefined
    )
    const blocks: TfBlock[] = decls.blocks.map(d => ({
      mode: d.mode,
      type: d.type,
      name: d.name,
      address: d.address,
      loc: d.loc,
      body: evaluateBody(d.body, d.file, scope, d.loc)
    }))
    const files = input.files.map(f => f.path)
    const service = buildService(input.dir, files, new Folder(blocks), decls, scope)
    diagnostics.push(...decls.diagnostics, ...scope.diagnostics)
    return { services: [service], diagnostics }
  }
}

/**
 * The HCL parser (also used for the template strings of `.tf.json` files), or a diagnostic on
 * each `.tf` file when it cannot be loaded.
 */
async function parserFor(
  input: ModuleInput,
  diagnostics: Diagnostic[]
): Promise<Parser | undefined> {
  const hcl = input.files.filter(f => !f.path.endsWith('.json'))
  try {
    return await terraformParser()
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    for (const f of hcl) {
      diagnostics.push(
        diagnostic(f.path, `Terraform parser could not be loaded: ${why}`, 'parser-unavailable')
      )
    }
    return undefined
  }
}
