import { pathCrossAccountInvokePrivileged } from './path-cross-account-invoke-privileged.js'
import { pathCrossAccountVulnerableFunction } from './path-cross-account-vulnerable-function.js'
import { pathPublicAdminFunction } from './path-public-admin-function.js'
import { pathPublicDataWriter } from './path-public-data-writer.js'
import { pathPublicSecretsReader } from './path-public-secrets-reader.js'
import { pathPublicVulnerableFunction } from './path-public-vulnerable-function.js'
import type { PathRule } from './types.js'

/** Attack-path rules, most telling first: when one path matches several, the first leads and the others are listed with it. */
export const PATH_RULES: readonly PathRule[] = [
  pathPublicVulnerableFunction,
  pathPublicAdminFunction,
  pathCrossAccountInvokePrivileged,
  pathCrossAccountVulnerableFunction,
  pathPublicSecretsReader,
  pathPublicDataWriter
]
