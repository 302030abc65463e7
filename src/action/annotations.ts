import type { ClassifiedFinding } from '../diff/findings.js'
import { log } from './log.js'

/** A workflow annotation on a file's line. */
export interface FileAnnotation {
  message: string
  title: string
  file: string
  line: number
  column?: number
}

/** A finding's annotation: at its line and column, titled with its rule and severity. */
export function findingAnnotation(f: ClassifiedFinding): FileAnnotation {
  return {
    message: f.message,
    title: `serverless-gate: ${f.ruleId} (${f.severity})`,
    file: f.location.file,
    line: f.location.line,
    column: f.location.column
  }
}

type Level = 'error' | 'warning'

/** GitHub shows at most 10 error and 10 warning annotations of a step, and drops the rest unseen. */
export const SHOWN_PER_LEVEL = 10
/**
 * Annotations kept for the step's own messages: the error that fails the step, warnings such as
 * a write the token may not make.
 */
const KEPT_FOR_LOG: Record<Level, number> = { error: 1, warning: 3 }
const used: Record<Level, number> = { error: 0, warning: 0 }

/**
 * Annotates files, most important first, within what GitHub shows: when there are more than fit,
 * the last annotation shown counts the others and says where they are listed, so none is dropped
 * without a word.
 */
export function annotateFiles(level: Level, annotations: FileAnnotation[], what: string): void {
  const room = Math.max(1, SHOWN_PER_LEVEL - KEPT_FOR_LOG[level] - used[level])
  const shown = annotations.length <= room ? annotations : annotations.slice(0, room - 1)
  for (const a of shown)
    log[level](a.message, {
      title: a.title,
      file: a.file,
      startLine: a.line,
      ...(a.column === undefined ? {} : { startColumn: a.column })
    })
  const rest = annotations.length - shown.length
  if (rest > 0)
    log[level](
      `${rest} more ${what} not annotated: GitHub shows at most ${SHOWN_PER_LEVEL} annotations of a kind per step; the job summary lists every one`
    )
  used[level] += Math.min(annotations.length, room)
}
