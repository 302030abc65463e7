import { execFileSync } from 'node:child_process'

/** One entry of `git ls-tree -l`. */
export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Bytes, for blobs. */
  size?: number
  path: string
}

const MAX_OUTPUT = 256 * 1024 * 1024
const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0'
}

/** Reads the test's git repository; every answer of the server comes from real git objects. */
export class GitReader {
  constructor(readonly dir: string) {}

  bytes(args: string[]): Buffer {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: this.dir,
      env: ENV,
      maxBuffer: MAX_OUTPUT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
  }

  text(args: string[]): string {
    return this.bytes(args).toString('utf8')
  }

  /** The full object id `rev` names (of the given type), or undefined. */
  resolve(rev: string, type: 'commit' | 'tree' = 'commit'): string | undefined {
    if (rev.startsWith('-') || rev.includes('\0')) return undefined
    try {
      return this.text(['rev-parse', '--verify', '--quiet', `${rev}^{${type}}`]).trim()
    } catch {
      return undefined
    }
  }

  objectType(sha: string): string | undefined {
    if (!/^[0-9a-f]{4,64}$/i.test(sha)) return undefined
    try {
      return this.text(['cat-file', '-t', sha]).trim()
    } catch {
      return undefined
    }
  }

  mergeBase(a: string, b: string): string {
    return this.text(['merge-base', a, b]).trim()
  }

  isAncestor(ancestor: string, of: string): boolean {
    try {
      this.bytes(['merge-base', '--is-ancestor', ancestor, of])
      return true
    } catch {
      return false
    }
  }

  countCommits(from: string, to: string): number {
    return Number(this.text(['rev-list', '--count', `${from}..${to}`]).trim())
  }

  blob(sha: string): Buffer {
    return this.bytes(['cat-file', 'blob', sha])
  }

  blobSize(sha: string): number {
    return Number(this.text(['cat-file', '-s', sha]).trim())
  }

  /** Entries of a tree (or the single entry at `path` in it); recursive lists subtrees too. */
  listTree(treeish: string, options: { path?: string; recursive?: boolean } = {}): TreeEntry[] {
    const args = ['ls-tree', '-l', '-z']
    if (options.recursive) args.push('-r', '-t')
    args.push(treeish)
    if (options.path !== undefined) args.push('--', options.path)
    return this.text(args).split('\0').filter(Boolean).map(parseTreeLine)
  }
}

function parseTreeLine(line: string): TreeEntry {
  const tab = line.indexOf('\t')
  const [mode, type, sha, size] = line.slice(0, tab).split(/\s+/) as [
    string,
    string,
    string,
    string
  ]
  return {
    mode,
    type: type as TreeEntry['type'],
    sha,
    ...(size === '-' ? {} : { size: Number(size) }),
    path: line.slice(tab + 1)
  }
}
