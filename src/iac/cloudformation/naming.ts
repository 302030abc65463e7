import { posix } from 'node:path'
import {
  asList,
  get,
  getPath,
  isMap,
  membersOnce,
  writtenText,
  type MapValue
} from '../../model/value.js'
import type { RepoReader } from '../types.js'
import { samStackName } from './samconfig.js'
import { dirOf } from '../../sources/paths.js'

/** How a template is detected and named. */

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31'

/** Types of the template's resources (literal `Type` values). */
function resourceTypes(document: MapValue): string[] {
  const resources = get(document, 'Resources')
  if (!isMap(resources)) return []
  const out: string[] = []
  for (const e of resources.entries.values()) {
    const type = get(e.value, 'Type')
    if (type?.kind === 'scalar' && typeof type.value === 'string') out.push(type.value)
  }
  return out
}

/** Whether each document read is a SAM template: detecting its format asks more than once. */
const samTemplates = new WeakMap<MapValue, boolean>()

/** `Transform` is or lists the SAM transform, or resources use `AWS::Serverless::*` types. */
export function isSamTemplate(document: MapValue): boolean {
  let known = samTemplates.get(document)
  if (known === undefined) samTemplates.set(document, (known = readsAsSam(document)))
  return known
}

function readsAsSam(document: MapValue): boolean {
  const transforms = asList(get(document, 'Transform'))
  if (transforms.some(t => t.kind === 'scalar' && t.value === SAM_TRANSFORM)) return true
  const resources = get(document, 'Resources')
  // A large template read with its text: no resource of a SAM type unless the text names one.
  const written = resources && writtenText(resources)
  if (written !== undefined && !written.includes('AWS::Serverless::') && !written.includes('\\'))
    return false
  return resourceTypes(document).some(t => t.startsWith('AWS::Serverless::'))
}

/** `AWSTemplateFormatVersion`, or at least one `AWS::` resource. */
export function isCloudFormationTemplate(document: MapValue): boolean {
  if (document.entries.has('AWSTemplateFormatVersion')) return true
  return resourceTypes(document).some(t => t.startsWith('AWS::'))
}

/** File names that say nothing about the stack: the folder names it instead. */
const GENERIC_NAMES = new Set([
  'template',
  'templates',
  'serverless',
  'sam',
  'sam-template',
  'cloudformation',
  'cfn',
  'stack',
  'main',
  'packaged',
  'packaged-template',
  'output',
  'infra',
  'infrastructure'
])

/**
 * A natural name for the template's stack: the CDK stack name (`aws:cdk:path`), the
 * `stack_name` of the samconfig beside it (`.toml`, `.yaml` or `.yml`), the file's own name, or its folder's name when the
 * file name is generic (`template.yaml`).
 */
export async function stackName(
  file: string,
  document: MapValue,
  repo: RepoReader | undefined
): Promise<string> {
  const cdk = cdkStackName(document)
  if (cdk) return cdk
  const dir = dirOf(file)
  const configured = await samStackName(file, repo)
  if (configured) return configured
  const base = posix.basename(file).replace(/(\.template)?\.(ya?ml|json|template)$/i, '')
  if (!GENERIC_NAMES.has(base.toLowerCase()) || dir === '') return base
  return posix.basename(dir)
}

function cdkStackName(document: MapValue): string | undefined {
  const resources = get(document, 'Resources')
  if (!isMap(resources)) return undefined
  for (const e of membersOnce(resources)) {
    const path = getPath(e.value, ['Metadata', 'aws:cdk:path'])
    if (path?.kind === 'scalar' && typeof path.value === 'string' && path.value.includes('/')) {
      return path.value.split('/')[0]
    }
  }
  return undefined
}
