import type { Diagnostic, SourceLocation } from '../model/location.js'
import type { Format, Service } from '../model/types.js'
import type { MapValue } from '../model/value.js'
import type { RepoReader } from '../sources/types.js'

export type { RepoReader }

export interface ParseContext {
  repo: RepoReader
}

/** A YAML/JSON template, already read into a located value. */
export interface TemplateInput {
  /** Root-relative path, forward slashes. */
  file: string
  document: MapValue
}

export interface ParseResult {
  services: Service[]
  diagnostics: Diagnostic[]
}

/** One template format (Serverless Framework, SAM, CloudFormation) behind one interface. */
export interface TemplateFormat {
  format: Exclude<Format, 'terraform'>
  /** A cheap test on the file name and the document's top-level keys. */
  detect(file: string, document: MapValue): boolean
  build(input: TemplateInput, ctx: ParseContext): Promise<ParseResult>
}

/** A folder of Terraform files, parsed together. */
export interface ModuleInput {
  /** Root-relative folder. */
  dir: string
  files: { path: string; text: string }[]
  /** A module `terraform init` installed: the root folder whose manifest names it, and its key. */
  installedAs?: { root: string; key: string }
  /** Installed module folders read as folders of their own (a call of one is not opaque). */
  installedRead?: ReadonlySet<string>
}

export function emptyService(
  id: string,
  name: string,
  format: Format,
  dir: string,
  loc: SourceLocation
): Service {
  return {
    id,
    name,
    format,
    dir,
    files: [loc.file],
    functions: [],
    roles: [],
    policies: [],
    endpoints: [],
    permissions: [],
    resources: [],
    parameters: [],
    rawResources: [],
    loc
  }
}
