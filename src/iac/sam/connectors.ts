import type { SourceLocation } from '../../model/location.js'
import type { Attr, PolicyStatement } from '../../model/types.js'
import { asList, entry, get, isMap, type MapValue, type Value } from '../../model/value.js'
import { ownValue } from '../../model/own.js'
import { locOfEntry } from '../shared/attrs.js'
import { allowStatement } from '../shared/policy-document.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'

/**
 * `AWS::Serverless::Connector`, and the `Connectors` a function embeds: SAM turns each into a
 * managed policy on the source's role granting the destination's `Read` and `Write` actions (the
 * connector profiles of SAM). Modelled for a function as source, whose role is what the rules and
 * attack paths read. Other sources (a queue, topic, bucket, API or rule) get a resource policy or
 * a Lambda permission for their AWS service, scoped to themselves: no caller gains from them.
 */

type Category = 'Read' | 'Write'

/** One statement of a profile: actions on the destination ARN followed by each suffix. */
interface Grant {
  actions: readonly string[]
  suffixes: readonly string[]
}

const S3_READ = [
  's3:GetObject',
  's3:GetObjectAcl',
  's3:GetObjectLegalHold',
  's3:GetObjectRetention',
  's3:GetObjectTorrent',
  's3:GetObjectVersion',
  's3:GetObjectVersionAcl',
  's3:GetObjectVersionForReplication',
  's3:GetObjectVersionTorrent',
  's3:ListBucket',
  's3:ListBucketMultipartUploads',
  's3:ListBucketVersions',
  's3:ListMultipartUploadParts'
]
const S3_WRITE = [
  's3:AbortMultipartUpload',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:PutObject',
  's3:PutObjectLegalHold',
  's3:PutObjectRetention',
  's3:RestoreObject'
]
const TABLE_READ = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:BatchGetItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PartiQLSelect'
]
const TABLE_WRITE = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:PartiQLDelete',
  'dynamodb:PartiQLInsert',
  'dynamodb:PartiQLUpdate'
]

/** A destination type: how `!Ref`/`!GetAtt` name its ARN, and what each category grants on it. */
interface Profile {
  arnBy: 'Ref' | 'GetAtt'
  grants: Partial<Record<Category, readonly Grant[]>>
}

