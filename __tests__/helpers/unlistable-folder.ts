import { execFileSync } from 'node:child_process'

const SEGMENT = 'd'.repeat(250)
/** Deep enough that the last folder's path passes the system's 4096-byte limit, shallow enough
 * that its parent's, from a temporary folder, does not. */
const DEPTH = 17

/**
 * Makes a folder that is there but that the system refuses to list, as root and non-root alike:
 * one whose path is longer than the system accepts (ENAMETOOLONG). Files are written in it by
 * relative paths, so they exist though no listing by full path can show them. Returns the folder
 * (root-relative) and a removal that copes with the depth.
 */
export function unlistableFolder(
  root: string,
  under: string,
  files: Record<string, string>
): { folder: string; remove: () => void } {
  const writes = Object.entries(files)
    .map(([name, text]) => `printf '%s' '${text.replace(/'/g, `'\\''`)}' > '${name}'`)
    .join(' && ')
  const script = `mkdir -p '${under}' && cd -P '${under}' && for i in $(seq ${DEPTH}); do mkdir ${SEGMENT} && cd -P ${SEGMENT} || exit 1; done && ${writes || 'true'}`
  execFileSync('sh', ['-c', script], { cwd: root })
  return {
    folder: [under, ...Array<string>(DEPTH).fill(SEGMENT)].join('/'),
    remove: () => execFileSync('rm', ['-rf', under], { cwd: root })
  }
}
