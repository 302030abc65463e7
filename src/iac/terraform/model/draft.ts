import type { Diagnostic } from '../../../model/location.js'
import type {
  Endpoint,
  LambdaFunction,
  PolicyDocument,
  Resource,
  Role,
  Service
} from '../../../model/types.js'
import { exactName } from '../../../model/stack-arn.js'
import { asString, get, type Value } from '../../../model/value.js'
import { refsIn } from '../eval/values.js'
import type { Folder } from './folder.js'
import type { PolicyFiles } from './policy-files.js'

/**
 * The service being built from a folder, with the lookups mappers share: functions, roles,
 * policy documents and resources by address, and references resolved to them.
 */
export class Draft {
  readonly functions = new Map<string, LambdaFunction>()
  readonly roles = new Map<string, Role>()
  /** `data.aws_iam_policy_document.x` → its document. */
  readonly documents = new Map<string, PolicyDocument>()
  readonly resources = new Map<string, Resource>()
  readonly endpoints = new Map<string, Endpoint>()
  readonly diagnostics: Diagnostic[] = []

  constructor(
    readonly service: Service,
    readonly folder: Folder,
    readonly policyFiles: PolicyFiles = new Map()
  ) {}

  addFunction(f: LambdaFunction): void {
    this.functions.set(f.id, f)
    this.service.functions.push(f)
  }

  addRole(r: Role): void {
    this.roles.set(r.id, r)
    this.service.roles.push(r)
  }

  addResource(r: Resource): void {
    // Attributes a template does not set are absent, not present-and-undefined.
    for (const [k, v] of Object.entries(r.attributes)) {
      if (v === undefined) delete r.attributes[k as keyof Resource['attributes']]
    }
    this.resources.set(r.id, r)
    this.service.resources.push(r)
  }

  addEndpoint(e: Endpoint): void {
    this.endpoints.set(e.id, e)
    this.service.endpoints.push(e)
  }

  /**
   * The function a value names: a reference to an `aws_lambda_function`, a Lambda module or an
   * alias of one, or a literal function name or ARN matching a function of the folder.
   */
  functionFor(v: Value | undefined): LambdaFunction | undefined {
    for (const ref of refsIn(v)) {
      const direct = this.functions.get(ref)
      if (direct) return direct
      const alias = ref.startsWith('aws_lambda_alias.') ? this.folder.get(ref) : undefined
      if (alias) return this.functionFor(get(alias.body, 'function_name'))
    }
    // A name or ARN as written, or an ARN of the folder's own region and account.
    const literal = asString(v) ?? exactName(v, 'function')
    return literal ? this.functionNamed(literal) : undefined
  }

  /** The function whose literal name is `nameOrArn`, or the name inside a function ARN. */
  functionNamed(nameOrArn: string): LambdaFunction | undefined {
    const m = /:function:([^:/]+)/.exec(nameOrArn)
    const name = m ? m[1] : nameOrArn
    return [...this.functions.values()].find(f => f.name?.value === name)
  }

  /** The role a value names: a reference to an `aws_iam_role`, or its literal name or ARN. */
  roleFor(v: Value | undefined): Role | undefined {
    for (const ref of refsIn(v)) {
      // A Lambda module's outputs (`module.fn.lambda_role_arn`) name the role it generates.
      const role = this.roles.get(ref) ?? this.roles.get(`${ref}.role`)
      if (role) return role
    }
    const literal = asString(v)
    if (!literal) return undefined
    const name = literal.includes(':role/') ? literal.split('/').pop() : literal
    return [...this.roles.values()].find(r => r.name?.value === name)
  }

  /** The resource of `type` a value names: a reference, or a literal matching its name. */
  resourceFor(v: Value | undefined, type: string): Resource | undefined {
    for (const ref of refsIn(v)) {
      const r = ref.startsWith(`${type}.`) ? this.resources.get(ref) : undefined
      if (r) return r
    }
    const modelled = this.moduleResource(v, type)
    if (modelled) return modelled
    const literal = asString(v)
    if (!literal) return undefined
    return this.service.resources.find(
      r =>
        r.type === type &&
        r.name !== undefined &&
        (r.name.value === literal || literal.endsWith(`:${String(r.name.value)}`))
    )
  }

  /**
   * The resource a registry module call was modelled as, named by one of its outputs
   * (`module.assets.s3_bucket_id`); a dead-letter queue's outputs name no modelled resource.
   */
  private moduleResource(v: Value | undefined, type: string): Resource | undefined {
    if (v?.kind !== 'symbolic' || /dead_letter|dlq/.test(v.expr)) return undefined
    for (const ref of refsIn(v)) {
      const r = ref.startsWith('module.') ? this.resources.get(ref) : undefined
      if (r?.type === type) return r
    }
    return undefined
  }
}
