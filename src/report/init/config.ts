import type { Format } from '../../model/types.js'

/** What `init` found in a repository, to describe in the config file it writes. */
export interface DetectedRepository {
  services: { name: string; format: Format; path: string; dir: string; functions: number }[]
  lockfiles: { path: string; ecosystem: string }[]
}

export const FORMAT_NAMES: Record<Format, string> = {
  serverless: 'Serverless Framework',
  sam: 'AWS SAM',
  cloudformation: 'CloudFormation',
  terraform: 'Terraform'
}

/**
 * A commented `.serverless-gate.yml`: what was found, then every main setting at its built-in
 * default with what it does. Names from the repository only appear in comments, made safe first.
 */
export function renderStarterConfig(found: DetectedRepository): string {
  return `# serverless-gate settings: https://github.com/serverless-gate/serverless-gate#configuration
# Written by \`serverless-gate init\` for what it found in this repository:
#
${foundLines(found)}
#
# Every value below is the built-in default: change what your team needs. A mistake in this file
# is an error that names its line; it is never silently ignored.
version: 1

# Fail at or above this severity: critical | high | medium | low | none.
fail-on-severity: high

# In a pull request, fail on what it introduces (new) or on every finding (all).
gate-on: new

# iac: the templates listed above; deps: known vulnerabilities (OSV) of the lockfiles' packages.
scanners: [iac, deps]

# What a scan error does: fail (never "pass" because something could not be checked) or warn.
on-error: fail

# Scan only these paths (globs); empty: the whole repository.
paths: []

# Paths to skip, on top of .gitignore (test fixtures, generated templates, ...).
exclude-paths: []

# Switch a rule off or change its severity (\`serverless-gate rules\` lists them):
# rules:
#   lambda-tracing-disabled:
#     severity: medium

# Reviewed exceptions, each with its reason and, best, an expiry date:
# ignore:
#   - rule: iam-wildcard-action[s3:*]
#     path: ${commentSafe(exampleGlob(found))}
#     reason: the export bucket is the function's scratch space
#     expires: 2027-03-31
`
}

function foundLines(found: DetectedRepository): string {
  const services = found.services.map(s => {
    const functions = `${s.functions} function${s.functions === 1 ? '' : 's'}`
    return [FORMAT_NAMES[s.format], s.name, `${s.path} (${functions})`]
  })
  const lockfiles = found.lockfiles.map(l => [`lockfile (${l.ecosystem})`, '', l.path])
  const rows = [...services, ...lockfiles].map(row => row.map(commentSafe))
  if (rows.length === 0) {
    return '#   no infrastructure-as-code or lockfile yet: the gate reads Serverless Framework, SAM,\n#   CloudFormation (and CDK output) and Terraform, and the lockfiles of every Lambda runtime.'
  }
  const widths = [0, 1].map(i => Math.max(...rows.map(r => r[i]!.length)))
  return rows
    .map(r => `#   ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`.trimEnd())
    .join('\n')
}

function exampleGlob(found: DetectedRepository): string {
  const dir = found.services[0]?.dir
  return dir && dir !== '.' ? `${dir}/**` : '**'
}

/** Repository names as comment text: no line breaks or control characters to end the comment. */
function commentSafe(text: string): string {
  return [...text].map(c => (isControl(c.codePointAt(0)!) ? '?' : c)).join('')
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
}
