import type { SourceLocation } from '../../../model/location.js'
import type { Value } from '../../../model/value.js'

/** One item of a function's `events` list: `- http: {...}`. */
export interface EventInput {
  fnId: string
  /** The event type as written: `http`, `httpApi`, `sqs`, ... */
  type: string
  value: Value
  /** The event's key, with its value's range: where trigger and endpoint findings point. */
  loc: SourceLocation
}
