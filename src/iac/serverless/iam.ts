import type { SourceLocation } from '../../model/location.js'
import type { Attr, LambdaFunction, Policy, Role } from '../../model/types.js'
import { isSymbolicValue } from '../../model/attr.js'
import {
  asBoolean,
  isTruthy,
  asList,
  asString,
  entry,
  get,
  getPath,
  type MapEntry,
  type Value
} from '../../model/value.js'
import { attrFromEntry, locOfEntry, stringAt } from '../shared/attrs.js'
import type { SlsContext } from './context.js'
import {
  lambdaTrust,
  providerBoundary,
  providerPolicies,
  providerRoleSettings,
  statementsPolicy
} from './iam-policies.js'
import { GENERATED_ROLE_ID, perFunctionRoleId } from './names.js'

const PER_FUNCTION_PLUGIN = 'serverless-iam-roles-per-function'

/**
 * Decides the role of every function: its own `role`, a per-function role from the
 * serverless-iam-roles-per-function plugin (only when `plugins` lists it, or may: the framework
 * ignores function-level `iamRoleStatements` otherwise), a provider-wide external role (`provider.iam.role`
 * as an ARN, name or reference, or v1 `provider.role`), or else the role the framework generates
 * for the service (`IamRoleLambdaExecution`), which is only created when a function uses it.
 */
export function mapIam(definitions: Map<string, MapEntry>, ctx: SlsContext): void {
  const external = providerExternalRole(ctx.provider)
  const plugin = pluginMayBeListed(ctx)
  let generated: Role | undefined
  for (const fn of ctx.service.functions) {
    const def = definitions.get(fn.id)?.value
    const own = entry(def, 'role')
    const statements = entry(def, 'iamRoleStatements')
    // Without the plugin the framework ignores them: the function gets the provider's role.
    if (statements && !plugin) fn.ignoredRoleStatements = locOfEntry(statements)
    if (own) fn.roleRef = attrFromEntry('string', own)
    else if (statements && plugin) fn.roleId = perFunctionRole(fn, def, statements, ctx).id
    else if (external) fn.roleRef = external
    else {
      generated ??= generatedRole(ctx)
      fn.roleId = generated.id
    }
  }
  if (generated) ctx.service.roles.unshift(generated)
}

function providerExternalRole(provider: Value | undefined): Attr<string> | undefined {
  const iamRole = entry(get(provider, 'iam'), 'role')
  if (iamRole && !providerRoleSettings(provider)) return attrFromEntry('string', iamRole)
  return attrFromEntry('string', entry(provider, 'role'))
}

function generatedRole(ctx: SlsContext): Role {
  const provider = ctx.provider
  const settings = providerRoleSettings(provider)
  const loc: SourceLocation =
    locAt(entry(get(provider, 'iam'), 'role')) ??
    locAt(entry(provider, 'iamRoleStatements')) ??
    locAt(entry(ctx.doc, 'provider')) ??
    ctx.service.loc
  return {
    id: GENERATED_ROLE_ID,
    name: stringAt(settings, 'name'),
    trustPolicy: lambdaTrust(loc),
    policies: providerPolicies(provider, GENERATED_ROLE_ID),
    permissionsBoundary: providerBoundary(provider),
    generatedBy: 'serverless',
    loc
  }
}

function locAt(e: MapEntry | undefined): SourceLocation | undefined {
  return e ? locOfEntry(e) : undefined
}

/**
 * The plugin's role for one function, a copy of the service role with its statements and managed
 * policies removed: the function's own statements, plus the provider's when it inherits them
 * (`iamRoleStatementsInherit`, or the plugin's `defaultInherit`). The copy keeps the service
 * role's permissions boundary unless the function or the plugin's settings name another.
 */
