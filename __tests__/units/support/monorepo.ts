import { MemorySource } from '../../../src/sources/memory.js'

/**
 * Small generated monorepos and random changes to them, for comparing a pull request scoped to
 * its change with a scan of both sides in full. Deterministic for a seed.
 */
export type Tree = Map<string, string>

/** A symbolic link in a tree: its value is the target as written, after this mark. */
const LINK = '\u0000link:'
export const link = (target: string): string => `${LINK}${target}`

/** A side of a pull request over a tree: its files, and its links followed as a checkout does. */
export function sourceOf(label: string, tree: Tree): MemorySource {
  const files = new Map<string, string>()
  const links = new Map<string, string>()
  for (const [path, value] of tree)
    if (value.startsWith(LINK)) links.set(path, value.slice(LINK.length))
    else files.set(path, value)
  return new MemorySource(label, files, {}, links)
}

export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rand = () => number
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
const chance = (r: Rand, p: number): boolean => r() < p

export const SHARED_INCLUDES = 2

export function sharedInclude(k: number, wide: boolean): string {
  return `statements:
  - Effect: Allow
    Action: ${wide ? "'s3:*'" : 's3:GetObject'}
    Resource: ${wide ? "'*'" : `arn:aws:s3:::shared-${k}/*`}
`
}

/** A Serverless service: its own statement, a shared include, or an include it names by variable. */
export function service(name: string, r: Rand, via?: 'linked-file' | 'linked-folder'): string {
  const include = via ?? pick(r, ['own', 'own', 'shared', 'shared', 'dynamic'] as const)
  const k = Math.floor(r() * SHARED_INCLUDES)
  const statements =
    include === 'shared'
      ? `      statements: \${file(../../shared/iam-${k}.yml):statements}`
      : include === 'linked-file'
        ? `      statements: \${file(./iam.yml):statements}`
        : include === 'linked-folder'
          ? `      statements: \${file(./conf/iam-${k}.yml):statements}`
          : include === 'dynamic'
            ? `      statements: \${file(../../shared/iam-\${opt:group, '${k}'}.yml):statements}`
            : `      statements:
        - Effect: Allow
          Action: ${chance(r, 0.5) ? "'dynamodb:*'" : 'dynamodb:GetItem'}
          Resource: ${chance(r, 0.5) ? "'*'" : `arn:aws:dynamodb:eu-west-1:123456789012:table/${name}`}`
  const resources = pick(r, [
    '',
    '',
    '',
    'resources: ${file(../../shared/queue.yml)}\n',
    "resources: ${file(../../shared/${opt:part, 'queue'}.yml)}\n"
  ])
  return `service: ${name}
${resources}provider:
  name: aws
  runtime: ${pick(r, ['nodejs20.x', 'nodejs14.x'])}
  iam:
    role:
${statements}
functions:
  api:
    handler: src/api.handler
    events:
      - http:
          path: items
          method: get
${chance(r, 0.5) ? '          authorizer: aws_iam\n' : ''}`
}

/** A CloudFormation snippet services include: a template of its own when no service does. */
export function queueSnippet(r: Rand): string {
  return `Resources:
  SharedQueue:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: ${chance(r, 0.5) ? 'true' : 'false'}
`
}

export function samTemplate(r: Rand, nested: boolean): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: ${pick(r, ['python3.12', 'python3.7'])}
      CodeUri: src/
      Policies:
        - ${chance(r, 0.5) ? 'AdministratorAccess' : 'AWSLambdaBasicExecutionRole'}
${nested ? '  Nested:\n    Type: AWS::Serverless::Application\n    Properties:\n      Location: ./nested/template.yaml\n' : ''}`
}

export function nestedStack(r: Rand): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: worker.handler
      Runtime: python3.12
      CodeUri: worker/
      FunctionUrlConfig:
        AuthType: ${chance(r, 0.5) ? 'NONE' : 'AWS_IAM'}
`
}

export function tfModule(r: Rand): string {
  return `resource "aws_iam_role_policy" "fn" {
  role = "fn"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "${chance(r, 0.5) ? '*' : 's3:GetObject'}", Resource = "*" }]
  })
}
`
}

export function tfStack(i: number, module: number, r: Rand): string {
  return `module "fn" {
  source = "../../modules/m${module}"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs-${i}"
  sqs_managed_sse_enabled = ${chance(r, 0.5) ? 'true' : 'false'}
}
`
}

export function packageLock(name: string, lodash: string): string {
  return JSON.stringify({
    name,
    lockfileVersion: 3,
    packages: {
      '': { name, dependencies: { lodash: '^4.17.0' } },
      'node_modules/lodash': { version: lodash }
    }
  })
}

const LODASH = ['4.17.15', '4.17.21', '4.17.11']

