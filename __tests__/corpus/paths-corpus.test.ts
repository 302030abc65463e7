import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildModel } from '../../src/iac/build-model.js'
import { attackPathsOf } from '../../src/paths/index.js'
import { DirectorySource } from '../../src/sources/filesystem.js'

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'iac')
const run = existsSync(CORPUS) ? describe : describe.skip

// The corpus has templates without their lockfiles: paths here come from reach × permissions.
run('attack paths over the IaC corpus', () => {
  it('counts the paths by rule, each with its entry and grant on a line of its file', async () => {
    const byRule = new Map<string, number>()
    const samples: string[] = []
    for (const folder of ['serverless-framework', 'sam', 'cloudformation', 'terraform']) {
      const root = join(CORPUS, folder)
      const model = await buildModel(new DirectorySource(root), root)
      const none = { disabled: new Set<string>(), severities: new Map() }
      const { paths } = await attackPathsOf({ model }, async () => [], none)
      for (const p of paths) {
        byRule.set(p.rule.id, (byRule.get(p.rule.id) ?? 0) + 1)
        const entry = p.entries[0]
        const grant = p.grants[0]
        expect(entry?.location.line).toBeGreaterThan(0)
        if (samples.length < 8)
          samples.push(
            `${folder}/${entry?.location.file}:${entry?.location.line} ${p.rule.id}: ${entry?.label} → ${p.facts.functionId} → ${grant?.action} on ${grant?.resource} (${grant?.location.file}:${grant?.location.line})`
          )
      }
    }
    console.log(
      `attack paths by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}\n${samples.join('\n')}`
    )
    expect(byRule.size).toBeGreaterThanOrEqual(0)
  })
})
