import type { AuthType } from '../../model/types.js'
import { entry, get, isMap, type MapValue } from '../../model/value.js'
import type { AuthorizerOverlay } from '../cloudformation/openapi/index.js'
import { authorizerKind, namedAuthorizer } from './api-events.js'

/**
 * What a SAM API's `Auth` adds to its OpenAPI definition: SAM writes each of `Authorizers` (and
 * `AWS_IAM`) as a security scheme, and gives `DefaultAuthorizer` to every integrated operation
 * whose `security` names none of them (an explicit `security: []` included).
 */
export function samAuthOverlay(props: MapValue): AuthorizerOverlay {
  const auth = get(props, 'Auth')
  const authorizers = get(auth, 'Authorizers')
  const typeOf = (name: string): AuthType | undefined => {
    if (name === 'AWS_IAM') return 'iam'
    return isMap(authorizers) && entry(authorizers, name)
      ? authorizerKind(get(authorizers, name))
      : undefined
  }
  const chosen = entry(auth, 'DefaultAuthorizer')
  const defaultAuth = chosen ? namedAuthorizer(chosen, auth) : undefined
  // `DefaultAuthorizer: NONE` adds nothing.
  return { typeOf, defaultAuth: defaultAuth?.type === 'none' ? undefined : defaultAuth }
}
