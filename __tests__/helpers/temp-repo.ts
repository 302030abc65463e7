import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A throwaway directory with the given files (path → contents), removed by `cleanup`. */
export function tempRepo(files: Record<string, string | Uint8Array>): {
  root: string
  cleanup: () => void
} {
  const root = mkdtempSync(join(tmpdir(), 'sg-test-'))
  writeFiles(root, files)
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}
