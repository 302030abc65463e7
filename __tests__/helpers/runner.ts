import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

const ROOT = resolve(import.meta.dirname, '..', '..')
export const DIST = join(ROOT, 'dist')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/**
 * Runs the bundled action (`dist/index.js`) as a child process with the environment a GitHub
 * runner sets: event payload, workspace, output and summary files, and `INPUT_*` variables.
 */
export async function runAction(opts: {
  workspace: string
  eventName: string
  event?: object
  inputs?: Record<string, string>
  env?: Record<string, string>
  /**
   * Run the TypeScript sources (through tsx) instead of the bundle, for a change not bundled yet;
   * `SG_E2E_FROM_SOURCE=1` runs every end-to-end test so.
   */
  fromSource?: boolean
}): Promise<RunResult> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'sg-runner-'))
  const eventPath = join(runnerTemp, 'event.json')
  const outputPath = join(runnerTemp, 'output.txt')
  const summaryPath = join(runnerTemp, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = Object.fromEntries(
    Object.entries({ ...actionDefaults(), ...(opts.inputs ?? {}) }).map(([k, v]) => [
      `INPUT_${k.toUpperCase()}`,
      v
    ])
  )
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    ...inputs,
    ...opts.env
  }
  const entry =
    (opts.fromSource ?? process.env.SG_E2E_FROM_SOURCE === '1')
      ? [
          '--import',
          pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
          join(ROOT, 'src', 'action', 'index.ts')
        ]
      : [join(DIST, 'index.js')]
  const { code, stdout, stderr } = await spawnNode(entry, opts.workspace, env)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : ''
  }
}

export function spawnNode(
  args: string[],
  cwd: string,
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', fail)
    child.on('close', code => done({ code: code ?? -1, stdout, stderr }))
  })
}

/** The defaults action.yml declares, as the runner passes them (the token expression resolved). */
function actionDefaults(): Record<string, string> {
  const meta = parse(readFileSync(join(DIST, '..', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, input] of Object.entries(meta.inputs)) {
    if (input.default === undefined) continue
    out[name] = input.default === '${{ github.token }}' ? 'ghs_test_token_value' : input.default
  }
  return out
}

/** `GITHUB_OUTPUT` holds `name<<DELIMITER\nvalue\nDELIMITER` records. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string
  return out
}
