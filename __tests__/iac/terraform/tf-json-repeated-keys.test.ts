import { afterEach, describe, expect, it } from '@jest/globals'
import { findingsOf, modelOfRepo } from './support.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

/**
 * Terraform's JSON syntax keeps every property of an object, a name written twice included: a
 * block type (`resource`, a type, `statement`) written twice declares the blocks of each. A reader
 * that keeps only the last of them would not see what the first declares.
 */
const FUNCTION = {
  function_name: 'f',
  role: 'arn:aws:iam::123456789012:role/r',
  runtime: 'nodejs24.x',
  handler: 'i.h',
  filename: 'f.zip'
}
const URL_NONE = {
  function_name: '${aws_lambda_function.f.function_name}',
  authorization_type: 'NONE'
}
const json = (value: unknown) => JSON.stringify(value, null, 2)

describe('.tf.json properties written twice', () => {
  it('a resource section written twice: the resources of both are read', async () => {
    const first = json({
      aws_lambda_function: { f: FUNCTION },
      aws_lambda_function_url: { u: URL_NONE }
    })
    const text = `{\n"resource": ${first},\n"resource": ${json({ aws_sqs_queue: { q: {} } })}\n}\n`
    const model = await modelOfRepo({ 'main.tf.json': text }, cleanups)
    expect(model.diagnostics).toEqual([])
    expect(findingsOf(model, 'lambda-url-auth-none')).toEqual(['main.tf.json:15'])
    expect(model.services[0]?.resources.map(r => r.id)).toContain('aws_sqs_queue.q')
  })

  it('a resource type written twice: the resources of both are read', async () => {
    const text = `{"resource": {\n"aws_lambda_function": ${json({ f: FUNCTION })},\n"aws_lambda_function_url": ${json({ u: URL_NONE })},\n"aws_lambda_function_url": {}\n}}\n`
    const model = await modelOfRepo({ 'main.tf.json': text }, cleanups)
    expect(findingsOf(model, 'lambda-url-auth-none')).toEqual(['main.tf.json:14'])
  })

  it('a nested block written twice: both blocks are read', async () => {
    const admin = { actions: ['*'], resources: ['*'] }
    const logs = { actions: ['logs:PutLogEvents'], resources: ['*'] }
    const text = [
      '{',
      '  "data": { "aws_iam_policy_document": { "p": {',
      `    "statement": ${JSON.stringify(admin)},`,
      `    "statement": ${JSON.stringify(logs)}`,
      '  } } },',
      '  "resource": {',
      `    "aws_lambda_function": ${JSON.stringify({ f: { ...FUNCTION, role: '${aws_iam_role.r.arn}' } })},`,
      '    "aws_iam_role": { "r": { "assume_role_policy": "{}" } },',
      '    "aws_iam_role_policy": { "p": { "role": "${aws_iam_role.r.id}", "policy": "${data.aws_iam_policy_document.p.json}" } }',
      '  }',
      '}'
    ].join('\n')
    const model = await modelOfRepo({ 'main.tf.json': text }, cleanups)
    const role = model.services[0]?.roles.find(r => r.id === 'aws_iam_role.r')
    const statements = role?.policies.flatMap(p => p.document?.statements ?? []) ?? []
    expect(statements.map(s => s.loc?.line)).toEqual([3, 4])
    expect(findingsOf(model, 'iam-admin-access')).toEqual(['main.tf.json:3'])
  })
})

describe('.tf.json dynamic blocks', () => {
  it('are the blocks they generate, as in HCL', async () => {
    const text = JSON.stringify(
      {
        data: {
          aws_iam_policy_document: {
            p: {
              statement: { actions: ['logs:PutLogEvents'], resources: ['*'] },
              dynamic: {
                statement: {
                  for_each: ['*'],
                  iterator: 'action',
                  content: { actions: ['${action.value}'], resources: ['*'] }
                }
              }
            }
          }
        },
        resource: {
          aws_lambda_function: { f: { ...FUNCTION, role: '${aws_iam_role.r.arn}' } },
          aws_iam_role: { r: { assume_role_policy: '{}' } },
          aws_iam_role_policy: {
            p: { role: '${aws_iam_role.r.id}', policy: '${data.aws_iam_policy_document.p.json}' }
          }
        }
      },
      null,
      2
    )
    const model = await modelOfRepo({ 'main.tf.json': text }, cleanups)
    expect(model.diagnostics).toEqual([])
    expect(findingsOf(model, 'iam-admin-access')).toEqual(['main.tf.json:21'])
    const role = model.services[0]?.roles.find(r => r.id === 'aws_iam_role.r')
    expect(role?.policies.flatMap(p => p.document?.statements ?? [])).toHaveLength(2)
  })
})