export function monorepo(r: Rand): Tree {
  const t: Tree = new Map()
  for (let k = 0; k < SHARED_INCLUDES; k++)
    t.set(`shared/iam-${k}.yml`, sharedInclude(k, chance(r, 0.3)))
  t.set('shared/queue.yml', queueSnippet(r))
  const services = 2 + Math.floor(r() * 3)
  for (let i = 0; i < services; i++) {
    const via = pick(r, [undefined, undefined, undefined, 'linked-file', 'linked-folder'] as const)
    t.set(`services/s${i}/serverless.yml`, service(`s${i}`, r, via))
    if (via === 'linked-file')
      t.set(
        `services/s${i}/iam.yml`,
        link(`../../shared/iam-${Math.floor(r() * SHARED_INCLUDES)}.yml`)
      )
    if (via === 'linked-folder') t.set(`services/s${i}/conf`, link('../../shared'))
    if (chance(r, 0.5))
      t.set(`services/s${i}/package-lock.json`, packageLock(`s${i}`, pick(r, LODASH)))
    else if (chance(r, 0.3))
      t.set(`services/s${i}/package-lock.json`, link('../../shared/lock/package-lock.json'))
  }
  // Services that are links to a shared file, and the lockfile some services link to.
  t.set('shared/base/serverless.yml', service('base', r))
  t.set('shared/lock/package-lock.json', packageLock('shared', pick(r, LODASH)))
  if (chance(r, 0.5)) t.set('services/l0/serverless.yml', link('../../shared/base/serverless.yml'))
  // A lockfile above every function: each ships it unless a nearer one of its own.
  if (chance(r, 0.2)) t.set('package-lock.json', packageLock('root', pick(r, LODASH)))
  for (let i = 0; i < 2; i++) {
    const nested = chance(r, 0.6)
    t.set(`sam/a${i}/template.yaml`, samTemplate(r, nested))
    // The code folders a template ships: sometimes missing (an error on both sides alike).
    if (chance(r, 0.85)) t.set(`sam/a${i}/src/app.py`, 'def handler(e, c): pass\n')
    if (chance(r, 0.3))
      t.set(`sam/a${i}/src/package-lock.json`, packageLock(`a${i}`, pick(r, LODASH)))
    if (nested) {
      t.set(`sam/a${i}/nested/template.yaml`, nestedStack(r))
      t.set(`sam/a${i}/nested/worker/worker.py`, 'def handler(e, c): pass\n')
    }
  }
  for (let k = 0; k < 2; k++) t.set(`terraform/modules/m${k}/main.tf`, tfModule(r))
  for (let i = 0; i < 2; i++)
    t.set(`terraform/stacks/t${i}/main.tf`, tfStack(i, Math.floor(r() * 2), r))
  t.set('docs/readme.md', '# docs\n')
  t.set('packages/lib/config.json', '{"retries": 3}\n')
  return t
}

export const CHANGES = [
  'edit-service',
  'add-service',
  'remove-service',
  'rename-service',
  'move-service-deeper',
  'rename-sam',
  'move-terraform-stack',
  'edit-shared-include',
  'edit-queue-snippet',
  'remove-shared-include',
  'edit-sam',
  'edit-nested',
  'add-nested',
  'remove-code',
  'add-code',
  'edit-code-lockfile',
  'edit-module',
  'edit-stack',
  'edit-lockfile',
  'add-lockfile',
  'edit-other',
  'edit-link-target',
  'retarget-link',
  'edit-root-lockfile',
  'config'
] as const
export type Change = (typeof CHANGES)[number]

/**
 * The head: a copy of the base with one or two random changes, the head's config text, and the
 * files it moved (base path → head path), as git's rename detection would report them.
 */
export function change(
  base: Tree,
  r: Rand
): { head: Tree; config: string; applied: Change[]; renamed: Map<string, string> } {
  const head = new Map(base)
  let config = ''
  const applied: Change[] = []
  const renamed = new Map<string, string>()
  const count = chance(r, 0.3) ? 2 : 1
  for (let n = 0; n < count; n++) {
    const kind = pick(r, CHANGES)
    applied.push(kind)
    config = applyChange(head, kind, r, renamed) ?? config
  }
  return { head, config, applied, renamed }
}

