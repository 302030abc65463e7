// Prints the CHANGELOG.md section of one version (the release notes), or fails when the changelog
// has no section for it, or an empty one: a release is never published without its notes.
// Usage: node scripts/release-notes.mjs <X.Y.Z | vX.Y.Z> [CHANGELOG.md]
import { readFileSync } from 'node:fs'

const [tag, file = 'CHANGELOG.md'] = process.argv.slice(2)
const version = tag?.replace(/^v/, '')
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(`release-notes: expected a version X.Y.Z or vX.Y.Z, got \`${tag ?? ''}\``)
  process.exit(2)
}
const notes = sectionOf(readFileSync(file, 'utf8'), version)
if (!notes) {
  console.error(`release-notes: ${file} has no notes under "## [${version}]"; add them first`)
  process.exit(1)
}
process.stdout.write(`${notes}\n`)

/** The lines between `## [version]` and the next `## ` heading or link reference, trimmed. */
function sectionOf(text, wanted) {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex(line => line.startsWith(`## [${wanted}]`))
  if (start < 0) return ''
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => line.startsWith('## ') || /^\[[^\]]+\]:\s/.test(line))
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
}
