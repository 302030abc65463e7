import type { MapValue } from '../../model/value.js'
import type { ResourceHandler } from '../cloudformation/context.js'
import { CFN_HANDLERS } from '../cloudformation/handlers.js'
import { mapLayerVersion } from '../cloudformation/security.js'
import type { HandlerTable } from '../cloudformation/template.js'
import { mapSamApi, mapSamHttpApi, SamApis } from './apis.js'
import { CONNECTIONS, GENERATED_TYPES } from './connector-profiles.js'
import { mapEmbeddedConnectors, mapSamConnector } from './connectors.js'
import { mapSamFunction } from './function.js'
import { mapSamStateMachine, mapSimpleTable } from './others.js'

/** Every CloudFormation handler, plus the `AWS::Serverless::*` types. */
export function samHandlers(globals: Map<string, MapValue>): HandlerTable {
  const apis = new SamApis(globals)
  const table: Record<string, ResourceHandler> = {
    ...CFN_HANDLERS,
    'AWS::Serverless::Function': (ctx, r) => mapSamFunction(ctx, apis, r),
    'AWS::Serverless::Api': mapSamApi,
    'AWS::Serverless::HttpApi': mapSamHttpApi,
    'AWS::Serverless::SimpleTable': mapSimpleTable,
    'AWS::Serverless::StateMachine': (ctx, r) => mapSamStateMachine(ctx, apis, r),
    // SAM writes `LayerName` as the Lambda layer does.
    'AWS::Serverless::LayerVersion': mapLayerVersion,
    'AWS::Serverless::Connector': mapSamConnector
  }
  for (const type of connectorSources()) {
    const handler = table[type]
    table[type] = (ctx, r) => {
      handler?.(ctx, r)
      mapEmbeddedConnectors(ctx, r)
    }
  }
  return table
}

/** The types that may embed `Connectors`: every source type of a connection, SAM's or CloudFormation's. */
function connectorSources(): string[] {
  const sources = Object.keys(CONNECTIONS)
  const serverless = Object.entries(GENERATED_TYPES).filter(([, t]) => sources.includes(t))
  return [...sources, ...serverless.map(([sam]) => sam)]
}
