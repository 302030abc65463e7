// Checks that a fresh clone installs: every package-lock.json entry other than the root and links
// has a version (npm's arborist fails with "Invalid Version:" on one that does not), and the npm in
// use accepts the lockfile (`npm ci --dry-run`, in a scratch copy so node_modules is not touched).
// Usage: node scripts/check-lockfile.mjs [project-dir]
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const dir = resolve(process.argv[2] ?? '.')
const lockfile = join(dir, 'package-lock.json')
const problems = [...versionProblems(lockfile), ...npmCiProblems(dir)]
if (problems.length > 0) {
  for (const p of problems) console.error(`check-lockfile: ${p}`)
  console.error('check-lockfile: regenerate it with `rm package-lock.json && npm install`')
  process.exit(1)
}
console.log(`check-lockfile: ${lockfile} has a version on every entry and npm ci accepts it`)

/** Entries npm cannot install: no version, except the root and links (which have none). */
function versionProblems(path) {
  const text = readFileSync(path, 'utf8')
  const lock = JSON.parse(text)
  if (!lock.packages || typeof lock.packages !== 'object')
    return [`${path}: lockfileVersion ${lock.lockfileVersion} has no "packages" section`]
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key !== '' && entry.link !== true && !entry.version)
    .map(([key]) => `${path}:${lineOf(text, key)}: "${key}" has no version`)
}

function lineOf(text, key) {
  const at = text.indexOf(JSON.stringify(key) + ':')
  return at < 0 ? 1 : text.slice(0, at).split('\n').length
}

/** What `npm ci --dry-run` with the npm on PATH says, run on a copy of the manifest and lockfile. */
function npmCiProblems(projectDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'check-lockfile-'))
  try {
    for (const name of ['package.json', 'package-lock.json', '.npmrc']) {
      if (existsSync(join(projectDir, name)))
        copyFileSync(join(projectDir, name), join(scratch, name))
    }
    const args = ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund']
    const run = spawnSync('npm', args, { cwd: scratch, encoding: 'utf8' })
    if (run.status === 0) return []
    const said = `${run.stderr ?? ''}${run.error?.message ?? ''}`
      .split('\n')
      .filter(line => line.trim() && !/complete log of this run/.test(line))
      .slice(0, 8)
      .join('\n  ')
    return [`npm ci --dry-run (npm ${npmVersion()}) rejects the lockfile:\n  ${said}`]
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function npmVersion() {
  return spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'unknown'
}
