import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { repoParams, startPull, type PullFixture } from './support.js'

let fixture: PullFixture

// Untyped routes: these requests carry bodies octokit's types would not let a client send.
const UPDATE_RUN: string = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'
const CREATE_RUN: string = 'POST /repos/{owner}/{repo}/check-runs'

beforeAll(async () => {
  fixture = await startPull(
    { 'template.yaml': 'Resources: {}\n' },
    { write: { 'template.yaml': 'Resources:\n  Bucket: {}\n' } }
  )
})

afterAll(async () => fixture?.close())

const annotation = (i: number) => ({
  path: 'template.yaml',
  start_line: 2,
  end_line: 2,
  annotation_level: 'failure' as const,
  message: `finding ${i}`,
  title: `rule-${i}`
})
const annotations = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => annotation(from + i))

describe('check runs', () => {
  it('creates a run with 50 annotations and refuses 51 in one request', async () => {
    const { octokit, head } = fixture
    const { status, data: run } = await octokit.rest.checks.create({
      ...repoParams,
      name: 'serverless-gate',
      head_sha: head,
      status: 'in_progress',
      output: { title: 'Scanning', summary: 'first batch', annotations: annotations(0, 50) }
    })
    expect(status).toBe(201)
    expect(run).toMatchObject({ status: 'in_progress', conclusion: null, head_sha: head })
    expect(run.output.annotations_count).toBe(50)
    expect(run).not.toHaveProperty('annotations')
    const tooMany = octokit.rest.checks.create({
      ...repoParams,
      name: 'serverless-gate',
      head_sha: head,
      output: { title: 't', summary: 's', annotations: annotations(0, 51) }
    })
    await expect(tooMany).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.'
        }
      }
    })
    expect(fixture.server.state.checkRuns).toHaveLength(1)
  })

  it('appends the annotations of each update and completes the run with its conclusion', async () => {
    const { octokit, server } = fixture
    const run = server.state.checkRuns[0]
    if (!run) throw new Error('the first test creates the run')
    for (const from of [50, 100]) {
      await octokit.rest.checks.update({
        ...repoParams,
        check_run_id: run.id,
        output: {
          title: 'Scanning',
          summary: `batch from ${from}`,
          annotations: annotations(from, 50)
        }
      })
    }
    const { data: done } = await octokit.rest.checks.update({
      ...repoParams,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: '150 findings', summary: 'done' }
    })
    expect(done).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '150 findings', annotations_count: 150 }
    })
    expect(done.completed_at).toEqual(expect.stringMatching(/Z$/))
    expect(server.state.checkRuns[0]?.annotations.map(a => a.message)).toEqual(
      Array.from({ length: 150 }, (_, i) => `finding ${i}`)
    )
    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, {
      ...repoParams,
      check_run_id: run.id
    })
    expect(listed).toHaveLength(150)
    expect(listed[149]).toMatchObject({
      path: 'template.yaml',
      start_line: 2,
      annotation_level: 'failure',
      title: 'rule-149'
    })
  })

  it.each([
    ['a missing message', { message: undefined }, '"message" wasn\'t supplied.'],
    [
      'an unknown level',
      { annotation_level: 'error' },
      'is not a member of ["notice","warning","failure"]'
    ],
    [
      'a text start line',
      { start_line: 'two' },
      `For 'properties/start_line', "two" is not an integer.`
    ],
    ['an end before the start', { start_line: 3, end_line: 1 }, 'do not describe a range of lines'],
    [
      'columns across lines',
      { end_line: 4, start_column: 1, end_column: 2 },
      'start_column and end_column'
    ],
    ['a title over 255 characters', { title: 't'.repeat(256) }, 'Validation Failed'],
    // 64 KB in bytes: 22,000 three-byte characters are 66,000 bytes.
    ['a message over 64 KB', { message: '€'.repeat(22_000) }, 'Validation Failed'],
    ['raw details over 64 KB', { raw_details: 'x'.repeat(65_537) }, 'Validation Failed']
  ])('refuses an annotation with %s and keeps the run as it was', async (_, change, reason) => {
    const { octokit, server } = fixture
    const run = server.state.checkRuns[0]
    const before = run?.annotations.length
    const attempt = octokit.request(UPDATE_RUN, {
      ...repoParams,
      check_run_id: run?.id ?? 0,
      output: {
        title: 't',
        summary: 's',
        annotations: [annotation(0), { ...annotation(1), ...change }]
      }
    })
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: { data: { message: expect.stringContaining(reason) } }
    })
    expect(server.state.checkRuns[0]?.annotations.length).toBe(before)
  })

  it('checks status, conclusion and summary length as documented', async () => {
    const { octokit, head } = fixture
    const create = (body: Record<string, unknown>) =>
      octokit.request(CREATE_RUN, {
        ...repoParams,
        name: 'gate',
        head_sha: head,
        ...body
      })
    await expect(create({ status: 'completed' })).rejects.toMatchObject({ status: 422 })
    await expect(create({ conclusion: 'passed' })).rejects.toMatchObject({ status: 422 })
    await expect(create({ conclusion: 'stale' })).rejects.toMatchObject({ status: 422 })
    await expect(
      create({ output: { title: 't', summary: 'x'.repeat(65_536) } })
    ).rejects.toMatchObject({
      response: {
        data: {
          message: 'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.'
        }
      }
    })
    await expect(create({ head_sha: 'f'.repeat(40) })).rejects.toMatchObject({ status: 422 })
    const { data } = await create({
      conclusion: 'success',
      output: { title: 'ok', summary: 'x'.repeat(65_535) }
    })
    expect(data).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  it('lists the latest run of each name for a commit', async () => {
    const { octokit, head } = fixture
    const { data } = await octokit.rest.checks.listForRef({ ...repoParams, ref: head })
    expect(data.check_runs.map(run => [run.name, run.conclusion])).toEqual([
      ['gate', 'success'],
      ['serverless-gate', 'failure']
    ])
    const byBranch = await octokit.rest.checks.listForRef({
      ...repoParams,
      ref: 'feature',
      check_name: 'gate'
    })
    expect(byBranch.data.total_count).toBe(1)
  })
})
