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

run(['inventory', 'examples/demo/head'])
const gate = [
  'scan',
  'examples/demo/head',
  '--base',
  'examples/demo/base',
  '--osv-offline-dir',
  'examples/osv'
]
const status = run(gate)
run([...gate, '--format', 'markdown'])
// The demo shows a failing gate on purpose: exit 0 when the gate decided (pass or fail), 2 on errors.
process.exit(status === 2 ? 2 : 0)
