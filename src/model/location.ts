/** A point in a file: 1-based line and column. */
export interface Position {
  line: number
  column: number
}

/** A span of text in a file. */
export interface Range {
  start: Position
  end: Position
}

/**
 * Where a model fact comes from. `line`/`column` point at the key that defines it (the place a
 * finding is reported); `value` is the range of the value itself when it is known.
 */
export interface SourceLocation {
  /** Path relative to the scanned root, with forward slashes. */
  file: string
  line: number
  column: number
  value?: Range
}

/** A problem found while reading input: never thrown, always reported and the scan goes on. */
export interface Diagnostic {
  file: string
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
  /** A short machine-readable code, e.g. `parse-error`, `file-too-large`, `unresolved-include`. */
  code: string
}

export function locationAt(file: string, line: number, column = 1): SourceLocation {
  return { file, line, column }
}

export function formatLocation(loc: Pick<SourceLocation, 'file' | 'line' | 'column'>): string {
  return `${loc.file}:${loc.line}:${loc.column}`
}

export function diagnostic(
  file: string,
  message: string,
  code: string,
  at: Partial<Position> = {},
  severity: Diagnostic['severity'] = 'error'
): Diagnostic {
  return { file, line: at.line ?? 1, column: at.column ?? 1, message, code, severity }
}

/** Each problem once: the first diagnostic per file and reason (its message) is kept. */
export function uniqueDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return ds.filter(d => {
    const key = `${d.file}\0${d.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
