import type { Attr, LambdaFunction, Role } from '../../model/types.js'
import { asString, entry, get, getPath, isMap } from '../../model/value.js'
import { attrFromEntry, locOfEntry, stringAt } from '../shared/attrs.js'
import {
  addTrigger,
  authFrom,
  authSettingAt,
  corsFrom,
  derived,
  stringAtPath
} from '../cloudformation/common.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'
import { commonFunctionProperties, linkLogGroup, linkRole } from '../cloudformation/lambda.js'
import { URL_AUTH } from '../cloudformation/lambda-links.js'
import type { SamApis } from './apis.js'
import { mapSamEvents } from './events.js'
import { ownValue } from '../../model/own.js'
import { generatedRole } from './role.js'

/** `AWS::Serverless::Function` (Globals already merged) → a function, its role, URL and events. */
export function mapSamFunction(ctx: MapContext, apis: SamApis, r: TemplateResource): void {
  const p = r.props
  const fn: LambdaFunction = {
    ...commonFunctionProperties(ctx, r),
    codePath: codePathOf(r),
    tracing: stringAt(p, 'Tracing'),
    deadLetterTarget: stringAtPath(p, ['DeadLetterQueue', 'TargetArn']),
    onFailureDestination: onFailureOf(r)
  }
  ctx.service.functions.push(fn)
  let generated: Role | undefined
  if (entry(p, 'Role')) linkRole(ctx, fn, get(p, 'Role'), stringAt(p, 'Role'))
  else {
    const base = ['AWSLambdaBasicExecutionRole']
    if (fn.tracing?.value === 'Active') base.push('AWSXrayWriteOnlyAccess')
    generated = generatedRole(ctx, r, 'lambda.amazonaws.com', base)
    fn.roleId = generated.id
  }
  linkLogGroup(ctx, fn, getPath(p, ['LoggingConfig', 'LogGroup']))
  mapFunctionUrl(ctx, fn)
  mapSamEvents(ctx, apis, fn, r, generated)

  function mapFunctionUrl(c: MapContext, f: LambdaFunction): void {
    const config = entry(p, 'FunctionUrlConfig')
    if (!config || !isMap(config.value)) return
    const loc = locOfEntry(config)
    // SAM requires AuthType and rejects a template without it: no URL is deployed.
    if (!entry(config.value, 'AuthType')) {
      c.warn(
        `FunctionUrlConfig of ${f.id} has no AuthType, which SAM requires: SAM rejects the template`,
        loc,
        'sam-url-auth-type-missing'
      )
      return
    }
    const authType = authSettingAt(config.value, 'AuthType') ?? derived('NONE', loc)
    const cors = corsFrom(entry(config.value, 'Cors'))
    const endpointId = `${f.id}Url`
    c.service.endpoints.push({
      id: endpointId,
      kind: 'function-url',
      functionIds: [f.id],
      auth: authFrom(authSettingAt(config.value, 'AuthType'), URL_AUTH),
      cors,
      loc
    })
    f.url = { authType, cors, endpointId, loc }
    addTrigger(f, { kind: 'function-url', endpointId, async: false, loc })
  }
}

/** `CodeUri` (a path, or `{ Bucket, Key }`), `ImageUri`, or `inline` for `InlineCode`. */
function codePathOf(r: TemplateResource): Attr<string> | undefined {
  const p = r.props
  const uri = entry(p, 'CodeUri')
  if (uri) return isMap(uri.value) ? stringAt(uri.value, 'Key') : attrFromEntry('string', uri)
  const image = entry(p, 'ImageUri')
  if (image) return attrFromEntry('string', image)
  const inline = entry(p, 'InlineCode')
  return inline ? derived('inline', locOfEntry(inline)) : undefined
}

const GENERATED_ON_FAILURE: Readonly<Record<string, string>> = {
  SQS: 'DestinationQueue',
  SNS: 'DestinationTopic'
}

/**
 * `EventInvokeConfig.DestinationConfig.OnFailure`: its `Destination`, or for `Type: SQS`/`SNS`
 * without one the queue or topic SAM creates (`<Function>.DestinationQueue`, `.DestinationTopic`).
 */
function onFailureOf(r: TemplateResource): Attr<string> | undefined {
  const onFailure = getPath(r.props, ['EventInvokeConfig', 'DestinationConfig', 'OnFailure'])
  const written = stringAt(onFailure, 'Destination')
  if (written) return written
  const type = entry(onFailure, 'Type')
  const generated = ownValue(GENERATED_ON_FAILURE, asString(type?.value) ?? '')
  return type && generated ? derived(`${r.id}.${generated}`, locOfEntry(type)) : undefined
}
