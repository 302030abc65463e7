import { diagnostic, type Diagnostic } from '../model/location.js'
import { cargoLockParser } from './cargo/index.js'
import { composerLockParser } from './composer/index.js'
import { gemfileLockParser } from './gemfile/index.js'
import { goModParser } from './gomod/index.js'
import { gradleLockParser } from './gradle/index.js'
import { nugetLockParser } from './nuget/index.js'
import { packageLockParser } from './package-lock/index.js'
import { pipfileLockParser } from './pipfile/index.js'
import { pnpmLockParser } from './pnpm/index.js'
import { poetryLockParser } from './poetry/index.js'
import { pomParser } from './pom/index.js'
import { requirementsParser } from './requirements/index.js'
import { baseName, dirName, inNodeModules } from './shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from './types.js'
import { uvLockParser } from './uv/index.js'
import { bunLockParser } from './bun/index.js'
import { bunLockbParser } from './bun-lockb/index.js'
import { pdmLockParser } from './pdm/index.js'
import { pylockParser } from './pylock/index.js'
import { yarnLockParser } from './yarn/index.js'
import { errorMessage } from '../sources/errors.js'

/** Every lockfile and manifest format the scanner reads, one module each. */
export const LOCKFILE_PARSERS: readonly LockfileParser[] = [
  packageLockParser,
  yarnLockParser,
  pnpmLockParser,
  bunLockParser,
  bunLockbParser,
  requirementsParser,
  pipfileLockParser,
  poetryLockParser,
  uvLockParser,
  pdmLockParser,
  pylockParser,
  goModParser,
  cargoLockParser,
  gemfileLockParser,
  composerLockParser,
  pomParser,
  gradleLockParser,
  nugetLockParser
]

/**
 * Manifests some parsers read next to a lockfile (through `ParseOptions.siblings`) for direct and
 * dev flags the lockfile does not record.
 */
export const SIBLING_MANIFESTS: readonly string[] = [
  'package.json',
  'composer.json',
  'pyproject.toml',
  'Pipfile'
]

/**
 * The parser for a root-relative path, by its name; undefined for files that are not lockfiles
 * and for anything inside `node_modules` (installed copies, not the project's own lockfiles).
 */
export function parserFor(path: string): LockfileParser | undefined {
  if (inNodeModules(path)) return undefined
  const named = BY_NAME.get(baseName(path))
  if (named) return named
  // A loop, not `find`: asked of every file of a listing, without a closure for each.
  for (const parser of BY_PATTERN) if (parser.matches(path)) return parser
  return undefined
}

/** Formats known by their file names, by name; the others are asked in turn. */
const BY_NAME = new Map(LOCKFILE_PARSERS.flatMap(p => (p.names ?? []).map(name => [name, p])))
const BY_PATTERN = LOCKFILE_PARSERS.filter(p => !p.names)

/** Loads the readers the parsers of these files need (see `LockfileParser.load`). */
export async function loadParsersFor(files: readonly string[]): Promise<void> {
  const parsers = new Set(files.map(parserFor))
  await Promise.all([...parsers].map(parser => parser?.load?.()))
}

/**
 * Parses a lockfile's text with the parser its name calls for, once `loadParsersFor` loaded what
 * it needs. Never throws.
 */
export function parseLockfile(file: string, text: string, options?: ParseOptions): LockfileResult {
  const parser = parserFor(file)
  if (!parser) {
    return failed(file, 'not a lockfile or manifest this scanner reads', 'unsupported-file')
  }
  if (parser.binary) return parser.parse('', file, options)
  if (text.includes('\u0000')) {
    return failed(
      file,
      'the file is not UTF-8 text (UTF-16?); it was not read',
      'unsupported-encoding'
    )
  }
  try {
    return boundedMessages(checkContent(parser, text, file, parser.parse(text, file, options)))
  } catch (err) {
    // Parsers report problems as diagnostics; this is the last guard, so a bug never stops a scan.
    const message = errorMessage(err)
    return failed(file, `could not be read (${parser.id}): ${message}`, 'parse-error')
  }
}

/** Parses raw file bytes: UTF-8 (with or without a BOM) or UTF-16 with a BOM, as editors save them. */
export function parseLockfileBytes(
  file: string,
  bytes: Uint8Array,
  options?: ParseOptions
): LockfileResult {
  // A binary format's bytes are never decoded.
  if (isBinaryLockfile(file)) return parseLockfile(file, '', options)
  return parseLockfile(file, decodeText(bytes), options)
}

