import type { Diagnostic, SourceLocation } from '../../model/location.js'
import {
  asString,
  get,
  isList,
  isMap,
  type MapEntry,
  type MapValue,
  type Value,
  withEntries,
  withValue
} from '../../model/value.js'
import { ownValue } from '../../model/own.js'
import { templateWarning } from '../cloudformation/context.js'

/** Globals section → the SAM resource type it applies to. */
const GLOBAL_SECTIONS: Readonly<Record<string, string>> = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
  LayerVersion: 'AWS::Serverless::LayerVersion'
}

/**
 * The properties SAM takes from each Globals section (SAM's `Globals.supported_properties`): any
 * other key makes SAM reject the template, so it is never applied to a resource. Function leaves
 * out `Role`, `Policies`, `FunctionName` and `Events`; Api leaves out `DefinitionBody` and `StageName`.
 */
const SUPPORTED: Readonly<Record<string, readonly string[]>> = {
  Function: [
    'Handler',
    'Runtime',
    'CodeUri',
    'DeadLetterQueue',
    'Description',
    'MemorySize',
    'Timeout',
    'VpcConfig',
    'Environment',
    'Tags',
    'PropagateTags',
    'Tracing',
    'KmsKeyArn',
    'AutoPublishAlias',
    'AutoPublishAliasAllProperties',
    'Layers',
    'DeploymentPreference',
    'RolePath',
    'PermissionsBoundary',
    'ReservedConcurrentExecutions',
    'ProvisionedConcurrencyConfig',
    'AssumeRolePolicyDocument',
    'EventInvokeConfig',
    'FileSystemConfigs',
    'CodeSigningConfigArn',
    'Architectures',
    'SnapStart',
    'EphemeralStorage',
    'FunctionUrlConfig',
    'RuntimeManagementConfig',
    'LoggingConfig',
    'RecursiveLoop',
    'SourceKMSKeyArn',
    'CapacityProviderConfig',
    'FunctionScalingConfig'
  ],
  Api: [
    'Auth',
    'Name',
    'DefinitionUri',
    'CacheClusterEnabled',
    'CacheClusterSize',
    'MergeDefinitions',
    'Variables',
    'EndpointConfiguration',
    'MethodSettings',
    'BinaryMediaTypes',
    'MinimumCompressionSize',
    'Cors',
    'GatewayResponses',
    'AccessLogSetting',
    'CanarySetting',
    'TracingEnabled',
    'OpenApiVersion',
    'Domain',
    'AlwaysDeploy',
    'PropagateTags'
  ],
  HttpApi: [
    'Auth',
    'AccessLogSettings',
    'StageVariables',
    'Tags',
    'CorsConfiguration',
    'DefaultRouteSettings',
    'Domain',
    'RouteSettings',
    'FailOnWarnings',
    'PropagateTags'
  ],
  SimpleTable: ['SSESpecification'],
  StateMachine: ['PropagateTags'],
  LayerVersion: ['PublishLambdaVersion']
}

export interface MergedTemplate {
  /** The template with each resource's `Properties` merged with its Globals section. */
  template: MapValue
  /** Globals properties by resource type (the implicit APIs take theirs from here). */
  globals: Map<string, MapValue>
  /** Key locations written in `Globals`: settings that come from there are shared ones. */
  sharedKeys: WeakSet<SourceLocation>
  /** Globals keys SAM does not take from that section: each rejects the template. */
  diagnostics: Diagnostic[]
}

/**
 * Merges `Globals` into each resource the way SAM (and cfn-lint) does: a local scalar replaces
 * the global one, maps merge key by key, lists concatenate with the global items first, and
 * `IgnoreGlobals` (`'*'` or a list of property names) leaves properties out. Merged-in values keep
 * the location they have in `Globals`.
 */
