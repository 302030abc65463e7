import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { SAFE_GIT_ARGS } from './git-command.js'

const run = promisify(execFile)

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
  const inside = await git(dir, ['rev-parse', '--is-inside-work-tree'])
  if (inside?.trim() !== 'true') return undefined
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
  try {
    const { stdout } = await run('git', [...SAFE_GIT_ARGS, ...args], {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'utf8'
    })
    return stdout
  } catch {
    return undefined
  }
}
