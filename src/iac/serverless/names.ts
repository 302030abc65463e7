/** Logical ids the Serverless Framework generates, which `resources` may reference. */

export const GENERATED_ROLE_ID = 'IamRoleLambdaExecution'
export const REST_API_ID = 'ApiGatewayRestApi'
export const HTTP_API_ID = 'HttpApi'
export const WEBSOCKET_API_ID = 'WebsocketsApi'

/** The framework's name normalisation: `my-fn_x` → `MyDashfnUnderscorex`. */
export function normalizedName(key: string): string {
  const name = key.replace(/-/g, 'Dash').replace(/_/g, 'Underscore')
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** `hello` → `HelloLambdaFunction`. */
export function functionLogicalId(key: string): string {
  return `${normalizedName(key)}LambdaFunction`
}

/** The role the serverless-iam-roles-per-function plugin generates for a function. */
export function perFunctionRoleId(key: string): string {
  return `${key}IamRole`
}

/** The logical id the plugin gives that role in the stack. */
export function perFunctionRoleLogicalId(key: string): string {
  return `${normalizedName(key)}IamRoleLambdaExecution`
}
