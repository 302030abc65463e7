import { afterEach, describe, expect, it } from '@jest/globals'
import { commit, initRepo } from '../helpers/git-repo.js'
import { OWNER, REPO, TOKEN } from '../github-server/support.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { runAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const SAFE =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    reservedConcurrency: 5\n'

describe('scheduled audit, end to end', () => {
  it('opens the tracking issue when findings appear, updates it in place, and closes it when the repository is clean', async () => {
    const { root, cleanup } = tempRepo({})
    cleanups.push(cleanup)
    initRepo(root)
    commit(root, { 'serverless.yml': `${SAFE}    url: true\n` }, 'a public URL')
    const server = await createGitHubServer({
      repoDir: root,
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
      pulls: []
    })
    cleanups.push(() => server.close())
    const audit = () =>
      runAction({
        workspace: root,
        eventName: 'schedule',
        inputs: {
          'github-token': TOKEN,
          'audit-issue': 'true',
          'check-name': '',
          'fail-on-severity': 'high'
        },
        env: {
          GITHUB_API_URL: server.url,
          GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
          GITHUB_RUN_ID: '7'
        }
      })
    const tracked = () =>
      server.state.issues.filter(i =>
        i.labels.some(l => (typeof l === 'string' ? l : l.name) === 'serverless-gate')
      )

    const first = await audit()
    expect(first.outputs.result).toBe('fail')
    expect(tracked()).toHaveLength(1)
    expect(tracked()[0]).toMatchObject({ state: 'open' })
    expect(tracked()[0]?.body).toMatch(/lambda-url-auth-none/)

    commit(
      root,
      { 'serverless.yml': `${SAFE}    url: true\n  b:\n    handler: b.h\n    url: true\n` },
      'another public URL'
    )
    await audit()
    expect(tracked()).toHaveLength(1)
    expect(tracked()[0]?.body).toMatch(/`b`/)

    commit(
      root,
      {
        'serverless.yml': SAFE.replace(
          'runtime: nodejs22.x',
          'runtime: nodejs22.x\n  tracing:\n    lambda: true'
        )
      },
      'fixed'
    )
    const clean = await audit()
    expect(clean.outputs.result).toBe('pass')
    expect(tracked()).toHaveLength(1)
    expect(tracked()[0]).toMatchObject({ state: 'closed' })
    expect(server.state.issueComments.some(c => /clean/i.test(c.body))).toBe(true)
  }, 120_000)

  it('never closes the tracking issue on a run with errors, and names the files it could not check', async () => {
    const { root, cleanup } = tempRepo({})
    cleanups.push(cleanup)
    initRepo(root)
    commit(root, { 'serverless.yml': `${SAFE}    url: true\n` }, 'a public URL')
    const server = await createGitHubServer({
      repoDir: root,
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
      pulls: []
    })
    cleanups.push(() => server.close())
    const audit = () =>
      runAction({
        workspace: root,
        eventName: 'schedule',
        inputs: { 'github-token': TOKEN, 'audit-issue': 'true', 'check-name': '' },
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` }
      })
    const tracked = () =>
      server.state.issues.filter(i =>
        i.labels.some(l => (typeof l === 'string' ? l : l.name) === 'serverless-gate')
      )
    expect((await audit()).outputs.result).toBe('fail')
    expect(tracked()[0]).toMatchObject({ state: 'open' })

    // The finding is fixed, but a lockfile is an LFS pointer and a template nests too deep.
    const deep = `{"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{"Tags":${'['.repeat(5000)}${']'.repeat(5000)}}}}}`
    commit(
      root,
      {
        'serverless.yml': SAFE.replace(
          'runtime: nodejs22.x',
          'runtime: nodejs22.x\n  tracing:\n    lambda: true'
        ),
        'package-lock.json':
          'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 19624512\n',
        'cdk.out/App.template.json': deep
      },
      'fixed, but two files cannot be checked'
    )
    const errored = await audit()
    expect(errored.code).toBe(2)
    expect(errored.outputs.result).toBe('error')
    expect(tracked()).toHaveLength(1)
    expect(tracked()[0]).toMatchObject({ state: 'open' })
    expect(tracked()[0]?.title).toMatch(/2 files could not be checked/)
    const body = tracked()[0]?.body ?? ''
    expect(body).toMatch(/Could not be checked \(2\)/)
    expect(body.match(/package-lock\.json/g)).toHaveLength(1)
    expect(body.match(/cdk\.out\/App\.template\.json/g)).toHaveLength(1)
    expect(body).toMatch(/lfs: true/)
    expect(server.state.issueComments.some(c => /clean/i.test(c.body))).toBe(false)
  }, 120_000)
})
