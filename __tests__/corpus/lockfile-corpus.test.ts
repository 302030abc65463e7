import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseLockfileBytes, parserFor } from '../../src/deps/registry.js'

// Real public lockfiles beside the repository (../shared/corpus/lockfiles): read when present.
const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'lockfiles')
const present = existsSync(CORPUS)
const run = present ? describe : describe.skip
if (!present) console.log(`lockfile corpus not found at ${CORPUS}: corpus test skipped`)

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

run('lockfile corpus', () => {
  it('parses every lockfile without a crash, with a line for every package', () => {
    const files = walk(CORPUS).filter(f => parserFor(relative(CORPUS, f)))
    const counts = new Map<string, { files: number; packages: number; diagnostics: number }>()
    const problems: string[] = []
    for (const file of files) {
      const rel = relative(CORPUS, file)
      const format = rel.split('/')[0] as string
      const result = parseLockfileBytes(rel, readFileSync(file))
      const c = counts.get(format) ?? { files: 0, packages: 0, diagnostics: 0 }
      counts.set(format, {
        files: c.files + 1,
        packages: c.packages + result.packages.length,
        diagnostics: c.diagnostics + result.diagnostics.length
      })
      problems.push(
        ...result.diagnostics.map(
          d => `  ${d.file}:${d.line} ${d.severity} ${d.code}: ${d.message}`
        )
      )
      const lines = readFileSync(file, 'utf8').split('\n').length
      for (const p of result.packages) {
        expect(p.location.file).toBe(rel)
        expect(p.location.line).toBeGreaterThanOrEqual(1)
        expect(p.location.line).toBeLessThanOrEqual(lines)
      }
    }
    console.log(
      [
        `${files.length} lockfiles:`,
        ...[...counts].map(
          ([f, c]) =>
            `  ${f}: ${c.files} files, ${c.packages} packages, ${c.diagnostics} diagnostics`
        ),
        ...problems.slice(0, 30)
      ].join('\n')
    )
    expect(files.length).toBeGreaterThan(50)
  })
})
