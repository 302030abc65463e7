import { describe, expect, it } from '@jest/globals'
import { buildModel } from '../../src/iac/build-model.js'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { iamAdminAccess } from '../../src/policy/rules/iam/iam-admin-access.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from '../helpers/temp-repo.js'

const TERRAFORM = `resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "worker" {
  role   = aws_iam_role.worker.id
  policy = templatefile("\${path.module}/policy.json.tpl", { table = "orders" })
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "worker.zip"
  role          = aws_iam_role.worker.arn
}
`

const CLOUDFORMATION = `AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  IsProd: !Equals [!Ref 'AWS::AccountId', '123456789012']
Resources:
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: worker
          PolicyDocument: !If [IsProd, !Ref 'AWS::NoValue', !Ref 'AWS::NoValue']
`

// A policy document that is an expression (a template whose directives change its text when it is
// rendered at plan time) hides its statements: the gate says it could not check them, and reports nothing.
describe('iam-admin-access on a policy document unknown before deployment', () => {
  it.each([
    ['main.tf', TERRAFORM, 'main.tf:10', 'templatefile('],
    ['template.yaml', CLOUDFORMATION, 'template.yaml:15', '!If']
  ])('says %s cannot be checked', async (file, text, where, expression) => {
    const template = '%{ if true }{"Statement": []}%{ endif }'
    const repo = tempRepo({ [file]: text, 'policy.json.tpl': template })
    try {
      const model = await buildModel(new DirectorySource(repo.root), repo.root)
      const out = evaluate(model, [iamAdminAccess])
      expect(out.findings).toEqual([])
      expect(out.undecided.map(u => `${u.location.file}:${u.location.line}`)).toEqual([where])
      expect(out.undecided[0]?.reason).toContain(expression)
      expect(out.undecided[0]?.reason).toContain('not known before deployment')
    } finally {
      repo.cleanup()
    }
  })
})
