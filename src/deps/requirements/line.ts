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
  /** `-r file` (requirements) or `-c file` (constraints): a path or URL as written. */
  | { kind: 'include'; path: string; constraint: boolean }
  | { kind: 'option' }
  | { kind: 'invalid'; message: string }

/** pip's include options, short and long spelling, and whether they name a constraints file. */
const INCLUDES: Record<string, boolean> = {
  '-r': false,
  '--requirement': false,
  '-c': true,
  '--constraint': true
}

/**
 * Reads one logical line the way pip does: the requirement is every space-separated token before
 * the first one that starts with `-`; what follows are options (`--hash`, `-C`/`--config-settings`,
 * `--global-option`), never part of the version. A line that starts with `-` is an option line.
 */
export function readRequirement(text: string): Requirement {
  const tokens = text.split(/\s+/).filter(t => t !== '')
  const firstOption = tokens.findIndex(t => t.startsWith('-'))
  if (firstOption === 0) return readOptionLine(tokens)
  const requirement = firstOption === -1 ? tokens : tokens.slice(0, firstOption)
  return readSpecifier(requirement.join(' '))
}

/** `-r file`, `-rfile`, `--requirement=file`, `-e url`; any other option changes nothing we read. */
function readOptionLine(tokens: string[]): Requirement {
  const first = tokens[0] as string
  const [flag, value] = splitOption(first, tokens[1])
  if (Object.hasOwn(INCLUDES, flag)) {
    return value
      ? { kind: 'include', path: value, constraint: INCLUDES[flag] as boolean }
      : { kind: 'invalid', message: `${flag} needs a file name` }
  }
  if (flag === '-e' || flag === '--editable') {
    if (!value) return { kind: 'invalid', message: `${flag} needs a path or URL` }
    return { kind: 'unpinned', name: nameOfUrl(value), spec: value, reason: 'editable' }
  }
  return { kind: 'option' }
}

/** An option token and its value: `--opt=value`, `--opt value`, `-xvalue` or `-x value`. */
function splitOption(token: string, next: string | undefined): [string, string | undefined] {
  if (token.startsWith('--')) {
    const eq = token.indexOf('=')
    return eq === -1 ? [token, next] : [token.slice(0, eq), token.slice(eq + 1)]
  }
  const flag = token.slice(0, 2)
  const attached = token.slice(2).replace(/^=/, '')
  return [flag, attached === '' ? next : attached]
}

/** PEP 440 specifiers, comma-separated, whitespace removed: `>=1.0,<2`, `==1.*`, `~=2.2`. */
const VERSION_SPECIFIERS = /^(~=|===?|!=|<=?|>=?)[^,]+(,(~=|===?|!=|<=?|>=?)[^,]+)*$/

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
  const spec = (named[3] as string).replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1')
  if (spec !== '' && !VERSION_SPECIFIERS.test(spec))
    return { kind: 'invalid', message: `cannot read a requirement from ${JSON.stringify(text)}` }
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
