import { isRegistryTarball, sourceKind } from '../shared/names.js'
import type { UnpinnedReason } from '../types.js'

/**
 * Why an entry is not a registry package, from its version and `resolved` fields: a git commit,
 * a tarball URL outside the registry, or a local file. Undefined for a registry package. The
 * common case (a version that starts with a digit, a registry URL) is decided without a regex.
 */
export function nonRegistrySource(
  version: string | undefined,
  resolved: string | undefined
): UnpinnedReason | undefined {
  if (version !== undefined && !startsWithDigit(version) && !version.startsWith('npm:')) {
    const fromVersion = sourceKind(version)
    if (fromVersion) return fromVersion
  }
  if (resolved === undefined || isRegistryTarball(resolved)) return undefined
  if (/^(git\+|git:|github:)/.test(resolved)) return 'git'
  if (resolved.startsWith('file:')) return 'path'
  if (/^https?:\/\//.test(resolved)) return 'url'
  return undefined
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** `npm:real-name@1.2.3`, the version npm writes for an aliased package, split up. */
export function aliasTarget(version: string): { name: string; version: string } | undefined {
  if (!version.startsWith('npm:')) return undefined
  const spec = version.slice(4)
  const at = spec.lastIndexOf('@')
  if (at <= 0) return undefined
  return { name: spec.slice(0, at), version: spec.slice(at + 1) }
}