/** A file of a binary format (`bun.lockb`): never read or decoded as text. */
export function isBinaryLockfile(file: string): boolean {
  return parserFor(file)?.binary === true
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return new TextDecoder('utf-8').decode(bytes)
}

/**
 * The lockfiles to read among root-relative paths: those a parser reads, except a
 * `package-lock.json` next to an `npm-shrinkwrap.json` (npm uses the shrinkwrap then), and a
 * binary `bun.lockb` next to a `bun.lock` (the text lockfile is what is checked).
 */
export function selectLockfiles(paths: readonly string[]): string[] {
  // A scan asks again of the same listing at every stage: each caller gets its own copy.
  let found = selected.get(paths)
  if (!found) selected.set(paths, (found = lockfilesAmong(paths)))
  return [...found]
}

const selected = new WeakMap<readonly string[], readonly string[]>()

function lockfilesAmong(paths: readonly string[]): string[] {
  const shrinkwrapDirs = foldersHolding(paths, 'npm-shrinkwrap.json')
  const bunLockDirs = foldersHolding(paths, 'bun.lock')
  return paths.filter(path => {
    if (!parserFor(path)) return false
    if (isNamed(path, 'package-lock.json')) return !shrinkwrapDirs.has(dirName(path))
    if (isNamed(path, 'bun.lockb')) return !bunLockDirs.has(dirName(path))
    return true
  })
}

function foldersHolding(paths: readonly string[], name: string): Set<string> {
  return new Set(paths.filter(p => isNamed(p, name)).map(p => dirName(p)))
}

/** Whether the file is named `name`, tested without a copy of its name. */
function isNamed(path: string, name: string): boolean {
  return (
    path.endsWith(name) &&
    (path.length === name.length || path[path.length - name.length - 1] === '/')
  )
}

/**
 * A parse that found nothing at all: an empty file of a format that may be empty is said to be
 * so; any other empty file, or one without a trace of its format, is an error naming what was
 * expected, since whatever it stands for was not checked.
 */
function checkContent(
  parser: LockfileParser,
  text: string,
  file: string,
  result: LockfileResult
): LockfileResult {
  const found = result.packages.length > 0 || result.unpinned.length > 0
  if (found || result.diagnostics.some(d => d.severity === 'error')) return result
  const { recognises, expected, mayBeEmpty } = parser.content
  const say = (message: string, code: string, severity: Diagnostic['severity']) => ({
    ...result,
    diagnostics: [...result.diagnostics, diagnostic(file, message, code, {}, severity)]
  })
  if (mayBeEmpty && onlyComments(text))
    return say('empty: no dependencies to check', 'empty-lockfile', 'warning')
  if (text.trim() === '')
    return say(
      `the file is empty, but a ${baseName(file)} always holds ${expected}; nothing was checked`,
      'empty-lockfile',
      'error'
    )
  if (!recognises.test(text))
    return say(
      `this is not a ${baseName(file)}: expected ${expected}, found none, so nothing in it was checked`,
      'unrecognised-content',
      'error'
    )
  return result
}

/**
 * Messages quote what they could not read; a line of millions of characters is quoted by its
 * start, so one hostile line cannot flood the reports (or exceed the limits of annotations).
 */
const MAX_MESSAGE = 500

function boundedMessages(result: LockfileResult): LockfileResult {
  if (result.diagnostics.every(d => d.message.length <= MAX_MESSAGE)) return result
  const diagnostics = result.diagnostics.map(d =>
    d.message.length <= MAX_MESSAGE ? d : { ...d, message: cut(d.message) }
  )
  return { ...result, diagnostics }
}

/** The start of a message, never splitting a character written as a surrogate pair. */
function cut(message: string): string {
  const end = MAX_MESSAGE - 1
  const code = message.charCodeAt(end - 1)
  return `${message.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end)}…`
}

/** Blank lines and `#` comments only. */
function onlyComments(text: string): boolean {
  return text.split('\n').every(line => /^\s*(#.*)?$/.test(line))
}

function failed(file: string, message: string, code: string): LockfileResult {
  return { packages: [], unpinned: [], diagnostics: [diagnostic(file, message, code)] }
}
