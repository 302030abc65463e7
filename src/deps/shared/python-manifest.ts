import { asObject } from './json.js'
import { pep503 } from './names.js'
import { readToml } from './toml.js'

/** Names (PEP 503) a Python project declares itself, split by whether only development needs them. */
export interface DeclaredPython {
  prod: Set<string>
  dev: Set<string>
}

type Siblings = ((name: string) => string | undefined) | undefined

/**
 * Dependencies declared in a sibling `pyproject.toml`: Poetry's `[tool.poetry.dependencies]`
 * and groups, PEP 621 `[project]` dependencies and extras, PEP 735 `[dependency-groups]`.
 */
export function readPyproject(siblings: Siblings): DeclaredPython | undefined {
  const text = siblings?.('pyproject.toml')
  const read = text === undefined ? undefined : readToml(text, 'pyproject.toml')
  if (!read?.ok) return undefined
  const out: DeclaredPython = { prod: new Set(), dev: new Set() }
  const poetry = asObject(asObject(read.value['tool'])?.['poetry'])
  addKeys(out.prod, poetry?.['dependencies'])
  addKeys(out.dev, poetry?.['dev-dependencies'])
  for (const [group, raw] of Object.entries(asObject(poetry?.['group']) ?? {})) {
    addKeys(group === 'main' ? out.prod : out.dev, asObject(raw)?.['dependencies'])
  }
  const project = asObject(read.value['project'])
  addRequirements(out.prod, project?.['dependencies'])
  for (const list of Object.values(asObject(project?.['optional-dependencies']) ?? {})) {
    addRequirements(out.prod, list)
  }
  for (const list of Object.values(asObject(read.value['dependency-groups']) ?? {})) {
    addRequirements(out.dev, list)
  }
  out.prod.delete('python')
  return out
}

/**
 * The groups a sibling `pyproject.toml` declares for development only (PDM's
 * `[tool.pdm.dev-dependencies]`, PEP 735 `[dependency-groups]`), names PEP 503-normalised as
 * PEP 735 compares them; undefined without a readable one. Other groups are extras
 * (`[project.optional-dependencies]`), installed at run time.
 */
export function devGroupNames(siblings: Siblings): Set<string> | undefined {
  const text = siblings?.('pyproject.toml')
  const read = text === undefined ? undefined : readToml(text, 'pyproject.toml')
  if (!read?.ok) return undefined
  const pdm = asObject(asObject(read.value['tool'])?.['pdm'])
  const out = new Set<string>()
  addKeys(out, pdm?.['dev-dependencies'])
  addKeys(out, read.value['dependency-groups'])
  return out
}

/** `[packages]` and `[dev-packages]` of a sibling `Pipfile`. */
export function readPipfile(siblings: Siblings): DeclaredPython | undefined {
  const text = siblings?.('Pipfile')
  const read = text === undefined ? undefined : readToml(text, 'Pipfile')
  if (!read?.ok) return undefined
  const out: DeclaredPython = { prod: new Set(), dev: new Set() }
  addKeys(out.prod, read.value['packages'])
  addKeys(out.dev, read.value['dev-packages'])
  return out
}

function addKeys(into: Set<string>, table: unknown): void {
  for (const name of Object.keys(asObject(table) ?? {})) into.add(pep503(name))
}

function addRequirements(into: Set<string>, list: unknown): void {
  if (!Array.isArray(list)) return
  for (const item of list) {
    const name =
      typeof item === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(item)?.[1] : undefined
    if (name) into.add(pep503(name))
  }
}
