import { diagnostic, type Diagnostic, type SourceLocation } from '../../model/location.js'
import type { LambdaFunction, Resource, Role, Service } from '../../model/types.js'
import type { MapEntry, MapValue, Value } from '../../model/value.js'
import type { ExternalId } from './map.js'
import type { ParameterResolver } from './resolve.js'
import { errorMessage } from '../../sources/errors.js'

/** One entry of the template's `Resources`, ready for mapping. */
export interface TemplateResource {
  /** Logical id. */
  id: string
  type: string
  /** `Metadata` as written (CDK names a function's code asset there). */
  metadata?: Value
  /** SAM's embedded `Connectors`, a resource attribute beside `Properties`, as written. */
  connectors?: Value
  /** Properties with template parameters resolved; an empty map when the resource has none. */
  props: MapValue
  /** Where the logical id is written: findings about the resource point here. */
  loc: SourceLocation
}

/** Maps one resource into the service; runs after every resource is known by id and type. */
export type ResourceHandler = (ctx: MapContext, r: TemplateResource) => void

/**
 * State shared by the resource handlers of one template: the resources by logical id, the
 * parameter resolver, the ids named from outside, and work deferred until every resource has been
 * mapped (links between resources).
 */
export class MapContext {
  readonly resources = new Map<string, TemplateResource>()
  readonly diagnostics: Diagnostic[] = []
  private readonly deferred: (() => void)[] = []

  constructor(
    readonly file: string,
    readonly service: Service,
    readonly resolver: ParameterResolver,
    readonly externalIds: Map<string, ExternalId>,
    /** Key locations of settings inherited from shared defaults (SAM `Globals`). */
    readonly sharedKeys: WeakSet<SourceLocation> = new WeakSet()
  ) {}

  /** Runs `work` once every resource has been mapped (links that need the whole service). */
  later(work: () => void): void {
    this.deferred.push(work)
  }

  /** Runs deferred work, including work that deferred work defers. */
  runDeferred(): void {
    for (let i = 0; i < this.deferred.length; i++) this.guard(this.deferred[i] as () => void)
  }

  /**
   * Runs `work`; an unexpected error becomes a diagnostic instead of stopping the scan, at `loc`
   * (a function when the location is worth reading only then).
   */
  guard(work: () => void, loc?: SourceLocation | (() => SourceLocation)): void {
    try {
      work()
    } catch (err) {
      this.failed(err, typeof loc === 'function' ? loc() : loc)
    }
  }

  /**
   * What `guard` reports when work fails: for loops over every resource, which guard inline. An
   * error, not a warning: what the failed work would have read (a function's URL, its policies)
   * is unchecked, and the gate never passes on what it did not check.
   */
  failed(err: unknown, loc: SourceLocation | undefined): void {
    const message = errorMessage(err)
    const why = `could not read this part of the template: ${message}`
    this.diagnostics.push(templateWarning(this.file, why, 'internal-error', loc, 'error'))
  }

  /**
   * A warning at `loc`, in the file `loc` is in: a Serverless service's `resources` may come from
   * a file it includes, whose line numbers only make sense in that file.
   */
  warn(message: string, loc: SourceLocation | undefined, code = 'invalid-template'): void {
    this.diagnostics.push(templateWarning(this.file, message, code, loc))
  }

  typeOf(id: string): string | undefined {
    return this.resources.get(id)?.type
  }

  resolve(v: Value): Value {
    return this.resolver.resolve(v)
  }

  functionById(id: string | undefined): LambdaFunction | undefined {
    return id === undefined ? undefined : this.service.functions.find(f => f.id === id)
  }

  roleById(id: string | undefined): Role | undefined {
    return id === undefined ? undefined : this.service.roles.find(r => r.id === id)
  }

  resourceById(id: string | undefined): Resource | undefined {
    return id === undefined ? undefined : this.service.resources.find(r => r.id === id)
  }
}

/** A warning (or an error) located in the file of `loc`, else in the template file. */
export function templateWarning(
  file: string,
  message: string,
  code: string,
  loc: SourceLocation | undefined,
  severity: Diagnostic['severity'] = 'warning'
): Diagnostic {
  const at = { line: loc?.line, column: loc?.column }
  return diagnostic(loc?.file || file, message, code, at, severity)
}

/** A map with no entries, for resources written without `Properties`. */
export function emptyMap(loc: SourceLocation): MapValue {
  return { kind: 'map', entries: new Map<string, MapEntry>(), loc }
}
