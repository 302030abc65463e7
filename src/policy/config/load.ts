import { readFile } from 'node:fs/promises'
import * as z from 'zod'
import { ConfigError } from '../../sources/errors.js'
import { loadDocument } from '../../iac/document/yaml.js'
import { isMap, toPlain, type Value } from '../../model/value.js'
import type { FileSource } from '../../sources/types.js'
import { duplicateKeys } from './duplicates.js'
import { describeIssues, type IssueText } from './errors.js'
import { ConfigFileSchema, type ConfigFile } from './schema.js'

export const DEFAULT_CONFIG_PATH = '.serverless-gate.yml'

/**
 * Reads and validates the config file. A missing file means the built-in defaults; a file that
 * exists but is wrong is an error naming the line and the key path, never silently ignored.
 */
export async function loadConfigFile(
  source: FileSource,
  path: string = DEFAULT_CONFIG_PATH
): Promise<ConfigFile> {
  const read = await source.read(path)
  if ('diagnostic' in read) {
    if (read.diagnostic.code === 'not-found') return ConfigFileSchema.parse({})
    throw new ConfigError(`${path}: ${read.diagnostic.message}`)
  }
  return parseConfigText(path, read.text)
}

/** A config file named explicitly (`--config`): it must exist. */
export async function loadConfigFromPath(path: string): Promise<ConfigFile> {
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) throw new ConfigError(`cannot read the config file ${path}`)
  return parseConfigText(path, text)
}

export function parseConfigText(path: string, text: string): ConfigFile {
  const loaded = loadDocument(path, text)
  const first = loaded.diagnostics[0]
  if (first) throw new ConfigError(`${path}:${first.line}:${first.column}: ${first.message}`)
  if (loaded.value === undefined) return ConfigFileSchema.parse({})
  if (!isMap(loaded.value)) throw new ConfigError(`${path}:1: expected a mapping of settings`)
  const duplicates = duplicateKeys(text).map(
    d => `${path}:${d.line}: \`${d.path}\`: given twice (first on line ${d.firstLine})`
  )
  if (duplicates.length > 0)
    throw new ConfigError(`invalid configuration:\n  ${duplicates.join('\n  ')}`)
  const result = ConfigFileSchema.safeParse(toPlain(loaded.value))
  const issues = result.success
    ? []
    : describeIssues(result.error.issues, at => keysAt(ConfigFileSchema, at))
  const reported = new Set(issues.map(issue => issue.path.map(String).join('.')))
  const dropped = protoKeys(loaded.value).filter(at => !reported.has(at.join('.')))
  if (result.success && dropped.length === 0) return result.data
  const root = loaded.value
  const lines = [...issues, ...dropped.map(unknownKey)]
    .sort((a, b) => lineOf(root, a.path) - lineOf(root, b.path))
    .map(issue => `${path}:${lineOf(root, issue.path)}: ${issue.message}`)
  throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`)
}

/**
 * Paths of every `__proto__` key. The schema skips such a key in a mapping of free names
 * (`rules:`) without a word, so a rule setting written under it would vanish silently.
 */
function protoKeys(root: Value, at: string[] = []): string[][] {
  if (root.kind === 'list')
    return root.items.flatMap((item, i) => protoKeys(item, [...at, String(i)]))
  if (!isMap(root)) return []
  return [...root.entries].flatMap(([key, entry]) =>
    key === '__proto__' ? [[...at, key]] : protoKeys(entry.value, [...at, key])
  )
}

function unknownKey(at: string[]): IssueText {
  return { path: at, message: `\`${at.join('.')}\`: unknown key` }
}

/** The line of the deepest key of `path` present in the document. */
function lineOf(root: Value, path: readonly PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const parent = walk(root, path.slice(0, n - 1))
    const key = String(path[n - 1])
    if (isMap(parent)) {
      const entry = parent.entries.get(key)
      if (entry) return entry.keyLoc.line
    }
    if (parent?.kind === 'list') {
      const item = parent.items[Number(key)]
      if (item) return item.loc.line
    }
  }
  return 1
}

/** Follows map keys and list indexes. */
function walk(root: Value, path: readonly PropertyKey[]): Value | undefined {
  let cur: Value | undefined = root
  for (const key of path) {
    if (cur?.kind === 'list') cur = cur.items[Number(key)]
    else cur = isMap(cur) ? cur.entries.get(String(key))?.value : undefined
  }
  return cur
}

/** The keys a schema accepts at a path, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cur: z.ZodType | undefined = unwrap(schema)
  for (const key of path) {
    if (cur instanceof z.ZodObject) cur = unwrap(cur.shape[String(key)] as z.ZodType)
    else if (cur instanceof z.ZodRecord) cur = unwrap(cur.valueType as z.ZodType)
    else if (cur instanceof z.ZodArray) cur = unwrap(cur.element as z.ZodType)
    else return []
  }
  if (cur instanceof z.ZodObject) return Object.keys(cur.shape)
  if (cur instanceof z.ZodRecord && cur.keyType instanceof z.ZodEnum)
    return cur.keyType.options.map(String)
  return []
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s
  while (cur instanceof z.ZodDefault || cur instanceof z.ZodOptional || cur instanceof z.ZodPipe) {
    cur = (cur instanceof z.ZodPipe ? cur.in : cur.unwrap()) as z.ZodType
  }
  return cur
}
