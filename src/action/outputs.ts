import * as core from '@actions/core'
import { annotateFiles, findingAnnotation } from './annotations.js'
import { log } from './log.js'
import { writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { ScanResult } from '../core/scan.js'
import type { ConfigFile } from '../policy/config/schema.js'
import { countsOf, toJsonReport } from '../report/json.js'
import { uniqueDiagnostics } from '../model/location.js'
import { JOB_SUMMARY_MAX_BYTES, notScanned, renderSummary } from '../report/markdown/summary.js'
import { bySeverity } from '../report/markdown/sections.js'
import { allRuleMeta } from '../report/rules-meta.js'
import { codeScanningLimitNotes, toSarif } from '../report/sarif.js'
import type { ActionInputs } from './inputs.js'
import { errorMessage } from '../sources/errors.js'

/** Writes the report files, the job summary, annotations and step outputs. */
export async function publishResult(
  result: ScanResult,
  inputs: ActionInputs,
  config: ConfigFile,
  workspace: string
): Promise<void> {
  const sarifPath = resolveIn(workspace, inputs.sarifFile)
  const reportPath = resolveIn(workspace, inputs.reportFile)
  const sarif = toSarif(result, allRuleMeta(config))
  const sarifText = `${JSON.stringify(sarif, null, 2)}\n`
  await writeFile(sarifPath, sarifText)
  // What code scanning will refuse or leave out is said, never cut from the report.
  for (const note of codeScanningLimitNotes(sarif, sarifText)) log.warning(note)
  await writeFile(reportPath, `${JSON.stringify(toJsonReport(result), null, 2)}\n`)
  annotate(result)
  await writeJobSummary(result)
  const counts = countsOf(result)
  core.setOutput('result', result.decision)
  core.setOutput('new-findings', result.mode === 'diff' ? counts.new : counts.findings)
  core.setOutput('findings', counts.findings)
  core.setOutput('sarif-file', sarifPath)
  core.setOutput('report-file', reportPath)
}

/**
 * Workflow annotations: the files that could not be checked first (they make the result an
 * error), then the gating findings, most severe first; files read in part warn.
 */
function annotate(result: ScanResult): void {
  const unchecked = uniqueDiagnostics(result.errors).map(d => ({
    message: d.message,
    title: 'serverless-gate: could not be checked',
    file: d.file,
    line: d.line
  }))
  const gating = bySeverity(result.gating).map(findingAnnotation)
  annotateFiles('error', [...unchecked, ...gating], 'files that could not be checked or findings')
  const partial = notScanned(result)
    .filter(x => x.severity === 'warning')
    .map(d => ({
      message: d.message,
      title: 'serverless-gate: not scanned',
      file: d.file,
      line: d.line
    }))
  annotateFiles('warning', partial, 'files not scanned')
}

async function writeJobSummary(result: ScanResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    const body = renderSummary(result, {
      maxLength: JOB_SUMMARY_MAX_BYTES,
      fullReportHint: 'see the JSON report'
    })
    await core.summary.addRaw(body).write()
  } catch (err) {
    log.warning(`could not write the job summary: ${errorMessage(err)}`)
  }
}

/** A path from an input: absolute as given, or relative to the workspace. */
export function resolveIn(workspace: string, path: string): string {
  return isAbsolute(path) ? path : join(workspace, path)
}
