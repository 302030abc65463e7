import type { SourceLocation } from '../../model/location.js'
import type { Attr, Policy, PolicyStatement } from '../../model/types.js'
import { entry, type MapEntry, type Value } from '../../model/value.js'
import { locOfEntry, writtenSub } from '../shared/attrs.js'
import { allowStatement } from '../shared/policy-document.js'
import { POLICY_TEMPLATES } from './policy-templates.js'
import { ownValue } from '../../model/own.js'

/** What a template parameter contributes to an ARN: literal text, or an unknown expression. */
type Part = { text: string } | { unknown: string; refs: string[] }

/**
 * Expands `- S3ReadPolicy: { BucketName: !Ref Bucket }` into the statements SAM generates. Literal
 * parameters substitute into the ARNs (`BucketName: '*'` → `arn:aws:s3:::*`); the partition reads as
 * `aws`. An ARN with anything still unknown (a `!Ref`, the region or account) stays symbolic, with
 * the parameters' references. Undefined for names that are not known templates.
 */
export function expandPolicyTemplate(
  id: string,
  item: MapEntry,
  warn: (message: string, loc: SourceLocation) => void
): Policy | undefined {
  const template = ownValue(POLICY_TEMPLATES, item.key)
  if (!template) return undefined
  const params = item.value
  const nameLoc = locOfEntry(item)
  const parts = new Map<string, Part & { loc: SourceLocation }>()
  for (const name of template.parameters) {
    const e = entry(params, name)
    if (!e) warn(`policy template ${item.key} is missing its ${name} parameter`, item.keyLoc)
    parts.set(name, { ...partOf(e?.value, name), loc: e ? locOfEntry(e) : nameLoc })
  }
  const statements: PolicyStatement[] = template.statements.map(s =>
    allowStatement(
      nameLoc,
      s.actions,
      s.resources.map(r => substitute(r, parts, nameLoc))
    )
  )
  return {
    id,
    name: { value: item.key, loc: nameLoc },
    kind: 'sam-template',
    document: { statements, loc: nameLoc },
    templateParameters: params,
    loc: nameLoc
  }
}

function partOf(v: Value | undefined, name: string): Part {
  if (v?.kind === 'scalar' && v.value !== null) return { text: String(v.value) }
  if (v?.kind === 'symbolic') {
    const label = v.fn === 'Ref' || v.fn === 'Fn::GetAtt' ? v.expr.replace(/^!\w+ /, '') : v.expr
    return { unknown: label, refs: v.refs }
  }
  return { unknown: name, refs: [] }
}

const VARIABLE = /\$\{([^}]+)\}/g

/** One resource ARN of the template with the parameters put in. */
function substitute(
  text: string,
  parts: Map<string, Part & { loc: SourceLocation }>,
  fallback: SourceLocation
): Attr<string> {
  let unknown = false
  const refs = new Set<string>()
  let loc: SourceLocation | undefined
  // Shown with each unknown part as written; read with each as a plain `${Parameter}`.
  const put = (shown: boolean) =>
    text.replace(VARIABLE, (whole, name: string) => {
      if (name === 'AWS::Partition') return 'aws'
      const part = parts.get(name)
      if (!part) {
        unknown = true
        return whole
      }
      loc ??= part.loc
      if ('text' in part) return part.text
      unknown = true
      part.refs.forEach(r => refs.add(r))
      return shown ? `\${${part.unknown}}` : whole
    })
  const out = put(true)
  const at = loc ?? fallback
  if (!unknown) return { value: out, loc: at }
  return writtenSub(out, put(false), [...refs], at)
}
