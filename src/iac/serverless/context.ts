import { diagnostic, type Diagnostic, type SourceLocation } from '../../model/location.js'
import type { Service } from '../../model/types.js'
import { get, type MapValue, type SymbolicValue, type Value } from '../../model/value.js'
import { serviceApis, type ServiceApis } from './apis.js'

/** What every part of the Serverless mapping shares while one service is built. */
export class SlsContext {
  readonly diagnostics: Diagnostic[] = []
  private readonly endpointIds = new Set<string>()
  /** The API each kind of event joins: the framework's own, or one another stack owns. */
  readonly apis: ServiceApis
  /** `Properties` that `resources` sets on the REST API the framework generates, in order. */
  readonly restApiProperties: Value[] = []

  constructor(
    /** The resolved document: variables that could be decided are already replaced. */
    readonly doc: MapValue,
    readonly service: Service
  ) {
    this.apis = serviceApis(this.provider)
  }

  get file(): string {
    return this.service.id
  }

  get provider(): Value | undefined {
    return get(this.doc, 'provider')
  }

  warn(message: string, at: SourceLocation | undefined, code = 'invalid-serverless'): void {
    const loc = at ?? this.service.loc
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, 'warning'))
  }

  /**
   * Reports a part of the file that is a value we cannot read. Includes that cannot be read are
   * already reported where the `${file()}` is written, so they are not reported twice.
   */
  unreadable(v: SymbolicValue, what: string, code: string): void {
    if (v.fn !== 'file')
      this.warn(`${what} from ${v.expr} cannot be read; not checked`, v.loc, code)
  }

  /** An endpoint id unique in the service: a route written twice gets `#2`. */
  endpointId(base: string): string {
    let id = base
    for (let n = 2; this.endpointIds.has(id); n++) id = `${base}#${n}`
    this.endpointIds.add(id)
    return id
  }
}
