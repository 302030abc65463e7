import { posix } from 'node:path'
import { repositoryPath } from '../iac/serverless/variables/file-path.js'
import { resolveInRepo } from '../sources/paths.js'

const dirOf = (file: string): string => {
  const dir = posix.dirname(file)
  return dir === '.' ? '' : dir
}

export interface Includes {
  paths: string[]
  /** An include whose path is built from a variable: it may name any file. */
  unknown: boolean
}

const FILE_INCLUDE = /\$\{\s*file\(([^)]*)\)/g

/**
 * Files a Serverless document pulls in through `${file(...)}`, relative to the service folder
 * (and, to be safe, to the including file's folder). A path built from a variable is unknown.
 * Text is scanned as written, comments included: reading more than is used only costs time.
 */
export function serverlessIncludes(text: string, serviceDir: string, file: string): Includes {
  const paths = new Set<string>()
  let unknown = /\$\{\s*\$\{/.test(text)
  for (const m of text.matchAll(FILE_INCLUDE)) {
    const written = (m[1] ?? '').trim()
    if (/[$]/.test(written)) {
      unknown = true
      continue
    }
    for (const dir of new Set([serviceDir, dirOf(file)])) {
      const path = repositoryPath(dir, written)
      if (path) paths.add(path)
    }
  }
  return { paths: [...paths], unknown }
}

const PATH_LIKE =
  /(?:^|[\s"'`:[,(=])((?:\.{1,2}\/)?[\w@+~-][\w.@+~/-]*\.(?:ya?ml|json|template|toml|txt))(?=$|[\s"'`,\])}])/gm

/**
 * Files a CloudFormation/SAM template names by path: nested stacks (`Location`, `TemplateURL`),
 * `AWS::Include` snippets, and the `samconfig.toml` beside it. Any path-like string counts.
 */
export function templateReferences(text: string, file: string): string[] {
  const dir = dirOf(file)
  const out = new Set<string>([dir === '' ? 'samconfig.toml' : `${dir}/samconfig.toml`])
  for (const m of text.matchAll(PATH_LIKE)) {
    const path = resolveInRepo(dir, m[1] ?? '')
    if (path) out.add(path)
  }
  return [...out]
}

const CODE_URI = /\b(?:CodeUri|ContentUri)["']?\s*:\s*["']?([^\s"'#,{}[\]]+)/g

/**
 * Local folders a SAM template's functions and layers ship (`CodeUri`, `ContentUri`): whether
 * they exist, and the lockfiles in them, are part of the template's findings.
 */
export function codeFolders(text: string, file: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(CODE_URI)) {
    const written = m[1] ?? ''
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) continue
    const path = resolveInRepo(dirOf(file), written.replace(/\/+$/, '') || '.')
    if (path !== undefined) out.add(path === '.' ? '' : path)
  }
  return [...out]
}

const MODULE_SOURCE = /\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g
const JSON_MODULE_SOURCE = /"source"\s*:\s*"(\.{1,2}\/[^"]*)"/g

/** Folders of the local modules a Terraform file calls by relative path. */
export function terraformModules(text: string, dir: string): string[] {
  const out = new Set<string>()
  for (const re of [MODULE_SOURCE, JSON_MODULE_SOURCE])
    for (const m of text.matchAll(re)) {
      const path = resolveInRepo(dir, (m[1] ?? '').replace(/\/+$/, '') || '.')
      if (path !== undefined) out.add(path === '.' ? '' : path)
    }
  return [...out]
}

export { dirOf }
