import { diffHunkText, findLine, findPosition, type DiffLine, type Side } from './diff-hunks.js'
import type { ChangedFile } from './pull-diff.js'
import { optionalEnum, optionalInteger, requireString, type Json } from './schema.js'

/** Where a review comment sits, resolved against the diff of the commit it is made on. */
export interface Thread {
  path: string
  line: number | null
  side: Side
  start_line: number | null
  start_side: Side | null
  position: number | null
  diff_hunk: string
  subject_type: 'line' | 'file'
}

/** Why GitHub refuses a thread: the field at fault and GitHub's sentence for it. */
export interface Problem {
  field: 'path' | 'line' | 'start_line' | 'diff_hunk'
  sentence: string
}

const SIDES = ['LEFT', 'RIGHT'] as const
const THREAD = 'Pull request review thread'
export const PROBLEMS = {
  path: { field: 'path', sentence: `${THREAD} path is invalid` },
  line: { field: 'line', sentence: `${THREAD} line must be part of the diff` },
  startHunk: {
    field: 'start_line',
    sentence: `${THREAD} start line must be part of the same hunk as the line.`
  },
  startOrder: { field: 'start_line', sentence: `${THREAD} start line must precede the end line.` },
  hunk: { field: 'diff_hunk', sentence: `${THREAD} diff hunk can't be blank` }
} satisfies Record<string, Problem>

/**
 * Anchors a comment (`path` with `line`/`side`, optional `start_line`/`start_side`, or the
 * older `position`) to the diff. A line outside every hunk of the file, a side that does not
 * show the line, or a file the diff does not touch is refused, as GitHub refuses it.
 */
export function resolveThread(
  files: ChangedFile[],
  spec: Json
): { thread?: Thread; problems: Problem[] } {
  const path = requireString(spec, 'path')
  const file = files.find(candidate => candidate.filename === path)
  if (!file) return { problems: [PROBLEMS.path, PROBLEMS.hunk] }
  if (spec.subject_type === 'file') return { thread: fileThread(path), problems: [] }
  const end = endLine(file, spec)
  if (!end) return { problems: [PROBLEMS.line, PROBLEMS.hunk] }
  const startLine = optionalInteger(spec, 'start_line')
  const startSide = optionalEnum(spec, 'start_side', SIDES) ?? end.side
  if (startLine !== undefined) {
    const start = findLine(file.hunks, startLine, startSide)
    if (!start || start.hunk !== end.at.hunk) return { problems: [PROBLEMS.startHunk] }
    if (start.position >= end.at.position) return { problems: [PROBLEMS.startOrder] }
  }
  const thread: Thread = {
    path,
    line: end.line,
    side: end.side,
    start_line: startLine ?? null,
    start_side: startLine === undefined ? null : startSide,
    position: end.at.position,
    diff_hunk: diffHunkText(file.patch ?? '', file.hunks, end.at),
    subject_type: 'line'
  }
  return { thread, problems: [] }
}

function endLine(
  file: ChangedFile,
  spec: Json
): { at: DiffLine; line: number; side: Side } | undefined {
  const line = optionalInteger(spec, 'line')
  const side = optionalEnum(spec, 'side', SIDES) ?? 'RIGHT'
  const position = optionalInteger(spec, 'position')
  if (line === undefined && position !== undefined) {
    const at = findPosition(file.hunks, position)
    if (!at) return undefined
    const onLeft = at.kind === 'removed'
    return { at, line: (onLeft ? at.left : at.right) ?? 0, side: onLeft ? 'LEFT' : 'RIGHT' }
  }
  if (line === undefined) return undefined
  const at = findLine(file.hunks, line, side)
  return at && { at, line, side }
}

function fileThread(path: string): Thread {
  return {
    path,
    line: null,
    side: 'RIGHT',
    start_line: null,
    start_side: null,
    position: null,
    diff_hunk: '',
    subject_type: 'file'
  }
}

/** Joins sentences as GitHub's messages do: "a and b", "a, b, and c". */
export function toSentence(parts: string[]): string {
  if (parts.length <= 2) return parts.join(' and ')
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`
}
