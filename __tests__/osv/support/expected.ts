import type { ScanResult } from '../../../src/osv/scan.js'

/** One line per finding: where, what, which ids at which level, and the advice. */
export function summarize(result: ScanResult): string[] {
  return result.findings.map(finding => {
    const vulns = finding.vulnerabilities.map(v => `${v.id} ${v.effectiveLevel}`).join(', ')
    return `${finding.location.file}:${finding.location.line} ${finding.package.name} | ${vulns} | ${finding.advice}`
  })
}

export const EXPECTED_FINDINGS = [
  'Cargo.lock:40 tokio | GHSA-fg7r-2g4j-5cgr high | upgrade `tokio` 1.8.1 → 1.8.4 (fixes 1)',
  'Cargo.lock:50 time | GHSA-wcg3-cvx6-7396 medium | no fixed version of `time` is known for GHSA-wcg3-cvx6-7396',
  'Cargo.lock:60 regex | GHSA-m5pq-gvj9-9vr8 high | upgrade `regex` 1.5.4 → 1.5.5 (fixes 1)',
  'composer.lock:20 guzzlehttp/guzzle | GHSA-q559-8m2m-g699 high, GHSA-f2wf-25xc-69c9 high | upgrade `guzzlehttp/guzzle` 7.4.1 → 7.4.5 (fixes 2)',
  'Gemfile.lock:7 rack | GHSA-3h57-hmj3-gj3p high, GHSA-wq4h-7r42-5hrr high | upgrade `rack` 2.2.3 → 2.2.6.3 (fixes 2)',
  'Gemfile.lock:8 nokogiri | GHSA-crjr-9rc5-ghw8 high | upgrade `nokogiri` 1.13.3 → 1.13.4 (fixes 1)',
  'go.mod:3 stdlib | GO-2023-2102 medium | upgrade `stdlib` 1.21.1 → 1.21.3 (fixes 1)',
  'go.mod:5 golang.org/x/net | GHSA-4374-p667-p6c8 high, GHSA-4v7x-pqxf-cx7m medium | upgrade `golang.org/x/net` v0.15.0 → v0.23.0 (fixes 2)',
  'go.mod:6 golang.org/x/crypto | GHSA-ffhg-7mh4-33c4 high | upgrade `golang.org/x/crypto` v0.0.0-20200128174031-69ecbb4d6d5d → v0.0.0-20200220183623-bac4c82f6975 (fixes 1)',
  'gradle.lockfile:12 com.fasterxml.jackson.core:jackson-databind | GHSA-57j2-w4cx-62h2 high, GHSA-jjjh-jjxp-wpff high | upgrade `com.fasterxml.jackson.core:jackson-databind` 2.13.1 → 2.13.4.1 (fixes 2)',
  'gradle.lockfile:13 org.apache.logging.log4j:log4j-core | GHSA-jfh8-c2jp-5v3q critical | upgrade `org.apache.logging.log4j:log4j-core` 2.14.1 → 2.15.0 (fixes 1)',
  'package-lock.json:10 lodash | GHSA-p6mc-m468-83gw high, GHSA-35jh-r3h4-6jhm high, GHSA-29mw-wpgm-hmr9 medium | upgrade `lodash` 4.17.15 → 4.17.21 (fixes 3)',
  'package-lock.json:20 express | GHSA-rv95-896h-c2vc medium, GHSA-qw6h-vgh9-j6wx medium | upgrade `express` 4.18.2 → 4.20.0 (fixes 2)',
  'package-lock.json:30 axios | GHSA-wf5p-g6vw-rhxx medium | upgrade `axios` 1.5.0 → 1.6.0 (fixes 1)',
  'package-lock.json:40 0-dns | MAL-2022-9 critical | no fixed version of `0-dns` is known for MAL-2022-9',
  'packages.lock.json:4 Newtonsoft.Json | GHSA-5crp-9r3c-p9vr low | upgrade `Newtonsoft.Json` 12.0.3 → 13.0.1 (fixes 1)',
  'poetry.lock:3 urllib3 | GHSA-v845-jxx5-vc9f high, GHSA-34jh-p97f-mpxf medium | upgrade `urllib3` 1.26.5 → 1.26.19 (fixes 2)',
  'poetry.lock:9 django | GHSA-jh3w-4vvf-mjgr high | upgrade `django` 4.2.1 → 4.2.3 (fixes 1)'
]
