/** What kind of unit of analysis a root is: it decides how the unit's files are found. */
export type UnitKind = 'serverless' | 'template' | 'terraform' | 'lockfile'

/**
 * One unit of analysis: a Serverless service, a SAM/CloudFormation template, a Terraform folder or
 * a lockfile, with every file it may read. Reading a unit's files again gives the same unit, so a
 * unit none of whose files changed is the same on both sides of a pull request.
 */
export interface Unit {
  kind: UnitKind
  /** The root file (a folder for Terraform). */
  root: string
  /** Root-relative folder the unit lives in. */
  dir: string
  /** Files the unit reads, or would read if they existed (root included). */
  files: Set<string>
  /** Folders whose direct files the unit reads (Terraform folders and the local modules they call). */
  folders: Set<string>
  /** Folders whose every file counts for the unit (SAM code folders, a Terraform folder's installed modules). */
  trees: Set<string>
  /**
   * The unit reads a file whose path the gate cannot tell (an include built from a variable):
   * any changed file may be one it reads.
   */
  unknown: boolean
  /** Template files the unit pulls in (Serverless includes): they are not units of their own. */
  includes: Set<string>
}

/** The units of one side and, for every file, the units that read it. */
export interface UnitIndex {
  units: Unit[]
  /** Template candidates (YAML/JSON that may be a template) on this side, unit or not. */
  candidates: Set<string>
  /** Candidates a model reads as templates here (named `serverless.*`, or naming an AWS type). */
  templates: Set<string>
}