/** Destination types of a function source, as SAM's connector profiles define them. */
const FUNCTION_PROFILES: Readonly<Record<string, Profile>> = {
  'AWS::S3::Bucket': {
    arnBy: 'GetAtt',
    grants: {
      Read: [{ actions: S3_READ, suffixes: ['', '/*'] }],
      Write: [{ actions: S3_WRITE, suffixes: ['', '/*'] }]
    }
  },
  'AWS::DynamoDB::Table': {
    arnBy: 'GetAtt',
    grants: {
      Read: [{ actions: TABLE_READ, suffixes: ['', '/index/*'] }],
      Write: [{ actions: TABLE_WRITE, suffixes: ['', '/index/*'] }]
    }
  },
  'AWS::SQS::Queue': {
    arnBy: 'GetAtt',
    grants: {
      Read: [{ actions: ['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], suffixes: [''] }],
      Write: [
        {
          actions: [
            'sqs:DeleteMessage',
            'sqs:SendMessage',
            'sqs:ChangeMessageVisibility',
            'sqs:PurgeQueue'
          ],
          suffixes: ['']
        }
      ]
    }
  },
  'AWS::SNS::Topic': {
    arnBy: 'Ref',
    grants: { Write: [{ actions: ['sns:Publish'], suffixes: [''] }] }
  },
  'AWS::Lambda::Function': {
    arnBy: 'GetAtt',
    grants: {
      Write: [{ actions: ['lambda:InvokeAsync', 'lambda:InvokeFunction'], suffixes: [''] }]
    }
  },
  'AWS::StepFunctions::StateMachine': {
    arnBy: 'Ref',
    grants: {
      Read: [{ actions: ['states:DescribeStateMachine', 'states:ListExecutions'], suffixes: [''] }],
      Write: [{ actions: ['states:StartExecution', 'states:StartSyncExecution'], suffixes: [''] }]
    }
  },
  'AWS::Events::EventBus': {
    arnBy: 'GetAtt',
    grants: { Write: [{ actions: ['events:PutEvents'], suffixes: [''] }] }
  }
}

/** The type SAM generates for a serverless type, which connector profiles are keyed by. */
const GENERATED_TYPES: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine'
}

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function'])

/** `AWS::Serverless::Connector`: its `Source` must be a function of the template to be modelled. */
export function mapSamConnector(ctx: MapContext, r: TemplateResource): void {
  const source = get(r.props, 'Source')
  const sourceId = isMap(source) ? literalText(get(source, 'Id')) : undefined
  const sourceType = sourceId === undefined ? undefined : ctx.typeOf(sourceId)
  if (sourceId === undefined || sourceType === undefined) return
  if (sourceType === 'AWS::Serverless::StateMachine' || sourceType.endsWith('::StateMachine')) {
    ctx.warn(
      `connector ${r.id}: the permissions a state machine gets from a connector are not modelled`,
      r.loc,
      'connector-not-modelled'
    )
    return
  }
  if (FUNCTION_TYPES.has(sourceType)) connectFunction(ctx, sourceId, r.id, r.props)
}

/**
 * The `Connectors` a function embeds (a resource attribute beside `Properties`): each one's
 * `Properties`, with the function as source.
 */
export function mapEmbeddedConnectors(ctx: MapContext, r: TemplateResource): void {
  const connectors = r.connectors
  if (!connectors || !isMap(connectors)) return
  for (const [name, e] of connectors.entries) {
    const props = get(e.value, 'Properties')
    if (isMap(props)) connectFunction(ctx, r.id, `${r.id}${name}`, props)
  }
}

/** Adds to the function's role what the connector grants on each destination, once all is mapped. */
function connectFunction(
  ctx: MapContext,
  functionId: string,
  connectorId: string,
  props: MapValue
): void {
  ctx.later(() => {
    const role = ctx.roleById(ctx.functionById(functionId)?.roleId)
    const permissions = asList(get(props, 'Permissions'))
    const destinations = asList(get(props, 'Destination'))
    if (!role) {
      const at = destinations[0]?.loc ?? props.loc
      ctx.warn(
        `connector ${connectorId}: the role of function ${functionId} is not in the template, so what the connector grants it is not modelled`,
        at,
        'connector-not-modelled'
      )
      return
    }
    destinations.forEach((destination, i) => {
      const statements = destinationStatements(ctx, connectorId, destination, permissions)
      if (statements.length === 0) return
      const loc = destination.loc
      role.policies.push({
        id: `${connectorId}Policy${destinations.length > 1 ? i : ''}`,
        kind: 'inline',
        document: { statements, loc },
        loc
      })
    })
  })
}

/** The statements one destination gets, per permission written (`Read`, `Write`). */
function destinationStatements(
  ctx: MapContext,
  connectorId: string,
  destination: Value,
  permissions: Value[]
): PolicyStatement[] {
  if (!isMap(destination)) return []
  const target = targetOf(ctx, destination)
  const profile = target && ownValue(FUNCTION_PROFILES, target.type)
  if (!target || !profile) {
    const typeEntry = entry(destination, 'Type')
    ctx.warn(
      `connector ${connectorId}: what a function is granted on ${target?.type ?? 'this destination'} is not modelled`,
      typeEntry ? locOfEntry(typeEntry) : destination.loc,
      'connector-not-modelled'
    )
    return []
  }
  return permissions.flatMap(p => {
    const category = literalText(p) as Category | undefined
    const grants = category === undefined ? undefined : ownValue(profile.grants, category)
    const arn = target.arn(profile)
    return (grants ?? []).map(g => allowStatement(p.loc, g.actions, g.suffixes.map(arn)))
  })
}

/** The destination's type (as SAM generates it) and how to write its ARN with a suffix. */
function targetOf(
  ctx: MapContext,
  destination: MapValue
): { type: string; arn: (profile: Profile) => (suffix: string) => Attr<string> } | undefined {
  const id = literalText(get(destination, 'Id'))
  if (id !== undefined) {
    const written = ctx.typeOf(id)
    if (written === undefined) return undefined
    const type = ownValue(GENERATED_TYPES, written) ?? written
    return { type, arn: profile => suffix => arnOfId(id, profile, suffix, destination.loc) }
  }
  const type = literalText(get(destination, 'Type'))
  const arn = get(destination, 'Arn')
  if (type === undefined || !arn) return undefined
  return { type, arn: () => suffix => arnWritten(arn, suffix) }
}

function arnOfId(id: string, profile: Profile, suffix: string, loc: SourceLocation): Attr<string> {
  const whole = profile.arnBy === 'Ref' ? `!Ref ${id}` : `!GetAtt ${id}.Arn`
  const expr =
    suffix === '' ? whole : `!Sub \${${profile.arnBy === 'Ref' ? id : `${id}.Arn`}}${suffix}`
  const fn = suffix === '' ? (profile.arnBy === 'Ref' ? 'Ref' : 'Fn::GetAtt') : 'Fn::Sub'
  return { value: { kind: 'symbolic', fn, expr, refs: [id], loc }, loc }
}

function arnWritten(arn: Value, suffix: string): Attr<string> {
  const loc = arn.loc
  if (arn.kind === 'scalar' && typeof arn.value === 'string')
    return { value: arn.value + suffix, loc }
  if (arn.kind === 'symbolic' && suffix === '') return { value: arn, loc }
  const refs = arn.kind === 'symbolic' ? arn.refs : []
  const label = arn.kind === 'symbolic' ? arn.expr : 'Arn'
  const expr = `!Sub \${${label}}${suffix}`
  return { value: { kind: 'symbolic', fn: 'Fn::Sub', expr, refs, loc }, loc }
}

function literalText(v: Value | undefined): string | undefined {
  return v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : undefined
}
