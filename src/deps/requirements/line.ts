import { pep503 } from '../shared/names.js'
import type { UnpinnedReason } from '../types.js'

/** One logical line of a requirements file (continuations joined), at its first physical line. */
export interface LogicalLine {
  text: string
  line: number
  /** `# via ...` annotations pip-compile writes after a requirement. */
  via?: string
}

export type Requirement =
  | { kind: 'pinned'; name: string; version: string }
  | { kind: 'unpinned'; name: string; spec: string; reason: UnpinnedReason }
  | { kind: 'include'; path: string }
  | { kind: 'option' }
  | { kind: 'invalid'; message: string }

/** Options that take a value and change nothing this scanner needs. */
const IGNORED_WITH_VALUE = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '-c',
  '--constraint',
  '--no-binary',
  '--only-binary',
  '--use-feature',
  '--platform'
])

/** Reads one logical line: an include, an option, or a requirement. */
export function readRequirement(text: string): Requirement {
  const option = /^(-[a-zA-Z]|--[a-z-]+)(?:[=\s]\s*(.*))?$/.exec(text)
  if (option) return readOption(option[1] as string, (option[2] ?? '').trim())
  return readSpecifier(withoutRequirementOptions(text))
}

function readOption(flag: string, value: string): Requirement {
  if (flag === '-r' || flag === '--requirement') {
    return value
      ? { kind: 'include', path: value }
      : { kind: 'invalid', message: `${flag} needs a file name` }
  }
  if (flag === '-e' || flag === '--editable') {
    return { kind: 'unpinned', name: nameOfUrl(value), spec: value, reason: 'editable' }
  }
  void IGNORED_WITH_VALUE
  return { kind: 'option' }
}

/** `pkg==1.0 --hash=sha256:...` → `pkg==1.0`: per-requirement options follow the specifier. */
function withoutRequirementOptions(text: string): string {
  const at = text.search(/\s--[a-z-]+/)
  return (at === -1 ? text : text.slice(0, at)).trim()
}

/** A PEP 508 requirement: `name[extras] specifiers ; marker`, or `name @ url`, or a bare URL. */
function readSpecifier(text: string): Requirement {
  const [requirement = ''] = splitMarker(text)
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(requirement)
  if (direct) {
    const url = direct[3] as string
    return {
      kind: 'unpinned',
      name: pep503(direct[1] as string),
      spec: url,
      reason: urlReason(url)
    }
  }
  if (/^([a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/)|\.(whl|zip|tar\.gz|tgz)$/i.test(requirement)) {
    return {
      kind: 'unpinned',
      name: nameOfUrl(requirement),
      spec: requirement,
      reason: urlReason(requirement)
    }
  }
  const named = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(requirement)
  if (!named)
    return { kind: 'invalid', message: `cannot read a requirement from ${JSON.stringify(text)}` }
  const name = pep503(named[1] as string)
  const spec = (named[3] as string).replace(/\s+/g, '')
  const pinned = /^(===?)([^,;*<>=!~]+)$/.exec(spec)
  if (pinned && !spec.includes('${')) return { kind: 'pinned', name, version: pinned[2] as string }
  const reason: UnpinnedReason = spec.includes('${') ? 'unresolved' : 'range'
  return { kind: 'unpinned', name, spec, reason }
}

/** Splits off an environment marker (`; python_version < "3.8"`); the requirement is kept whatever it says. */
function splitMarker(text: string): [string, string | undefined] {
  const at = text.indexOf(';')
  if (at === -1) return [text.trim(), undefined]
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()]
}

function urlReason(url: string): UnpinnedReason {
  if (/^(git\+|hg\+|svn\+|bzr\+)/.test(url)) return 'git'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file:')) return 'url'
  return 'path'
}

/** The project name of a URL or path requirement: `#egg=name`, a wheel or sdist file name, or the text itself. */
function nameOfUrl(url: string): string {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)
  if (egg) return pep503(egg[1] as string)
  const file = /([A-Za-z0-9._]+?)-\d[^/]*\.(whl|zip|tar\.gz|tgz)$/.exec(url)
  return file ? pep503(file[1] as string) : url
}
