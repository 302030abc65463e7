import type { Attr, PolicyDocument, PolicyStatement, Principal } from '../../model/types.js'
import { entry, get, type MapEntry, type Value } from '../../model/value.js'
import { accountPrincipal, statementsFrom } from '../shared/policy-document.js'
import { booleanAt, numberAt, stringAt, stringListAt } from '../shared/attrs.js'
import { booleanAtPath, derived, stringAtPath } from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { attachResourcePolicy, pushResource } from './data.js'
import { documentAt } from './iam.js'
import { resourceIdOf } from './refs.js'

/** Keys, secrets, state machines, event buses, identity pools and layers. */

export function mapKmsKey(ctx: MapContext, r: TemplateResource): void {
  const policy = documentAt(r.props, 'KeyPolicy')
  pushResource(
    ctx,
    r,
    'kms-key',
    undefined,
    { keyRotation: booleanAt(r.props, 'EnableKeyRotation') },
    policy ? [policy] : []
  )
}

export function mapSecret(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'secret', stringAt(r.props, 'Name'), {
    kmsKeyId: stringAt(r.props, 'KmsKeyId')
  })
}

/**
 * `AWS::SecretsManager::RotationSchedule` → the secret it rotates has rotation on, every
 * `AutomaticallyAfterDays` or on its `ScheduleExpression`.
 */
export function mapRotationSchedule(ctx: MapContext, r: TemplateResource): void {
  const secretId = get(r.props, 'SecretId')
  const rules = get(r.props, 'RotationRules')
  const interval =
    numberAt(rules, 'AutomaticallyAfterDays') ?? stringAt(rules, 'ScheduleExpression')
  ctx.later(() => {
    const secret = ctx.resourceById(resourceIdOf(ctx, secretId, ['AWS::SecretsManager::Secret']))
    if (!secret) return
    secret.attributes.rotation = derived(true, r.loc)
    if (interval) secret.attributes.rotationInterval = interval
  })
}

export function mapStateMachine(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  pushResource(ctx, r, 'state-machine', stringAt(p, 'StateMachineName'), {
    loggingLevel: stringAtPath(p, ['LoggingConfiguration', 'Level']),
    tracing: booleanAtPath(p, ['TracingConfiguration', 'Enabled']),
    kmsKeyId: stringAtPath(p, ['EncryptionConfiguration', 'KmsKeyId'])
  })
}

export function mapEventBus(ctx: MapContext, r: TemplateResource): void {
  const policy = documentAt(r.props, 'Policy')
  pushResource(ctx, r, 'event-bus', stringAt(r.props, 'Name'), {}, policy ? [policy] : [])
}

/**
 * `AWS::Events::EventBusPolicy`: a `Statement`, or the older single-statement form
 * (`Action`, `Principal`, `Condition`), attached to its bus.
 */
export function mapEventBusPolicy(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const statement = get(p, 'Statement')
  const statements = statement
    ? statementsFrom(statement)
    : [
        synthesizedStatement(
          r,
          stringAt(p, 'Principal'),
          get(p, 'Condition'),
          stringAt(p, 'StatementId')
        )
      ]
  const document: PolicyDocument = { statements, loc: r.loc }
  // Without a name the policy governs the account's default bus.
  const bus = get(p, 'EventBusName') ?? { kind: 'scalar', value: 'default', loc: r.loc }
  attachResourcePolicy(ctx, r, 'event-bus', bus, ['AWS::Events::EventBus'], document)
}

export function mapIdentityPool(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'identity-pool', stringAt(r.props, 'IdentityPoolName'), {
    allowUnauthenticated: booleanAt(r.props, 'AllowUnauthenticatedIdentities')
  })
}

/** `AWS::Cognito::IdentityPoolRoleAttachment` → the pool's role for unauthenticated identities. */
export function mapIdentityPoolRoleAttachment(ctx: MapContext, r: TemplateResource): void {
  const role = stringAt(get(r.props, 'Roles'), 'unauthenticated')
  if (!role) return
  const poolId = get(r.props, 'IdentityPoolId')
  ctx.later(() => {
    const pool = ctx.resourceById(resourceIdOf(ctx, poolId, ['AWS::Cognito::IdentityPool']))
    if (pool) pool.attributes.unauthenticatedRole = role
  })
}

export function mapUserPool(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'user-pool', stringAt(r.props, 'UserPoolName'), {
    mfa: stringAt(r.props, 'MfaConfiguration')
  })
}

export function mapLayerVersion(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'layer', stringAt(r.props, 'LayerName'), {})
}

/** `AWS::Lambda::LayerVersionPermission` → a statement in the layer's policy. */
export function mapLayerVersionPermission(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const org = entry(p, 'OrganizationId')
  const statement = synthesizedStatement(r, stringAt(p, 'Principal'), org && orgCondition(org))
  const document: PolicyDocument = { statements: [statement], loc: r.loc }
  const layerTypes = ['AWS::Lambda::LayerVersion', 'AWS::Serverless::LayerVersion']
  attachResourcePolicy(ctx, r, 'layer', get(p, 'LayerVersionArn'), layerTypes, document)
}

/** A statement for resources that grant one principal one action (Allow). */
function synthesizedStatement(
  r: TemplateResource,
  principal: Attr<string> | undefined,
  condition: Value | undefined,
  sid?: Attr<string>
): PolicyStatement {
  const principals: Principal[] = principal ? [accountPrincipal(principal)] : []
  return {
    sid: typeof sid?.value === 'string' ? sid.value : undefined,
    effect: derived('Allow', r.loc),
    actions: stringListAt(r.props, 'Action'),
    notActions: [],
    resources: [],
    notResources: [],
    principals,
    notPrincipals: [],
    condition,
    loc: r.loc
  }
}

/** `OrganizationId: o-123` reads as `Condition: { StringEquals: { aws:PrincipalOrgID: o-123 } }`. */
function orgCondition(org: MapEntry): Value {
  const inner: MapEntry = { key: 'aws:PrincipalOrgID', keyLoc: org.keyLoc, value: org.value }
  const equals: Value = { kind: 'map', entries: new Map([[inner.key, inner]]), loc: org.keyLoc }
  const outer: MapEntry = { key: 'StringEquals', keyLoc: org.keyLoc, value: equals }
  return { kind: 'map', entries: new Map([[outer.key, outer]]), loc: org.keyLoc }
}
