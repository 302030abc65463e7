import { describe, expect, it } from '@jest/globals'
import { inSkippedDir, isSkippedDir } from '../../src/sources/paths.js'

describe('folders never scanned', () => {
  it('skips a file under a dependency, build or tool folder at any depth', () => {
    expect(inSkippedDir('node_modules/a/serverless.yml')).toBe(true)
    expect(inSkippedDir('services/a/node_modules/b/template.yaml')).toBe(true)
    expect(inSkippedDir('app/.serverless/cloudformation-template-update-stack.json')).toBe(true)
    expect(inSkippedDir('infra/.terraform/modules/x/main.tf')).toBe(true)
    expect(inSkippedDir('.aws-sam/build/template.yaml')).toBe(true)
  })

  it('skips CDK code assets but not the synthesised templates beside them', () => {
    expect(inSkippedDir('cdk.out/asset.1234/template.yaml')).toBe(true)
    expect(inSkippedDir('app/cdk.out/asset.ab/x/serverless.yml')).toBe(true)
    expect(inSkippedDir('cdk.out/Stack.template.json')).toBe(false)
    expect(inSkippedDir('asset.1234/template.yaml')).toBe(false)
  })

  it('reads a file whose own name, not a folder, matches a skipped name', () => {
    expect(inSkippedDir('node_modules')).toBe(false)
    expect(inSkippedDir('services/node_modules.yml')).toBe(false)
    expect(inSkippedDir('services/my-node_modules/serverless.yml')).toBe(false)
    expect(inSkippedDir('serverless.yml')).toBe(false)
  })

  it('names a skipped folder by its last segment', () => {
    expect(isSkippedDir('a/b/node_modules')).toBe(true)
    expect(isSkippedDir('a/cdk.out/asset.9')).toBe(true)
    expect(isSkippedDir('a/asset.9')).toBe(false)
  })
})
