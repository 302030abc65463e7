import type { Model } from '../model/types.js'
import type { ConfigFile } from '../policy/config/schema.js'
import type { FileSource } from '../sources/types.js'

/** How findings of one side are suppressed: the config's ignores, and inline comments in its files. */
export function suppressionOptions(
  config: ConfigFile,
  model: Model,
  source: FileSource,
  now: Date
) {
  return {
    ignores: config.ignore,
    allowInline: config['allow-inline-suppressions'],
    now,
    model,
    textOf: async (file: string) => {
      const r = await source.read(file)
      return 'text' in r ? r.text : undefined
    }
  }
}
