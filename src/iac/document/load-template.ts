import { diagnostic, type Diagnostic } from '../../model/location.js'
import { isServerlessFile, looksLikeServerlessService } from '../discover.js'
import { MAX_NESTING, nestingError } from './depth.js'
import { looksLikeJson, readJsonChecked } from './json-reader.js'
import { LineIndex } from './line-index.js'
import { DEFAULT_LOAD_LIMITS, loadDocument, type LoadedDocument } from './yaml.js'

/**
 * A template file's text read into a located tree, refused first when it nests deeper than
 * `MAX_NESTING`. Valid JSON (generated templates of tens of megabytes) is checked and located in
 * the same pass; anything else is read by `loadDocument`, which checks its nesting first.
 */
export function loadTemplateText(file: string, text: string): LoadedDocument {
  if (looksLikeJson(text)) {
    const json = readJsonChecked(file, text, {
      maxDepth: DEFAULT_LOAD_LIMITS.maxDepth,
      nesting: MAX_NESTING
    })
    const deep = json === 'too-nested' ? nestingError(file, text) : undefined
    if (deep) return { file, diagnostics: [deep] }
    if (json !== undefined && json !== 'too-nested') return { file, value: json, diagnostics: [] }
  }
  const yaml11 = !readAsServerless(file, text)
  // `loadDocument` refuses text nested too deep itself, before its readers recurse.
  const broken = yaml11 ? yaml11Break(file, text) : undefined
  if (broken) return { file, diagnostics: [broken] }
  return loadDocument(file, text, { ...DEFAULT_LOAD_LIMITS, yaml11Booleans: yaml11 })
}

/**
 * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end a line in YAML 1.1, as PyYAML reads a template
 * for SAM CLI and the AWS CLI (`cloudformation package` and `deploy`), and so a comment or a plain
 * value there; this reader (YAML 1.2) and the diff read them as text, so a resource written after
 * one would go unseen. A strict JSON template is read as JSON by all. The Serverless Framework
 * reads YAML 1.2 line ends: its files are read as they are.
 */
function yaml11Break(file: string, text: string): Diagnostic | undefined {
  const at = text.search(YAML_11_BREAK)
  if (at < 0) return undefined
  const name = YAML_11_BREAKS[text.charCodeAt(at)] ?? ''
  return diagnostic(
    file,
    `holds a ${name}, where YAML 1.1 readers (PyYAML, which SAM CLI and the AWS CLI deploy with) end a line and this reader does not: replace it with a line break or a space to have the file checked`,
    'parse-error',
    new LineIndex(text).position(at)
  )
}

const YAML_11_BREAK = /[\u0085\u2028\u2029]/
const YAML_11_BREAKS: Record<number, string> = {
  0x85: 'next-line character (U+0085)',
  0x2028: 'Unicode line separator (U+2028)',
  0x2029: 'Unicode paragraph separator (U+2029)'
}

/** The Serverless Framework's files, by name or content, are read as it reads them (YAML 1.2). */
function readAsServerless(file: string, text: string): boolean {
  return isServerlessFile(file) || looksLikeServerlessService(file, text)
}
