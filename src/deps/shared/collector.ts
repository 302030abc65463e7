import {
  diagnostic,
  type Diagnostic,
  type Position,
  type SourceLocation
} from '../../model/location.js'
import { asObject, readJson } from './json.js'
import type {
  Ecosystem,
  LockfileResult,
  PackageRef,
  UnpinnedReason,
  UnpinnedRef
} from '../types.js'

export interface Flags {
  direct?: boolean
  dev?: boolean
}

/**
 * Gathers a lockfile's packages. With `add`, the same name and version listed more than once
 * (several target frameworks, several descriptors) is kept once, at its first entry: it is dev
 * only when every listing is, and direct when any listing is. npm's installed copies use
 * `addCopy` instead: each copy is its own install, at its own line.
 */
export class PackageCollector {
  /** Packages by name; a name with several versions keeps them by version (rare, so kept cheap). */
  private readonly byName = new Map<string, PackageRef | Map<string, PackageRef>>()
  private readonly packages: PackageRef[] = []
  private readonly unpinned: UnpinnedRef[] = []
  readonly diagnostics: Diagnostic[] = []
  /** Dependency entries seen in the file, whatever became of them. */
  entries = 0
  /** Where entries that are no entry at all (a string where an object belongs) were skipped. */
  private readonly skippedAt: SourceLocation[] = []
  private readonly missingKeys = new Set<string>()

  constructor(
    readonly file: string,
    readonly ecosystem: Ecosystem
  ) {}

  at(pos: Partial<Position> | undefined): SourceLocation {
    return { file: this.file, line: pos?.line ?? 1, column: pos?.column ?? 1 }
  }

  /**
   * A package that is its own installed copy (npm's nested `node_modules`): kept even when the
   * same name and version is installed elsewhere, each copy at its own line with its own flags.
   */
  addCopy(
    name: string,
    version: string,
    location: SourceLocation,
    direct: boolean | undefined,
    dev: boolean
  ): void {
    const ecosystem = this.ecosystem
    this.packages.push(
      direct === undefined
        ? { ecosystem, name, version, dev, location }
        : { ecosystem, name, version, direct, dev, location }
    )
  }

  add(name: string, version: string, location: SourceLocation, flags: Flags = {}): void {
    const { direct, dev } = flags
    const known = this.find(name, version)
    if (known === undefined) {
      const ref: PackageRef = { ecosystem: this.ecosystem, name, version, location }
      if (direct !== undefined) ref.direct = direct
      if (dev !== undefined) ref.dev = dev
      this.remember(ref)
      return
    }
    if (known.dev !== undefined || dev !== undefined) known.dev = known.dev === true && dev === true
    if (direct === true) known.direct = true
    else if (known.direct === undefined && direct === false) known.direct = false
  }

  private find(name: string, version: string): PackageRef | undefined {
    const known = this.byName.get(name)
    if (known === undefined) return undefined
    if (known instanceof Map) return known.get(version)
    return known.version === version ? known : undefined
  }

  private remember(ref: PackageRef): void {
    this.packages.push(ref)
    const known = this.byName.get(ref.name)
    if (known === undefined) this.byName.set(ref.name, ref)
    else if (known instanceof Map) known.set(ref.version, ref)
    else {
      const versions = new Map([[known.version, known]])
      versions.set(ref.version, ref)
      this.byName.set(ref.name, versions)
    }
  }

  addUnpinned(
    name: string,
    spec: string,
    reason: UnpinnedReason,
    location: SourceLocation,
    flags: Flags = {}
  ): void {
    this.unpinned.push({
      ecosystem: this.ecosystem,
      name,
      spec,
      reason,
      ...defined(flags),
      location
    })
  }

  /**
   * An entry of the wrong shape (`"node_modules/a": "1.0.0"`), which its package manager may
   * still install: counted, and an error at its line unless nothing at all could be read (then
   * the one `no-packages` error says it).
   */
  skip(at: Partial<Position> | undefined): void {
    this.entries++
    this.skippedAt.push(this.at(at))
  }

  error(message: string, code: string, at?: Partial<Position>): void {
    this.diagnostics.push(diagnostic(this.file, message, code, at ?? {}, 'error'))
  }

  /**
   * An entry the lockfile needs (`key`: what it is written as) with no entry of its own: a
   * truncated or hand-edited lockfile, whose package would be checked nowhere. An error at the
   * first place that needs it, once per key.
   */
  missing(key: string, message: string, at?: Partial<Position>): void {
    if (this.missingKeys.has(key)) return
    this.missingKeys.add(key)
    this.error(message, 'parse-error', at)
  }

  warn(message: string, code: string, at?: Partial<Position>): void {
    this.diagnostics.push(diagnostic(this.file, message, code, at ?? {}, 'warning'))
  }

  /**
   * The result. A file that holds dependency entries but yields no package at all is an error,
   * never a silent "no dependencies": a reader that misses everything must not look clean.
   */
  finish(): LockfileResult {
    const packages = this.packages
    if (this.entries > 0 && packages.length === 0 && this.unpinned.length === 0) {
      this.error(
        `found ${this.entries} dependency ${this.entries === 1 ? 'entry' : 'entries'} but could not read any package from them`,
        'no-packages'
      )
    } else {
      for (const at of this.skippedAt)
        this.error('expected a package entry (an object) here: not read', 'parse-error', at)
    }
    return { packages, unpinned: this.unpinned, diagnostics: capped(this.diagnostics, this.file) }
  }
}

/** Drops undefined flags, so results compare cleanly and print without noise. */
function defined(flags: Flags): Flags {
  const out: Flags = {}
  if (flags.direct !== undefined) out.direct = flags.direct
  if (flags.dev !== undefined) out.dev = flags.dev
  return out
}

/** More problems than anyone reads: a garbage file must not flood the report. */
const MAX_DIAGNOSTICS = 50

function capped(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics
  const rest = diagnostics.length - MAX_DIAGNOSTICS
  const summary = diagnostic(
    file,
    `${rest} more problems in this file are not shown`,
    'too-many-problems',
    {},
    'warning'
  )
  return [...diagnostics.slice(0, MAX_DIAGNOSTICS), summary]
}

/** A result that holds only diagnostics (the file could not be read at all). */
export function failed(...diagnostics: Diagnostic[]): LockfileResult {
  return { packages: [], unpinned: [], diagnostics }
}

/** A JSON lockfile's top-level object and the collector of its packages, or the result instead. */
export type JsonLockfile =
  | { lock: Record<string, unknown>; out: PackageCollector }
  | { lock?: undefined; result: LockfileResult }

/**
 * Reads a JSON lockfile (`json`: its text, as JSON) down to its top-level object; one that is not
 * JSON, or whose top is no object, is a parse error and nothing of it is read.
 */
export function openJsonLockfile(json: string, file: string, ecosystem: Ecosystem): JsonLockfile {
  const read = readJson(json, file)
  if (!read.ok) return { result: failed(read.diagnostic) }
  const lock = asObject(read.value)
  const out = new PackageCollector(file, ecosystem)
  if (lock) return { lock, out }
  out.error('expected a JSON object at the top of the lockfile', 'parse-error')
  return { result: out.finish() }
}
