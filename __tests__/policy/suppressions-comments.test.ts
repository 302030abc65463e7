import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

/** The finding of `ruleId` in a one-file scan, and whether a suppression took it. */
async function findingOf(file: string, text: string, ruleId: string) {
  const r = await scanFiles({ [file]: text })
  const found = r.findings.filter(f => f.ruleId === ruleId)
  expect(found).toHaveLength(1)
  return found[0]
}

const MARK = 'serverless-gate:ignore iam-wildcard-action reviewed'

const slsWith = (statement: string) => `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
${statement}
functions:
  create:
    handler: src/create.handler
`

const cfnJson = (sid: string) => `{
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
        "Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": [
          {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*", "Sid": "${sid}"}
        ]}}]
      }
    },
    "Fn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {"Runtime": "nodejs22.x", "Handler": "i.h", "Code": {"ZipFile": "x"}, "Role": {"Fn::GetAtt": ["Role", "Arn"]}},
      "Description": "# ${MARK}"
    }
  }
}
`

const tfWith = (policyLine: string) => `resource "aws_iam_role" "fn" {
  name               = "fn"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "fn" {
  role   = aws_iam_role.fn.id
${policyLine}
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "fn.zip"
  role          = aws_iam_role.fn.arn
}
`

describe('inline suppressions are real comments only', () => {
  it('YAML: a comment suppresses, the marker in a quoted Sid does not', async () => {
    const comment = `        - Effect: Allow # ${MARK}\n          Action: s3:*\n          Resource: arn:aws:s3:::b/*`
    const quoted = `        - Sid: "x # ${MARK}"\n          Effect: Allow\n          Action: s3:*\n          Resource: arn:aws:s3:::b/*`
    const single = `        - Sid: 'x # ${MARK}'\n          Effect: Allow\n          Action: s3:*\n          Resource: arn:aws:s3:::b/*`
    const wildcard = 'iam-wildcard-action'
    expect(
      (await findingOf('serverless.yml', slsWith(comment), wildcard))?.suppressed
    ).toBeDefined()
    expect(
      (await findingOf('serverless.yml', slsWith(quoted), wildcard))?.suppressed
    ).toBeUndefined()
    expect(
      (await findingOf('serverless.yml', slsWith(single), wildcard))?.suppressed
    ).toBeUndefined()
  })

  it('YAML: the marker as a line of a block scalar does not suppress', async () => {
    const block = `        - Effect: Allow\n          Sid: |\n            # ${MARK}\n          Action: s3:*\n          Resource: arn:aws:s3:::b/*`
    const folded = `        - Sid: >-\n            x # ${MARK}\n          Effect: Allow\n          Action: s3:*\n          Resource: arn:aws:s3:::b/*`
    const wildcard = 'iam-wildcard-action'
    expect(
      (await findingOf('serverless.yml', slsWith(block), wildcard))?.suppressed
    ).toBeUndefined()
    expect(
      (await findingOf('serverless.yml', slsWith(folded), wildcard))?.suppressed
    ).toBeUndefined()
  })

  it('JSON: the marker in a Sid or a Description does not suppress (JSON templates use Metadata)', async () => {
    const f = await findingOf('template.json', cfnJson(`# ${MARK}`), 'iam-wildcard-action')
    expect(f?.location.line).toBe(8)
    expect(f?.suppressed).toBeUndefined()
  })

  it('Terraform: a comment suppresses, the marker in a string or a heredoc does not', async () => {
    const policy = (sid: string) =>
      `  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::b/*", Sid = "${sid}" }] })`
    const wildcard = 'iam-wildcard-action'
    const commented = await findingOf('main.tf', tfWith(`${policy('x')} # ${MARK}`), wildcard)
    expect(commented?.suppressed?.reason).toBe('reviewed')
    const slashes = await findingOf('main.tf', tfWith(`${policy('x')} // ${MARK}`), wildcard)
    expect(slashes?.suppressed?.reason).toBe('reviewed')
    const inString = await findingOf('main.tf', tfWith(policy(`x # ${MARK}`)), wildcard)
    expect(inString?.location.line).toBe(8)
    expect(inString?.suppressed).toBeUndefined()
    // Heredoc text at column 0 sits where an enclosing line would: as text, it suppresses nothing.
    const heredoc = `  description = <<-EOT
see the runbook # ${MARK}
# ${MARK}
    EOT
${policy('x')}`
    const inHeredoc = await findingOf('main.tf', tfWith(heredoc), wildcard)
    expect(inHeredoc?.location.line).toBe(12)
    expect(inHeredoc?.suppressed).toBeUndefined()
  })
})
