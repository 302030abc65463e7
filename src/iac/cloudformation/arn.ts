import type { Value } from '../../model/value.js'

/**
 * The text of an ARN whose only unknown is the partition (`arn:${AWS::Partition}:iam::aws:policy/X`
 * as `!Sub` or `!Join`, the way CDK writes them), read in the `aws` partition. AWS managed policy
 * names mean the same in every partition, so rules can read them. Undefined when anything else is
 * unknown.
 */
export function partitionFreeText(v: Value | undefined): string | undefined {
  if (!v) return undefined
  if (v.kind === 'scalar') return typeof v.value === 'string' ? v.value : undefined
  if (v.kind !== 'symbolic' || !v.args) return undefined
  if (v.fn === 'Ref') return isPartition(v) ? 'aws' : undefined
  if (v.fn === 'Fn::Sub') return subText(v.args)
  if (v.fn === 'Fn::Join') return joinText(v.args)
  return undefined
}

function isPartition(v: Value): boolean {
  return v.kind === 'symbolic' && v.fn === 'Ref' && v.args?.kind === 'scalar'
    ? v.args.value === 'AWS::Partition'
    : false
}

function subText(args: Value): string | undefined {
  const template = args.kind === 'list' ? args.items[0] : args
  const vars = args.kind === 'list' ? args.items[1] : undefined
  if (vars && !(vars.kind === 'map' && vars.entries.size === 0)) return undefined
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') return undefined
  let unknown = false
  const text = template.value.replace(/\$\{([^}]*)\}/g, (_whole, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`
    if (name.trim() === 'AWS::Partition') return 'aws'
    unknown = true
    return ''
  })
  return unknown ? undefined : text
}

function joinText(args: Value): string | undefined {
  if (args.kind !== 'list') return undefined
  const [delimiter, parts] = args.items
  if (delimiter?.kind !== 'scalar' || parts?.kind !== 'list') return undefined
  const texts = parts.items.map(p => partitionFreeText(p))
  if (texts.some(t => t === undefined)) return undefined
  return texts.join(String(delimiter.value ?? ''))
}
