import type { SourceLocation } from '../model/location.js'

/**
 * Who can invoke a function, strongest first. `unknown`: an entry whose authorization or principal
 * is not known before deployment and nothing stronger is known; it never forms a path.
 */
export type ReachLevel = 'internet' | 'any-account' | 'authenticated' | 'account' | 'none'

/** One way in: a route, function URL, invoke permission or event source. */
export interface Entry {
  level: ReachLevel | 'unknown'
  /** Stable across revisions: the route's API, method and path, the permission id, the source. */
  key: string
  /** Short, for diagrams: `GET /orders`, `function URL`, `permission PublicInvoke`. */
  label: string
  /** What it is: "route `GET /orders`", "its function URL", "permission `Invoke`". */
  what: string
  /** In words, with how it is guarded: "route `GET /orders` (no authorization)". */
  description: string
  /** The authorization as written, when an authorizer, IAM or JWT guards it. */
  auth?: string
  /** Where the entry is open (its auth setting, or the route itself when nothing sets one). */
  location: SourceLocation
}

export interface Reach {
  level: ReachLevel | 'unknown'
  entries: Entry[]
}

export type CapabilityClass =
  'administrator' | 'privilege-escalation' | 'secrets-read' | 'data-write' | 'data-read' | 'network'

/** Something a function's role lets it do, and the statement (or managed policy) granting it. */
export interface Capability {
  class: CapabilityClass
  /** The action or managed policy, as written: `s3:*`, `AdministratorAccess`. */
  action: string
  resource: string
  /** `any`: on `*`; `wildcard`: on every resource of a kind (`arn:aws:s3:::*`); `scoped`: named ones. */
  scope: 'any' | 'wildcard' | 'scoped'
  /** Whether the grant carries a Condition block (which may narrow it). */
  conditional: boolean
  location: SourceLocation
}

export interface VulnerablePackage {
  ecosystem: string
  name: string
  version: string
  lockfile: string
  location: SourceLocation
  /** The worst of its vulnerabilities. */
  severity: 'critical' | 'high' | 'medium' | 'low' | 'none'
  /** Vulnerability ids, worst first. */
  ids: string[]
  fixedIn?: string
}

/** What a function ships: unknown when no lockfile is linked or vulnerabilities were not looked up. */
export type Ships =
  | { known: false; lockfiles: string[]; reason: string }
  | { known: true; lockfiles: string[]; vulnerable: VulnerablePackage[] }

/** The three facts of one function. */
export interface FunctionFacts {
  service: string
  functionId: string
  location: SourceLocation
  reach: Reach
  ships: Ships
  mayDo: Capability[]
  /** Grants that could not be read (symbolic documents, external policies). */
  undecidedGrants: SourceLocation[]
}
