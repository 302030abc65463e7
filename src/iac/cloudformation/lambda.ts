import type { Attr, LambdaFunction } from '../../model/types.js'
import { entry, get, getPath, isMap, type Value } from '../../model/value.js'
import { numberAt, stringAt, stringListAt, attrFromEntry, locOfEntry } from '../shared/attrs.js'
import type { MapContext, TemplateResource } from './context.js'
import { environmentFrom, stringAtPath, vpcFrom, derived } from './common.js'
import { roleIdOf } from './refs.js'

/** `AWS::Lambda::Function` → a function of the service. */
export function mapLambdaFunction(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const fn: LambdaFunction = {
    ...commonFunctionProperties(ctx, r),
    codePath: codePathOf(r),
    tracing: stringAtPath(p, ['TracingConfig', 'Mode']),
    deadLetterTarget: stringAtPath(p, ['DeadLetterConfig', 'TargetArn'])
  }
  ctx.service.functions.push(fn)
  linkRole(ctx, fn, get(p, 'Role'), stringAt(p, 'Role'))
  linkLogGroup(ctx, fn, get(getPath(p, ['LoggingConfig']), 'LogGroup'))
}

/**
 * The properties `AWS::Lambda::Function` and `AWS::Serverless::Function` write the same way;
 * each mapper adds the ones they write differently (code, tracing, dead-letter queue).
 */
export function commonFunctionProperties(ctx: MapContext, r: TemplateResource): LambdaFunction {
  const p = r.props
  return {
    id: r.id,
    name: stringAt(p, 'FunctionName'),
    runtime: stringAt(p, 'Runtime'),
    handler: stringAt(p, 'Handler'),
    memorySize: numberAt(p, 'MemorySize'),
    timeout: numberAt(p, 'Timeout'),
    architectures: stringListAt(p, 'Architectures'),
    packageType: stringAt(p, 'PackageType'),
    environment: environmentFrom(getPath(p, ['Environment', 'Variables']), ctx.sharedKeys),
    kmsKeyArn: stringAt(p, 'KmsKeyArn'),
    vpc: vpcFrom(entry(p, 'VpcConfig')),
    reservedConcurrency: numberAt(p, 'ReservedConcurrentExecutions'),
    layers: stringListAt(p, 'Layers'),
    codeSigningConfig: stringAt(p, 'CodeSigningConfigArn'),
    triggers: [],
    loc: r.loc
  }
}

/** The role a function runs as: the role of this service it names, and the role as written. */
export function linkRole(
  ctx: MapContext,
  fn: LambdaFunction,
  role: Value | undefined,
  written: Attr<string> | undefined
): void {
  if (!role) return
  fn.roleRef = written
  // Literal role names match roles of the service once they are all mapped.
  ctx.later(() => {
    fn.roleId = roleIdOf(ctx, role)
  })
}

/** `LoggingConfig.LogGroup` names the log group the function writes to. */
export function linkLogGroup(ctx: MapContext, fn: LambdaFunction, group: Value | undefined): void {
  if (!group) return
  ctx.later(() => {
    const target = ctx.service.resources.find(
      r =>
        r.kind === 'log-group' &&
        (group.kind === 'symbolic'
          ? group.refs.includes(r.id)
          : r.name !== undefined && r.name.value === (group.kind === 'scalar' ? group.value : ''))
    )
    if (target?.attributes.retentionDays) fn.logRetentionDays = target.attributes.retentionDays
  })
}

/**
 * Where the code lives: a local path (`Code: ./src` before packaging, CDK's asset path), an image,
 * an S3 key, or `inline` for `ZipFile` code written in the template.
 */
function codePathOf(r: TemplateResource): Attr<string> | undefined {
  const code = entry(r.props, 'Code')
  if (!code) return undefined
  if (code.value.kind === 'scalar') return attrFromEntry('string', code)
  const asset = entry(r.metadata, 'aws:asset:path')
  if (asset) return attrFromEntry('string', asset)
  if (!isMap(code.value)) return attrFromEntry('string', code)
  const image = entry(code.value, 'ImageUri') ?? entry(code.value, 'S3Key')
  if (image) return attrFromEntry('string', image)
  const zip = entry(code.value, 'ZipFile')
  return zip ? derived('inline', locOfEntry(zip)) : undefined
}
