import { diagnostic } from '../../model/location.js'
import { failed } from '../shared/collector.js'
import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult } from '../types.js'

/**
 * Bun's older binary lockfile `bun.lockb`. Its layout is Bun's own and undocumented, so it is
 * never read: where it is a folder's only Bun lockfile, what it locks was not checked, which is
 * an error saying how to write the text lockfile `bun.lock` instead (read by `bun/`). Beside a
 * `bun.lock` it is not selected at all (see `selectLockfiles`).
 */
export const bunLockbParser: LockfileParser = {
  id: 'npm/bun-lockb',
  ecosystem: 'npm',
  ...namedFiles('bun.lockb'),
  binary: true,
  parse: notReadable,
  // Never consulted: every parse is an error. Bun's header, for what the format looks like.
  content: {
    recognises: /^#!\/usr\/bin\/env bun\nbun-lockfile-format-v\d+\n/,
    expected: "Bun's header"
  }
}

const WHY =
  "Bun's binary lockfile cannot be read, so the dependencies it locks were not checked. To have " +
  'them checked, write the text lockfile `bun.lock` with ' +
  '`bun install --save-text-lockfile --frozen-lockfile --lockfile-only` (Bun 1.1.39 or later; ' +
  'Bun 1.2 and later write `bun.lock` by default), commit `bun.lock` and delete `bun.lockb`'

function notReadable(_text: string, file: string): LockfileResult {
  return failed(diagnostic(file, WHY, 'binary-lockfile'))
}
