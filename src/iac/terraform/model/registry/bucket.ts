import type { SourceLocation } from '../../../../model/location.js'
import type {
  Attr,
  PolicyDocument,
  PolicyStatement,
  PublicAccessBlock
} from '../../../../model/types.js'
import { entry, type MapValue, type Value } from '../../../../model/value.js'
import { locOfEntry, stringAt } from '../../../shared/attrs.js'
import type { Draft } from '../draft.js'
import { policyFrom } from '../policy-documents.js'
import { bucketEncryption } from '../resource-settings.js'
import type { ModuleInputs } from './known.js'

const BLOCK_INPUTS: [keyof Omit<PublicAccessBlock, 'loc'>, string][] = [
  ['blockPublicAcls', 'block_public_acls'],
  ['blockPublicPolicy', 'block_public_policy'],
  ['ignorePublicAcls', 'ignore_public_acls'],
  ['restrictPublicBuckets', 'restrict_public_buckets']
]

/**
 * terraform-aws-modules/s3-bucket/aws (4.x; 3.x defaults followed when the version says so): the
 * bucket with its `acl`, encryption, public access block (`attach_public_policy`, on by
 * default; its four settings default to true from 4.0, to false before) and bucket policy
 * (`policy` with `attach_policy = true`, plus the TLS-only deny of
 * `attach_deny_insecure_transport_policy = true`).
 */
export function mapBucketModule(draft: Draft, inputs: ModuleInputs): void {
  if (inputs.creates('create_bucket', true) === false) return
  const encryption = bucketEncryption(inputs.map('server_side_encryption_configuration'))
  for (const [key, a] of Object.entries(encryption))
    if (a && typeof a.value === 'object')
      inputs.note(
        'server_side_encryption_configuration',
        `${key} not known before deployment`,
        a.loc
      )
  inputs.add(draft, {
    id: inputs.block.address,
    kind: 'bucket',
    type: 'aws_s3_bucket',
    name: inputs.text('bucket') ?? stringAt(inputs.body, 'bucket_prefix'),
    policies: bucketPolicies(draft, inputs),
    attributes: {
      acl: inputs.text('acl'),
      publicAccessBlock: publicAccessBlock(inputs),
      ...encryption
    },
    loc: inputs.block.loc
  })
  for (const key of ['versioning', 'logging']) inputs.map(key)
}

function publicAccessBlock(inputs: ModuleInputs): PublicAccessBlock | undefined {
  const attached = inputs.creates('attach_public_policy', true)
  if (attached === false) return undefined
  const byDefault = inputs.major === undefined || inputs.major >= 4
  const block: PublicAccessBlock = { loc: inputs.block.loc }
  const unknownAttach = entry(inputs.body, 'attach_public_policy')
  for (const [field, key] of BLOCK_INPUTS) {
    const written = inputs.flag(key)
    block[field] =
      attached === 'unknown' && unknownAttach
        ? undecidedFlag(unknownAttach.value, locOfEntry(unknownAttach))
        : (written ?? { value: byDefault, loc: inputs.block.loc })
  }
  return block
}

function undecidedFlag(v: Value, loc: SourceLocation): Attr<boolean> {
  return v.kind === 'symbolic' ? { value: v, loc } : { value: false, loc }
}

function bucketPolicies(draft: Draft, inputs: ModuleInputs): PolicyDocument[] {
  const out: PolicyDocument[] = []
  const attach = inputs.creates('attach_policy', false)
  const policy = entry(inputs.body, 'policy')
  if (attach !== false && policy) {
    const doc = policyFrom(draft, policy.value, locOfEntry(policy))
    if (doc?.symbolic)
      inputs.note('policy', 'a policy document not known before deployment', doc.loc)
    if (doc) out.push(doc)
  }
  const tls = entry(inputs.body, 'attach_deny_insecure_transport_policy')
  const denies = inputs.creates('attach_deny_insecure_transport_policy', false)
  if (tls && denies !== false) {
    const loc = locOfEntry(tls)
    out.push({ statements: [tlsOnlyDeny(loc, denies === 'unknown' ? tls.value : undefined)], loc })
  }
  return out
}

/** The statement the module adds: deny every request that does not use TLS. */
function tlsOnlyDeny(loc: SourceLocation, unknown: Value | undefined): PolicyStatement {
  const scalar = (value: string): Value => ({ kind: 'scalar', value, loc })
  const map = (key: string, value: Value): MapValue => ({
    kind: 'map',
    entries: new Map([[key, { key, keyLoc: loc, value }]]),
    loc
  })
  const values: Value =
    unknown?.kind === 'symbolic' ? unknown : { kind: 'list', items: [scalar('false')], loc }
  return {
    sid: 'denyInsecureTransport',
    effect: { value: 'Deny', loc },
    actions: [{ value: 's3:*', loc }],
    notActions: [],
    resources: [],
    notResources: [],
    principals: [{ type: '*', value: { value: '*', loc } }],
    notPrincipals: [],
    condition: map('Bool', map('aws:SecureTransport', values)),
    loc
  }
}
