import { diagnostic, type Diagnostic } from '../../model/location.js'
import { entry, get, isMap, isScalar, type MapEntry, type MapValue } from '../../model/value.js'
import { dirOf, isUrl, resolveInRepo } from '../../sources/paths.js'

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::LayerVersion'])
/** Deployment packages Lambda takes: written by a build (`sam build`, Maven, Gradle), seldom committed. */
const BUILT_PACKAGE = /\.(zip|jar)$/i

/**
 * SAM `CodeUri` / `ContentUri` paths written as local folders or files: followed when inside the
 * repository (the code's lockfiles are found from there), an error when missing, and a located
 * "outside the repository: not read" error when they leave it. S3 locations are left alone. A
 * missing `.zip` or `.jar` is a build's output, not committed code: a warning, since nothing the
 * gate reads is in it (its dependencies are the lockfiles of the folders above it).
 */
export async function codeUriProblems(
  file: string,
  template: MapValue,
  files: readonly string[],
  whyUnreadable?: (path: string) => Promise<string | undefined>
): Promise<Diagnostic[]> {
  const exists = presence(files)
  const dir = dirOf(file)
  const out: Diagnostic[] = []
  for (const e of codeUris(template)) {
    const written = isScalar(e.value) ? e.value.value : undefined
    if (typeof written !== 'string' || written === '' || isUrl(written)) continue
    const at = { line: e.keyLoc.line, column: e.keyLoc.column }
    const path = resolveInRepo(dir, written)
    if (path === undefined) {
      const why = `${e.key} ${written} is outside the repository: not read, so its code and lockfiles are not checked`
      out.push(diagnostic(file, why, 'code-outside-repository', at))
      continue
    }
    const bare = path.replace(/\/$/, '')
    if (exists(bare)) continue
    // Not listed: absent, or there and refused (a folder the system will not list).
    const refused = await whyUnreadable?.(bare)
    if (refused === undefined && BUILT_PACKAGE.test(bare)) {
      out.push(builtPackage(file, e.key, written, at))
      continue
    }
    const why =
      refused === undefined
        ? `${e.key} ${written} is not in the repository: its code and lockfiles cannot be checked`
        : `${e.key} ${written} cannot be read: ${refused}; its code and lockfiles are not checked`
    out.push(
      diagnostic(
        file,
        why,
        refused === undefined ? 'unresolved-code-uri' : 'unreadable-code-uri',
        at
      )
    )
  }
  return out
}

function builtPackage(
  file: string,
  key: string,
  written: string,
  at: { line: number; column: number }
): Diagnostic {
  const why = `${key} ${written} is a deployment package a build writes, not in the repository: not read; the function's dependencies are checked through the lockfiles of the folders above it`
  return diagnostic(file, why, 'built-code-uri', at, 'warning')
}

/** The `CodeUri` entries of functions and layers, and the one in `Globals.Function`. */
function codeUris(template: MapValue): MapEntry[] {
  const out: MapEntry[] = []
  const global = entry(get(get(template, 'Globals'), 'Function'), 'CodeUri')
  if (global) out.push(global)
  const resources = get(template, 'Resources')
  if (!isMap(resources)) return out
  for (const { value } of resources.entries.values()) {
    const type = get(value, 'Type')
    if (!isScalar(type) || !FUNCTION_TYPES.has(String(type.value))) continue
    const props = get(value, 'Properties')
    const uri = entry(props, 'CodeUri') ?? entry(props, 'ContentUri')
    if (uri) out.push(uri)
  }
  return out
}

/** One index per listing: a repository of many SAM templates builds it once, not per template. */
const presenceByListing = new WeakMap<readonly string[], (path: string) => boolean>()

/** A path is present when it is a listed file or a folder holding one. */
function presence(files: readonly string[]): (path: string) => boolean {
  let exists = presenceByListing.get(files)
  if (!exists) presenceByListing.set(files, (exists = presenceIndex(files)))
  return exists
}

function presenceIndex(files: readonly string[]): (path: string) => boolean {
  const listed = new Set(files)
  const folders = new Set<string>([''])
  // Every folder above each file: the path up to each of its slashes.
  for (const f of files)
    for (let i = f.indexOf('/'); i !== -1; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i))
  return path => path === '.' || listed.has(path) || folders.has(path)
}
