import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

/** Names every JavaScript object has, read from a template, are names like any other. */
describe('a Deny guard or a guest policy named like an object member', () => {
  it('reads a condition operator named constructor as unknown, not as a function', async () => {
    const template = `Resources:
  Orders:
    Type: AWS::SQS::Queue
  OrdersPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Orders]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: sqs:SendMessage
            Resource: '*'
          - Effect: Deny
            Principal: '*'
            Action: sqs:*
            Resource: '*'
            Condition:
              constructor:
                aws:SourceAccount: '111122223333'
`
    const r = await scanFiles({ 'template.yaml': template })
    expect(r.errors).toEqual([])
    // Not a guard: the Allow stays public.
    expect(r.findings.map(f => f.ruleId)).toContain('sqs-policy-public')
  })

  it('reads a guest role managed policy named constructor as one that invokes nothing', async () => {
    const template = `Resources:
  Visitors:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
  VisitorRoles:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Visitors
      Roles:
        unauthenticated: !GetAtt GuestRole.Arn
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/constructor
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt GuestRole.Arn
      Code: { S3Bucket: artifacts, S3Key: worker.zip }
`
    const r = await scanFiles({ 'template.yaml': template })
    expect(r.errors).toEqual([])
    expect(r.findings.filter(f => f.path)).toEqual([])
  })
})
