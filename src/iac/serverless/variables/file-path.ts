import { posix } from 'node:path'

/**
 * Where a `${file(...)}` path points, relative to the repository root, or undefined when it leaves
 * the repository (an absolute path, a home directory, or `..` above the root). Paths are relative
 * to the folder of the Serverless file.
 */
export function repositoryPath(serviceDir: string, written: string): string | undefined {
  const path = unquote(written.trim()).replace(/\\/g, '/')
  if (path === '' || path.startsWith('/') || path.startsWith('~') || /^[A-Za-z]:/.test(path)) {
    return undefined
  }
  const joined = posix.normalize(posix.join(serviceDir || '.', path))
  if (joined === '..' || joined.startsWith('../')) return undefined
  return joined.startsWith('./') ? joined.slice(2) : joined
}

function unquote(text: string): string {
  const m = /^(['"])(.*)\1$/.exec(text)
  return m ? (m[2] ?? '') : text
}

export type IncludeKind = 'document' | 'code' | 'text'

/** YAML and JSON are read; code (`.js`, `.ts`, ...) is never run; anything else is plain text. */
export function includeKind(path: string): IncludeKind {
  const ext = posix.extname(path).toLowerCase()
  if (ext === '.yml' || ext === '.yaml' || ext === '.json' || ext === '.tfstate') return 'document'
  if (['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts', '.py', '.sh'].includes(ext)) return 'code'
  return 'text'
}
