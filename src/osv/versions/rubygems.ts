import { eq, gt, valid } from '@renovatebot/ruby-semver'
import { comparatorFrom, type VersionComparator } from './types.js'

/** `Gem::Version` ordering: numeric segments, and any letter makes a pre-release (`1.0.a` < `1.0`). */
export const rubygemsOrdering: VersionComparator = comparatorFrom(
  'RubyGems',
  version => (valid(version) === null ? undefined : version),
  (a, b) => (eq(a, b) ? 0 : gt(a, b) ? 1 : -1)
)
