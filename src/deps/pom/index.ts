import { failed, PackageCollector } from '../shared/collector.js'
import { LineIndex } from '../shared/lines.js'
import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult } from '../types.js'
import { expand, pomProperties } from './properties.js'
import {
  childNamed,
  childText,
  elementsAt,
  loadXmlReader,
  readXml,
  startOf,
  type XmlNode
} from './xml.js'

/**
 * Maven `pom.xml`: the dependencies it declares (its profiles' too), with literal versions or `${property}`
 * versions resolved from the POM's own properties, and versions from its own
 * `<dependencyManagement>`. Versions set by a parent POM or a BOM are not known here and are
 * reported as unresolved; version ranges as unpinned. `test` scope is dev. Transitive
 * dependencies are not listed: a POM does not lock them.
 */
export const pomParser: LockfileParser = {
  id: 'maven/pom-xml',
  ecosystem: 'Maven',
  ...namedFiles('pom.xml'),
  parse: parsePom,
  load: loadXmlReader,
  content: { recognises: /<project[\s>]/, expected: 'a `<project>` element' }
}

function parsePom(text: string, file: string): LockfileResult {
  const read = readXml(text, file)
  if (!read.ok) return failed(read.diagnostic)
  const out = new PackageCollector(file, 'Maven')
  const project = childNamed(read.nodes, 'project')
  if (!project) {
    out.error('no <project> element: not a Maven POM', 'parse-error')
    return out.finish()
  }
  const properties = pomProperties(project)
  const managed = managedVersions(project, properties)
  const lines = new LineIndex(text)
  const scope: Scope = { properties, managed, lines, out }
  for (const dependency of elementsAt(project, ['dependencies', 'dependency']))
    readDependency(dependency, scope)
  // A profile's dependencies join the build when it is active (by default, by JDK, by a
  // property, in CI...): which one is cannot be told here, so all of them are checked.
  for (const profile of elementsAt(project, ['profiles', 'profile'])) {
    const inProfile = new Map([...properties, ...pomProperties(profile)])
    const profileScope: Scope = {
      ...scope,
      properties: inProfile,
      managed: new Map([...managed, ...managedVersions(profile, inProfile)])
    }
    for (const dependency of elementsAt(profile, ['dependencies', 'dependency']))
      readDependency(dependency, profileScope)
  }
  return out.finish()
}

interface Scope {
  properties: Map<string, string>
  managed: Map<string, string>
  lines: LineIndex
  out: PackageCollector
}

function readDependency(dependency: XmlNode, { properties, managed, lines, out }: Scope): void {
  out.entries++
  const location = out.at(lines.position(startOf(dependency) ?? 0))
  const group = expand(childText(dependency, 'groupId') ?? '', properties)
  const artifact = expand(childText(dependency, 'artifactId') ?? '', properties)
  const written = childText(dependency, 'version')
  const flags = { direct: true, dev: childText(dependency, 'scope') === 'test' }
  if (!group || !artifact) {
    const name = `${childText(dependency, 'groupId') ?? '?'}:${childText(dependency, 'artifactId') ?? '?'}`
    out.addUnpinned(name, written ?? '', 'unresolved', location, flags)
    return
  }
  const name = `${group}:${artifact}`
  const version = written === undefined ? managed.get(name) : expand(written, properties)
  const exact = version === undefined ? undefined : hardRequirement(version)
  if (version === undefined) {
    const spec = written ?? 'version managed by a parent POM or BOM'
    out.addUnpinned(name, spec, 'unresolved', location, flags)
  } else if (exact !== undefined) {
    out.add(name, exact, location, flags)
  } else if (/^[[(]/.test(version) || version.includes(',') || META_VERSIONS.has(version)) {
    out.addUnpinned(name, version, 'range', location, flags)
  } else {
    out.add(name, version, location, flags)
  }
}

/** Maven's `LATEST` and `RELEASE` stand for the newest version at build time, none in particular. */
const META_VERSIONS = new Set(['LATEST', 'RELEASE'])

/** `[1.2.3]` (or `[1.2.3,1.2.3]`): Maven's way to require exactly one version. */
function hardRequirement(version: string): string | undefined {
  const bounds = /^\[([^,[\]()]+)(?:,([^,[\]()]+))?\]$/.exec(version)
  const low = bounds?.[1]?.trim()
  const high = bounds?.[2]?.trim() ?? low
  return low && low === high ? low : undefined
}

/** `group:artifact` → version, from the POM's own `<dependencyManagement>`. */
function managedVersions(project: XmlNode, properties: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>()
  for (const dep of elementsAt(project, ['dependencyManagement', 'dependencies', 'dependency'])) {
    const group = expand(childText(dep, 'groupId') ?? '', properties)
    const artifact = expand(childText(dep, 'artifactId') ?? '', properties)
    const version = expand(childText(dep, 'version') ?? '', properties)
    if (group && artifact && version) out.set(`${group}:${artifact}`, version)
  }
  return out
}
