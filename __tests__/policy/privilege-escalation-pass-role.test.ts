import { describe, expect, it } from '@jest/globals'
import { buildModel } from '../../src/iac/build-model.js'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { iamPrivilegeEscalation } from '../../src/policy/rules/iam/iam-privilege-escalation.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from '../helpers/temp-repo.js'

/** A role that may create functions on `*`, with one more policy attached: `extra`. */
function template(extra: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  DeployerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - ${extra}
      Policies:
        - PolicyName: deploy
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: lambda:CreateFunction
                Resource: '*'
`
}

async function run(extra: string): Promise<ReturnType<typeof evaluate>> {
  const repo = tempRepo({ 'template.yaml': template(extra) })
  try {
    const model = await buildModel(new DirectorySource(repo.root), repo.root)
    return evaluate(model, [iamPrivilegeEscalation])
  } finally {
    repo.cleanup()
  }
}

// lambda:CreateFunction escalates only with iam:PassRole (AWS refuses to create a function whose
// creator may not pass its role): when the role's other permissions cannot be read, the gate says
// so instead of reporting or staying silent.
describe('iam-privilege-escalation on creating functions without a known iam:PassRole', () => {
  it('is undecided when the role has a policy the gate cannot see', async () => {
    const out = await run('arn:aws:iam::123456789012:policy/deploy-extra')
    expect(out.findings).toEqual([])
    expect(out.undecided.map(u => `${u.location.file}:${u.location.line}`)).toEqual([
      'template.yaml:18'
    ])
    expect(out.undecided[0]?.reason).toContain('iam:PassRole')
  })

  it('reports nothing when its other policies are known not to pass roles', async () => {
    const out = await run('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')
    expect(out.findings).toEqual([])
    expect(out.undecided).toEqual([])
  })

  it('is undecided when an AWS managed policy may let it pass roles', async () => {
    const out = await run('arn:aws:iam::aws:policy/AdministratorAccess')
    expect(out.findings).toEqual([])
    expect(out.undecided.map(u => u.reason)).toEqual([expect.stringContaining('iam:PassRole')])
  })
})
