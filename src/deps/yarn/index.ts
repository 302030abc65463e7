import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { parseBerryLock } from './berry.js'
import { parseClassicLock } from './classic.js'

/** Yarn Berry lockfiles are YAML with a `__metadata` entry; classic (v1) ones are not. */
const BERRY_MARKER = /^__metadata:/m

/** `yarn.lock`: classic (v1) and Berry (v2+, `__metadata` versions 4 to 10). */
export const yarnLockParser: LockfileParser = {
  id: 'npm/yarn-lock',
  ecosystem: 'npm',
  ...namedFiles('yarn.lock'),
  parse(text: string, file: string, options?: ParseOptions): LockfileResult {
    return BERRY_MARKER.test(text)
      ? parseBerryLock(text, file, options)
      : parseClassicLock(text, file, options)
  },
  content: {
    recognises: /^(# yarn lockfile v1|__metadata:)|^\S[^\n]*:\s*$/m,
    expected: 'package entries (`name@range:`)',
    mayBeEmpty: true
  }
}
