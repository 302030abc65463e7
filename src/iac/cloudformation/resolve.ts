import type { SourceLocation } from '../../model/location.js'
import {
  writtenText,
  type ListValue,
  type MapEntry,
  type Scalar,
  type SymbolicValue,
  type Value,
  withEntries,
  withItems,
  withValue
} from '../../model/value.js'
import { dynamicReference } from '../document/intrinsics.js'

/** A template parameter whose `Default` is a literal that CloudFormation would use. */
export interface KnownParameter {
  value: Scalar
  /** `List<...>` and `CommaDelimitedList` parameters resolve to a list of their items. */
  isList: boolean
}

const SUB_VARIABLE = /\$\{([^}]*)\}/g

/**
 * What the text of a collection holds when resolving may change it: a `Ref` or `Fn::Sub`, a
 * dynamic reference, or an escape that could spell either.
 */
const RESOLVABLE = /"Ref"|"Fn::Sub"|"Fn::If"|\{\{resolve:|\\/

/**
 * Resolves what is decidable without deploying: a `Ref` to a parameter with a literal default
 * becomes that literal (located where the `Ref` is written), and a `Fn::Sub` whose variables are
 * all such parameters becomes a string. Dynamic references (`{{resolve:...}}`) become symbolic.
 * In a list, a `Fn::If` item is each of its branches (see `branchItems`). Everything else (pseudo
 * parameters, other `Fn::If`, `Fn::GetAtt`, imports) stays symbolic.
 */
export class ParameterResolver {
  constructor(private readonly parameters: Map<string, KnownParameter>) {}

  /**
   * Unchanged values are returned as they are (copy on write), so nothing is allocated for the
   * common case; aliased values are walked once per use, which the loader bounds (`maxNodes`).
   */
  resolve(v: Value): Value {
    if (v.kind === 'scalar') return dynamicReference(v) ?? v
    const written = writtenText(v)
    return written !== undefined && !RESOLVABLE.test(written) ? v : this.compute(v)
  }

  /** The literal a parameter name stands for, if it is known. */
  parameter(name: string): KnownParameter | undefined {
    return this.parameters.get(name)
  }

  private compute(v: Value): Value {
    switch (v.kind) {
      case 'scalar':
        return dynamicReference(v) ?? v
      case 'symbolic':
        return this.symbolic(v)
      case 'list':
        return this.list(v)
      case 'map': {
        // Copy on write: an unchanged map (the common case) allocates nothing.
        let entries: Map<string, MapEntry> | undefined
        for (const [key, e] of v.entries) {
          const value = this.resolve(e.value)
          if (value !== e.value) (entries ??= new Map(v.entries)).set(key, withValue(e, value))
        }
        return entries ? withEntries(v, entries) : v
      }
    }
  }

  private list(v: ListValue): Value {
    let items: Value[] | undefined
    v.items.forEach((item, i) => {
      const branches = branchItems(item)
      if (branches) {
        items ??= v.items.slice(0, i)
        for (const b of branches) items.push(this.resolve(b))
        return
      }
      const value = this.resolve(item)
      if (items) items.push(value)
      else if (value !== item) (items = v.items.slice(0, i)).push(value)
    })
    return items ? withItems(v, items) : v
  }

  private symbolic(v: SymbolicValue): Value {
    const listed = listBranches(v)
    if (listed) return this.list({ kind: 'list', items: listed, loc: v.loc })
    if (v.fn === 'Ref' && v.args?.kind === 'scalar') {
      const known = this.parameters.get(String(v.args.value))
      return known ? literalAt(known, v.loc) : v
    }
    if (v.fn === 'Fn::Sub') return this.sub(v) ?? v
    return v
  }

  /** `!Sub` with only known parameters (or literal variables) becomes the string it yields. */
  private sub(v: SymbolicValue): Value | undefined {
    const args = v.args
    const template = args?.kind === 'list' ? args.items[0] : args
    if (template?.kind !== 'scalar' || typeof template.value !== 'string') return undefined
    const vars = args?.kind === 'list' ? args.items[1] : undefined
    let unresolved = false
    const text = template.value.replace(SUB_VARIABLE, (whole, name: string) => {
      if (name.startsWith('!')) return `\${${name.slice(1)}}`
      const local = vars?.kind === 'map' ? vars.entries.get(name.trim())?.value : undefined
      const value = local ? this.resolve(local) : undefined
      if (value?.kind === 'scalar' && value.value !== null) return String(value.value)
      const known = local ? undefined : this.parameters.get(name.trim())
      if (known && !known.isList && known.value !== null) return String(known.value)
      unresolved = true
      return whole
    })
    return unresolved ? undefined : { kind: 'scalar', value: text, loc: v.loc }
  }
}

/**
 * The items a `Fn::If` list item may deploy: each branch (a branch of `AWS::NoValue` none), both
 * kept. A conditional IAM statement, policy or managed policy is checked whichever way the
 * condition goes, not dropped as undecidable.
 */
function branchItems(v: Value): Value[] | undefined {
  if (v.kind !== 'symbolic' || v.fn !== 'Fn::If') return undefined
  const args = v.args
  if (args?.kind !== 'list' || args.items.length !== 3) return undefined
  return args.items.slice(1).flatMap(b => branchItems(b) ?? (isNoValue(b) ? [] : [b]))
}

/** A `Fn::If` whose branches are lists (or `AWS::NoValue`): the list of every branch's items. */
function listBranches(v: SymbolicValue): Value[] | undefined {
  const branches = branchItems(v)
  if (!branches || !branches.some(b => b.kind === 'list')) return undefined
  if (!branches.every(b => b.kind === 'list')) return undefined
  return branches.flatMap(b => (b as ListValue).items)
}

function isNoValue(v: Value): boolean {
  return (
    v.kind === 'symbolic' &&
    v.fn === 'Ref' &&
    v.args?.kind === 'scalar' &&
    v.args.value === 'AWS::NoValue'
  )
}

function literalAt(known: KnownParameter, loc: SourceLocation): Value {
  if (!known.isList) return { kind: 'scalar', value: known.value, loc }
  const items: Value[] = String(known.value ?? '')
    .split(',')
    .map(s => ({ kind: 'scalar', value: s.trim(), loc }))
  return { kind: 'list', items, loc }
}
