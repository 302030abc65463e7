import { asString, get, type MapValue, type Value } from '../../../model/value.js'
import type { BlockDecl } from '../config/declarations.js'
import { evaluateDeclaredBody } from '../eval/body.js'
import type { FolderScope } from '../eval/scope.js'
import { conditionalOf } from '../eval/possible-values.js'
import { refsIn } from '../eval/values.js'
import { branchesOf } from '../../shared/either-branch.js'
import type { TfBlock } from './folder.js'
import { isEach } from './instances.js'
import { isLambdaModule, knownModuleOf } from './registry/sources.js'

/** More instances than this, and a block is modelled once with `each` unknown. */
const MAX_INSTANCES = 1000

/**
 * The folder's blocks, evaluated. A resource, data source or call of a module modelled from its
 * inputs with a `for_each` known before the plan whose body reads `each` is one block per instance (`address["key"]`, `each` bound to its
 * element, as Terraform plans it): one public permission among private ones is then that
 * instance's finding, not an unknown principal. A block another block refers to stays one block,
 * as references name the block, not an instance.
 */
export function evaluateBlocks(decls: readonly BlockDecl[], scope: FolderScope): TfBlock[] {
  const once = decls.map(d => ({ decl: d, block: blockOf(d, evaluateDeclaredBody(d, scope)) }))
  const referenced = new Set<string>()
  for (const { block } of once)
    for (const ref of refsIn(block.body)) if (ref !== block.address) referenced.add(ref)
  return once.flatMap(({ decl, block }) => {
    if (!expands(decl, block, referenced)) return [block]
    const elements = elementsOf(get(block.body, 'for_each'))
    if (!elements || !scope.charge(elements.length, block.loc)) return [block]
    return elements.map(({ key, element }) => ({
      ...blockOf(decl, evaluateDeclaredBody(decl, scope, element)),
      address: `${decl.address}["${key}"]`
    }))
  })
}

function expands(decl: BlockDecl, block: TfBlock, referenced: Set<string>): boolean {
  // Attachments of `each.value` are planned by `attachmentInstances`, at their elements.
  if (isEach(get(block.body, 'policy_arn') ?? block.body)) return false
  if (decl.mode === 'module' && !modelledFromInputs(block)) return false
  return !referenced.has(block.address) && readsEach(block.body)
}

/**
 * A call of a module the gate models from its inputs (the Lambda module, the well-known ones):
 * each instance is what its inputs make of it. Other calls' inputs are not read (a local module
 * is a folder of its own, read once whatever calls it), so they are never expanded.
 */
function modelledFromInputs(block: TfBlock): boolean {
  const source = asString(get(block.body, 'source')) ?? ''
  return isLambdaModule(source) || knownModuleOf(source) !== undefined
}

function blockOf(d: BlockDecl, body: MapValue): TfBlock {
  return { mode: d.mode, type: d.type, name: d.name, address: d.address, loc: d.loc, body }
}

/** `each` as one instance reads it: `{ key, value }`, keyed as Terraform keys the instance. */
interface Element {
  key: string
  element: MapValue
}

/**
 * The instances of a known `for_each`: a map's entries, or a set's strings (each its own key and
 * value). Undefined when the collection, or a key of it, is not known, or when it is too large.
 */
function elementsOf(collection: Value | undefined): Element[] | undefined {
  const elements = collection && allElementsOf(collection)
  return elements && elements.length > 0 && elements.length <= MAX_INSTANCES ? elements : undefined
}

/**
 * A collection written as a condition (`var.on ? var.functions : {}`, or a variable that var
 * files set to other maps) has the instances of either branch: an instance whose value differs
 * between branches reads each value, as a conditional, and every one of them is checked.
 */
function allElementsOf(collection: Value): Element[] | undefined {
  const branches = branchesOf(collection)
  if (!branches) return literalElements(collection)
  const byKey = new Map<string, Element[]>()
  for (const branch of branches) {
    const elements = allElementsOf(branch)
    if (!elements) return undefined
    for (const e of elements) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e])
  }
  return [...byKey.values()].map(eitherElement)
}

function literalElements(collection: Value): Element[] | undefined {
  let pairs: { key: string | undefined; keyValue: Value; value: Value }[]
  if (collection.kind === 'map') {
    pairs = [...collection.entries.values()].map(e => ({
      key: e.key,
      keyValue: { kind: 'scalar', value: e.key, loc: e.keyLoc },
      value: e.value
    }))
  } else if (collection.kind === 'list') {
    pairs = collection.items.map(item => ({ key: asString(item), keyValue: item, value: item }))
  } else return undefined
  if (pairs.length > MAX_INSTANCES) return undefined
  const out: Element[] = []
  for (const { key, keyValue, value } of pairs) {
    if (key === undefined) return undefined
    out.push({ key, element: elementMap(keyValue, value) })
  }
  return out
}

function elementMap(keyValue: Value, value: Value): MapValue {
  const entries = new Map([
    ['key', { key: 'key', keyLoc: keyValue.loc, value: keyValue }],
    ['value', { key: 'value', keyLoc: value.loc, value }]
  ])
  return { kind: 'map', entries, loc: value.loc }
}

/** One instance from the branches that have it: its value each branch's, as a conditional. */
function eitherElement(branches: Element[]): Element {
  const [first] = branches as [Element, ...Element[]]
  if (branches.length === 1) return first
  const key = get(first.element, 'key') as Value
  const values = branches.map(b => get(b.element, 'value') as Value)
  return { key: first.key, element: elementMap(key, conditionalOf('each.value', values)) }
}

/** Whether a body holds an unresolved `each.key` or `each.value`. */
function readsEach(v: Value): boolean {
  if (v.kind === 'symbolic') return v.fn === 'each' || /\beach\.(key|value)\b/.test(v.expr)
  if (v.kind === 'list') return v.items.some(readsEach)
  if (v.kind === 'map') return [...v.entries.values()].some(e => readsEach(e.value))
  return false
}
