import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_LOAD_LIMITS,
  loadDocument,
  loadDocumentFully
} from '../../src/iac/document/yaml.js'
import { loadLenient } from '../../src/iac/document/yaml-lenient.js'
import { getPath, type Value } from '../../src/model/value.js'
import { scanFiles } from '../helpers/scan.js'

/**
 * SAM CLI and the AWS CLI read a template with PyYAML (YAML 1.1): a plain `yes` or `on` is true
 * and `no` or `off` false, so that is what they deploy. The Serverless Framework reads YAML 1.2,
 * where they are strings.
 */
function identityPool(allow: string): string {
  return [
    'Resources:',
    '  Pool:',
    '    Type: AWS::Cognito::IdentityPool',
    '    Properties:',
    `      AllowUnauthenticatedIdentities: ${allow}`,
    ''
  ].join('\n')
}

const guestFindings = async (files: Record<string, string>) =>
  (await scanFiles(files, undefined, 'fail-on-severity: low')).findings
    .filter(f => f.ruleId === 'cognito-unauthenticated-identities')
    .map(f => `${f.location.file}:${f.location.line}`)

describe('YAML 1.1 booleans in CloudFormation and SAM templates', () => {
  it.each([['yes'], ['Yes'], ['ON'], ['on']])(
    'a plain %s is true, as PyYAML deploys it',
    async allow => {
      expect(await guestFindings({ 'app/template.yaml': identityPool(allow) })).toEqual([
        'app/template.yaml:5'
      ])
    }
  )

  it.each([['no'], ['off'], ["'yes'"], ['!!str yes'], ['y']])('%s is not true', async allow => {
    expect(await guestFindings({ 'app/template.yaml': identityPool(allow) })).toEqual([])
  })

  it('keeps them strings in a Serverless file, as the framework reads it', async () => {
    const sls = [
      'service: svc',
      'provider:',
      '  name: aws',
      'resources:',
      '  Resources:',
      ...identityPool('yes')
        .split('\n')
        .slice(1)
        .map(l => `  ${l}`)
    ].join('\n')
    expect(await guestFindings({ 'svc/serverless.yml': sls })).toEqual([])
  })
})

const YAML_11 = { ...DEFAULT_LOAD_LIMITS, yaml11Booleans: true }
const readers: [string, (text: string, yaml11: boolean) => Value | undefined][] = [
  ['the fast reader', (t, y) => loadDocument('t.yaml', t, y ? YAML_11 : undefined).value],
  ['the full reader', (t, y) => loadDocumentFully('t.yaml', t, y ? YAML_11 : undefined).value],
  ['the lenient reader', (t, y) => loadLenient('t.yaml', t, y ? YAML_11 : DEFAULT_LOAD_LIMITS)]
]

describe.each(readers)('YAML 1.1 booleans through %s', (_name, read) => {
  const text = "a: yes\nb: Off\nc: 'on'\nd: [ON, no]\ne: y\n"
  const at = (doc: Value | undefined, ...path: string[]) => getPath(doc, path)

  it('reads plain yes, on, no and off as booleans when asked, quoted ones as strings', () => {
    const doc = read(text, true)
    expect(at(doc, 'a')).toMatchObject({ value: true })
    expect(at(doc, 'b')).toMatchObject({ value: false })
    expect(at(doc, 'c')).toMatchObject({ value: 'on' })
    const d = at(doc, 'd')
    expect(
      d?.kind === 'list' && d.items.map(i => (i.kind === 'scalar' ? i.value : i.kind))
    ).toEqual([true, false])
    expect(at(doc, 'e')).toMatchObject({ value: 'y' })
  })

  it('reads a key as PyYAML does: `On:` is the key true', () => {
    expect(at(read('On: yes\n', true), 'true')).toMatchObject({ value: true })
  })

  it('keeps them strings otherwise (YAML 1.2)', () => {
    expect(at(read(text, false), 'a')).toMatchObject({ value: 'yes' })
  })
})
