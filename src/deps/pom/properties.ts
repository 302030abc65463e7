import { childrenOf, childNamed, childText, tagOf, textOf, type XmlNode } from './xml.js'

/** How deep `${a}` → `${b}` → ... chains are followed before giving up. */
const MAX_EXPANSION = 10

/**
 * The POM's own properties: `<properties>` and the project's coordinates (`project.version`,
 * `project.parent.version`, ...). Values from the parent POM, profiles, settings or the command
 * line are not known here: expressions that need them stay unresolved, never guessed.
 */
export function pomProperties(project: XmlNode): Map<string, string> {
  const out = new Map<string, string>()
  for (const node of childrenOf(childNamed(childrenOf(project), 'properties'))) {
    const tag = tagOf(node)
    if (tag && !tag.startsWith('#')) out.set(tag, textOf(node) ?? '')
  }
  const parent = childNamed(childrenOf(project), 'parent')
  const coordinates: [string, string | undefined][] = [
    ['project.groupId', childText(project, 'groupId') ?? childText(parent, 'groupId')],
    ['project.artifactId', childText(project, 'artifactId')],
    ['project.version', childText(project, 'version') ?? childText(parent, 'version')],
    ['project.parent.groupId', childText(parent, 'groupId')],
    ['project.parent.version', childText(parent, 'version')]
  ]
  for (const [name, value] of coordinates) {
    if (value === undefined) continue
    out.set(name, value)
    // Maven 2 spellings still found in old POMs.
    out.set(name.replace(/^project\./, 'pom.'), value)
    if (name === 'project.version') out.set('version', value)
  }
  return out
}

/** Expands `${name}` references; undefined when one cannot be resolved from the POM itself. */
export function expand(value: string, properties: Map<string, string>): string | undefined {
  let current = value
  for (let i = 0; i < MAX_EXPANSION && current.includes('${'); i++) {
    let missing = false
    current = current.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      const found = properties.get(name.trim())
      if (found === undefined) missing = true
      return found ?? ''
    })
    if (missing) return undefined
  }
  // Entities are never expanded (see xml.ts): a value that uses one is not known.
  return current.includes('${') || /&[\w#.-]+;/.test(current) ? undefined : current
}
