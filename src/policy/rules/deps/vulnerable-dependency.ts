import type { RuleMeta } from '../../types.js'

/**
 * Dependency findings come from the OSV lookup, not from a check over the model: this is their
 * rule in reports (SARIF, comments, the catalog) and in `rules:` and `ignore:` of the config.
 */
export const VULNERABLE_DEPENDENCY: RuleMeta = {
  id: 'vulnerable-dependency',
  title: 'Dependency with a known vulnerability',
  severity: 'high',
  area: 'dependencies',
  rationale:
    'A function ships its dependencies inside its deployment package, so a vulnerable library is a vulnerable function. The severity of each finding is that of its worst vulnerability (CVSS base score, else the advisory database rating).',
  remediation: {
    text: 'Upgrade the package to the version the finding names (the smallest that fixes all its known vulnerabilities), regenerate the lockfile, and deploy. If no fix exists, ignore the vulnerability in `vulnerabilities.ignore` with the reason and an expiry date.',
    snippets: {}
  },
  references: ['https://osv.dev/', 'https://google.github.io/osv.dev/api/'],
  compliance: ['OWASP-Serverless-Top10:SAS-6'],
  equivalents: {}
}
