import { PackageCollector } from '../shared/collector.js'
import { namedFiles } from '../shared/paths.js'
import { checkLocalPath } from '../shared/links.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { readDirectives, type Directive } from './directives.js'

/**
 * `go.mod`: the modules it requires, `// indirect` ones marked not direct, `replace`
 * directives applied (a replacement by a local folder is reported as not queryable). Versions
 * lose their leading `v`, as OSV's Go records write them.
 */
export const goModParser: LockfileParser = {
  id: 'go/go-mod',
  ecosystem: 'Go',
  ...namedFiles('go.mod'),
  parse: parseGoMod,
  content: { recognises: /^\s*(module|go|require)\b/m, expected: 'a `module` directive' }
}

/** The directives of the go.mod reference; the go command refuses any other. */
const DIRECTIVES = new Set([
  'module',
  'go',
  'toolchain',
  'godebug',
  'require',
  'exclude',
  'replace',
  'retract',
  'tool',
  'ignore'
])

interface Replacement {
  fromVersion?: string
  to: string
  toVersion?: string
  line: number
}

function parseGoMod(text: string, file: string, options?: ParseOptions): LockfileResult {
  const out = new PackageCollector(file, 'Go')
  const { directives, problems } = readDirectives(text)
  for (const p of problems) out.error(p.message, 'parse-error', { line: p.line })
  for (const d of directives.filter(d => !DIRECTIVES.has(d.verb)))
    out.error(`unknown directive ${JSON.stringify(d.verb)}: not a go.mod line`, 'parse-error', {
      line: d.line
    })
  const replacements = readReplacements(directives, out)
  for (const r of [...replacements.values()].flat())
    if (r.toVersion === undefined) checkLocalPath(r.to, { line: r.line }, out, options)
  for (const d of directives.filter(d => d.verb === 'require')) {
    const [path, version] = d.args
    out.entries++
    if (!path || !version || d.args.length !== 2) {
      out.error(
        `expected "module/path version" in a require, found ${JSON.stringify(d.args.join(' '))}`,
        'parse-error',
        { line: d.line }
      )
      continue
    }
    const replacement = replacementFor(replacements, path, version)
    const flags = { direct: !d.indirect }
    if (!replacement) {
      out.add(path, goVersion(version), out.at({ line: d.line }), flags)
    } else if (replacement.toVersion === undefined) {
      out.addUnpinned(path, replacement.to, 'path', out.at({ line: replacement.line }), flags)
    } else {
      out.add(
        replacement.to,
        goVersion(replacement.toVersion),
        out.at({ line: replacement.line }),
        flags
      )
    }
  }
  return out.finish()
}

/** `replace old [v] => new v` (a module) or `replace old [v] => ../folder` (a local copy). */
function readReplacements(
  directives: Directive[],
  out: PackageCollector
): Map<string, Replacement[]> {
  const byPath = new Map<string, Replacement[]>()
  for (const d of directives.filter(d => d.verb === 'replace')) {
    const arrow = d.args.indexOf('=>')
    const [from, fromVersion] = d.args.slice(0, arrow)
    const [to, toVersion] = d.args.slice(arrow + 1)
    if (arrow < 1 || arrow > 2 || !from || !to) {
      out.error(
        `expected "old [version] => new [version]" in a replace, found ${JSON.stringify(d.args.join(' '))}`,
        'parse-error',
        { line: d.line }
      )
      continue
    }
    const list = byPath.get(from) ?? []
    list.push({ fromVersion, to, toVersion, line: d.line })
    byPath.set(from, list)
  }
  return byPath
}

/** A replacement of this exact version wins over one of every version. */
function replacementFor(byPath: Map<string, Replacement[]>, path: string, version: string) {
  const list = byPath.get(path) ?? []
  return list.find(r => r.fromVersion === version) ?? list.find(r => r.fromVersion === undefined)
}

function goVersion(version: string): string {
  return version.startsWith('v') ? version.slice(1) : version
}
