import type { SourceLocation } from '../../../model/location.js'
import type { Attr, PolicyDocument, PolicyStatement, Principal } from '../../../model/types.js'
import {
  asList,
  asString,
  get,
  relocate,
  type MapEntry,
  type MapValue,
  type Value
} from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import { stringAt, stringList, stringListAt } from '../../shared/attrs.js'
import { eitherBranch } from '../../shared/either-branch.js'
import { policyDocumentFrom } from '../../shared/policy-document.js'
import type { Draft } from './draft.js'
import { documentOfFile } from './policy-files.js'
import { nestedAll, type TfBlock } from './folder.js'

const DOCUMENT_TYPE = 'data.aws_iam_policy_document'

/**
 * IAM policy documents as Terraform writes them: `data "aws_iam_policy_document"` blocks
 * (merged with their source and override documents), `jsonencode({...})`, JSON heredocs and
 * strings, and references to a document's `.json`.
 */
export function mapPolicyDocuments(draft: Draft): void {
  const building = new Set<string>()
  const build = (block: TfBlock): PolicyDocument => {
    const known = draft.documents.get(block.address)
    if (known) return known
    building.add(block.address)
    const doc = documentFromBlock(draft, block, ref => {
      const b = draft.folder.get(ref)
      return b && !building.has(ref) ? build(b) : undefined
    })
    building.delete(block.address)
    draft.documents.set(block.address, doc)
    return doc
  }
  for (const block of draft.folder.ofType(DOCUMENT_TYPE)) build(block)
}

/** The policy a value holds, located at `loc` (the attribute that sets it). */
export function policyFrom(
  draft: Draft,
  v: Value | undefined,
  loc: SourceLocation
): PolicyDocument | undefined {
  if (!v) return undefined
  if (v.kind === 'map' || v.kind === 'list') return policyDocumentFrom(v, loc)
  if (v.kind === 'scalar') {
    const text = asString(v)?.trim()
    if (!text?.startsWith('{')) return undefined
    const loaded = loadDocument(v.loc.file, text)
    return loaded.value ? policyDocumentFrom(relocate(loaded.value, v.loc), loc) : undefined
  }
  const linked = linkedDocument(draft, v)
  if (linked) return { ...linked, loc }
  const file = draft.policyFiles.get(v.expr)
  const read = file && documentOfFile(file)
  if (read) return policyDocumentFrom(read, loc)
  return { statements: [], symbolic: v, loc }
}

/** `data.aws_iam_policy_document.x.json` (directly or through a local) → that document. */
function linkedDocument(draft: Draft, v: Value & { kind: 'symbolic' }): PolicyDocument | undefined {
  if (v.fn !== 'data' && v.fn !== 'local') return undefined
  const docs = v.refs.filter(r => r.startsWith(`${DOCUMENT_TYPE}.`))
  if (docs.length !== 1 || (v.fn === 'data' && !/\.(minified_)?json$/.test(v.expr)))
    return undefined
  return draft.documents.get(docs[0] as string)
}

function documentFromBlock(
  draft: Draft,
  block: TfBlock,
  documentAt: (address: string) => PolicyDocument | undefined
): PolicyDocument {
  const body = block.body
  const fromList = (key: string): PolicyStatement[] =>
    asList(get(body, key)).flatMap(item => included(draft, item, documentAt)?.statements ?? [])
  const sources = [...fromList('source_policy_documents'), ...fromList('source_json')]
  const overrides = [...fromList('override_policy_documents'), ...fromList('override_json')]
  const own = nestedAll(body, 'statement').map(statementFromBlock)
  return { statements: override(override(sources, own), overrides), loc: block.loc }
}

function included(
  draft: Draft,
  item: Value,
  documentAt: (address: string) => PolicyDocument | undefined
): PolicyDocument | undefined {
  if (item.kind === 'symbolic') {
    const ref = item.refs.find(r => r.startsWith(`${DOCUMENT_TYPE}.`))
    if (ref) return documentAt(ref)
  }
  return policyFrom(draft, item, item.loc)
}

/** Statements with a `sid` replace those of the same `sid`; the others are added. */
function override(base: PolicyStatement[], over: PolicyStatement[]): PolicyStatement[] {
  const out = [...base]
  for (const s of over) {
    const i = s.sid ? out.findIndex(b => b.sid === s.sid) : -1
    if (i >= 0) out[i] = s
    else out.push(s)
  }
  return out
}

/** A `statement { ... }` block of `aws_iam_policy_document`. */
export function statementFromBlock(s: MapValue): PolicyStatement {
  return {
    sid: asString(get(s, 'sid')),
    effect: stringAt(s, 'effect') ?? { value: 'Allow', loc: s.loc },
    actions: eitherListAt(s, 'actions'),
    notActions: eitherListAt(s, 'not_actions'),
    resources: eitherListAt(s, 'resources'),
    notResources: eitherListAt(s, 'not_resources'),
    principals: principalBlocks(nestedAll(s, 'principals')),
    notPrincipals: principalBlocks(nestedAll(s, 'not_principals')),
    condition: conditionFromBlocks(nestedAll(s, 'condition')),
    loc: s.loc
  }
}

/** A list of a statement, each branch of a conditional or value of a variable's values in it. */
function eitherListAt(s: MapValue, key: string): Attr<string>[] {
  return stringList(eitherBranch(get(s, key)))
}

/** `principals { type = "Service" identifiers = [...] }`: one principal per identifier. */
export function principalBlocks(blocks: MapValue[]): Principal[] {
  return blocks.flatMap(p => {
    const type = get(p, 'type')
    const typeName = asString(type) ?? (type?.kind === 'symbolic' ? type.expr : 'AWS')
    return stringListAt(p, 'identifiers').map(value => ({ type: typeName, value }))
  })
}

/** `condition { test variable values }` blocks as IAM's `{ test: { variable: values } }`. */
export function conditionFromBlocks(blocks: MapValue[]): Value | undefined {
  if (blocks.length === 0) return undefined
  const tests = new Map<string, MapEntry>()
  for (const c of blocks) {
    const test = keyOf(get(c, 'test'))
    const variable = keyOf(get(c, 'variable'))
    const values = get(c, 'values') ?? { kind: 'list', items: [], loc: c.loc }
    const existing = tests.get(test)
    const inner: MapValue =
      existing?.value.kind === 'map'
        ? existing.value
        : { kind: 'map', entries: new Map(), loc: c.loc }
    inner.entries.set(variable, { key: variable, keyLoc: c.loc, value: values })
    tests.set(test, { key: test, keyLoc: c.loc, value: inner })
  }
  return { kind: 'map', entries: tests, loc: (blocks[0] as MapValue).loc }
}

function keyOf(v: Value | undefined): string {
  return asString(v) ?? (v?.kind === 'symbolic' ? v.expr : '')
}