export function mergeGlobals(document: MapValue): MergedTemplate {
  const globals = new Map<string, MapValue>()
  const sharedKeys = new WeakSet<SourceLocation>()
  const diagnostics: Diagnostic[] = []
  const section = get(document, 'Globals')
  if (isMap(section)) {
    for (const e of section.entries.values()) {
      const type = ownValue(GLOBAL_SECTIONS, e.key)
      if (!type || !isMap(e.value)) continue
      const applied = supportedOnly(e.key, e.value, diagnostics)
      globals.set(type, applied)
      markShared(applied, sharedKeys, new Set())
    }
  }
  const resources = document.entries.get('Resources')
  if (globals.size === 0 || !resources || !isMap(resources.value)) {
    return { template: document, globals, sharedKeys, diagnostics }
  }
  const merged = new Map<string, MapEntry>()
  for (const [id, e] of resources.value.entries) merged.set(id, withGlobals(e, globals))
  const entries = new Map(document.entries)
  entries.set('Resources', withValue(resources, withEntries(resources.value, merged)))
  return { template: withEntries(document, entries), globals, sharedKeys, diagnostics }
}

/**
 * The section without the keys SAM does not take from it, each a located warning: SAM rejects the
 * template ("is not a supported property of"), so no resource ever gets the setting.
 */
function supportedOnly(name: string, section: MapValue, diagnostics: Diagnostic[]): MapValue {
  const supported = ownValue(SUPPORTED, name) ?? []
  const kept = new Map<string, MapEntry>()
  for (const [key, e] of section.entries) {
    if (supported.includes(key)) kept.set(key, e)
    else diagnostics.push(unsupportedKey(name, key, e.keyLoc))
  }
  return kept.size === section.entries.size ? section : withEntries(section, kept)
}

function unsupportedKey(section: string, key: string, loc: SourceLocation): Diagnostic {
  const message = `${key} is not a property SAM takes from Globals.${section}: SAM rejects the template, and no resource gets it from here`
  return templateWarning(loc.file, message, 'sam-globals-unsupported', loc)
}

function withGlobals(e: MapEntry, globals: Map<string, MapValue>): MapEntry {
  const definition = e.value
  const type = asString(get(definition, 'Type'))
  const shared = type ? globals.get(type) : undefined
  if (!shared || !isMap(definition)) return e
  const ignore = get(definition, 'IgnoreGlobals')
  if (asString(ignore) === '*') return e
  const ignored = new Set(isList(ignore) ? ignore.items.map(i => asString(i) ?? '') : [])
  const kept = new Map([...shared.entries].filter(([key]) => !ignored.has(key)))
  const local = definition.entries.get('Properties')
  const localProps: Value = local?.value ?? { kind: 'map', entries: new Map(), loc: e.keyLoc }
  const props = mergeValues(withEntries(shared, kept), localProps)
  const entries = new Map(definition.entries)
  entries.set('Properties', { key: 'Properties', keyLoc: local?.keyLoc ?? e.keyLoc, value: props })
  return withValue(e, withEntries(definition, entries))
}

/** SAM's merge: maps deeply, lists concatenated, anything else (intrinsics too) local wins. */
export function mergeValues(shared: Value, local: Value): Value {
  if (isMap(shared) && isMap(local)) {
    const entries = new Map(shared.entries)
    for (const [key, le] of local.entries) {
      const se = entries.get(key)
      entries.set(key, se ? withValue(le, mergeValues(se.value, le.value)) : le)
    }
    return { kind: 'map', entries, loc: local.loc }
  }
  if (isList(shared) && isList(local)) {
    return { kind: 'list', items: [...shared.items, ...local.items], loc: local.loc }
  }
  return local
}

function markShared(v: Value, keys: WeakSet<SourceLocation>, seen: Set<Value>): void {
  if (seen.has(v)) return
  seen.add(v)
  if (isMap(v)) {
    for (const e of v.entries.values()) {
      keys.add(e.keyLoc)
      markShared(e.value, keys, seen)
    }
  } else if (isList(v)) v.items.forEach(i => markShared(i, keys, seen))
}
