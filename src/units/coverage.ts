import type { Coverage } from './scope.js'

/** What a pull request scan covered, in one sentence for the report. */
export function coverageText(c: Coverage): string {
  const units = c.total === 1 ? 'unit' : 'units'
  return `scanned ${c.scanned} of ${c.total} ${units} affected by this change (${c.changedFiles} changed file${c.changedFiles === 1 ? '' : 's'}); run the audit for the rest`
}
