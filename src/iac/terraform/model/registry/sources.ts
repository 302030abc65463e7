/**
 * Which module a call's `source` names, by the source alone: kept apart from the modelling code,
 * because listing and coverage need the answer without loading the Terraform reader.
 */

export type KnownModule = 'sqs' | 'sns' | 's3-bucket' | 'apigateway-v2' | 'dynamodb-table'

const NAMES = 'sqs|sns|s3-bucket|apigateway-v2|dynamodb-table'
const REGISTRY = new RegExp(`^(?:registry\\.terraform\\.io/)?terraform-aws-modules/(${NAMES})/aws$`)
const GITHUB = new RegExp(
  `github\\.com[/:]terraform-aws-modules/terraform-aws-(${NAMES})(?:\\.git)?$`
)

/** Which well-known module a source names; a submodule (`//modules/...`) is none of them. */
export function knownModuleOf(source: string): KnownModule | undefined {
  const base = moduleBase(source)
  const m = base === undefined ? null : (REGISTRY.exec(base) ?? GITHUB.exec(base))
  return m ? (m[1] as KnownModule) : undefined
}

const LAMBDA_REGISTRY = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws$/
const LAMBDA_GITHUB = /github\.com[/:]terraform-aws-modules\/terraform-aws-lambda(?:\.git)?$/

/** Whether a module source is the terraform-aws-modules Lambda module itself (not a submodule). */
export function isLambdaModule(source: string): boolean {
  const base = moduleBase(source)
  return base !== undefined && (LAMBDA_REGISTRY.test(base) || LAMBDA_GITHUB.test(base))
}

/**
 * A source without its `git::` prefix and query; undefined for a submodule (`//modules/...`,
 * such as the Lambda module's alias or deploy), which is not the module itself.
 */
function moduleBase(source: string): string | undefined {
  const [base = ''] = source.replace(/^git::/, '').split('?')
  return base.replace(/^[a-z+]+:\/\//, '').includes('//') ? undefined : base
}
