import { openJsonLockfile } from '../shared/collector.js'
import { JsonKeyLocator } from '../shared/json-locator.js'
import { asObject } from '../shared/json.js'
import { readNpmManifest } from '../shared/npm-manifest.js'
import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { readPackagesSection } from './packages.js'
import { readDependenciesTree } from './dependencies.js'

/** Keys a lockfile of a project without dependencies may hold. */
const SKELETON_KEYS = new Set(['name', 'version', 'lockfileVersion', 'requires'])

/**
 * npm's `package-lock.json` and `npm-shrinkwrap.json`: v1 (nested `dependencies`, also the
 * pre-2017 shrinkwrap without a version), v2 and v3 (flat `packages` keyed by install path).
 */
export const packageLockParser: LockfileParser = {
  id: 'npm/package-lock',
  ecosystem: 'npm',
  ...namedFiles('package-lock.json', 'npm-shrinkwrap.json'),
  parse: parsePackageLock,
  content: {
    recognises: /"(lockfileVersion|packages|dependencies)"\s*:/,
    expected: 'a "lockfileVersion" and "packages"'
  }
}

function parsePackageLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const opened = openJsonLockfile(text, file, 'npm')
  if (!opened.lock) return opened.result
  const { lock, out } = opened
  const version = lock['lockfileVersion']
  const packages = asObject(lock['packages'])
  const dependencies = asObject(lock['dependencies'])
  if (version !== undefined && version !== 1 && version !== 2 && version !== 3) {
    out.warn(
      `lockfileVersion ${JSON.stringify(version)} is not one this scanner knows (1 to 3); reading it as the nearest known version`,
      'unsupported-version',
      new JsonKeyLocator(text).next('lockfileVersion', false)
    )
  }
  const locator = new JsonKeyLocator(text)
  if (packages && version !== 1) readPackagesSection(text, packages, locator, out, options)
  else if (dependencies) {
    readDependenciesTree(dependencies, locator, out, readNpmManifest(options?.siblings), options)
  } else if (Object.keys(lock).some(key => !SKELETON_KEYS.has(key))) {
    out.error('the lockfile has neither a `packages` nor a `dependencies` section', 'no-packages')
  }
  return out.finish()
}
