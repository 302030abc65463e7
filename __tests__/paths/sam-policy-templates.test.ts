import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'
import { markedSteps, pathFindings, stepsOf } from './fixtures.js'

const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })

/** A public function URL whose function holds one SAM policy (a template, or a statement). */
function template(policy: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  TableName:
    Type: String
Resources:
  Export: # step: function
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      InlineCode: 'def handler(e, c): pass'
      FunctionUrlConfig:
        AuthType: NONE # step: entry
      Policies:
        - ${policy} # step: grant
`
}

async function pathsOf(policy: string) {
  const files = { 'template.yaml': template(policy) }
  const found = pathFindings(await scanFiles(files, undefined, '', undefined, offline))
  return { found, files }
}

// A parameter of `*` makes a template's ARN name every table, key or queue of the account, as
// the same ARN written by hand (`!Sub arn:${AWS::Partition}:dynamodb:...:table/*`) does.
describe('SAM policy templates with a wildcard parameter form the paths their statements do', () => {
  it.each([
    ["DynamoDBCrudPolicy: { TableName: '*' }", 'path-public-data-writer'],
    [
      "Statement: [{ Effect: Allow, Action: dynamodb:PutItem, Resource: !Sub 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*' }]",
      'path-public-data-writer'
    ],
    ["SQSSendMessagePolicy: { QueueName: '*' }", 'path-public-data-writer'],
    ["KMSDecryptPolicy: { KeyId: '*' }", 'path-public-secrets-reader'],
    ["SSMParameterReadPolicy: { ParameterName: '*' }", 'path-public-secrets-reader']
  ])('%s', async (policy, ruleId) => {
    const { found, files } = await pathsOf(policy)
    expect(found.map(f => f.ruleId)).toEqual([ruleId])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it.each([
    'DynamoDBCrudPolicy: { TableName: !Ref TableName }',
    "DynamoDBCrudPolicy: { TableName: !Sub '${AWS::StackName}-*' }",
    'DynamoDBCrudPolicy: { TableName: orders }'
  ])('and none for a named or unresolved table: %s', async policy => {
    expect((await pathsOf(policy)).found).toEqual([])
  })
})
