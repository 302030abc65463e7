import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionlint } from './lint-workflow.js'

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows']

describe('workflows the project ships', () => {
  const files = WORKFLOW_DIRS.flatMap(dir =>
    readdirSync(dir)
      .filter(f => /\.ya?ml$/.test(f))
      .map(f => join(dir, f))
  )

  it.each(files)('%s passes actionlint', async file => {
    expect(await actionlint(readFileSync(file, 'utf8'), file)).toEqual([])
  })

  it('actionlint does report a broken workflow', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_field }}\n'
    expect((await actionlint(broken, 'broken.yml')).join('\n')).toMatch(/no_such_field/)
  })
})
