import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { RawResource } from '../../model/types.js'
import { entry, isScalar, type MapEntry } from '../../model/value.js'
import { dirOf, resolveInRepo } from '../../sources/paths.js'
import { readOrWhy } from '../../sources/repo-reader.js'
import { discoverIac } from '../discover.js'
import type { RepoReader } from '../types.js'
import { ownValue } from '../../model/own.js'

/** Where a nested stack's template is named, by resource type. */
const TEMPLATE_KEYS: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location'
}

/**
 * Nested stacks whose template is a local path (`aws cloudformation package` and `sam package`
 * upload it): the nested template is checked as a template of its own when it is in the
 * repository. One that leaves the repository, or is not there, holds resources nobody checks: a
 * located error. URLs and S3 locations (and a SAR application's map) are left alone.
 */
export async function nestedStackProblems(
  file: string,
  resources: readonly RawResource[],
  repo: RepoReader
): Promise<Diagnostic[]> {
  const dir = dirOf(file)
  const out: Diagnostic[] = []
  for (const e of nestedTemplates(resources)) {
    const written = isScalar(e.value) ? e.value.value : undefined
    if (typeof written !== 'string' || written === '' || /^[a-z][a-z0-9+.-]*:/i.test(written))
      continue
    const at = { line: e.keyLoc.line, column: e.keyLoc.column }
    const path = resolveInRepo(dir, written)
    if (path === undefined) {
      const why = `${e.key} ${written} is outside the repository: not read, so the resources of that nested stack are not checked`
      out.push(diagnostic(file, why, 'nested-stack-outside-repository', at))
      continue
    }
    const { text, why: unreadable } = await readOrWhy(repo, path)
    if (text === undefined && unreadable === undefined) {
      const why = `${e.key} ${written} is not in the repository: the resources of that nested stack cannot be checked`
      out.push(diagnostic(file, why, 'unresolved-nested-stack', at))
    } else if (unreadable !== undefined) {
      // Checked as a template of its own only if it names AWS types: binary content may not.
      const why = `${e.key} ${written} cannot be read (${unreadable}): the resources of that nested stack are not checked`
      out.push(diagnostic(file, why, 'unreadable-nested-stack', at))
    } else if (discoverIac([path]).templates.length === 0) {
      const why = `${e.key} ${written} is not read as a template (only .yaml, .yml, .json and .template files outside tool folders are): the resources of that nested stack are not checked; give it one of those names`
      out.push(diagnostic(file, why, 'unchecked-nested-stack', at))
    }
  }
  return out
}

/**
 * Read from the resources the template registered (plain objects with their type), not from the
 * template: listing a large JSON template's resources again would build and keep them all.
 */
function nestedTemplates(resources: readonly RawResource[]): MapEntry[] {
  const out: MapEntry[] = []
  for (const r of resources) {
    const key = ownValue(TEMPLATE_KEYS, r.type)
    const written = key === undefined ? undefined : entry(r.properties, key)
    if (written) out.push(written)
  }
  return out
}
