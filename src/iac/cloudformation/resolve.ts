import {
  get,
  relocate,
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

/**
 * A template parameter whose `Default` is a literal that CloudFormation would use, or one with no
 * default whose `AllowedValues` are literal (`choices` only: any of them may be deployed).
 */
export type KnownParameter =
  | {
      value: Scalar
      /** `List<...>` and `CommaDelimitedList` parameters resolve to a list of their items. */
      isList: boolean
      /** The `AllowedValues`, when more than one: the deployment may give another than `value`. */
      choices?: Scalar[]
    }
  | { value?: undefined; choices: Scalar[] }

const SUB_VARIABLE = /\$\{([^}]*)\}/g

/**
 * What the text of a collection holds when resolving may change it: a `Ref` or `Fn::Sub`, a
 * dynamic reference, or an escape that could spell either.
 */
const RESOLVABLE = /"Ref"|"Fn::(?:Sub|If|Join|Select|Split|FindInMap)"|\{\{resolve:|\\/

/**
 * Resolves what is decidable without deploying: a `Ref` to a parameter with a literal default
 * becomes that literal (located where the `Ref` is written), and a `Fn::Sub` whose variables are
 * all such parameters becomes a string. `Fn::Join`, `Fn::Select`, `Fn::Split` and `Fn::FindInMap`
 * (over the template's `Mappings`) of such values become what they yield. Dynamic references
 * (`{{resolve:...}}`) become symbolic. In a list, a `Fn::If` item is each of its branches (see
 * `branchItems`); elsewhere a `Fn::If` whose branches are the same literal is that literal, and
 * other `Fn::If` keep their branches resolved (rules read each). Everything else (pseudo
 * parameters, `Fn::GetAtt`, imports) stays symbolic.
 */
export class ParameterResolver {
  constructor(
    private readonly parameters: Map<string, KnownParameter>,
    /** The template's `Mappings`, for `Fn::FindInMap`. */
    private readonly mappings?: Value
  ) {}

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
      // A parameter that allows several values is, like a `Fn::If`, each of them in a list.
      const each = choicesOf(value)
      if (each) (items ??= v.items.slice(0, i)).push(...each)
      else if (items) items.push(value)
      else if (value !== item) (items = v.items.slice(0, i)).push(value)
    })
    return items ? withItems(v, items) : v
  }

  private symbolic(v: SymbolicValue): Value {
    const listed = listBranches(v)
    if (listed) return this.list({ kind: 'list', items: listed, loc: v.loc })
    if (v.fn === 'Ref' && v.args?.kind === 'scalar') {
      const known = this.parameters.get(String(v.args.value))
      return known ? literalAt(known, v) : v
    }
    switch (v.fn) {
      case 'Fn::Sub':
        return this.sub(v) ?? v
      case 'Fn::Join':
        return this.join(v) ?? v
      case 'Fn::Select':
        return this.select(v) ?? v
      case 'Fn::Split':
        return this.split(v) ?? v
      case 'Fn::FindInMap':
        return this.findInMap(v) ?? v
      case 'Fn::If':
        return this.condition(v)
      default:
        return v
    }
  }

  /** A literal string a value resolves to (numbers and booleans as CloudFormation writes them). */
  private text(v: Value | undefined): string | undefined {
    const value = v === undefined ? undefined : this.resolve(v)
    return value?.kind === 'scalar' && value.value !== null ? String(value.value) : undefined
  }

  /**
   * The items of a list argument, each resolved on its own: a `Fn::If` item is one value here,
   * not both branches, so a join or an index stays exact. Undefined when the list is not known.
   */
  private items(v: Value | undefined): Value[] | undefined {
    if (v?.kind === 'list') return v.items.map(i => this.resolve(i))
    if (v?.kind !== 'symbolic' || v.fn === 'Fn::If') return undefined
    const value = this.resolve(v)
    return value.kind === 'list' ? value.items : undefined
  }

  /** `!Join [delimiter, [parts]]` whose parts are all literals: the string it builds. */
  private join(v: SymbolicValue): Value | undefined {
    const [delimiter, parts] = v.args?.kind === 'list' ? v.args.items : []
    const separator = delimiter?.kind === 'scalar' ? String(delimiter.value ?? '') : undefined
    const items = this.items(parts)
    if (separator === undefined || !items) return undefined
    const texts = items.map(i =>
      i.kind === 'scalar' && i.value !== null ? String(i.value) : undefined
    )
    if (texts.some(t => t === undefined)) return undefined
    return { kind: 'scalar', value: texts.join(separator), loc: v.loc }
  }

  /** `!Select [index, list]` with a literal index into a known list: that item. */
  private select(v: SymbolicValue): Value | undefined {
    const [index, list] = v.args?.kind === 'list' ? v.args.items : []
    const i = Number(this.text(index))
    const items = this.items(list)
    if (!items || !Number.isInteger(i) || i < 0 || i >= items.length) return undefined
    return items[i]
  }

  /** `!Split [delimiter, text]` of a literal: the list of its pieces. */
  private split(v: SymbolicValue): Value | undefined {
    const [delimiter, source] = v.args?.kind === 'list' ? v.args.items : []
    const separator = delimiter?.kind === 'scalar' ? String(delimiter.value ?? '') : undefined
    const text = this.text(source)
    if (!separator || text === undefined) return undefined
    const items: Value[] = text
      .split(separator)
      .map(s => ({ kind: 'scalar', value: s, loc: v.loc }))
    return { kind: 'list', items, loc: v.loc }
  }

  /**
   * `!FindInMap [Map, TopKey, SecondKey]` with keys known: the value under them in `Mappings`,
   * located where the `!FindInMap` is written (the value only applies there). A missing entry
   * with a `DefaultValue` (AWS::LanguageExtensions) is that default.
   */
  private findInMap(v: SymbolicValue): Value | undefined {
    const [name, top, second, options] = v.args?.kind === 'list' ? v.args.items : []
    const keys = [name, top, second].map(k => this.text(k))
    if (keys.some(k => k === undefined)) return undefined
    const [m, t, s] = keys as string[]
    const found = get(get(get(this.mappings, m), t), s)
    if (found) return found.kind === 'symbolic' ? undefined : relocate(found, v.loc)
    const fallback = get(options, 'DefaultValue')
    return fallback ? this.resolve(fallback) : undefined
  }

  /**
   * A `Fn::If` outside a list: the literal both branches resolve to, else the `Fn::If` with its
   * branches resolved, so a rule can check each (the statement or setting is reported when either
   * branch makes it one).
   */
  private condition(v: SymbolicValue): Value {
    const args = v.args
    if (args?.kind !== 'list' || args.items.length !== 3) return v
    const [name, yes, no] = args.items as [Value, Value, Value]
    const a = this.resolve(yes)
    const b = this.resolve(no)
    if (a.kind === 'scalar' && b.kind === 'scalar' && a.value === b.value)
      return { kind: 'scalar', value: a.value, loc: v.loc }
    if (a === yes && b === no) return v
    return { ...v, args: withItems(args, [name, a, b]) }
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
      // The default stands for the parameter in a string; another allowed value is not followed.
      if (known?.value !== undefined && !known.isList && known.value !== null)
        return String(known.value)
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

/**
 * A parameter's value where a `Ref` to it is written. One that allows several values is its
 * default carrying them as `choices`, or without a default a `Fn::If` of them all, so the rules
 * that check each branch of a condition check each allowed value.
 */
function literalAt(known: KnownParameter, ref: SymbolicValue): Value {
  const loc = ref.loc
  if (known.value === undefined) return eitherOf(known.choices, ref)
  if (!known.isList) {
    const value: Value = { kind: 'scalar', value: known.value, loc }
    if (known.choices) value.choices = known.choices
    return value
  }
  const items: Value[] = String(known.value ?? '')
    .split(',')
    .map(s => ({ kind: 'scalar', value: s.trim(), loc }))
  return { kind: 'list', items, loc }
}

/** The choices of a parameter, nested as `Fn::If` branches (the condition named by the `Ref`). */
function eitherOf(choices: Scalar[], ref: SymbolicValue): Value {
  const [first, ...rest] = choices.map((value): Value => ({ kind: 'scalar', value, loc: ref.loc }))
  if (!first || rest.length === 0) return first ?? ref
  const condition: Value = { kind: 'scalar', value: ref.expr, loc: ref.loc }
  const otherwise = eitherOf(choices.slice(1), ref)
  const args: ListValue = { kind: 'list', items: [condition, first, otherwise], loc: ref.loc }
  return { ...ref, fn: 'Fn::If', args }
}

/** Each value a resolved parameter may take, when it allows several. */
function choicesOf(v: Value): Value[] | undefined {
  if (v.kind === 'scalar' && v.choices)
    return v.choices.map(value => ({ kind: 'scalar', value, loc: v.loc }))
  return branchItems(v)
}
