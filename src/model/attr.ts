import type { Attr } from './types.js'
import type { SymbolicValue } from './value.js'

/** The literal value of an attribute, or undefined when it is absent or symbolic. */
export function literal<T>(a: Attr<T> | undefined): T | undefined {
  if (!a) return undefined
  return isSymbolicValue(a.value) ? undefined : (a.value as T)
}

/** Whether an attribute is present but cannot be decided statically. */
export function isUndecidable(a: Attr<unknown> | undefined): boolean {
  return a !== undefined && isSymbolicValue(a.value)
}

export function isSymbolicValue(v: unknown): v is SymbolicValue {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'symbolic'
}

/** The attribute's value for messages: the literal, or the expression as written. */
export function display(a: Attr<unknown> | undefined): string {
  if (!a) return ''
  return isSymbolicValue(a.value) ? a.value.expr : String(a.value)
}
