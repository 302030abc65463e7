import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * A generated monorepo of the shape large serverless teams have: many Serverless services (some
 * sharing included files), SAM templates (some with nested stacks), Terraform folders (some
 * calling local modules), lockfiles beside functions, and thousands of files the gate does not
 * read. Deterministic for a given shape, so runs compare like with like. Trees are generated at
 * bench time and never committed.
 */
export interface MonorepoShape {
  serverlessServices: number
  samTemplates: number
  terraformFolders: number
  otherFiles: number
  /** Services per shared `${file(...)}` include (service i uses include i % sharedIncludes). */
  servicesPerSharedInclude: number
}

export const FULL_SHAPE: MonorepoShape = {
  serverlessServices: 500,
  samTemplates: 200,
  terraformFolders: 100,
  otherFiles: 4200,
  servicesPerSharedInclude: 10
}

export type Files = Map<string, string>

export function monorepoFiles(shape: MonorepoShape = FULL_SHAPE): Files {
  const files: Files = new Map()
  const includes = Math.max(1, Math.ceil(shape.serverlessServices / shape.servicesPerSharedInclude))
  for (let i = 0; i < includes; i++) files.set(`shared/iam-${i}.yml`, sharedInclude(i))
  for (let i = 0; i < shape.serverlessServices; i++) {
    const dir = `services/svc-${pad(i)}`
    files.set(`${dir}/serverless.yml`, serverlessService(i, i % includes))
    if (i % 5 === 0) files.set(`${dir}/package-lock.json`, packageLock(i))
  }
  for (let i = 0; i < shape.samTemplates; i++) {
    const dir = `sam/app-${pad(i)}`
    files.set(`${dir}/template.yaml`, samTemplate(i, i % 4 === 0))
    files.set(`${dir}/src/app.py`, 'def handler(event, context):\n    return {}\n')
    if (i % 4 === 0) {
      files.set(`${dir}/nested/template.yaml`, nestedStack(i))
      files.set(`${dir}/nested/worker/worker.py`, 'def handler(event, context):\n    return {}\n')
    }
  }
  const modules = Math.max(1, Math.ceil(shape.terraformFolders / 10))
  for (let i = 0; i < modules; i++) files.set(`terraform/modules/fn-${i}/main.tf`, tfModule(i))
  for (let i = 0; i < shape.terraformFolders; i++)
    files.set(`terraform/stacks/stack-${pad(i)}/main.tf`, tfStack(i, i % modules))
  for (let i = 0; i < shape.otherFiles; i++) {
    const [path, text] = otherFile(i)
    files.set(path, text)
  }
  return files
}

/** Writes the files under `dir` (emptied first). */
export function writeMonorepo(dir: string, files: Files): void {
  rmSync(dir, { recursive: true, force: true })
  for (const [path, text] of files) {
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
}

/** `git init` and one commit of everything in `dir`; returns the commit id. */
export function commitAll(dir: string, message: string): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  try {
    git('rev-parse', '--git-dir')
  } catch {
    git('init', '-q', '-b', 'main')
    git('config', 'user.email', 'bench@example.com')
    git('config', 'user.name', 'bench')
  }
  git('add', '-A')
  git('commit', '-q', '--allow-empty', '-m', message)
  return git('rev-parse', 'HEAD')
}

/** Edits: one service gains a wildcard statement; a shared include gains one for all its users. */
export function widenService(files: Files, index: number): void {
  const path = `services/svc-${pad(index)}/serverless.yml`
  files.set(path, serverlessService(index, -1, true))
}

export function widenSharedInclude(files: Files, index: number): void {
  files.set(`shared/iam-${index}.yml`, sharedInclude(index, true))
}

const pad = (n: number): string => String(n).padStart(4, '0')

