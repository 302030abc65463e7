import { diagnostic, type Diagnostic, type SourceLocation } from '../../model/location.js'
import type { RawResource, Service } from '../../model/types.js'
import {
  asString,
  get,
  isMap,
  membersOnce,
  readOnce,
  type MapEntry,
  type MapValue,
  type Value
} from '../../model/value.js'
import { locOfEntry } from '../shared/attrs.js'
import {
  emptyMap,
  MapContext,
  templateWarning,
  type ResourceHandler,
  type TemplateResource
} from './context.js'
import { withLoopsUnrolled } from './for-each.js'
import { withJsonDocuments } from './json-documents.js'
import type { CfnMapInput } from './map.js'
import { readParameters } from './parameters.js'
import { ParameterResolver } from './resolve.js'
import { ownValue } from '../../model/own.js'

/** Resource type → handler. Types without a handler still reach `service.rawResources`. */
export type HandlerTable = Readonly<Record<string, ResourceHandler>>

export interface MapOptions {
  /** Key locations of settings inherited from shared defaults (SAM `Globals`). */
  sharedKeys?: WeakSet<SourceLocation>
}

/**
 * Reads parameters, registers every resource by logical id, runs the handler of each resource,
 * then the deferred links between resources. Problems become diagnostics; nothing throws.
 */
export function mapTemplate(
  input: CfnMapInput,
  service: Service,
  handlers: HandlerTable,
  options: MapOptions = {}
): Diagnostic[] {
  const file = input.template.loc.file
  const early: Diagnostic[] = []
  const warn = (message: string, loc: SourceLocation | undefined, code = 'invalid-template') =>
    early.push(templateWarning(file, message, code, loc))
  const parameters = readParameters(
    { service, warn },
    get(input.template, 'Parameters'),
    input.parameterOverrides
  )
  const ctx = new MapContext(
    file,
    service,
    new ParameterResolver(parameters, get(input.template, 'Mappings')),
    input.externalIds ?? new Map(),
    options.sharedKeys
  )
  // A Serverless `resources` section is a template too: its loops are unrolled here.
  const section = get(withLoopsUnrolled(input.template), 'Resources')
  if (section?.kind === 'symbolic' && section.fn === 'Fn::Transform') {
    includedFromElsewhere(ctx, section.args, section.loc)
  } else if (section?.kind === 'symbolic' && section.fn.startsWith('Fn::ForEach')) {
    ctx.warn(FOR_EACH_MESSAGE, section.loc, 'unsupported-intrinsic')
  } else if (section !== undefined && !isMap(section)) {
    ctx.warn('Resources should be a map of logical ids to resources', section.loc)
  }
  if (isMap(section)) registerAll(ctx, section)
  for (const r of ctx.resources.values()) {
    const handler = ownValue(handlers, r.type)
    if (!handler) continue
    // Guarded inline, as `ctx.guard` would: a large template has hundreds of thousands.
    try {
      handler(ctx, r)
    } catch (err) {
      ctx.failed(err, r.loc)
    }
  }
  ctx.runDeferred()
  return [...early, ...ctx.diagnostics]
}

const FOR_EACH_MESSAGE =
  'Fn::ForEach (AWS::LanguageExtensions) should be [identifier, collection, resources]: the resources it generates are not modelled'

/**
 * Registers the resources in the order they are written, listing them once. A logical id written
 * twice (JSON text only) makes the later definition the resource, in the place of the first, as
 * `entries` reads it: the listing starts again from there.
 */
function registerAll(ctx: MapContext, section: MapValue): void {
  const raw = ctx.service.rawResources.length
  const warnings = ctx.diagnostics.length
  const unregistered = new Set<string>()
  for (const e of membersOnce(section)) {
    if (ctx.resources.has(e.key) || unregistered.has(e.key)) {
      ctx.resources.clear()
      ctx.service.rawResources.length = raw
      ctx.diagnostics.length = warnings
      for (const entry of section.entries.values()) registerGuarded(ctx, entry)
      return
    }
    if (!registerGuarded(ctx, e)) unregistered.add(e.key)
  }
}

/**
 * `Fn::Transform` in `Resources` (an `AWS::Include` of a snippet in S3, or a macro) adds
 * resources the template does not hold: they cannot be checked, so the result is an error.
 */
function includedFromElsewhere(
  ctx: MapContext,
  args: Value | undefined,
  loc: SourceLocation
): void {
  const name = asString(get(args, 'Name')) ?? 'a transform'
  const location = asString(get(get(args, 'Parameters'), 'Location'))
  const from = location ? ` from ${location}` : ''
  const message = `${name}${from} adds resources that are not in the template: they are not checked`
  const at = { line: loc.line, column: loc.column }
  ctx.diagnostics.push(diagnostic(loc.file || ctx.file, message, 'external-resources', at))
}

/** A resource's key is located only if reading it fails: most never are. */
function registerGuarded(ctx: MapContext, e: MapEntry): boolean {
  try {
    return register(ctx, e)
  } catch (err) {
    ctx.failed(err, e.keyLoc)
    return false
  }
}

/** Whether the entry was registered as a resource. */
function register(ctx: MapContext, e: MapEntry): boolean {
  if (e.key.startsWith('Fn::ForEach::')) {
    ctx.warn(FOR_EACH_MESSAGE, e.keyLoc, 'unsupported-intrinsic')
    return false
  }
  if (e.key === 'Fn::Transform') {
    includedFromElsewhere(ctx, e.value, e.keyLoc)
    return false
  }
  const definition = e.value
  // Each part is read once here: a large template's resources keep only what is registered.
  const type = readOnce(definition, 'Type')
  if (!isMap(definition) || type?.kind !== 'scalar' || typeof type.value !== 'string') {
    ctx.warn(`resource ${e.key} has no Type: it is not read`, e.keyLoc)
    return false
  }
  const loc = locOfEntry(e)
  const written = readOnce(definition, 'Properties')
  if (written !== undefined && !isMap(written) && written.kind !== 'symbolic') {
    ctx.warn(`Properties of ${e.key} should be a map`, written.loc)
  }
  const resolved = written ? ctx.resolve(written) : undefined
  // One object is both the resource the handlers map and the resource as written.
  const r: TemplateResource & RawResource = {
    id: e.key,
    type: type.value,
    props: isMap(resolved) ? withJsonDocuments(ctx, type.value, resolved) : emptyMap(loc),
    properties: written,
    metadata: readOnce(definition, 'Metadata'),
    connectors: readOnce(definition, 'Connectors'),
    loc
  }
  ctx.resources.set(r.id, r)
  ctx.service.rawResources.push(r)
  return true
}
