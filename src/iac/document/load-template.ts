import { MAX_NESTING, nestingError } from './depth.js'
import { looksLikeJson, readJsonChecked } from './json-reader.js'
import { DEFAULT_LOAD_LIMITS, loadDocument, type LoadedDocument } from './yaml.js'

/**
 * A template file's text read into a located tree, refused first when it nests deeper than
 * `MAX_NESTING`. Valid JSON (generated templates of tens of megabytes) is checked and located in
 * the same pass; anything else is checked, then read by `loadDocument`.
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
  const deep = nestingError(file, text)
  if (deep) return { file, diagnostics: [deep] }
  return loadDocument(file, text)
}
