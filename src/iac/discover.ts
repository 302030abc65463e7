import { posix } from 'node:path'

/** What a repository holds in infrastructure-as-code, by how each file is read. */
export interface IacCandidates {
  /** YAML/JSON files that may be Serverless, SAM or CloudFormation templates. */
  templates: string[]
  /** Terraform module folders and their `.tf` / `.tf.json` files. */
  terraform: Map<string, string[]>
}

const SERVERLESS_FILE = /^serverless\.(ya?ml|json)$/
const TEMPLATE_EXTENSION = /\.(ya?ml|json|template)$/
const TERRAFORM_FILE = /\.tf(\.json)?$/

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
  'manifest.json'
])

export function isServerlessFile(path: string): boolean {
  return SERVERLESS_FILE.test(posix.basename(path))
}

export function discoverIac(files: readonly string[]): IacCandidates {
  const templates: string[] = []
  const terraform = new Map<string, string[]>()
  for (const path of files) {
    const name = posix.basename(path)
    if (TERRAFORM_FILE.test(name)) {
      const dir = posix.dirname(path)
      const key = dir === '.' ? '' : dir
      terraform.set(key, [...(terraform.get(key) ?? []), path])
    } else if (
      isServerlessFile(path) ||
      (TEMPLATE_EXTENSION.test(name) && !NEVER_TEMPLATES.has(name) && !isWorkflow(path))
    ) {
      templates.push(path)
    }
  }
  return { templates, terraform }
}

function isWorkflow(path: string): boolean {
  return path.startsWith('.github/')
}

/**
 * A cheap test before a full parse: a CloudFormation or SAM template names an `AWS::` type or the
 * template format version. Other YAML and JSON (CI configs, data) is left alone.
 */
export function looksLikeTemplate(text: string): boolean {
  return text.includes('AWS::') || text.includes('AWSTemplateFormatVersion')
}
