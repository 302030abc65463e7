/** PEP 503 normalisation: lower case, runs of `-`, `_` and `.` become one `-`. */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/**
 * Splits `name@version` at the `@` after the name: a name holds no `@` beyond its scope's, while
 * a source may (`x@git+ssh://git@github.com/u/x.git#abc`).
 */
export function splitAtVersion(spec: string): { name: string; version: string } | undefined {
  const split = splitNameFromRange(spec)
  return split && { name: split.name, version: split.range }
}

/** Splits `name@range` at the first `@` after the scope (ranges may hold `@`, as in `npm:x@1`). */
export function splitNameFromRange(spec: string): { name: string; range: string } | undefined {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0)
  if (at <= 0) return undefined
  return { name: spec.slice(0, at), range: spec.slice(at + 1) }
}

/** An exact semantic version (`1.2.3`, `1.2.3-rc.1+build`), as registries publish them. */
export function isSemver(version: string): boolean {
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version)
}

/** An npm registry tarball URL: registries (and their mirrors) serve them under `/-/`. */
export function isRegistryTarball(url: string): boolean {
  return (url.startsWith('https://') || url.startsWith('http://')) && url.lastIndexOf('/-/') !== -1
}

/** What kind of non-registry source a version or URL names, or undefined for a plain version. */
export function sourceKind(spec: string): 'git' | 'url' | 'path' | undefined {
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec)) return 'git'
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec) && !/^\d/.test(spec)) return 'git'
  if (/^https?:\/\//.test(spec)) return /\.git(#|$)/.test(spec) ? 'git' : 'url'
  if (/^(file:|link:|portal:|\.{0,2}\/)/.test(spec)) return 'path'
  return undefined
}
