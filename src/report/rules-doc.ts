import { SEVERITIES } from '../policy/config/schema.js'
import { pathMatrixMarkdown } from '../policy/rules/paths/matrix.js'
import type { RuleMeta } from '../policy/types.js'

const AREAS: Record<string, string> = {
  functions: 'Functions',
  iam: 'IAM',
  api: 'API',
  data: 'Data, messaging and secrets',
  diff: 'Diff-native (base vs head)',
  dependencies: 'Dependencies',
  paths: 'Attack paths',
  policy: 'Policy',
  custom: 'Custom'
}

/** `docs/rules.md`, generated from the rules' own metadata (a test fails when it is stale). */
export function renderRulesMarkdown(rules: readonly RuleMeta[]): string {
  const out = [
    '# Rules',
    '',
    "Generated from the rules' metadata by `serverless-gate rules --format markdown`; do not edit by hand.",
    '',
    `${rules.length} rules. Ids are stable: use them in \`.serverless-gate.yml\` (\`rules:\`, \`ignore:\`) and in suppressions.`,
    '',
    '| id | title | severity | area |',
    '|---|---|---|---|',
    ...rules.map(
      r => `| [\`${r.id}\`](#${r.id}) | ${r.title} | ${r.severity} | ${AREAS[r.area] ?? r.area} |`
    )
  ]
  if (rules.some(r => r.area === 'paths'))
    out.push('', '## Attack-path severity matrix', '', pathMatrixMarkdown())
  for (const r of rules) out.push('', ...ruleSection(r))
  return `${out.join('\n')}\n`
}

function ruleSection(r: RuleMeta): string[] {
  const eq = Object.entries(r.equivalents)
    .filter(([, ids]) => ids && ids.length > 0)
    .map(([tool, ids]) => `${tool}: ${(ids ?? []).join(', ')}`)
  return [
    `## ${r.id}`,
    '',
    `**${r.title}** — default severity **${r.severity}**, area ${AREAS[r.area] ?? r.area}.`,
    '',
    r.rationale,
    '',
    `**How to fix:** ${r.remediation.text}`,
    ...Object.entries(r.remediation.snippets).flatMap(([format, snippet]) => [
      '',
      `${format}:`,
      '',
      '```',
      snippet,
      '```'
    ]),
    ...(r.references.length > 0
      ? ['', `References: ${r.references.map(u => `<${u}>`).join(', ')}`]
      : []),
    ...(r.compliance.length > 0 ? ['', `Compliance: ${r.compliance.join(', ')}`] : []),
    ...(eq.length > 0 ? ['', `Equivalent checks: ${eq.join('; ')}`] : [])
  ]
}

export function renderRulesText(rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map(r => r.id.length))
  const sorted = [...rules].sort(
    (a, b) =>
      a.area.localeCompare(b.area) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  )
  return `${sorted.map(r => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.title}`).join('\n')}\n`
}
