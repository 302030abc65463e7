/**
 * A structural check of the Mermaid flowcharts the gate writes: the header, node definitions with
 * quoted labels, edges between defined nodes (optionally labelled), class definitions. Labels may
 * hold only letters, digits, spaces, `./:_*-` and entity codes (`#60;`): nothing that could end a
 * label, the diagram or the Markdown fence around it.
 */
const SAFE_LABEL = /^(?:[A-Za-z0-9 ./:_*-]|#\d+;)*$/
const NODE = /^ {2}(n\d+)\["([^"]*)"\]:::([a-z]+)$/
const EDGE = /^ {2}(n\d+) -->(?:\|([^|]*)\|)? (n\d+)$/
const CLASS_DEF = /^ {2}classDef [a-z]+ [a-z-]+:#[0-9a-f]{6}(?:,[a-z-]+:#[0-9a-f]{6})*$/

export function flowchartProblems(diagram: string): string[] {
  const lines = diagram.split('\n')
  const problems: string[] = []
  if (lines[0] !== 'flowchart LR') problems.push(`header: ${lines[0]}`)
  const nodes = new Set<string>()
  const classes = new Set<string>()
  const used: { cls: string; line: string }[] = []
  for (const line of lines.slice(1)) {
    const node = NODE.exec(line)
    const edge = EDGE.exec(line)
    if (node) {
      const [, id, label, cls] = node as unknown as [string, string, string, string]
      if (nodes.has(id)) problems.push(`node defined twice: ${line}`)
      nodes.add(id)
      if (!SAFE_LABEL.test(label)) problems.push(`unescaped label: ${line}`)
      used.push({ cls, line })
    } else if (edge) {
      const [, from, label, to] = edge as unknown as [string, string, string | undefined, string]
      if (!nodes.has(from) || !nodes.has(to)) problems.push(`edge to an undefined node: ${line}`)
      if (label !== undefined && !SAFE_LABEL.test(label))
        problems.push(`unescaped edge label: ${line}`)
    } else if (CLASS_DEF.test(line)) {
      classes.add(line.trim().split(' ')[1] as string)
    } else problems.push(`not a flowchart statement: ${line}`)
  }
  for (const u of used) if (!classes.has(u.cls)) problems.push(`undefined class: ${u.line}`)
  if (nodes.size === 0) problems.push('no nodes')
  return problems
}

/** The Mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(m => m[1] as string)
}