function perFunctionRole(
  fn: LambdaFunction,
  def: Value | undefined,
  statements: MapEntry,
  ctx: SlsContext
): Role {
  const id = perFunctionRoleId(fn.id)
  const loc = locOfEntry(statements)
  const inherit = inheritsProviderStatements(def, ctx)
  const own = statementsPolicy(statements, `${id}:functions.${fn.id}.iamRoleStatements`)
  const policies = own ? [own] : []
  const inherited = inherit ? inheritedStatements(ctx.provider, id) : undefined
  if (inherited) policies.push(inherited)
  const settings = getPath(ctx.doc, ['custom', PER_FUNCTION_PLUGIN])
  const role: Role = {
    id,
    name: stringAt(def, 'iamRoleStatementsName'),
    trustPolicy: lambdaTrust(loc),
    policies,
    permissionsBoundary:
      stringAt(def, 'iamPermissionsBoundary') ??
      stringAt(settings, 'iamGlobalPermissionsBoundary') ??
      providerBoundary(ctx.provider),
    generatedBy: 'serverless',
    loc
  }
  ctx.service.roles.push(role)
  return role
}

/**
 * The provider statements the plugin copies: `iam.role.statements` once `provider.iam` is written
 * (the legacy `iamRoleStatements` are then not read), else `iamRoleStatements`.
 */
function inheritedStatements(provider: Value | undefined, roleId: string): Policy | undefined {
  const iam = entry(provider, 'iam')
  return iam
    ? statementsPolicy(
        entry(providerRoleSettings(provider), 'statements'),
        `${roleId}:provider.iam.role.statements`
      )
    : statementsPolicy(entry(provider, 'iamRoleStatements'), `${roleId}:provider.iamRoleStatements`)
}

/**
 * The plugin tests both settings as JavaScript does (`inherit || (defaultInherit && inherit !==
 * false)`): any value it takes for true inherits, `'false'` and `no` too; only a literal `false`
 * opts a function out of `defaultInherit`. A value known only at deploy time follows the default.
 */
function inheritsProviderStatements(def: Value | undefined, ctx: SlsContext): boolean {
  const own = get(def, 'iamRoleStatementsInherit')
  const byDefault =
    isTruthy(getPath(ctx.doc, ['custom', PER_FUNCTION_PLUGIN, 'defaultInherit'])) === true
  if (isTruthy(own) === true) return true
  return byDefault && asBoolean(own) !== false
}

/** `plugins` as a list, or v1 `{ modules: [...] }`; unreadable lists count as listing it. */
function pluginMayBeListed(ctx: SlsContext): boolean {
  const plugins = get(ctx.doc, 'plugins')
  const list = plugins?.kind === 'map' ? get(plugins, 'modules') : plugins
  if (!list || list.kind === 'symbolic') return list !== undefined
  return asList(list).some(p => p.kind === 'symbolic' || isPerFunctionPlugin(asString(p)))
}

/**
 * The plugin as published (`serverless-iam-roles-per-function`), under an npm scope
 * (`@serverlessops/serverless-iam-roles-per-function`), and its forks that read the same
 * `iamRoleStatements` (`serverless-iam-roles-per-function-v4`, `serverless-granular-iam`).
 */
function isPerFunctionPlugin(name: string | undefined): boolean {
  return /^(?:@[\w.-]+\/)?(?:serverless-iam-roles-per-function(?:-v4)?|serverless-granular-iam)$/.test(
    name?.trim() ?? ''
  )
}

/**
 * After `resources` are mapped: a function whose role names a role of this service (a logical id,
 * `!GetAtt Role.Arn`, `!Ref Role`) runs as that role.
 */
export function linkFunctionRoles(functions: readonly LambdaFunction[], ctx: SlsContext): void {
  const roles = new Set(ctx.service.roles.map(r => r.id))
  for (const fn of functions) {
    if (!fn.roleRef || fn.roleId) continue
    const id = referencedLogicalId(fn.roleRef)
    if (id && roles.has(id)) fn.roleId = id
  }
}

function referencedLogicalId(ref: Attr<string>): string | undefined {
  if (isSymbolicValue(ref.value)) {
    return ref.value.fn === 'Ref' || ref.value.fn === 'Fn::GetAtt' ? ref.value.refs[0] : undefined
  }
  // The framework reads a role without `arn:` as the logical id of a role in `resources`.
  return ref.value.startsWith('arn:') || ref.value.includes('/') ? undefined : ref.value
}
