import { entry } from '../../model/value.js'
import { locOfEntry } from '../shared/attrs.js'
import type { MapContext, TemplateResource } from './context.js'

/** The properties that give an API routes as an OpenAPI definition, by resource type. */
const OPENAPI_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::ApiGateway::RestApi': ['Body', 'BodyS3Location'],
  'AWS::ApiGatewayV2::Api': ['Body', 'BodyS3Location'],
  'AWS::Serverless::Api': ['DefinitionBody', 'DefinitionUri'],
  'AWS::Serverless::HttpApi': ['DefinitionBody', 'DefinitionUri']
}

export const OPENAPI_NOT_READ = 'openapi-not-read'

/**
 * Routes written only in an API's OpenAPI definition are not modelled: a warning at the property
 * says so, since their authorization (and whether they exist) is not checked. Routes that function
 * events or route resources add are modelled as usual.
 */
export function noteOpenApiDefinition(ctx: MapContext, r: TemplateResource): void {
  for (const key of OPENAPI_PROPERTIES[r.type] ?? []) {
    const written = entry(r.props, key)
    if (!written) continue
    ctx.warn(
      `${r.id} defines routes in an OpenAPI definition (${key}), which is not read: the authorization of routes written only there is not checked`,
      locOfEntry(written),
      OPENAPI_NOT_READ
    )
  }
}
