import { posix } from 'node:path'
import { isTerraformFile, isTfvars } from '../sources/installed-modules.js'
import { inSkippedDir } from '../sources/paths.js'

/** What a repository holds in infrastructure-as-code, by how each file is read. */
export interface IacCandidates {
  /** YAML/JSON files that may be Serverless, SAM or CloudFormation templates. */
  templates: string[]
  /** Terraform module folders and their `.tf` / `.tf.json` files. */
  terraform: Map<string, string[]>
}

const SERVERLESS_FILE = /(?:^|\/)serverless\.(?:ya?ml|json)$/
const TEMPLATE_EXTENSION = /\.(ya?ml|json|template)$/

/** Dependency manifests and tool configuration that are never templates, whatever they contain. */
const NEVER_TEMPLATES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'composer.json',
  'composer.lock',
  'tsconfig.json',
  'packages.lock.json',
  'Pipfile.lock',
  '.eslintrc.json',
  '.prettierrc.json',
  'renovate.json',
  'cdk.json',
  'tree.json',
  'manifest.json',
  // The gate's own configuration: its custom rules name AWS types, yet it is no template.
  '.serverless-gate.yml'
])

export function isServerlessFile(path: string): boolean {
  // Tested on the whole path: asked of every candidate at every stage, without a copy of its name.
  return SERVERLESS_FILE.test(path)
}

/**
 * The candidates of each listing already sorted: a scan asks again of the same listing at every
 * stage (scoping, modelling, the coverage check). Each caller gets its own copy.
 */
const discovered = new WeakMap<readonly string[], IacCandidates>()

export function discoverIac(files: readonly string[]): IacCandidates {
  let found = discovered.get(files)
  if (!found) discovered.set(files, (found = sortCandidates(files)))
  return { templates: [...found.templates], terraform: new Map(found.terraform) }
}

/**
 * A listing without some of its IaC files (templates, whole Terraform folders): its candidates
 * are known from the listing's, without sorting every file out again.
 */
export function withoutIacFiles(files: readonly string[], left: ReadonlySet<string>): string[] {
  const kept = files.filter(f => !left.has(f))
  const all = discoverIac(files)
  const terraform = new Map<string, string[]>()
  for (const [dir, tf] of all.terraform) {
    const rest = tf.filter(f => !left.has(f))
    // A folder only partly left may move among the others: it is sorted out again when asked.
    if (rest.length > 0 && rest.length < tf.length) return kept
    if (rest.length > 0) terraform.set(dir, tf)
  }
  discovered.set(kept, { templates: all.templates.filter(t => !left.has(t)), terraform })
  return kept
}

function sortCandidates(files: readonly string[]): IacCandidates {
  const templates: string[] = []
  const terraform = new Map<string, string[]>()
  const tfvars: string[] = []
  // Indexed: a loop over every file of a listing, without an iterator result for each.
  for (let i = 0; i < files.length; i++) {
    const path = files[i] as string
    // Tool folders (`.terraform` holds installed modules) are read only by what uses them.
    if (inSkippedDir(path)) continue
    // Listed paths are normal: the name is what follows the last slash. The endings are
    // tested on the whole path, so most files are sorted out without a copy of their name.
    const slash = path.lastIndexOf('/')
    if (isTfvars(path)) tfvars.push(path)
    else if (isTerraformFile(path)) {
      const key = slash < 0 ? '' : path.slice(0, slash)
      const folder = terraform.get(key)
      if (folder) folder.push(path)
      else terraform.set(key, [path])
    } else if (
      isServerlessFile(path) ||
      (TEMPLATE_EXTENSION.test(path) &&
        // A hidden `.tf.json` that Terraform skips is Terraform's all the same, never a template.
        !path.endsWith('.tf.json') &&
        !NEVER_TEMPLATES.has(slash < 0 ? path : path.slice(slash + 1)) &&
        !isWorkflow(path))
    ) {
      templates.push(path)
    }
  }
  // Variable files belong to the folder of configuration they set (`-var-file` ones too).
  for (const path of tfvars)
    terraform.get(path.slice(0, Math.max(0, path.lastIndexOf('/'))))?.push(path)
  return { templates, terraform }
}

