import { posix } from 'node:path'
import {
  discoverIac,
  isServerlessFile,
  looksLikeServerlessService,
  looksLikeTemplate
} from '../iac/discover.js'
import { includeKind } from '../iac/serverless/variables/file-path.js'
import { installedModuleFolders } from '../iac/installed-modules.js'
import { selectLockfiles } from '../deps/registry.js'
import { includedFiles } from '../deps/requirements/index.js'
import { INSTALLED_MODULES } from '../sources/installed-modules.js'
import { walkLinks } from '../sources/links.js'
import type { FileSource } from '../sources/types.js'
import {
  codeFolders,
  dirOf,
  serverlessIncludes,
  templateReferences,
  terraformFileReads,
  terraformModules
} from './references.js'
import type { Unit, UnitIndex } from './types.js'

/** Manifests a lockfile parser may read beside it. */
const LOCKFILE_SIBLINGS = [
  'package.json',
  'composer.json',
  'pyproject.toml',
  'Pipfile',
  'npm-shrinkwrap.json'
]

/**
 * Bun's two lockfiles: which one a folder's scan reads (`bun.lock` over the binary `bun.lockb`)
 * depends on the other, so a change to either reaches the one read.
 */
const BUN_LOCKFILE_PAIR = new Map([
  ['bun.lock', 'bun.lockb'],
  ['bun.lockb', 'bun.lock']
])

/** Includes followed per service before the gate stops and treats the service as reading anything. */
const MAX_INCLUDES = 200

/** Reads one side just enough to know its units and the files each reads: no template is parsed. */
export async function indexUnits(source: FileSource): Promise<UnitIndex> {
  const files = await source.list()
  const { templates, terraform } = discoverIac(files)
  const text = onceEach(textReader(source))
  // Every candidate is asked for before anything else is worked out, in one batch: git or the
  // API answers while the lockfiles and units are sorted out here.
  for (const file of templates) void text(file)
  for (const tf of terraform.values()) for (const file of tf) void text(file)
  await batchSent()
  const candidates = new Set(templates)
  const texts = await Promise.all(templates.map(file => text(file)))
  const isService = templates.map((file, i) => isServiceFile(file, texts[i]))
  const [templateUnits, services, folders, lockfiles] = await Promise.all([
    templates.map((file, i) => (isService[i] ? undefined : templateOf(file, texts[i]))),
    Promise.all(
      templates.filter((_, i) => isService[i]).map(f => serverlessUnit(f, text, candidates))
    ),
    terraformUnits(terraform, files, text),
    Promise.all(selectLockfiles(files).map(lockfile => lockfileUnit(lockfile, text)))
  ])
  const units = [
    ...templateUnits.flatMap(t => t?.unit ?? []),
    ...services,
    ...folders,
    ...lockfiles
  ]
  const templateLike = new Set(templates.filter((_, i) => isService[i] || templateUnits[i]))
  const links = (await source.links?.()) ?? new Map<string, string>()
  if (links.size > 0) for (const u of units) addLinkedFiles(u, links, files)
  const included = new Set(units.flatMap(u => [...u.includes]))
  return {
    units: units.filter(u => u.kind !== 'template' || !included.has(u.root)),
    candidates,
    templates: templateLike
  }
}

/** A Serverless service: by name, or by content under another name (`--config`). */
function isServiceFile(file: string, t: string | undefined | typeof UNREADABLE): boolean {
  return isServerlessFile(file) || (typeof t === 'string' && looksLikeServerlessService(file, t))
}

/**
 * A candidate that is no Serverless file, as a template unit: undefined when it cannot be read
 * or is no template. One that could not be read this time may be a template reading anything.
 */
function templateOf(
  file: string,
  t: string | undefined | typeof UNREADABLE
): { unit: Unit } | undefined {
  if (t === undefined) return undefined
  if (t === UNREADABLE) return { unit: { ...unit('template', file, dirOf(file)), unknown: true } }
  return looksLikeTemplate(t) ? { unit: templateUnit(file, t) } : undefined
}

/** Terraform folders, and the modules `terraform init` installed that are read as folders. */
async function terraformUnits(
  terraform: Map<string, string[]>,
  files: string[],
  text: TextOf
): Promise<Unit[]> {
  // The folders' files are asked for while the manifests of installed modules are read.
  for (const tf of terraform.values()) for (const file of tf) void text(file)
  const installed = await installedModuleFolders(terraform, files, async path => {
    const body = await text(path)
    return typeof body === 'string' ? body : undefined
  })
  // A module installed by `terraform init` and read as a folder is a unit like a local module.
  const folders = new Map([...terraform, ...installed.folders.map(f => [f.dir, f.files] as const)])
  return Promise.all([...folders.keys()].map(dir => terraformUnit(dir, folders, text)))
}

