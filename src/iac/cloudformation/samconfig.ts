import { posix } from 'node:path'
import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { RepoReader } from '../types.js'
import { readOrWhy } from '../../sources/repo-reader.js'
import { SAMCONFIG_NAMES } from '../referenced-files.js'
import { errorMessage } from '../../sources/errors.js'
import { withoutBom } from '../../sources/text.js'

/**
 * The parameter values `sam deploy` passes to a template: `parameter_overrides` of the default
 * environment in the samconfig beside it (its `deploy` section, else `global`). They replace the
 * template's defaults, so a template whose `Default` is `AWS_IAM` may deploy `NONE`. A samconfig
 * names the template it deploys with `template_file`, else SAM's default names. SAM reads
 * `samconfig.toml`, else `samconfig.yaml`, else `samconfig.yml`.
 */
export interface SamOverrides {
  values: Map<string, string>
  diagnostics: Diagnostic[]
}

const NONE: SamOverrides = { values: new Map(), diagnostics: [] }
const DEFAULT_TEMPLATES = new Set(['template.yaml', 'template.yml', 'template.json'])

export async function samOverrides(
  file: string,
  repo: RepoReader | undefined
): Promise<SamOverrides> {
  const dir = posix.dirname(file)
  const found = await samconfigOf(dir, repo)
  if (found?.unreadable !== undefined) {
    const why = `cannot be read (${found.unreadable}): the parameter values \`sam deploy\` gives ${file} are unknown, so it was not checked with them`
    return { values: new Map(), diagnostics: [diagnostic(found.path, why, 'unreadable-samconfig')] }
  }
  if (!found || !found.text.includes('parameter_overrides')) return NONE
  const { path } = found
  const parsed = await parsedOf(found)
  if (!parsed.ok) {
    const format = path.endsWith('.toml') ? 'TOML' : 'YAML'
    const why = `not valid ${format} (${parsed.message}): the parameter values \`sam deploy\` gives ${file} are unknown, so it was not checked with them`
    return { values: new Map(), diagnostics: [diagnostic(path, why, 'parse-error', parsed.at)] }
  }
  const env = asRecord(parsed.value['default'])
  const deploy = asRecord(asRecord(env?.['deploy'])?.['parameters'])
  const global = asRecord(asRecord(env?.['global'])?.['parameters'])
  const templateFile = deploy?.['template_file'] ?? global?.['template_file']
  if (!deploys(file, dir, templateFile)) return NONE
  const overrides = deploy?.['parameter_overrides'] ?? global?.['parameter_overrides']
  return { values: overridesOf(overrides), diagnostics: [] }
}

/**
 * The stack `sam deploy` deploys the template beside the samconfig as: `stack_name` of the default
 * environment (its `deploy` section, else `global`), else of the first environment that names one.
 * A samconfig that cannot be parsed names none: `samOverrides` reports it.
 */
export async function samStackName(
  file: string,
  repo: RepoReader | undefined
): Promise<string | undefined> {
  const found = await samconfigOf(posix.dirname(file), repo)
  if (!found || !found.text.includes('stack_name')) return undefined
  const parsed = await parsedOf(found)
  if (!parsed.ok) return undefined
  const environments = [parsed.value['default'], ...Object.values(parsed.value)]
  for (const env of environments) {
    for (const command of ['deploy', 'global']) {
      const name = asRecord(asRecord(asRecord(env)?.[command])?.['parameters'])?.['stack_name']
      if (typeof name === 'string' && name.trim() !== '') return name
    }
  }
  return undefined
}

interface Samconfig {
  path: string
  text: string
  /** Why a samconfig that is there cannot be read (its text is then empty). */
  unreadable?: string
  parsed?: Promise<ConfigParsed>
}

/**
 * Per reader, the samconfig of each folder, looked up once: a template's stack name and its
 * parameter values both come from it, and each lookup may try three names.
 */