function sharedInclude(i: number, wide = false): string {
  return `# Statements shared by a group of services.
statements:
  - Effect: Allow
    Action:
      - dynamodb:GetItem
      - dynamodb:Query
    Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/shared-${i}
  - Effect: Allow
    Action: ${wide ? "'s3:*'" : 's3:GetObject'}
    Resource: ${wide ? "'*'" : `arn:aws:s3:::shared-${i}/*`}
`
}

function serverlessService(i: number, include: number, wide = false): string {
  const statements =
    include >= 0
      ? `      statements: \${file(../../shared/iam-${include}.yml):statements}`
      : `      statements:
        - Effect: Allow
          Action: ${wide ? "'s3:*'" : 's3:GetObject'}
          Resource: ${wide ? "'*'" : `arn:aws:s3:::svc-${i}/*`}`
  return `service: svc-${pad(i)}

provider:
  name: aws
  runtime: nodejs20.x
  logRetentionInDays: 30
  tracing:
    lambda: true
  iam:
    role:
${statements}

functions:
  list:
    handler: src/list.handler
    reservedConcurrency: 5
    events:
      - http:
          path: items
          method: get
          authorizer: aws_iam
  get:
    handler: src/get.handler
    reservedConcurrency: 5
    environment:
      TABLE: items-${i}
    events:
      - http:
          path: items/{id}
          method: get
          ${i % 7 === 0 ? 'private: false' : 'authorizer: aws_iam'}
`
}

function samTemplate(i: number, nested: boolean): string {
  const nestedStack = nested
    ? `  Nested:
    Type: AWS::Serverless::Application
    Properties:
      Location: ./nested/template.yaml
`
    : ''
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Generated application ${i}
Globals:
  Function:
    Runtime: python3.12
    Timeout: 10
    Tracing: Active
Resources:
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      ReservedConcurrentExecutions: 5
      Policies:
        - DynamoDBReadPolicy:
            TableName: !Ref Table
      Events:
        Api:
          Type: Api
          Properties:
            Path: /items
            Method: get
            Auth:
              Authorizer: AWS_IAM
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
      SSESpecification:
        SSEEnabled: true
${nestedStack}`
}

function nestedStack(i: number): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: worker.handler
      Runtime: python3.12
      CodeUri: worker/
      ReservedConcurrentExecutions: 2
      Policies:
        - SQSPollerPolicy:
            QueueName: jobs-${i}
`
}

function tfModule(i: number): string {
  return `variable "name" {
  type = string
}

resource "aws_iam_role" "fn" {
  name = "\${var.name}-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_lambda_function" "fn" {
  function_name = var.name
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "fn-${i}.zip"
  reserved_concurrent_executions = 5
  tracing_config {
    mode = "Active"
  }
}
`
}

function tfStack(i: number, module: number): string {
  return `module "fn" {
  source = "../../modules/fn-${module}"
  name   = "stack-${pad(i)}"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs-${pad(i)}"
  sqs_managed_sse_enabled = true
}
`
}

function packageLock(i: number): string {
  const pkgs: Record<string, unknown> = {
    '': { name: `svc-${i}`, version: '1.0.0', dependencies: { lodash: '^4.17.21' } },
    'node_modules/lodash': {
      version: '4.17.21',
      resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz',
      integrity:
        'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg=='
    }
  }
  return (
    JSON.stringify(
      { name: `svc-${i}`, lockfileVersion: 3, requires: true, packages: pkgs },
      null,
      2
    ) + '\n'
  )
}

function otherFile(i: number): [string, string] {
  const area = `packages/lib-${pad(i % 300)}`
  switch (i % 6) {
    case 0:
      return [`${area}/src/mod-${i}.ts`, `export const value${i} = ${i}\n`]
    case 1:
      return [`${area}/README-${i}.md`, `# Library ${i}\n\nNotes.\n`]
    case 2:
      return [`${area}/test/mod-${i}.test.ts`, `test('x', () => expect(${i}).toBe(${i}))\n`]
    case 3:
      return [`${area}/config-${i}.json`, JSON.stringify({ name: `lib-${i}`, retries: 3 }) + '\n']
    case 4:
      return [`docs/page-${i}.md`, `Page ${i}\n`]
    default:
      return [`${area}/data-${i}.csv`, `id,value\n${i},${i * 2}\n`]
  }
}

/** `tsx bench/monorepo/generate.ts DIR`: writes the full shape to DIR and commits it. */
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: tsx bench/monorepo/generate.ts DIR')
  writeMonorepo(dir, monorepoFiles())
  console.log(`${dir}: ${commitAll(dir, 'generated monorepo')}`)
}
