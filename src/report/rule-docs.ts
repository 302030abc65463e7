/** Where each rule is documented (kept apart from the catalog, which reports need only by id). */
export const DOCS_BASE =
  'https://github.com/serverless-gate/serverless-gate/blob/main/docs/rules.md'

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}#${id}`
}
