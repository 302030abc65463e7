import { posix } from 'node:path'
import type { SourceLocation } from '../../model/location.js'
import { asString, entry, get, isMap, type MapValue, type Value } from '../../model/value.js'
import { locOfEntry } from '../shared/attrs.js'
import {
  emptyService,
  type ParseContext,
  type ParseResult,
  type TemplateFormat,
  type TemplateInput
} from '../types.js'
import { SERVERLESS_LIKE_NAME } from '../discover.js'
import { mapApiStages } from './api-stages.js'
import { mapRestApi } from './rest-api.js'
import { mapStateMachineEvents } from './step-functions.js'
import { SlsContext } from './context.js'
import { mapFunctions } from './functions.js'
import { linkFunctionRoles, mapIam } from './iam.js'
import { mapLayers } from './layers.js'
import { mapResources } from './resources.js'
import { resolveVariables } from './variables/resolver.js'
import { dirOf } from '../../sources/paths.js'

/** `serverless.yml`, `serverless.yaml` or `serverless.json` in any folder. `serverless.ts`/`.js` are code: never read. */
const SERVERLESS_FILE = /^serverless\.(ya?ml|json)$/

const SERVICE_KEYS = ['service', 'provider', 'functions']

/**
 * The Serverless Framework (v1 to v4): one service per file, with its functions, IAM roles,
 * endpoints, API stages and layers, and its `resources` mapped as CloudFormation.
 */
export const serverlessFormat: TemplateFormat = {
  format: 'serverless',

  detect(file: string, document: MapValue): boolean {
    const name = posix.basename(file)
    if (!SERVERLESS_FILE.test(name))
      return SERVERLESS_LIKE_NAME.test(name) && isServiceUnderOtherName(document)
    if (!SERVICE_KEYS.some(k => document.entries.has(k))) return false
    return isAwsProvider(get(document, 'provider'))
  },

  async build(input: TemplateInput, ctx: ParseContext): Promise<ParseResult> {
    const resolved = await resolveVariables(input.document, ctx.repo)
    const doc = resolved.document
    const service = emptyService(
      input.file,
      serviceName(doc),
      'serverless',
      dirOf(input.file),
      serviceLoc(doc, input.file)
    )
    for (const file of resolved.files) if (!service.files.includes(file)) service.files.push(file)
    const sls = new SlsContext(doc, service)
    const definitions = mapFunctions(sls)
    mapIam(definitions, sls)
    mapStateMachineEvents(sls)
    mapApiStages(sls)
    mapLayers(sls)
    // Functions of `resources` are linked to their roles by the CloudFormation mapper.
    const functions = [...service.functions]
    mapResources(sls)
    // After `resources`, which may define the REST API itself.
    mapRestApi(sls)
    linkFunctionRoles(functions, sls)
    return { services: [service], diagnostics: [...resolved.diagnostics, ...sls.diagnostics] }
  }
}

/**
 * A service the framework deploys from another file of its folder (`--config serverless.prod.yml`):
 * a `service` and a provider that names AWS, as no template or other configuration has.
 */
function isServiceUnderOtherName(document: MapValue): boolean {
  const provider = get(document, 'provider')
  const name = isMap(provider) ? asString(get(provider, 'name')) : asString(provider)
  return document.entries.has('service') && name?.toLowerCase() === 'aws'
}

/**
 * Other clouds' providers (`provider: azure`, `provider: { name: google }`) are not AWS. A
 * provider that is still a variable (`${file(../base.yml):provider}`) may be.
 */
function isAwsProvider(provider: Value | undefined): boolean {
  const name = isMap(provider) ? asString(get(provider, 'name')) : asString(provider)
  return name === undefined || name.toLowerCase() === 'aws' || name.includes('${')
}

/** `service: name`, or v1's `service: { name }`; a symbolic name reads as written. */
function serviceName(doc: MapValue): string {
  const service = get(doc, 'service')
  const named = isMap(service) ? get(service, 'name') : service
  if (named?.kind === 'symbolic') return named.expr
  return asString(named) ?? ''
}

function serviceLoc(doc: MapValue, file: string): SourceLocation {
  const e = entry(doc, 'service')
  return e ? locOfEntry(e) : { file, line: 1, column: 1 }
}
