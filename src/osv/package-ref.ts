import type { PackageRef } from '../deps/types.js'

/** The lockfile readers' package shape: the vulnerability lookup only consumes it. */
export type { Ecosystem, PackageRef } from '../deps/types.js'

/** The package identity OSV matches on. */
export type PackageKey = Pick<PackageRef, 'ecosystem' | 'name'>
