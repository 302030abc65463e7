import packageJson from '../../package.json' with { type: 'json' }

/** What produced a report: the bundle embeds package.json's name and version at build time. */
export const TOOL_NAME = 'serverless-gate'
export const TOOL_VERSION: string = packageJson.version
