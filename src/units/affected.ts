import { discoverIac, isServerlessFile } from '../iac/discover.js'
import { serverlessUnit, type TextOf } from './index.js'
import { dirOf } from './references.js'
import type { Unit, UnitIndex } from './types.js'

/** What a pull request has to model on both sides: the roots of the units its change reaches. */
export interface Selection {
  /** Template files (Serverless, SAM, CloudFormation) to read as units, on either side. */
  templates: Set<string>
  /** Terraform folders to read. */
  terraform: Set<string>
  /** Units of the indexed side the change reaches. */
  units: Unit[]
}

/**
 * The units a change reaches: those reading a changed file (or reading files the gate cannot
 * name), every changed file that may itself be a unit, and what ties units together: a template
 * a service includes is modelled with every service that may include it, and a lockfile with
 * the units around it that its findings name.
 */
export async function affectedBy(
  changed: ReadonlySet<string>,
  index: UnitIndex,
  otherSide: TextOf,
  otherCandidates: ReadonlySet<string>
): Promise<Selection> {
  const selection: Selection = { templates: new Set(), terraform: new Set(), units: [] }
  const { templates, terraform } = discoverIac([...changed])
  templates.forEach(t => selection.templates.add(t))
  for (const dir of terraform.keys()) selection.terraform.add(dir)
  const above = folderTest(changed)
  const chosen = new Set(index.units.filter(u => reads(u, changed, above)))
  const candidates = new Set([...index.candidates, ...otherCandidates])
  const followed = new Set<string>()
  // An include's own reading as a template can change only if it changed or is a template.
  const mayBeTemplate = (t: string): boolean => changed.has(t) || index.templates.has(t)
  for (let grew = true; grew;) {
    grew = false
    for (const u of [...chosen]) add(selection, u, mayBeTemplate)
    // A service's includes on the other side are the ones the index has not seen: the
    // services are read there all at once.
    const roots = [...selection.templates].filter(t => isServerlessFile(t) && !followed.has(t))
    roots.forEach(root => followed.add(root))
    const others = await Promise.all(roots.map(r => serverlessUnit(r, otherSide, candidates)))
    for (const other of others) {
      for (const t of other.includes) if (mayBeTemplate(t)) selection.templates.add(t)
      if (resolvesDifferently(other, changed))
        index.templates.forEach(t => selection.templates.add(t))
    }
    for (const u of chosen)
      if (u.kind === 'serverless' && resolvesDifferently(u, changed))
        index.templates.forEach(t => selection.templates.add(t))
    for (const u of index.units) {
      if (chosen.has(u) || !tiedTo(u, selection, chosen)) continue
      chosen.add(u)
      grew = true
    }
  }
  selection.units = index.units.filter(u => chosen.has(u))
  return selection
}

/**
 * A service that names an include by a variable, and whose own files changed, may now include
 * any template, or no longer include one: every template is modelled with it.
 */
function resolvesDifferently(u: Unit, changed: ReadonlySet<string>): boolean {
  return u.unknown && [...changed].some(path => u.files.has(path))
}

function reads(
  u: Unit,
  changed: ReadonlySet<string>,
  changedAbove: (file: string) => boolean
): boolean {
  if (u.unknown && changed.size > 0) return true
  for (const path of changed) {
    if (u.files.has(path) || u.folders.has(dirOf(path))) return true
    for (const tree of u.trees) if (within(path, tree)) return true
  }
  // A folder above a file it reads that became (or stopped being) a link, or a file.
  for (const file of u.files) if (changedAbove(file)) return true
  return false
}

/** Whether a changed path is a folder above a file: asked of every file of every unit. */
function folderTest(changed: ReadonlySet<string>): (file: string) => boolean {
  // A small change (the usual pull request) is matched as folder prefixes, without a copy of
  // each folder of each file.
  if (changed.size <= 32) {
    const folders = [...changed].map(path => `${path}/`)
    return file => folders.some(folder => file.startsWith(folder))
  }
  return file => {
    for (let slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1))
      if (changed.has(file.slice(0, slash))) return true
    return false
  }
}

function add(selection: Selection, u: Unit, mayBeTemplate: (t: string) => boolean): void {
  if (u.kind === 'terraform') selection.terraform.add(u.root)
  else if (u.kind !== 'lockfile') selection.templates.add(u.root)
  if (u.kind !== 'serverless') return
  for (const t of u.includes) if (mayBeTemplate(t)) selection.templates.add(t)
}

function tiedTo(u: Unit, selection: Selection, chosen: ReadonlySet<Unit>): boolean {
  if (u.kind === 'serverless' && [...u.includes].some(t => selection.templates.has(t))) return true
  if (u.kind === 'terraform') return selection.terraform.has(u.root) || nearLockfile(u, chosen)
  if (u.kind === 'lockfile') return false
  return selection.templates.has(u.root) || nearLockfile(u, chosen)
}

function nearLockfile(u: Unit, chosen: ReadonlySet<Unit>): boolean {
  // The functions a lockfile ships with are named in its findings: the units around it come along.
  return [...chosen].some(l => l.kind === 'lockfile' && within(u.dir, l.dir))
}

function within(dir: string, parent: string): boolean {
  return parent === '' || dir === parent || dir.startsWith(`${parent}/`)
}
