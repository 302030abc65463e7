import type { Resource, Service } from '../../../model/types.js'
import { get, isSymbolic, type Value } from '../../../model/value.js'
import type { Rule } from '../../types.js'
import {
  flagState,
  rawPropertiesOf,
  reportSetting,
  resourceLabel,
  resourcesOfKind
} from '../lib/resource-settings.js'

export const kmsRotationDisabled: Rule = {
  id: 'kms-rotation-disabled',
  title: 'Customer managed KMS key without automatic rotation',
  severity: 'medium',
  area: 'data',
  rationale:
    'A symmetric key that never rotates encrypts every new piece of data with the same key material for as long as it exists, so one leak of that material exposes everything. Automatic rotation gives the key new material every year while old data stays readable, with no change to the application. Asymmetric, HMAC and imported keys cannot rotate automatically and are not checked.',
  remediation: {
    text: 'Turn on automatic rotation for the key (`EnableKeyRotation: true`, `enable_key_rotation = true`).',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    DataKey:\n      Type: AWS::KMS::Key\n      Properties:\n        EnableKeyRotation: true',
      sam: 'DataKey:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true',
      cloudformation: 'Type: AWS::KMS::Key\nProperties:\n  EnableKeyRotation: true',
      terraform: 'resource "aws_kms_key" "data" {\n  enable_key_rotation = true\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-7', 'CIS-AWS-Foundations:3.6'],
  equivalents: {
    checkov: ['CKV_AWS_7'],
    kics: ['235ca980', '22fbfeac'],
    cfnNag: ['F19'],
    cdkNag: ['AwsSolutions-KMS5']
  },
  check(ctx) {
    for (const key of resourcesOfKind(ctx.service, 'kms-key')) {
      const rotatable = canRotate(ctx.service, key)
      if (rotatable === false) continue
      const attr = key.attributes.keyRotation
      const state = flagState(attr)
      reportSetting(
        ctx,
        key,
        rotatable === undefined && state === 'off' ? 'unknown' : state,
        attr,
        {
          evidence: 'key rotation off',
          message: `${resourceLabel(key)} does not rotate its key material: the same material encrypts data for as long as the key exists`
        },
        'whether the key rotates, or can rotate, is not known before deployment'
      )
    }
  }
}

/** Settings under which a key cannot rotate automatically, as CloudFormation and Terraform name them. */
const SPEC_KEYS = ['KeySpec', 'customer_master_key_spec', 'key_spec']
const ORIGIN_KEYS = ['Origin']
const STORE_KEYS = ['custom_key_store_id']

/**
 * Whether the key can rotate automatically: a symmetric encryption key whose material KMS creates.
 * Undefined when a deciding setting is an expression.
 */
function canRotate(service: Service, key: Resource): boolean | undefined {
  if (/external|replica/i.test(key.type)) return false
  const props = rawPropertiesOf(service, key)
  const spec = firstOf(props, SPEC_KEYS)
  const origin = firstOf(props, ORIGIN_KEYS)
  const store = firstOf(props, STORE_KEYS)
  if ([spec, origin, store].some(isSymbolic)) return undefined
  if (store !== undefined) return false
  if (spec?.kind === 'scalar' && String(spec.value) !== 'SYMMETRIC_DEFAULT') return false
  if (origin?.kind === 'scalar' && String(origin.value) !== 'AWS_KMS') return false
  return true
}

/** The first of `keys` that is set (a `null` is not set). */
function firstOf(props: Value | undefined, keys: string[]): Value | undefined {
  for (const k of keys) {
    const v = get(props, k)
    if (v !== undefined && !(v.kind === 'scalar' && v.value === null)) return v
  }
  return undefined
}
