import { describe, expect, it } from '@jest/globals'
import { literal } from '../../../src/model/attr.js'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import { samFormat } from '../../../src/iac/sam/index.js'
import { buildFixture, byId, fixtureDocument } from './fixtures.js'

/** Real public templates (see `__tests__/fixtures/iac/cloudformation/real/SOURCES.md`). */
describe('real CloudFormation templates', () => {
  it('aws-cloudformation-templates: a REST API with a Lambda integration', async () => {
    const { service, diagnostics } = await buildFixture(
      cloudformationFormat,
      'cloudformation/real/apigateway_lambda_integration.yaml',
      { file: 'APIGateway/apigateway_lambda_integration.yaml' }
    )
    expect(diagnostics).toEqual([])
    expect(service.name).toBe('apigateway_lambda_integration')
    expect(byId(service.endpoints, 'ApiMethod')).toMatchObject({
      kind: 'rest',
      method: { value: 'ANY', loc: { line: 59 } },
      path: { value: '/{city}', loc: { line: 91 } },
      apiId: 'RestApi',
      functionIds: ['LambdaFunction'],
      auth: { type: 'none', loc: { line: 60 } },
      requestValidation: { value: true, loc: { line: 93 } }
    })
    // `Types: [!Ref ApiType]` with ApiType defaulting to REGIONAL.
    expect(byId(service.resources, 'RestApi').attributes.endpointType?.value).toBe('REGIONAL')
    const fn = byId(service.functions, 'LambdaFunction')
    expect(fn).toMatchObject({
      name: { value: 'My-APIGW-Integ-Function', loc: { line: 110 } },
      memorySize: { value: 128 },
      timeout: { value: 10 },
      runtime: { value: 'python3.12' },
      roleId: 'LambdaIamRole',
      codePath: { value: 'inline', loc: { line: 108 } }
    })
    expect(byId(service.permissions, 'LambdaApiGatewayInvoke')).toMatchObject({
      functionId: 'LambdaFunction',
      principal: { value: 'apigateway.amazonaws.com', loc: { line: 149 } }
    })
    const statements = byId(service.roles, 'LambdaIamRole').policies[0]?.document?.statements
    expect(statements?.[1]?.actions.map(a => a.value)).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents'
    ])
    // Region and account are unknown before deployment: the ARN stays symbolic.
    expect(statements?.[1]?.resources[0]?.value).toMatchObject({ kind: 'symbolic', fn: 'Fn::Sub' })
  })

  it('aws-sam-cli: CDK output is plain CloudFormation named after its stack', async () => {
    const path = 'cloudformation/real/cdk_v2_synthesized_template_python_function_construct.json'
    const file = 'cdk.out/CDKV2SupportDemoStack.template.json'
    expect(samFormat.detect(file, fixtureDocument(path, file))).toBe(false)
    const { service, diagnostics } = await buildFixture(cloudformationFormat, path, { file })
    expect(diagnostics).toEqual([])
    expect(service).toMatchObject({ name: 'CDKV2SupportDemoStack', dir: 'cdk.out' })
    const fn = byId(service.functions, 'SkippedFunctionDA0220D7')
    expect(fn).toMatchObject({
      name: { value: 'SkippedFunction' },
      runtime: { value: 'python3.9', loc: { line: 54 } },
      roleId: 'SkippedFunctionServiceRole1AB2E270',
      codePath: { value: expect.stringMatching(/^asset\.7023fd47/), loc: { line: 61 } }
    })
    // `Fn::Join` with `AWS::Partition`, the way CDK writes managed policy ARNs.
    expect(byId(service.roles, 'SkippedFunctionServiceRole1AB2E270').policies).toMatchObject([
      {
        kind: 'aws-managed',
        arn: { value: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }
      }
    ])
    expect(service.parameters.map(p => p.name)).toEqual(['BootstrapVersion'])
  })

  it('checkov: function URLs with open and restricted CORS', async () => {
    const { service, diagnostics } = await buildFixture(
      cloudformationFormat,
      'cloudformation/real/LambdaOpenCorsPolicy.template.yaml'
    )
    expect(diagnostics).toEqual([])
    const origins = (id: string) => byId(service.endpoints, id).cors?.allowOrigins.map(literal)
    expect(origins('InvalidLambdaUrl')).toEqual(['*'])
    expect(origins('ValidLambdaUrlOnlyOriginsStar')).toEqual(['*'])
    expect(origins('ValidLambdaUrl')).toEqual(['https://example.com'])
    expect(byId(service.endpoints, 'ValidLambdaUrlNoCorsDefinition').cors).toBeUndefined()
    expect(byId(service.endpoints, 'InvalidLambdaUrl').functionIds).toEqual([
      'InvalidLambdaFunction'
    ])
    expect(byId(service.functions, 'InvalidLambdaFunction').url?.endpointId).toBe(
      'InvalidLambdaUrl'
    )
    expect(service.functions.every(f => f.roleId === 'ExampleRole')).toBe(true)
  })
})
