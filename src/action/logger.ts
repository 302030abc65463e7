import * as core from '@actions/core'
import type { Logger } from '../core/logger.js'

export const actionsLogger: Logger = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  debug: m => core.debug(m)
}
