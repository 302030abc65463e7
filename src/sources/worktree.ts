import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { SAFE_GIT_ARGS } from './git-command.js'

/**
 * The files git holds for a directory inside a git work tree (paths relative to it), or undefined
 * when it is not in one (or git is missing). Tracked files are always included, whatever
 * `.gitignore` says: it applies to untracked files only. Untracked files that are not ignored are
 * added when `untracked` is set (a local run, where they are work in progress).
 */
export async function workTreeFiles(
  dir: string,
  untracked: boolean
): Promise<string[] | undefined> {
  if (!mayBeInWorkTree(dir)) return undefined
  // `ls-files` fails outside a work tree (and inside a `.git` folder), as `rev-parse
  // --is-inside-work-tree` would tell: one process instead of two.
  const args = [
    'ls-files',
    '-z',
    '--cached',
    ...(untracked ? ['--others', '--exclude-standard'] : [])
  ]
  const out = await git(dir, args)
  if (out === undefined) return undefined
  const files = [...new Set(out.split('\0').filter(p => p !== ''))]
  // Nothing git holds here (a folder it ignores, an empty checkout): read the folder as it is.
  return files.length > 0 ? files : undefined
}

/**
 * Whether git could find a work tree for `dir`: it looks for `.git` (a folder, or a file in a
 * linked work tree or submodule) in the directory and each one above, unless the environment
 * names the repository. Where neither can be, git is not started at all.
 */
export function mayBeInWorkTree(dir: string): boolean {
  if (process.env['GIT_DIR'] !== undefined || process.env['GIT_WORK_TREE'] !== undefined)
    return true
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true
    if (dirname(d) === d) return false
  }
}

/** Ignored, untracked folders named `cdk.out`: CDK output, whose templates are scanned all the same. */
export async function ignoredCdkOutDirs(dir: string): Promise<string[]> {
  const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory']
  const out = (await git(dir, args)) ?? ''
  return out
    .split('\0')
    .filter(p => /(^|\/)cdk\.out\/$/.test(p))
    .map(p => p.slice(0, -1))
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  // Loaded when git is run: a tree outside any repository never needs it.
  const { execFile } = await import('node:child_process')
  return new Promise(done =>
    execFile(
      'git',
      [...SAFE_GIT_ARGS, ...args],
      { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout) => done(err ? undefined : stdout)
    )
  )
}
