export const TOOL_NAME = 'serverless-gate'
export const TOOL_VERSION = '0.1.0'
