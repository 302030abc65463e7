import * as core from '@actions/core'
import { logLine } from '../report/plain-text.js'

/**
 * The action's own log lines. Messages carry repository strings (file names, resource ids,
 * values), and the runner reads any stdout line that starts with `::` as a workflow command:
 * `core.info` writes raw, so each message is made one plain line first. `core.warning`,
 * `core.error` and `core.debug` escape line breaks themselves, but not terminal escapes or
 * other controls, so their messages are made plain too.
 */
export const log = {
  info: (message: string): void => core.info(logLine(message)),
  warning: (message: string, properties?: core.AnnotationProperties): void =>
    core.warning(logLine(message), properties),
  error: (message: string, properties?: core.AnnotationProperties): void =>
    core.error(logLine(message), properties),
  debug: (message: string): void => core.debug(logLine(message)),
  /** Fails the step with a message, as `core.setFailed` does. */
  failed: (message: string): void => core.setFailed(logLine(message))
}
