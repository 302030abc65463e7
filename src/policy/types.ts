import type { SourceLocation } from '../model/location.js'
import type { Format, Model, Service } from '../model/types.js'
import type { Severity } from './config/enums.js'

export type RuleArea =
  'functions' | 'iam' | 'api' | 'data' | 'diff' | 'dependencies' | 'paths' | 'policy' | 'custom'

/** How to fix a finding, in words and with a snippet per format where the fix can be written. */
export interface Remediation {
  text: string
  snippets: Partial<Record<Format, string>>
}

/** A rule's public metadata: what `serverless-gate rules` lists and `docs/rules.md` documents. */
export interface RuleMeta {
  /** Stable kebab-case id: part of the public contract (config, suppressions, SARIF). */
  id: string
  title: string
  severity: Severity
  area: RuleArea
  /** Why it matters, for the developer reading the comment. */
  rationale: string
  remediation: Remediation
  references: string[]
  /** Compliance mappings, e.g. `OWASP-Serverless-Top10:SAS-3`, `CIS-AWS-Foundations:1.16`. */
  compliance: string[]
  /** The same check in other scanners, by their ids. */
  equivalents: { checkov?: string[]; kics?: string[]; cfnNag?: string[]; cdkNag?: string[] }
}

/** What a rule reports: the resource, what is wrong in words, and where exactly. */
export interface Report {
  /** The resource the finding is about: a function, role, endpoint or resource id of the service. */
  resource: string
  message: string
  /** The specific thing that is wrong (`s3:*`, `AuthType NONE`): scopes suppressions and fingerprints. */
  evidence: string
  location: SourceLocation
  /** Overrides the rule's severity for this finding (e.g. `*` is high where `service:*` is medium). */
  severity?: Severity
  /** A line edit that fixes it, shown as a suggestion in review comments. */
  suggestion?: { line: number; replacement: string }
}

/** A check the rule could not decide because a value is symbolic: shown with --verbose, never a finding. */
export interface Undecided {
  resource: string
  reason: string
  location: SourceLocation
}

export interface RuleContext {
  model: Model
  service: Service
  /** Today, for date-based rules (runtime deprecation): injected so results are reproducible. */
  now: Date
  report(r: Report): void
  undecidable(u: Undecided): void
}

/** A catalog rule: metadata plus a check over one service of the model. */
export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void
}

/** One service on both sides of a change (absent on the side where it does not exist). */
export interface ServicePair {
  id: string
  base?: Service
  head?: Service
}

export interface DiffRuleContext {
  pair: ServicePair
  now: Date
  /** Reports against the head: locations are head locations. */
  report(r: Report): void
}

/** A diff-native rule: compares a service's base and head, which no stateless scanner can do. */
export interface DiffRule extends RuleMeta {
  compare(ctx: DiffRuleContext): void
}

export interface Finding {
  ruleId: string
  title: string
  severity: Severity
  message: string
  /** `<service id>` and resource id: what the finding is about. */
  service: string
  resource: string
  evidence: string
  location: SourceLocation
  fingerprint: string
  suggestion?: Report['suggestion']
  suppressed?: Suppression
  /** Why a suppression that names this finding did not take effect (expired, no reason, inline not allowed). */
  suppressionNote?: string
  /** For dependency findings: the package, its vulnerabilities and the fix. */
  dependency?: DependencyDetails
  /** Findings of diff rules resting on the same evidence, folded into this one. */
  also?: { ruleId: string; severity: Severity; message: string }[]
  /** For attack-path findings: the steps from the entry point to what the function may do. */
  path?: PathDetails
}

/** One step of an attack path, where it is written. */
export interface PathStep {
  kind: 'entry' | 'function' | 'package' | 'grant'
  /** The step in words, with repository values in backticks. */
  message: string
  /** A short label for diagrams: `GET /orders`, `listOrders`, `lodash 4.17.15`, `s3:* on *`. */
  label: string
  location: SourceLocation
}

/** An attack path: who can reach the function, what it ships, what it may do. */
export interface PathDetails {
  reach: 'internet' | 'any-account'
  /** `<service id>#<function id>`. */
  function: string
  steps: PathStep[]
  /** In a pull request: the part the change added, which opened the path. */
  added?: PathStep['kind']
}

export interface Suppression {
  reason: string
  source: 'inline' | 'config' | 'metadata'
  location?: SourceLocation
  expires?: string
  /** Set in pull-request mode when the suppression is not on the base branch. */
  addedInPr?: boolean
}

export interface DependencyDetails {
  ecosystem: string
  name: string
  version: string
  direct?: boolean
  dev?: boolean
  /** The version that fixes all its known vulnerabilities (or the most), when one is known. */
  fixedIn?: string
  advice: string
  vulnerabilities: {
    id: string
    aliases: string[]
    summary?: string
    severity: string
    score?: number
    url: string
    fixedIn?: string
  }[]
  /** Functions that ship this lockfile (the nearest one above their code). */
  functions: string[]
  /** The service the lockfile belongs to (the deepest service folder holding it). */
  service?: string
}
