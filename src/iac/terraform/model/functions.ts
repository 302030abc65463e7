import type { Attr, EnvironmentVariable, LambdaFunction, VpcConfig } from '../../../model/types.js'
import { entry, get, isMap, type MapValue, type Value } from '../../../model/value.js'
import { locOfEntry, numberAt, stringAt, stringListAt } from '../../shared/attrs.js'
import type { Draft } from './draft.js'
import { nested, type TfBlock } from './folder.js'

/** `aws_lambda_function` resources, linked to their roles and packaged code. */
export function mapFunctions(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_lambda_function'))
    draft.addFunction(functionFrom(draft, b))
}

function functionFrom(draft: Draft, b: TfBlock): LambdaFunction {
  const body = b.body
  const roleValue = get(body, 'role')
  const role = draft.roleFor(roleValue)
  return {
    id: b.address,
    name: stringAt(body, 'function_name'),
    runtime: stringAt(body, 'runtime'),
    handler: stringAt(body, 'handler'),
    memorySize: numberAt(body, 'memory_size'),
    timeout: numberAt(body, 'timeout'),
    architectures: stringListAt(body, 'architectures'),
    packageType: stringAt(body, 'package_type'),
    codePath: codePath(draft, body),
    environment: environmentFrom(get(nested(body, 'environment'), 'variables')),
    kmsKeyArn: stringAt(body, 'kms_key_arn'),
    roleId: role?.id,
    roleRef: stringAt(body, 'role'),
    vpc: vpcFrom(nested(body, 'vpc_config'), 'subnet_ids', 'security_group_ids'),
    tracing: stringAt(nested(body, 'tracing_config'), 'mode'),
    reservedConcurrency: numberAt(body, 'reserved_concurrent_executions'),
    deadLetterTarget: stringAt(nested(body, 'dead_letter_config'), 'target_arn'),
    layers: stringListAt(body, 'layers'),
    codeSigningConfig: stringAt(body, 'code_signing_config_arn'),
    triggers: [],
    loc: b.loc
  }
}

/** The packaged code: an `archive_file`'s source when `filename` is its output, else the artifact. */
function codePath(draft: Draft, body: MapValue): Attr<string> | undefined {
  const filename = get(body, 'filename')
  const archive = draft.folder.referenced(filename, 'data.archive_file')
  if (archive) {
    const source = stringAt(archive.body, 'source_dir') ?? stringAt(archive.body, 'source_file')
    if (source) return source
  }
  return stringAt(body, 'filename') ?? stringAt(body, 's3_key') ?? stringAt(body, 'image_uri')
}

/** A map of environment variables, each located at its name. */
export function environmentFrom(
  variables: Value | undefined,
  origin: EnvironmentVariable['origin'] = 'function'
): EnvironmentVariable[] {
  if (!isMap(variables)) return []
  const out: EnvironmentVariable[] = []
  for (const e of variables.entries.values()) {
    const loc = locOfEntry(e)
    const v = e.value
    if (v.kind === 'scalar') out.push({ name: e.key, value: { value: v.value, loc }, origin, loc })
    else if (v.kind === 'symbolic') out.push({ name: e.key, value: { value: v, loc }, origin, loc })
  }
  return out
}

/** Subnets and security groups; located at the `vpc_config` block, or the subnets setting. */
export function vpcFrom(
  map: MapValue | undefined,
  subnetsKey: string,
  groupsKey: string,
  atBlock = true
): VpcConfig | undefined {
  const subnets = entry(map, subnetsKey)
  const groups = entry(map, groupsKey)
  if (!map || (!subnets && !groups)) return undefined
  const first = subnets ?? groups
  return {
    subnetIds: stringListAt(map, subnetsKey),
    securityGroupIds: stringListAt(map, groupsKey),
    loc: atBlock || !first ? map.loc : locOfEntry(first)
  }
}
