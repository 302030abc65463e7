import type { RepoContext } from './context.js'
import { invalidRequest, validationFailed } from './http.js'
import {
  isObject,
  optionalInteger,
  optionalString,
  requireEnum,
  requireInteger,
  requireString,
  type Json
} from './schema.js'
import type { Annotation } from './state.js'

/** The Checks API takes at most this many annotations per request; more are appended by updates. */
export const MAX_ANNOTATIONS_PER_REQUEST = 50
/** Most characters of a check run's `output.summary` and `output.text`. */
export const MAX_OUTPUT_TEXT = 65_535

/** An annotation's `title` (characters), and its `message` and `raw_details` (64 KB, in bytes). */
export const MAX_ANNOTATION_TITLE = 255
export const MAX_ANNOTATION_BYTES = 64 * 1024

const LEVELS = ['notice', 'warning', 'failure'] as const

export function checkTextLength(value: string | undefined): void {
  if (value !== undefined && value.length > MAX_OUTPUT_TEXT) {
    throw invalidRequest(
      `Only ${MAX_OUTPUT_TEXT} characters are allowed; ${value.length} were supplied.`
    )
  }
}

/** The annotations of one request's `output`, each checked as GitHub's schema checks it. */
export function readAnnotations(repo: RepoContext, output: Json, headSha: string): Annotation[] {
  const items = output.annotations
  if (items === undefined || items === null) return []
  if (!Array.isArray(items))
    throw invalidRequest(`For 'properties/annotations', ${JSON.stringify(items)} is not an array.`)
  if (items.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw invalidRequest(
      `No more than ${MAX_ANNOTATIONS_PER_REQUEST} items are allowed; ${items.length} were supplied.`
    )
  }
  return items.map(item => readAnnotation(repo, item, headSha))
}

function readAnnotation(repo: RepoContext, item: unknown, headSha: string): Annotation {
  if (!isObject(item))
    throw invalidRequest(`For 'items', ${JSON.stringify(item)} is not an object.`)
  const path = requireString(item, 'path')
  const startLine = requireInteger(item, 'start_line')
  const endLine = requireInteger(item, 'end_line')
  const level = requireEnum(item, 'annotation_level', LEVELS)
  const message = requireString(item, 'message')
  const title = optionalString(item, 'title')
  const rawDetails = optionalString(item, 'raw_details')
  // GitHub refuses the whole request: `Validation Failed`, field `annotations`, naming none.
  if (
    (title !== undefined && [...title].length > MAX_ANNOTATION_TITLE) ||
    Buffer.byteLength(message) > MAX_ANNOTATION_BYTES ||
    (rawDetails !== undefined && Buffer.byteLength(rawDetails) > MAX_ANNOTATION_BYTES)
  )
    throw validationFailed('CheckRun', 'annotations', 'invalid')
  if (startLine < 1 || endLine < startLine) {
    throw invalidRequest(
      `start_line ${startLine} and end_line ${endLine} do not describe a range of lines.`
    )
  }
  return {
    path,
    start_line: startLine,
    end_line: endLine,
    ...columns(item, startLine === endLine),
    annotation_level: level,
    title: title ?? null,
    message,
    raw_details: rawDetails ?? null,
    blob_href: repo.htmlUrl(`/blob/${headSha}/${encodeURI(path)}`)
  }
}

/** Columns are only meaningful on one line; GitHub documents them for `start_line == end_line`. */
function columns(item: Json, singleLine: boolean): Pick<Annotation, 'start_column' | 'end_column'> {
  const start = optionalInteger(item, 'start_column')
  const end = optionalInteger(item, 'end_column')
  if (!singleLine && (start !== undefined || end !== undefined)) {
    throw invalidRequest(
      'start_column and end_column may only be given when start_line equals end_line.'
    )
  }
  return { start_column: start ?? null, end_column: end ?? null }
}
