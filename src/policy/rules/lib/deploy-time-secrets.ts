import type { SymbolicValue } from '../../../model/value.js'
import { isSecretName } from './secrets.js'

/**
 * Values that the deployment tool fetches from a secret store (or the deployer's environment) and
 * writes into the deployed configuration: Serverless `${ssm:...}`, `${env:...}`, CloudFormation
 * `{{resolve:secretsmanager:...}}`, Terraform data sources. Once deployed, they are plain text in
 * the function configuration (and in the Terraform state).
 */

export interface DeployTimeSource {
  /** Where the value comes from, in words: "Secrets Manager", "an SSM parameter". */
  store: string
  /** Whether the store itself says the value is secret (Secrets Manager, SecureString). */
  secretStore: boolean
}

const TF_SECRET_DATA = 'data.aws_secretsmanager_secret_version.'
const TF_SSM_DATA = 'data.aws_ssm_parameter.'

/** Where a symbolic value is fetched from at deploy time, or undefined when it is not. */
export function deployTimeSource(v: SymbolicValue): DeployTimeSource | undefined {
  const fn = dynamicReferenceIn(v) ?? v.fn.toLowerCase()
  if (fn === 'secretsmanager' || fn === 'resolve:secretsmanager') {
    return { store: 'Secrets Manager', secretStore: true }
  }
  if (fn === 'resolve:ssm-secure') return { store: 'an SSM SecureString', secretStore: true }
  if (fn === 'ssm' || fn === 'resolve:ssm' || (fn === 'aws' && /ssm/i.test(v.expr))) {
    if (/\/aws\/reference\/secretsmanager\//i.test(v.expr)) {
      return { store: 'Secrets Manager (through SSM)', secretStore: true }
    }
    // `${ssm:/path~true}` is the older syntax asking for a decrypted SecureString.
    const decrypted = /~true\b/.test(v.expr)
    return { store: decrypted ? 'an SSM SecureString' : 'an SSM parameter', secretStore: decrypted }
  }
  if (fn === 'env') return { store: "the deployer's environment", secretStore: false }
  if (v.refs.some(r => r.startsWith(TF_SECRET_DATA))) {
    return { store: 'Secrets Manager', secretStore: true }
  }
  if (v.refs.some(r => r.startsWith(TF_SSM_DATA))) {
    return { store: 'an SSM parameter', secretStore: false }
  }
  return undefined
}

/**
 * A dynamic reference built with `Fn::Sub` or `Fn::Join` (`!Sub '{{resolve:secretsmanager:${Env}-db}}'`)
 * is resolved like a written one: its kind, as `resolve:<service>`.
 */
function dynamicReferenceIn(v: SymbolicValue): string | undefined {
  if (v.fn !== 'Fn::Sub' && v.fn !== 'Fn::Join') return undefined
  const service = /\{\{resolve:(secretsmanager|ssm-secure|ssm):/i.exec(v.expr)?.[1]
  return service ? `resolve:${service.toLowerCase()}` : undefined
}

/** Words in a parameter path or variable name that say it holds a secret. */
const SECRET_PATH =
  /pass(?:word|wd|phrase)?|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key/i

/**
 * Whether a deploy-time value is a secret: it comes from a secret store, or the variable's name or
 * the path it is read from says so.
 */
export function isDeployTimeSecret(
  variableName: string,
  v: SymbolicValue,
  source: DeployTimeSource
): boolean {
  return source.secretStore || isSecretName(variableName) || SECRET_PATH.test(pathOf(v))
}

/** The address part of the expression (`/app/db-password`), without the source prefix. */
function pathOf(v: SymbolicValue): string {
  return v.expr.replace(/^\$\{[a-z]+:|^\{\{resolve:[a-z-]+:/i, '')
}