/**
 * A file read through a symbolic link is the link's target too: a change to the target, or to
 * where the link points (the link itself, or a linked folder above the file), reaches the unit.
 */
function addLinkedFiles(u: Unit, links: ReadonlyMap<string, string>, listed: string[]): void {
  const read = [
    ...u.files,
    ...listed.filter(f => u.folders.has(dirOf(f)) || [...u.trees].some(t => within(f, t)))
  ]
  for (const file of read) for (const path of walkLinks(file, links).reads) u.files.add(path)
  for (const tree of [...u.trees]) {
    const walk = walkLinks(tree, links)
    walk.through.forEach(link => u.files.add(link))
    if (walk.path !== undefined) u.trees.add(walk.path)
  }
}

function within(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`)
}

/** Resolves once the reads asked for so far are on their way: batched reads go out in a microtask. */
const batchSent = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

/** A read that failed for a reason that may not hold next time (an API or git error). */
export const UNREADABLE = Symbol('unreadable')

/** A file's text; undefined when it is absent or can never be read (too large, not UTF-8). */
export type TextOf = (path: string) => Promise<string | undefined | typeof UNREADABLE>

const LASTING = new Set(['not-found', 'file-too-large', 'invalid-encoding', 'outside-root'])

export function textReader(source: FileSource): TextOf {
  return async path => {
    const r = await source.read(path)
    if ('text' in r) return r.text
    return LASTING.has(r.diagnostic.code ?? '') ? undefined : UNREADABLE
  }
}

/** Each file read once, however many units read it; a failed read is answered when asked for. */
function onceEach(text: TextOf): TextOf {
  const reads = new Map<string, ReturnType<TextOf>>()
  return path => {
    let read = reads.get(path)
    if (!read) {
      reads.set(path, (read = text(path)))
      read.catch(() => undefined)
    }
    return read
  }
}

function unit(kind: Unit['kind'], root: string, dir: string): Unit {
  return {
    kind,
    root,
    dir,
    files: new Set([root]),
    folders: new Set(),
    trees: new Set(),
    unknown: false,
    includes: new Set()
  }
}

function templateUnit(file: string, text: string): Unit {
  const u = unit('template', file, dirOf(file))
  for (const path of templateReferences(text, file)) u.files.add(path)
  for (const path of codeFolders(text, file)) u.trees.add(path)
  return u
}

/** A service and every document it pulls in, followed through nested includes. */
export async function serverlessUnit(
  file: string,
  text: TextOf,
  candidates: ReadonlySet<string>
): Promise<Unit> {
  const u = unit('serverless', file, dirOf(file))
  const pending = [file]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (u.files.size > MAX_INCLUDES) {
      u.unknown = true
      break
    }
    const body = await text(next)
    if (body === UNREADABLE) u.unknown = true
    if (typeof body !== 'string') continue
    const found = serverlessIncludes(body, u.dir, next)
    u.unknown ||= found.unknown
    for (const path of found.paths) {
      if (u.files.has(path)) continue
      u.files.add(path)
      if (candidates.has(path)) u.includes.add(path)
      if (includeKind(path) === 'document') pending.push(path)
    }
  }
  return u
}

async function terraformUnit(
  dir: string,
  tfFiles: Map<string, string[]>,
  text: TextOf
): Promise<Unit> {
  const u = unit('terraform', dir, dir)
  // What `terraform init` installed is read for the folder's registry module calls.
  u.trees.add(dir === '' ? INSTALLED_MODULES : `${dir}/${INSTALLED_MODULES}`)
  const pending = [dir]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (u.folders.has(next)) continue
    u.folders.add(next)
    for (const file of tfFiles.get(next) ?? []) {
      const body = await text(file)
      if (body === UNREADABLE) u.unknown = true
      if (typeof body !== 'string') continue
      pending.push(...terraformModules(body, next))
      for (const path of terraformFileReads(body, next)) u.files.add(path)
    }
  }
  return u
}

async function lockfileUnit(file: string, text: TextOf): Promise<Unit> {
  const dir = dirOf(file)
  const u = unit('lockfile', file, dir)
  const pair = BUN_LOCKFILE_PAIR.get(posix.basename(file))
  for (const name of pair ? [...LOCKFILE_SIBLINGS, pair] : LOCKFILE_SIBLINGS)
    u.files.add(dir === '' ? name : `${dir}/${name}`)
  if (!/\.(txt|in)$/.test(posix.basename(file))) return u
  // Includes of includes too, as the dependency scanner follows them.
  const pending = [file]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (u.files.size > MAX_INCLUDES) {
      u.unknown = true
      break
    }
    const body = await text(next)
    if (body === UNREADABLE) u.unknown = true
    if (typeof body !== 'string') continue
    for (const path of includedFiles(body, next))
      if (!u.files.has(path)) {
        u.files.add(path)
        pending.push(path)
      }
  }
  return u
}
