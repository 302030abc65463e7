import { display, isSymbolicValue } from '../../../model/attr.js'
import type { Attr, InvokePermission } from '../../../model/types.js'
import type { Value } from '../../../model/value.js'
import { conditionTestNarrows } from './condition-narrowing.js'

/** Helpers the invoke-permission rules share (AWS::Lambda::Permission, aws_lambda_permission). */

/** "function `createOrder`", or the function as written when it is not one of this service. */
export function permissionTarget(p: InvokePermission): string {
  if (p.functionId) return `function \`${p.functionId}\``
  const written = display(p.functionRef)
  return written ? `function \`${written}\`` : 'the function'
}

/** The resource a permission finding is about: its function when known, else the permission. */
export function permissionResource(p: InvokePermission): string {
  return p.functionId ?? p.id
}

/**
 * Whether the permission names the calling resource or account (a symbolic value names one too).
 * Lambda compares `SourceArn` with `ArnLike`, so `arn:aws:s3:::*` names no source;
 * `SourceAccount` with `StringEquals`.
 */
export function hasSourceCondition(p: InvokePermission): boolean {
  const narrows = (operator: string, key: string, a: Attr<string> | undefined) =>
    a !== undefined && conditionTestNarrows(operator, key, valueOf(a))
  return (
    narrows('ArnLike', 'aws:SourceArn', p.sourceArn) ||
    narrows('StringEquals', 'aws:SourceAccount', p.sourceAccount)
  )
}

function valueOf(a: Attr<string>): Value {
  return isSymbolicValue(a.value) ? a.value : { kind: 'scalar', value: a.value, loc: a.loc }
}

/** `s3.amazonaws.com`, `events.amazonaws.com`: an AWS service calling on someone's behalf. */
export function isServicePrincipal(principal: string): boolean {
  return /^[a-z0-9.-]+\.amazonaws\.com(?:\.cn)?$/i.test(principal.trim())
}
