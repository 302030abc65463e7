import { posix } from 'node:path'
import type { Diagnostic } from '../../../model/location.js'
import type { Parameter, Service } from '../../../model/types.js'
import { asBoolean, toPlain } from '../../../model/value.js'
import { emptyService } from '../../types.js'
import type { Declarations } from '../config/declarations.js'
import type { FolderScope } from '../eval/scope.js'
import { mapDataStores } from './data-stores.js'
import { Draft } from './draft.js'
import { mapEventTriggers } from './events.js'
import type { Folder } from './folder.js'
import { mapFunctionLinks } from './function-links.js'
import { mapFunctions } from './functions.js'
import { mapHttpApis } from './http-api.js'
import { mapRoleAttachments, mapRolesAndPolicies } from './iam.js'
import { mapIamPrincipals } from './iam-principals.js'
import { mapLambdaModules } from './lambda-module.js'
import { mapOpenApiBodies } from './openapi-body.js'
import { mapPolicyDocuments } from './policy-documents.js'
import type { PolicyFiles } from './policy-files.js'
import type { InstalledModule } from './registry/known.js'
import { mapRegistryModules } from './registry/index.js'
import { mapRestApis } from './rest-api.js'

/**
 * The service of one Terraform folder. Mappers run in dependency order: documents and roles
 * before the functions that use them, functions before what links to them.
 */
export function buildService(
  dir: string,
  files: string[],
  folder: Folder,
  decls: Declarations,
  scope: FolderScope,
  installed: ReadonlyMap<string, InstalledModule> = new Map(),
  policyFiles: PolicyFiles = new Map(),
  diagnostics: Diagnostic[] = []
): Service {
  const id = dir === '' ? '.' : dir
  const name = dir === '' ? '.' : posix.basename(dir)
  const service = emptyService(id, name, 'terraform', dir, {
    file: files[0] ?? id,
    line: 1,
    column: 1
  })
  // Policy files read with `file(...)` are part of the service, like the `.tf` files.
  service.files = [...new Set([...files, ...[...policyFiles.values()].map(f => f.path)])]
  const draft = new Draft(service, folder, policyFiles)
  mapPolicyDocuments(draft)
  mapRolesAndPolicies(draft)
  mapLambdaModules(draft)
  mapRoleAttachments(draft)
  mapIamPrincipals(draft)
  mapFunctions(draft)
  mapFunctionLinks(draft)
  mapRestApis(draft)
  mapHttpApis(draft)
  mapOpenApiBodies(draft)
  mapRegistryModules(draft, installed)
  mapEventTriggers(draft)
  mapDataStores(draft)
  for (const b of folder.blocks) {
    if (b.mode !== 'module')
      service.rawResources.push({ id: b.address, type: b.type, properties: b.body, loc: b.loc })
  }
  service.parameters = parameters(decls, scope)
  diagnostics.push(...draft.diagnostics)
  return service
}

/** Variables with their defaults; `sensitive = true` marks them secret. */
function parameters(decls: Declarations, scope: FolderScope): Parameter[] {
  return [...decls.variables.values()].map(v => {
    const param: Parameter = { name: v.name, secret: false, loc: v.loc }
    if (v.default) {
      const value = scope.evaluateSource(v.default.source, v.file)
      param.default = {
        value: value.kind === 'symbolic' ? value : toPlain(value),
        loc: { ...v.default.keyLoc, value: value.loc.value }
      }
    }
    if (v.sensitive) param.secret = asBoolean(scope.evaluateSource(v.sensitive, v.file)) === true
    return param
  })
}
