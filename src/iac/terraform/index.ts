import type { Parser } from 'web-tree-sitter'
import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { ModuleInput, ParseContext, ParseResult } from '../types.js'
import { Declarations } from './config/declarations.js'
import { hasNoInstance } from './config/instances.js'
import { addJsonFile } from './config/tf-json.js'
import { inReadingOrder, tfvarsForVarFile, tfvarsInLoadingOrder } from './config/reading-order.js'
import { addTfvarsFile } from './config/tfvars.js'
import { FolderScope } from './eval/scope.js'
import { evaluateBlocks } from './model/block-instances.js'
import { Folder, type TfBlock } from './model/folder.js'
import type { InstalledModule } from './model/registry/known.js'
import { knownModuleOf } from './model/registry/sources.js'
import { modulesJsonPath } from '../../sources/installed-modules.js'
import { readOrWhy } from '../../sources/repo-reader.js'
import { readModulesJson } from './model/registry/installed.js'
import { buildService } from './model/service.js'
import { policyFileProblems, readPolicyFiles } from './model/policy-files.js'
import { parseHcl } from './syntax/parse.js'
import { parseTemplateString } from './syntax/template-string.js'
import { terraformParser } from './syntax/wasm.js'
import { errorMessage } from '../../sources/errors.js'

/**
 * Terraform: one folder's `.tf` and `.tf.json` files, read together (resources refer to each
 * other across files) into one service. Nothing is executed or fetched: module calls are not
 * followed (the terraform-aws-modules Lambda, SQS, SNS, S3 bucket, HTTP API and DynamoDB table
 * modules are modelled from their inputs; other installed modules are folders of their own), and
 * values that depend on the plan stay symbolic.
 */
export const terraformFormat = {
  format: 'terraform' as const,

  async build(input: ModuleInput, ctx: ParseContext): Promise<ParseResult> {
    const diagnostics: Diagnostic[] = []
    const decls = new Declarations()
    const parser = await parserFor(input, diagnostics)
    for (const file of inReadingOrder(input.files)) {
      if (file.path.endsWith('.json')) {
        addJsonFile(decls, file.path, file.text)
      } else if (parser) {
        const parsed = parseHcl(parser, file.path, file.text)
        diagnostics.push(...parsed.diagnostics)
        decls.addHclFile(file.path, parsed.blocks)
      }
    }
    for (const file of tfvarsInLoadingOrder(input.files))
      diagnostics.push(...addTfvarsFile(decls, parser, file.path, file.text))
    for (const file of tfvarsForVarFile(input.files))
      diagnostics.push(...addTfvarsFile(decls, parser, file.path, file.text, true))
    const scope = new FolderScope(decls, text =>
      parser ? parseTemplateString(parser, text) : undefined
    )
    // A block Terraform creates no instance of deploys nothing: it is not modelled.
    const blocks: TfBlock[] = evaluateBlocks(
      decls.blocks.filter(d => !hasNoInstance(d)),
      scope
    )
    const files = input.files.map(f => f.path)
    const installed = await installedModules(input, ctx, files, diagnostics)
    const policies = await readPolicyFiles(blocks, input.dir, ctx.repo)
    const folder = new Folder(blocks)
    const service = buildService(
      input.dir,
      files,
      folder,
      decls,
      scope,
      installed,
      policies.files,
      diagnostics
    )
    diagnostics.push(
      ...decls.diagnostics,
      ...scope.diagnostics,
      ...policyFileProblems(policies.files),
      ...policies.unreadable
    )
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
    const why = errorMessage(err).split('\n')[0]
    for (const f of hcl) {
      diagnostics.push(
        diagnostic(f.path, `Terraform parser could not be loaded: ${why}`, 'parser-unavailable')
      )
    }
    return undefined
  }
}

/**
 * What `terraform init` installed for this folder, when its `.terraform/modules/modules.json` is
 * there (a working-tree scan after init): the manifest counts as read, and a well-known module it
 * lists must be installed where it says.
 */
async function installedModules(
  input: ModuleInput,
  ctx: ParseContext,
  files: string[],
  diagnostics: Diagnostic[]
): Promise<Map<string, InstalledModule>> {
  // An installed module's calls are in its root folder's manifest, under its own key.
  const root = input.installedAs?.root ?? input.dir
  const path = modulesJsonPath(root)
  const { text, why } = await readOrWhy(ctx.repo, path)
  if (text === undefined) {
    // There but unreadable: the modules it lists would go unchecked, so it is an error.
    if (why !== undefined) diagnostics.push(diagnostic(path, why, 'unreadable'))
    return new Map()
  }
  if (!input.installedAs) files.push(path)
  const read = readModulesJson(root, text, input.installedAs?.key)
  diagnostics.push(...read.diagnostics)
  for (const m of read.installed.values())
    if (m.dir !== undefined && input.installedRead?.has(m.dir)) m.read = true
  for (const [key, m] of read.installed) {
    if (!m.dir || !knownModuleOf(m.source)) continue
    const main = m.dir === '' ? 'main.tf' : `${m.dir}/main.tf`
    if ((await ctx.repo.readText(main)) !== undefined) continue
    read.installed.delete(key)
    diagnostics.push(
      diagnostic(
        path,
        `module "${key}" is listed as installed in ${m.dir}, but that folder has no main.tf: run \`terraform init\` again`,
        'module-not-installed',
        { line: m.line }
      )
    )
  }
  return read.installed
}
