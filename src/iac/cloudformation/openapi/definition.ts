import { entry, isMap, type MapValue } from '../../../model/value.js'
import { locOfEntry } from '../../shared/attrs.js'
import type { MapContext, TemplateResource } from '../context.js'
import { ownValue } from '../../../model/own.js'

/** The properties that give an API routes as an OpenAPI definition, by resource type. */
const OPENAPI_PROPERTIES: Readonly<Record<string, { inline: string; file: string }>> = {
  'AWS::ApiGateway::RestApi': { inline: 'Body', file: 'BodyS3Location' },
  'AWS::ApiGatewayV2::Api': { inline: 'Body', file: 'BodyS3Location' },
  'AWS::Serverless::Api': { inline: 'DefinitionBody', file: 'DefinitionUri' },
  'AWS::Serverless::HttpApi': { inline: 'DefinitionBody', file: 'DefinitionUri' }
}

export const OPENAPI_NOT_READ = 'openapi-not-read'

/**
 * The inline OpenAPI definition of an API, when it is written as a map in the template. A
 * definition that lives in a file (S3 or a local path SAM uploads), or that an intrinsic builds
 * (`Fn::Transform: AWS::Include`, a `Fn::Sub` string), is not read: a warning at the property says
 * so, since the authorization of routes written only there is not checked.
 */
export function inlineOpenApiDefinition(
  ctx: MapContext,
  r: TemplateResource
): MapValue | undefined {
  const keys = ownValue(OPENAPI_PROPERTIES, r.type)
  if (!keys) return undefined
  const inline = entry(r.props, keys.inline)
  if (inline && isMap(inline.value)) return inline.value
  for (const written of [inline, entry(r.props, keys.file)]) {
    if (!written) continue
    ctx.warn(
      `${r.id} defines routes in an OpenAPI definition (${written.key}), which is not read: the authorization of routes written only there is not checked`,
      locOfEntry(written),
      OPENAPI_NOT_READ
    )
  }
  return undefined
}
