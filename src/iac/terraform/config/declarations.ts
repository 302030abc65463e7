import { diagnostic, type Diagnostic, type SourceLocation } from '../../../model/location.js'
import type { Value } from '../../../model/value.js'
import type { Expr, HclBlock, HclBody } from '../syntax/ast.js'
import { locOf } from '../eval/values.js'

/**
 * What the files of one folder declare, before evaluation: resources, data sources and module
 * calls with their bodies, variables and locals. `.tf` and `.tf.json` files feed the same lists.
 */

/** An expression as written: HCL syntax, or a JSON value from a `.tf.json` file. */
export type Source = { kind: 'hcl'; expr: Expr } | { kind: 'json'; value: Value }

export type BodySource = { kind: 'hcl'; body: HclBody } | { kind: 'json'; value: Value }

export interface BlockDecl {
  mode: 'resource' | 'data' | 'module'
  /** The resource type; `module` for module calls. */
  type: string
  name: string
  /** `aws_iam_role.lambda`, `data.aws_iam_policy_document.p`, `module.api`. */
  address: string
  file: string
  loc: SourceLocation
  body: BodySource
  /** Bodies of override files (`override.tf`, `*_override.tf`) merged into this one, in order. */
  overrides?: { body: BodySource; file: string }[]
}

/**
 * Terraform's override files: read after the folder's other files, in name order; each block
 * merges into the block of the same address (its attributes and nested block types replace the
 * original's), each variable's default and each local replace the original.
 */
export function isOverrideFile(path: string): boolean {
  return /(?:^|\/)(?:[^/]*_)?override\.tf(?:\.json)?$/.test(path)
}

export interface VariableDecl {
  name: string
  file: string
  loc: SourceLocation
  default?: { source: Source; keyLoc: SourceLocation }
  sensitive?: Source
  /** Its `type` constraint (see `withTypeDefaults`). */
  type?: Source
  /** The `condition` of each of its `validation` blocks (see `allowedByValidation`). */
  conditions?: Source[]
}

export interface LocalDecl {
  name: string
  file: string
  keyLoc: SourceLocation
  source: Source
}

export class Declarations {
  readonly blocks: BlockDecl[] = []
  readonly variables = new Map<string, VariableDecl>()
  readonly locals = new Map<string, LocalDecl>()
  /** What `-var-file` files set, by variable, in file name order. */
  readonly possibleValues = new Map<string, { source: Source; file: string }[]>()
  readonly diagnostics: Diagnostic[] = []
  private readonly addresses = new Map<string, BlockDecl>()

  /**
   * Adds a block unless its address is taken (Terraform rejects duplicates; the first counts).
   * A block of an override file is merged into the block it overrides.
   */
  addBlock(decl: BlockDecl): void {
    const base = this.addresses.get(decl.address)
    if (isOverrideFile(decl.file)) {
      if (base) base.overrides = [...(base.overrides ?? []), { body: decl.body, file: decl.file }]
      else this.overridesNothing(decl.file, decl.address, decl.loc)
      return
    }
    if (base) {
      this.diagnostics.push(
        diagnostic(
          decl.file,
          `${decl.address} is declared twice in this folder; the first one is used`,
          'duplicate-address',
          decl.loc,
          'warning'
        )
      )
      return
    }
    this.addresses.set(decl.address, decl)
    this.blocks.push(decl)
  }

  addVariable(v: VariableDecl): void {
    const base = this.variables.get(v.name)
    if (!base && isOverrideFile(v.file)) this.overridesNothing(v.file, `var.${v.name}`, v.loc)
    else if (!base) this.variables.set(v.name, v)
    else if (isOverrideFile(v.file)) {
      this.variables.set(v.name, {
        ...base,
        default: v.default ?? base.default,
        sensitive: v.sensitive ?? base.sensitive,
        type: v.type ?? base.type
      })
    }
  }

  /** A value a variable file gives a declared variable: it replaces the default. */
  assignVariable(name: string, source: Source, keyLoc: SourceLocation): void {
    const v = this.variables.get(name)
    if (v) this.variables.set(name, { ...v, default: { source, keyLoc } })
  }

  /** A value a `-var-file` file gives a declared variable: one it may take, besides its own. */
  addPossibleValue(name: string, source: Source, file: string): void {
    if (!this.variables.has(name)) return
    this.possibleValues.set(name, [...(this.possibleValues.get(name) ?? []), { source, file }])
  }

  addLocal(l: LocalDecl): void {
    const declared = this.locals.has(l.name)
    if (!declared && isOverrideFile(l.file))
      this.overridesNothing(l.file, `local.${l.name}`, l.keyLoc)
    else if (!declared || isOverrideFile(l.file)) this.locals.set(l.name, l)
  }

  /**
   * An override file's block, variable or local that the folder's other files do not declare:
   * Terraform refuses the folder ("missing base ... to override"), so it is not read as if it were
   * declared on its own (its settings would be reported for a block that does not exist).
   */
  private overridesNothing(file: string, address: string, loc: SourceLocation): void {
    this.diagnostics.push(
      diagnostic(
        file,
        `${address} is in an override file, but no other file of this folder declares it: Terraform refuses an override of nothing, and it is not read`,
        'override-without-base',
        loc,
        'warning'
      )
    )
  }

  /** Reads the top-level blocks of one `.tf` file. */
  addHclFile(file: string, blocks: HclBlock[]): void {
    for (const b of blocks) this.addHclBlock(file, b)
  }

  private addHclBlock(file: string, b: HclBlock): void {
    const loc = locOf(file, b.range)
    const [first, second] = b.labels
    const body: BodySource = { kind: 'hcl', body: b.body }
    if ((b.type === 'resource' || b.type === 'data') && first && second) {
      const address = b.type === 'data' ? `data.${first}.${second}` : `${first}.${second}`
      this.addBlock({ mode: b.type, type: first, name: second, address, file, loc, body })
    } else if (b.type === 'module' && first) {
      this.addBlock({
        mode: 'module',
        type: 'module',
        name: first,
        address: `module.${first}`,
        file,
        loc,
        body
      })
    } else if (b.type === 'variable' && first) {
      this.addVariable(hclVariable(file, first, b, loc))
    } else if (b.type === 'locals') {
      for (const a of b.body.attributes) {
        this.addLocal({
          name: a.name,
          file,
          keyLoc: locOf(file, a.nameRange),
          source: { kind: 'hcl', expr: a.expr }
        })
      }
    }
  }
}

function hclVariable(file: string, name: string, b: HclBlock, loc: SourceLocation): VariableDecl {
  const v: VariableDecl = { name, file, loc }
  for (const a of b.body.attributes) {
    if (a.name === 'default') {
      v.default = { source: { kind: 'hcl', expr: a.expr }, keyLoc: locOf(file, a.nameRange) }
    } else if (a.name === 'sensitive') v.sensitive = { kind: 'hcl', expr: a.expr }
    else if (a.name === 'type') v.type = { kind: 'hcl', expr: a.expr }
  }
  for (const validation of b.body.blocks.filter(n => n.type === 'validation')) {
    const condition = validation.body.attributes.find(a => a.name === 'condition')
    if (condition) v.conditions = [...(v.conditions ?? []), { kind: 'hcl', expr: condition.expr }]
  }
  return v
}
