import type { ModuleCall } from '../../../../model/types.js'
import { asString, get } from '../../../../model/value.js'
import type { Draft } from '../draft.js'
import type { TfBlock } from '../folder.js'
import { mapBucketModule } from './bucket.js'
import { mapHttpApiModule } from './http-api.js'
import { ModuleInputs, type InstalledModule } from './known.js'
import { isLambdaModule, knownModuleOf, type KnownModule } from './sources.js'
import { mapSnsModule, mapSqsModule } from './queues-topics.js'
import { mapTableModule } from './table.js'

const MAPPERS: Record<KnownModule, (draft: Draft, inputs: ModuleInputs) => void> = {
  sqs: mapSqsModule,
  sns: mapSnsModule,
  's3-bucket': mapBucketModule,
  'apigateway-v2': mapHttpApiModule,
  'dynamodb-table': mapTableModule
}

/**
 * Calls of the well-known terraform-aws-modules modules (SQS, SNS, S3 bucket, HTTP API,
 * DynamoDB table), modelled from their inputs; each call is listed with what it modelled and
 * the inputs that stay undecided. `installed` holds what `terraform init` recorded, by call name.
 */
export function mapRegistryModules(
  draft: Draft,
  installed: ReadonlyMap<string, InstalledModule>
): void {
  const calls: ModuleCall[] = []
  for (const b of draft.folder.ofType('module')) {
    const written = asString(get(b.body, 'source'))
    const found = installed.get(b.name)
    const module = knownModuleOf(written ?? '') ?? knownModuleOf(found?.source ?? '')
    if (!module) {
      if (written && isOpaque(written)) calls.push(opaqueCall(b, written, found))
      continue
    }
    const inputs = new ModuleInputs(b, module, written ?? found?.source ?? '', found)
    MAPPERS[module](draft, inputs)
    calls.push(inputs.call)
  }
  if (calls.length > 0) draft.service.moduleCalls = calls
}

/** A module from a registry or repository that the gate neither models nor reads. */
function isOpaque(source: string): boolean {
  return !/^\.{1,2}\//.test(source) && !isLambdaModule(source)
}

function opaqueCall(b: TfBlock, source: string, found: InstalledModule | undefined): ModuleCall {
  const version = found?.version ?? asString(get(b.body, 'version'))
  const call = {
    id: b.address,
    source,
    ...(version !== undefined ? { version } : {}),
    modelled: [],
    loc: b.loc
  }
  if (found?.read && found.dir !== undefined)
    return { ...call, installedAt: found.dir, undecided: [] }
  const reason = 'a module the gate does not model: what it creates is not checked'
  return { ...call, undecided: [{ input: 'source', reason, loc: b.loc }] }
}