const samconfigs = new WeakMap<RepoReader, Map<string, Promise<Samconfig | undefined>>>()

/** The samconfig SAM reads in a folder: the first of its names that is there. */
function samconfigOf(dir: string, repo: RepoReader | undefined): Promise<Samconfig | undefined> {
  if (!repo) return Promise.resolve(undefined)
  let byDir = samconfigs.get(repo)
  if (!byDir) samconfigs.set(repo, (byDir = new Map()))
  let found = byDir.get(dir)
  if (!found) byDir.set(dir, (found = firstSamconfig(dir, repo)))
  return found
}

async function firstSamconfig(dir: string, repo: RepoReader): Promise<Samconfig | undefined> {
  for (const name of SAMCONFIG_NAMES) {
    const path = dir === '.' ? name : `${dir}/${name}`
    const { text, why } = await readOrWhy(repo, path)
    if (text !== undefined) return { path, text }
    // One that is there but cannot be read is the one SAM reads: its values are unknown.
    if (why !== undefined) return { path, text: '', unreadable: why }
  }
  return undefined
}

/** The samconfig parsed, once. */
function parsedOf(config: Samconfig): Promise<ConfigParsed> {
  const { path, text } = config
  return (config.parsed ??= path.endsWith('.toml') ? parseToml(text) : parseYaml(text))
}

function deploys(file: string, dir: string, templateFile: unknown): boolean {
  if (typeof templateFile !== 'string') return DEFAULT_TEMPLATES.has(posix.basename(file))
  return posix.normalize(posix.join(dir, templateFile)) === posix.normalize(file)
}

/**
 * `Key=Value Other="a b"` (a string, or a list of such strings), and the older
 * `ParameterKey=Key,ParameterValue=Value` form, as SAM reads them.
 */
export function overridesOf(raw: unknown): Map<string, string> {
  const out = new Map<string, string>()
  const texts = Array.isArray(raw) ? raw : [raw]
  for (const text of texts) {
    if (typeof text !== 'string') continue
    const rest = text.replace(LEGACY, (_, key: string, value: string) => {
      out.set(key, unquote(value))
      return ' '
    })
    for (const m of rest.matchAll(PAIR)) out.set(m[1] as string, unquote(m[2] as string))
  }
  return out
}

const VALUE = `("(?:[^"\\\\]|\\\\.)*"|'[^']*'|[^\\s"']*)`
const LEGACY = new RegExp(`ParameterKey=([A-Za-z0-9]+),ParameterValue=${VALUE}`, 'g')
const PAIR = new RegExp(`(?:^|\\s)([A-Za-z0-9]+)=${VALUE}`, 'g')

function unquote(value: string): string {
  if (value.startsWith("'")) return value.slice(1, -1)
  if (!value.startsWith('"')) return value
  return value.slice(1, -1).replace(/\\(.)/g, '$1')
}

type ConfigParsed =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string; at: { line?: number; column?: number } }

async function parseToml(text: string): Promise<ConfigParsed> {
  const toml = await import('smol-toml')
  try {
    return { ok: true, value: toml.parse(withoutBom(text)) }
  } catch (err) {
    const at = err instanceof toml.TomlError ? { line: err.line, column: err.column } : {}
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)
    return { ok: false, message, at }
  }
}

async function parseYaml(text: string): Promise<ConfigParsed> {
  const { LineCounter, parseDocument } = await import('yaml')
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const error = doc.errors[0]
  if (error) {
    const at = lines.linePos(error.pos[0])
    const message = error.message.split('\n')[0] ?? ''
    return { ok: false, message, at: { line: at.line, column: at.col } }
  }
  // Aliases are bounded: a few lines must not expand into a document of millions of nodes. The
  // refusal is the samconfig's error, not a failure to model the template.
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 100 })
    return { ok: true, value: asRecord(value) ?? {} }
  } catch (err) {
    return { ok: false, message: errorMessage(err), at: {} }
  }
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined
}
