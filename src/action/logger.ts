import type { Logger } from '../core/logger.js'
import { log } from './log.js'

export const actionsLogger: Logger = {
  info: m => log.info(m),
  warning: m => log.warning(m),
  debug: m => log.debug(m)
}
