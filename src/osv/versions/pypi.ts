import pep440 from '@renovatebot/pep440'
import { comparatorFrom, type VersionComparator } from './types.js'

/** PEP 440 ordering (epochs, pre/post/dev releases, local versions), as pip orders versions. */
export const pypiOrdering: VersionComparator = comparatorFrom(
  'PyPI',
  version => (pep440.valid(version) === null ? undefined : version),
  (a, b) => pep440.compare(a, b)
)
