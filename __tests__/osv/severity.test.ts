import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  cvssBaseScore,
  highestSeverity,
  levelForScore,
  loadCvssScoring,
  needsCvssScoring,
  recordSeverity
} from '../../src/osv/severity.js'
import type { OsvVulnerability } from '../../src/osv/schemas.js'
import { record } from './support/fixtures.js'

describe('the CVSS calculator, loaded when a record needs it', () => {
  it('is needed for a vector at the top of a record or in one of its affected packages', () => {
    const osv = (fields: Partial<OsvVulnerability>): OsvVulnerability => ({
      id: 'GHSA-1',
      modified: '2024-01-01T00:00:00Z',
      ...fields
    })
    const vector = { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
    expect(needsCvssScoring([osv({ database_specific: { severity: 'HIGH' } })])).toBe(false)
    expect(needsCvssScoring([osv({ severity: [vector] })])).toBe(true)
    const affected = [{ package: { ecosystem: 'npm', name: 'x' }, severity: [vector] }]
    expect(needsCvssScoring([osv({}), osv({ id: 'GHSA-2', affected })])).toBe(true)
  })

  it('must be loaded before a vector is scored: never "no score" for want of it', async () => {
    // This file's first scoring: the module has not loaded the calculator yet.
    expect(() => cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toThrow(
      /loadCvssScoring/
    )
    await loadCvssScoring()
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8)
  })
})

describe('severity', () => {
  beforeAll(loadCvssScoring)

  it('scores CVSS 3.0, 3.1, 4.0 and 2.0 vectors (published base scores)', () => {
    // Log4Shell (GHSA-jfh8-c2jp-5v3q): NVD and GitHub publish 10.0.
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toBe(10)
    // node-fetch (GHSA-r683-j2x4-v87g) carries a 3.0 vector, published as 8.8.
    expect(cvssBaseScore('CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H')).toBe(8.8)
    // express (GHSA-qw6h-vgh9-j6wx): GitHub publishes 5.0 (v3.1) and 2.3 (v4.0).
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L')).toBe(5)
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:L')).toBe(
      2.3
    )
    // The CVSS 2.0 specification's example AV:N/AC:L/Au:N/C:P/I:P/A:P scores 7.5.
    expect(cvssBaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(7.5)
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L')).toBeUndefined()
    expect(cvssBaseScore('not a vector')).toBeUndefined()
  })

  it('maps scores to the CVSS bands', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(levelForScore)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical'
    ])
  })

  it('takes the highest score over a record with v3 and v4 vectors', () => {
    expect(recordSeverity(record('GHSA-qw6h-vgh9-j6wx'))).toEqual({
      level: 'medium',
      score: 5,
      vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L',
      source: 'cvss'
    })
  })

  it('scores a record from its v4 vector alone', () => {
    // Variant of GHSA-qw6h-vgh9-j6wx keeping only its CVSS v4 entry.
    const express = record('GHSA-qw6h-vgh9-j6wx')
    const v4Only = {
      ...express,
      severity: express.severity?.filter(entry => entry.type === 'CVSS_V4')
    }
    expect(recordSeverity(v4Only)).toMatchObject({ level: 'low', score: 2.3, source: 'cvss' })
  })

  it('reads per-package vectors of affected[] for the package in question', () => {
    // Variant of GHSA-29mw-wpgm-hmr9 with its vector moved from the top level to lodash's entry.
    const lodash = record('GHSA-29mw-wpgm-hmr9')
    const vector = lodash.severity ?? []
    const perPackage = {
      ...lodash,
      severity: undefined,
      affected: lodash.affected?.map(entry =>
        entry.package?.name === 'lodash' ? { ...entry, severity: vector } : entry
      )
    }
    expect(recordSeverity(perPackage, new Set(['lodash']))).toMatchObject({
      level: 'medium',
      score: 5.3
    })
    // lodash.trim's entry has no vector: the advisory's label applies.
    expect(recordSeverity(perPackage, new Set(['lodash.trim']))).toEqual({
      level: 'medium',
      source: 'advisory-label'
    })
  })

  it("falls back to the advisory's own label when there is no vector", () => {
    expect(recordSeverity(record('GHSA-8hc4-vh64-cxmj'))).toEqual({
      level: 'high',
      source: 'advisory-label'
    })
    expect(recordSeverity(record('GHSA-wf5p-g6vw-rhxx'))).toEqual({
      level: 'medium',
      source: 'advisory-label'
    })
    expect(recordSeverity(record('GHSA-5crp-9r3c-p9vr'))).toEqual({
      level: 'low',
      source: 'advisory-label'
    })
  })

  it('is unknown when there is neither a vector nor a label', () => {
    expect(recordSeverity(record('GO-2023-2102'))).toEqual({ level: 'unknown', source: 'none' })
  })

  it('skips a vector it cannot score instead of guessing', () => {
    // Variant of GHSA-29mw-wpgm-hmr9 whose vector is cut short.
    const lodash = record('GHSA-29mw-wpgm-hmr9')
    const broken = { ...lodash, severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L' }] }
    expect(recordSeverity(broken)).toEqual({ level: 'medium', source: 'advisory-label' })
  })

  it('rates malicious packages critical', () => {
    expect(recordSeverity(record('MAL-2022-9'))).toEqual({
      level: 'critical',
      source: 'malicious-package'
    })
  })

  it('keeps the most severe of merged records', () => {
    const merged = highestSeverity([
      recordSeverity(record('GO-2023-2102')),
      recordSeverity(record('GHSA-4374-p667-p6c8'))
    ])
    expect(merged).toMatchObject({ level: 'high', score: 7.5 })
  })
})
