// The demo: runs the bundled CLI (what users run) on the example app, with no network.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = args => {
  console.log(`\n$ serverless-gate ${args.join(' ')}\n`)
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    cwd: root,
    stdio: 'inherit'
  })
  if (result.error) throw result.error
  return result.status ?? 2
}

const status = run(['inventory', 'examples/demo/head'])
process.exit(status)
