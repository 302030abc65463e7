import type { MapValue } from '../../model/value.js'
import { CFN_HANDLERS } from '../cloudformation/handlers.js'
import { mapLayerVersion } from '../cloudformation/security.js'
import type { HandlerTable } from '../cloudformation/template.js'
import { mapSamApi, mapSamHttpApi, SamApis } from './apis.js'
import { mapEmbeddedConnectors, mapSamConnector } from './connectors.js'
import { mapSamFunction } from './function.js'
import { mapSamStateMachine, mapSimpleTable } from './others.js'

/** Every CloudFormation handler, plus the `AWS::Serverless::*` types. */
export function samHandlers(globals: Map<string, MapValue>): HandlerTable {
  const apis = new SamApis(globals)
  return {
    ...CFN_HANDLERS,
    'AWS::Lambda::Function': (ctx, r) => {
      CFN_HANDLERS['AWS::Lambda::Function']?.(ctx, r)
      mapEmbeddedConnectors(ctx, r)
    },
    'AWS::Serverless::Function': (ctx, r) => mapSamFunction(ctx, apis, r),
    'AWS::Serverless::Api': mapSamApi,
    'AWS::Serverless::HttpApi': mapSamHttpApi,
    'AWS::Serverless::SimpleTable': mapSimpleTable,
    'AWS::Serverless::StateMachine': (ctx, r) => mapSamStateMachine(ctx, apis, r),
    // SAM writes `LayerName` as the Lambda layer does.
    'AWS::Serverless::LayerVersion': mapLayerVersion,
    'AWS::Serverless::Connector': mapSamConnector
  }
}