function applyChange(
  t: Tree,
  kind: Change,
  r: Rand,
  renamed: Map<string, string>
): string | undefined {
  const of = (re: RegExp): string[] => [...t.keys()].filter(p => re.test(p)).sort()
  const services = of(/^services\/[^/]+\/serverless\.yml$/)
  switch (kind) {
    case 'edit-service':
    case 'add-service': {
      const path =
        kind === 'add-service' || services.length === 0
          ? `services/n${Math.floor(r() * 1000)}/serverless.yml`
          : pick(r, services)
      t.set(path, service(path.split('/')[1] as string, r))
      return undefined
    }
    case 'remove-service':
    case 'rename-service':
    case 'move-service-deeper': {
      if (services.length === 0) return undefined
      const path = pick(r, services)
      const dir = path.slice(0, path.lastIndexOf('/'))
      for (const p of of(new RegExp(`^${dir}/`))) {
        const text = t.get(p) as string
        t.delete(p)
        if (kind === 'remove-service') continue
        // One folder deeper, its relative includes and links lead elsewhere (or nowhere).
        const to = p.replace(
          dir,
          kind === 'rename-service' ? `${dir}-renamed` : `services/team/${dir.slice(9)}`
        )
        t.set(to, text)
        // A file moved again keeps its first base path.
        const from = [...renamed].find(([, was]) => was === p)?.[0] ?? p
        renamed.set(from, to)
      }
      return undefined
    }
    case 'rename-sam':
    case 'move-terraform-stack': {
      // A SAM app (its nested stack and code along), or a Terraform stack beside the others.
      const dir =
        kind === 'rename-sam'
          ? `sam/a${Math.floor(r() * 2)}`
          : `terraform/stacks/t${Math.floor(r() * 2)}`
      for (const p of of(new RegExp(`^${dir}/`))) {
        const to = p.replace(dir, `${dir}-moved`)
        t.set(to, t.get(p) as string)
        t.delete(p)
        renamed.set([...renamed].find(([, was]) => was === p)?.[0] ?? p, to)
      }
      return undefined
    }
    case 'edit-shared-include':
      t.set(`shared/iam-${Math.floor(r() * SHARED_INCLUDES)}.yml`, sharedInclude(0, chance(r, 0.5)))
      return undefined
    case 'edit-queue-snippet':
      t.set('shared/queue.yml', queueSnippet(r))
      return undefined
    case 'remove-shared-include':
      t.delete(`shared/iam-${Math.floor(r() * SHARED_INCLUDES)}.yml`)
      return undefined
    case 'edit-sam':
      for (const p of of(/^sam\/[^/]+\/template\.yaml$/).slice(0, 1))
        t.set(p, samTemplate(r, t.has(p.replace('template.yaml', 'nested/template.yaml'))))
      return undefined
    case 'edit-nested':
    case 'add-nested': {
      const parents = of(/^sam\/[^/]+\/template\.yaml$/)
      if (parents.length === 0) return undefined
      const parent = pick(r, parents)
      t.set(parent.replace('template.yaml', 'nested/template.yaml'), nestedStack(r))
      if (kind === 'add-nested') {
        t.set(parent, samTemplate(r, true))
        t.set(parent.replace('template.yaml', 'nested/worker/worker.py'), 'def handler(): pass\n')
      }
      return undefined
    }
    case 'remove-code':
    case 'add-code':
    case 'edit-code-lockfile': {
      const dir = `sam/a${Math.floor(r() * 2)}/src`
      if (kind === 'remove-code') for (const p of of(new RegExp(`^${dir}/`))) t.delete(p)
      else if (kind === 'add-code') t.set(`${dir}/app.py`, 'def handler(e, c): return 1\n')
      else t.set(`${dir}/package-lock.json`, packageLock(dir, pick(r, LODASH)))
      return undefined
    }
    case 'edit-module':
      t.set(`terraform/modules/m${Math.floor(r() * 2)}/main.tf`, tfModule(r))
      return undefined
    case 'edit-stack': {
      const i = Math.floor(r() * 3)
      t.set(`terraform/stacks/t${i}/main.tf`, tfStack(i, Math.floor(r() * 2), r))
      return undefined
    }
    case 'edit-lockfile':
    case 'add-lockfile': {
      if (services.length === 0) return undefined
      const dir = pick(r, services).replace('/serverless.yml', '')
      t.set(`${dir}/package-lock.json`, packageLock(dir, pick(r, LODASH)))
      return undefined
    }
    case 'edit-link-target':
      if (chance(r, 0.5)) t.set('shared/base/serverless.yml', service('base', r))
      else t.set('shared/lock/package-lock.json', packageLock('shared', pick(r, LODASH)))
      return undefined
    case 'retarget-link': {
      const links = [...t].filter(([, v]) => v.startsWith(LINK)).map(([p]) => p)
      if (links.length === 0) return undefined
      const path = pick(r, links)
      const up = '../'.repeat(path.split('/').length - 1)
      const targets = path.endsWith('/conf')
        ? ['shared', 'services']
        : path.endsWith('.json')
          ? ['shared/lock/package-lock.json', 'sam/a0/src/package-lock.json']
          : path.endsWith('serverless.yml')
            ? ['shared/base/serverless.yml', 'services/s0/serverless.yml']
            : ['shared/iam-0.yml', 'shared/iam-1.yml', 'shared/queue.yml']
      t.set(path, link(`${up}${pick(r, targets)}`))
      return undefined
    }
    case 'edit-root-lockfile':
      t.set('package-lock.json', packageLock('root', pick(r, LODASH)))
      return undefined
    case 'edit-other':
      t.set('packages/lib/config.json', `{"retries": ${Math.floor(r() * 9)}}\n`)
      return undefined
    case 'config':
      return pick(r, [
        'rules:\n  iam-wildcard-action: off\n',
        'fail-on-severity: low\n',
        'exclude-paths: ["terraform/**"]\n'
      ])
  }
}
