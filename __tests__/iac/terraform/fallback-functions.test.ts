import { beforeAll, describe, expect, it } from '@jest/globals'
import { get, type MapValue, type Value } from '../../../src/model/value.js'
import { buildFiles, byId, type Built } from './support.js'

// Cases from Terraform's documentation of `lookup`, `coalesce`, `try`, optional object
// attributes and string template directives.
const MAIN = [
  'variable "no_default" {}',
  'variable "stage" {',
  '  default = "prod"',
  '  validation {',
  '    condition     = contains(["dev", "prod"], var.stage)',
  '    error_message = "dev or prod."',
  '  }',
  '}',
  'variable "settings" {',
  '  type = object({',
  '    auth    = optional(string, "AWS_IAM")',
  '    memory  = optional(number)',
  '    runtime = string',
  '  })',
  '  default = { runtime = "nodejs22.x" }',
  '}',
  'variable "urls" {',
  '  type    = map(object({ auth = optional(string, "NONE") }))',
  '  default = { a = {}, b = { auth = "AWS_IAM" } }',
  '}',
  'locals {',
  '  sizes = { a = "ay", b = "bee" }',
  '  auth  = { dev = "NONE", prod = "AWS_IAM" }',
  '  raw   = { enabled = true }',
  '  computed = { (var.no_default) = "y" }',
  '}',
  'resource "test_thing" "t" {',
  '  lookup_hit      = lookup({ a = "ay", b = "bee" }, "a", "what?")',
  '  lookup_miss     = lookup({ a = "ay", b = "bee" }, "c", "what?")',
  '  lookup_local    = lookup(local.sizes, "b", "x")',
  '  lookup_no_dflt  = lookup(local.sizes, "c")',
  '  lookup_unknown  = lookup(var.no_default, "a", "x")',
  '  lookup_key_unk  = lookup(local.sizes, var.no_default, "x")',
  '  lookup_computed = lookup({ (var.no_default) = "y" }, "a", "x")',
  '  try_computed    = try(local.computed.a, "x")',
  '  lookup_choices  = lookup(local.auth, var.stage, "AWS_IAM")',
  '  coalesce_first  = coalesce("a", "b")',
  '  coalesce_skip   = coalesce("", "b")',
  '  coalesce_null   = coalesce(null, 1, 2)',
  '  coalesce_unk    = coalesce(var.no_default, "b")',
  '  coalesce_after  = coalesce("a", var.no_default)',
  '  try_literal     = try("x", "y")',
  '  try_missing     = try(local.raw.name, "unnamed")',
  '  try_present     = try(local.raw.enabled, false)',
  '  try_unknown     = try(var.no_default.name, "unnamed")',
  '  try_resource    = try(aws_s3_bucket.b.arn, "none")',
  '  optional_dflt   = var.settings.auth',
  '  optional_null   = try(var.settings.memory, 128)',
  '  optional_lookup = lookup(var.settings, "auth", "NONE")',
  '  element_dflt    = var.urls.a.auth',
  '  element_set     = var.urls["b"].auth',
  '  directive_if    = "%{ if var.no_default }NONE%{ else }AWS_IAM%{ endif }"',
  '  directive_known = "%{ if true }NONE%{ endif }"',
  '}'
].join('\n')

describe('Terraform fallback functions', () => {
  let built: Built
  let props: MapValue
  const at = (key: string): Value | undefined => get(props, key)
  const line = (key: string) => MAIN.split('\n').findIndex(l => l.includes(`${key} `)) + 1

  beforeAll(async () => {
    built = await buildFiles({ 'main.tf': MAIN })
    props = byId(built.service.rawResources, 'test_thing.t').properties as MapValue
  })

  it('decide lookup of a known map and key, located where the call is', () => {
    expect(built.diagnostics).toEqual([])
    expect(at('lookup_hit')).toMatchObject({ value: 'ay', loc: { line: line('lookup_hit') } })
    expect(at('lookup_miss')).toMatchObject({ value: 'what?', loc: { line: line('lookup_miss') } })
    expect(at('lookup_local')).toMatchObject({ value: 'bee', loc: { line: line('lookup_local') } })
  })

  it('read lookup of a key with choices as each choice, as a condition is read', () => {
    const v = at('lookup_choices')
    expect(v).toMatchObject({ kind: 'symbolic', fn: 'conditional' })
    const branches = v?.kind === 'symbolic' && v.args?.kind === 'list' ? v.args.items : []
    expect(branches.map(b => (b.kind === 'scalar' ? b.value : b.kind))).toEqual(['AWS_IAM', 'NONE'])
  })

  it('decide coalesce of literals: the first neither null nor empty', () => {
    expect(at('coalesce_first')).toMatchObject({ value: 'a' })
    expect(at('coalesce_skip')).toMatchObject({ value: 'b' })
    expect(at('coalesce_null')).toMatchObject({ value: 1 })
    expect(at('coalesce_after')).toMatchObject({ value: 'a' })
  })

  it('decide try: a known value is it, a key a known map lacks falls to the next', () => {
    expect(at('try_literal')).toMatchObject({ value: 'x' })
    expect(at('try_missing')).toMatchObject({
      value: 'unnamed',
      loc: { line: line('try_missing') }
    })
    expect(at('try_present')).toMatchObject({ value: true })
  })

  it('give an optional object attribute its default, or null, as Terraform converts the value', () => {
    expect(at('optional_dflt')).toMatchObject({ value: 'AWS_IAM' })
    expect(at('optional_null')).toMatchObject({ value: null })
    expect(at('optional_lookup')).toMatchObject({ value: 'AWS_IAM' })
    expect(at('element_dflt')).toMatchObject({ value: 'NONE', loc: { line: line('element_dflt') } })
    expect(at('element_set')).toMatchObject({ value: 'AWS_IAM' })
  })

  it('never take a fallback for what is not known before the plan', () => {
    for (const key of [
      'lookup_no_dflt',
      'lookup_unknown',
      'lookup_key_unk',
      'lookup_computed',
      'try_computed',
      'coalesce_unk',
      'try_unknown',
      'try_resource',
      'directive_if',
      'directive_known'
    ])
      expect([key, at(key)?.kind]).toEqual([key, 'symbolic'])
  })
})
