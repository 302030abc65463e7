import { repositoryPath } from '../iac/serverless/variables/file-path.js'
import { policyFilePath, SAMCONFIG_NAMES, templateFilePath } from '../iac/referenced-files.js'
import { dirOf, isUrl, resolveInRepo } from '../sources/paths.js'

/**
 * Calls `found` with the first group of each match of a global pattern: unlike `matchAll`, no
 * copy of the pattern and no iterator per text, which counts over the thousands of files an
 * index reads.
 */
function eachMatch(pattern: RegExp, text: string, found: (group: string) => void): void {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found(m[1] ?? '')
}

/** `\/`, `\u002f`, `\x2f`: printable characters JSON and YAML strings may write escaped. */
const ESCAPED_CHARACTER = /\\(?:\/|u00([2-7][0-9a-fA-F])|x([2-7][0-9a-fA-F]))/g

/**
 * The text with escaped printable characters written plainly, so a path written `nested\/a.json`
 * is found. Where a backslash was literal (plain YAML), this can only find a path too many.
 */
function unescaped(text: string): string {
  if (!text.includes('\\')) return text
  return text.replace(ESCAPED_CHARACTER, (_, u?: string, x?: string) => {
    const hex = u ?? x
    return hex === undefined ? '/' : String.fromCharCode(parseInt(hex, 16))
  })
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
export function serverlessIncludes(raw: string, serviceDir: string, file: string): Includes {
  const text = unescaped(raw)
  const paths = new Set<string>()
  let unknown = /\$\{\s*\$\{/.test(text)
  eachMatch(FILE_INCLUDE, text, group => {
    const written = group.trim()
    if (written.includes('$')) {
      unknown = true
      return
    }
    const fileDir = dirOf(file)
    for (const dir of fileDir === serviceDir ? [serviceDir] : [serviceDir, fileDir]) {
      const path = repositoryPath(dir, written)
      if (path) paths.add(path)
    }
  })
  return { paths: [...paths], unknown }
}

const PATH_LIKE =
  /(?:^|[\s"'`:[,(=])((?:\.{1,2}\/)?[\w@+~-][\w.@+~/-]*\.(?:ya?ml|json|template|toml|txt))(?=$|[\s"'`,\])}])/gm

const PATH_EXTENSION = /\.(?:ya?ml|json|template|toml|txt)/

/**
 * A nested stack's or include's location written on its key's line, whatever its name: the
 * template says whether that file is there and read, so a change to it alone concerns the template.
 */
const NESTED_LOCATION = /\b(?:TemplateURL|Location)["']?[ \t]*:[ \t]*["']?([^\s"'#,{}[\]!]+)/g

/**
 * Files a CloudFormation/SAM template names by path: nested stacks (`Location`, `TemplateURL`),
 * `AWS::Include` snippets, and the samconfig beside it (`.toml`, `.yaml`, `.yml`). Any path-like string counts.
 */
export function templateReferences(raw: string, file: string): string[] {
  const text = unescaped(raw)
  const dir = dirOf(file)
  const out = new Set<string>(SAMCONFIG_NAMES.map(name => (dir === '' ? name : `${dir}/${name}`)))
  eachMatch(NESTED_LOCATION, text, written => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return
    const path = resolveInRepo(dir, written)
    if (path) out.add(path)
  })
  // Every other path-like string ends with one of the extensions: a text without any names none.
  if (!PATH_EXTENSION.test(text)) return [...out]
  eachMatch(PATH_LIKE, text, written => {
    const path = resolveInRepo(dir, written)
    if (path) out.add(path)
  })
  return [...out]
}

const CODE_URI = /\b(?:CodeUri|ContentUri)["']?\s*:\s*["']?([^\s"'#,{}[\]]+)/g

/**
 * Local folders a SAM template's functions and layers ship (`CodeUri`, `ContentUri`): whether
 * they exist, and the lockfiles in them, are part of the template's findings.
 */
export function codeFolders(text: string, file: string): string[] {
  const out = new Set<string>()
  eachMatch(CODE_URI, unescaped(text), written => {
    if (isUrl(written)) return
    const path = resolveInRepo(dirOf(file), written.replace(/\/+$/, '') || '.')
    if (path !== undefined) out.add(path === '.' ? '' : path)
  })
  return [...out]
}

const MODULE_SOURCE = /\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g
const JSON_MODULE_SOURCE = /"source"\s*:\s*"(\.{1,2}\/[^"]*)"/g

/** Folders of the local modules a Terraform file calls by relative path. */
export function terraformModules(text: string, dir: string): string[] {
  const out = new Set<string>()
  for (const re of [MODULE_SOURCE, JSON_MODULE_SOURCE])
    eachMatch(re, unescaped(text), written => {
      const path = resolveInRepo(dir, written.replace(/\/+$/, '') || '.')
      if (path !== undefined) out.add(path === '.' ? '' : path)
    })
  return [...out]
}

const FILE_CALL = /\b(file\(\s*"[^"\n]*"\s*\))/g
const TEMPLATE_CALL = /\b(templatefile\(\s*"[^"\n]*"\s*,)/g

/**
 * Policy files a Terraform file reads with `file(...)`, and JSON or YAML templates it renders with
 * `templatefile(...)`: the model reads them with the folder.
 */
export function terraformFileReads(text: string, dir: string): string[] {
  const out = new Set<string>()
  if (!text.includes('file(')) return []
  eachMatch(FILE_CALL, text, call => {
    const path = policyFilePath(call, dir)
    if (path !== undefined) out.add(path)
  })
  eachMatch(TEMPLATE_CALL, text, call => {
    const path = templateFilePath(call, dir)
    if (path !== undefined) out.add(path)
  })
  return [...out]
}

export { dirOf }
