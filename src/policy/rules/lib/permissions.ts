import { display, isSymbolicValue, literal } from '../../../model/attr.js'
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

/** Principal `*` with no source or organisation condition: every AWS account, or anyone. */
export function isOpenToAll(p: InvokePermission): boolean {
  return literal(p.principal)?.trim() === '*' && !hasSourceCondition(p) && !p.principalOrgId
}

/**
 * An `InvokedViaFunctionUrl` permission (the `lambda:InvokeFunction` half that function URLs need
 * besides `lambda:InvokeFunctionUrl`) open to all, next to an open `lambda:InvokeFunctionUrl`
 * permission of the same function: the two grant one access, reported once on the URL's.
 */
export function isUrlCompanion(p: InvokePermission, all: readonly InvokePermission[]): boolean {
  if (literal(p.invokedViaFunctionUrl) !== true) return false
  const target = p.functionId ?? display(p.functionRef)
  return all.some(
    other =>
      other !== p &&
      (other.functionId ?? display(other.functionRef)) === target &&
      literal(other.action)?.trim().toLowerCase() === 'lambda:invokefunctionurl' &&
      isOpenToAll(other)
  )
}

function valueOf(a: Attr<string>): Value {
  return isSymbolicValue(a.value) ? a.value : { kind: 'scalar', value: a.value, loc: a.loc }
}

/** `s3.amazonaws.com`, `events.amazonaws.com`: an AWS service calling on someone's behalf. */
export function isServicePrincipal(principal: string): boolean {
  return /^[a-z0-9.-]+\.amazonaws\.com(?:\.cn)?$/i.test(principal.trim())
}
