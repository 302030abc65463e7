// Fails when the given paths differ from what is committed (changed, new or deleted files).
import { execFileSync } from 'node:child_process'

const paths = process.argv.slice(2)
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' })
if (status.trim() !== '') {
  console.error(
    `These files differ from what \`npm run bundle\` produces; run it and commit the result:\n${status}`
  )
  process.exit(1)
}
console.log(`${paths.join(', ')} up to date`)
