import { afterEach, describe, expect, it } from '@jest/globals'
import { commit, initRepo } from '../helpers/git-repo.js'
import { runAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

/** `count` functions with a public URL: each a high finding. */
const publicFunctions = (count: number) =>
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n' +
  Array.from({ length: count }, (_, i) => `  f${i}:\n    handler: f${i}.h\n    url: true\n`).join(
    ''
  )

describe('workflow annotations', () => {
  it('keeps within the 10 errors GitHub shows, the files it could not check first, and counts the rest', async () => {
    const { root, cleanup } = tempRepo({})
    cleanups.push(cleanup)
    initRepo(root)
    // Files sort before serverless.yml and its findings would, were they annotated in any order.
    commit(
      root,
      {
        'serverless.yml': publicFunctions(15),
        'stacks/z.template.json': '{"Resources": {'
      },
      'fifteen public URLs and a broken template'
    )
    const r = await runAction({
      workspace: root,
      eventName: 'schedule',
      fromSource: true,
      inputs: { 'github-token': '', 'check-name': '' }
    })
    expect(r.code).toBe(2)
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'))
    // Nine annotations and the step's own failure: what GitHub shows of a step.
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(errors[0]).toMatch(
      /^::error title=serverless-gate%3A could not be checked,file=stacks\/z.template.json,line=1/
    )
    expect(errors.filter(l => l.includes('lambda-url-auth-none'))).toHaveLength(7)
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^::error::\d+ more files that could not be checked or findings not annotated: GitHub shows at most 10 annotations of a kind per step; the job summary lists every one$/
      )
    )
    expect(r.summary.match(/lambda-url-auth-none/g)?.length).toBeGreaterThanOrEqual(15)
  })
})