/**
 * GitHub Actions' own YAML (workflows, actions), which may name AWS types in a step without being
 * a template. Other files under `.github` (the role the workflows assume) are read like any.
 */
function isWorkflow(path: string): boolean {
  return path.startsWith('.github/workflows/') || path.startsWith('.github/actions/')
}

/**
 * A cheap test before a full parse: a CloudFormation or SAM template names an `AWS::` type or the
 * template format version. Other YAML and JSON (CI configs, data) is left alone.
 */
export function looksLikeTemplate(text: string): boolean {
  if (namesTemplateMarker(text)) return true
  // JSON and YAML escapes (`A\u0057S::`, a double-quoted line joined by `\`) can spell the
  // markers that the readers decode: a template written that way is a template too.
  return ESCAPE.test(text) && namesTemplateMarker(text.replace(ESCAPES, decodedEscape))
}

/**
 * A Serverless service under another name: `serverless deploy --config serverless.prod.yml` reads
 * any YAML or JSON file of the service's folder. Files named `serverless…` (`serverless.prod.yml`,
 * `serverless-dev.yaml`) whose text sets `service` and `provider` at the top level (YAML), or names
 * both keys (JSON), are read as services; the reader then asks for an AWS provider. Other names
 * (a shared `base.yml` that services link to or include) are left to the services that read them.
 */
export function looksLikeServerlessService(path: string, text: string): boolean {
  return (
    SERVERLESS_LIKE_NAME.test(path) &&
    ((/^service[ \t]*:/m.test(text) && /^provider[ \t]*:/m.test(text)) ||
      (/^\s*\{/.test(text) && /"service"\s*:/.test(text) && /"provider"\s*:/.test(text)))
  )
}

/** `serverless` and anything after it, in a YAML or JSON file name. */
export const SERVERLESS_LIKE_NAME = /(?:^|\/)serverless[^/]*\.(?:ya?ml|json)$/i

function namesTemplateMarker(text: string): boolean {
  return text.includes('AWS::') || text.includes('AWSTemplateFormatVersion')
}

const ESCAPE = /\\(?:[uUx]|\r?\n)/
const ESCAPES = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|\r?\n[ \t]*)/g

function decodedEscape(_escape: string, u?: string, wide?: string, x?: string): string {
  const hex = u ?? wide ?? x
  if (hex === undefined) return ''
  const code = parseInt(hex, 16)
  return code <= 0x10ffff ? String.fromCodePoint(code) : ''
}

/**
 * Names that mark a template whatever the file holds: Serverless, and CloudFormation templates as
 * CDK and most tools write them. (`template.yaml` is SAM's default but also other tools' name.)
 */
const TEMPLATE_NAME = /^(serverless\.(ya?ml|json)|.+\.template\.(json|ya?ml))$/

export function isTemplateByName(path: string): boolean {
  return TEMPLATE_NAME.test(posix.basename(path))
}

const SERVERLESS_CODE = /(?:^|\/)serverless\.(?:[cm]?js|ts)$/

/**
 * Serverless services written as code (`serverless.ts`, `serverless.js`): the framework runs them,
 * the gate never does, so they cannot be checked. One beside a `serverless.yml`, `.yaml` or `.json`
 * is not the service's configuration (the framework reads those first) and is left out.
 */
export function serverlessCodeFiles(files: readonly string[]): string[] {
  const described = new Set(files.filter(isServerlessFile).map(f => posix.dirname(f)))
  return files.filter(f => SERVERLESS_CODE.test(f) && !described.has(posix.dirname(f)))
}

/**
 * The code by which a reader states that a file it looked at is not something the gate checks (a
 * Serverless file for another cloud, YAML that mentions `AWS::` types but is no template). The
 * statement is shown in the report: it is never silent.
 */
export const OUT_OF_SCOPE_CODE = 'not-checked-format'
