/** Repositories where low-severity rules fire thousands of times, for tests of the outputs at scale. */

/** A service whose functions each trip several low-severity rules (no logging, WAF, tracing...). */
export function noisyService(i: number, functions: number, extra = ''): string {
  const fns = Array.from(
    { length: functions },
    (_, f) =>
      `  fn${f}:\n    handler: src/h${f}.handler\n    events:\n      - http:\n          path: items/${f}\n          method: get\n          authorizer: aws_iam\n`
  ).join('')
  return `service: svc-${i}\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${fns}${extra}`
}

export function noisyRepo(services: number, functions: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < services; i++)
    files[`services/svc-${i}/serverless.yml`] = noisyService(i, functions)
  return files
}

/** The change: one service gains three public function URLs (new findings above low). */
export function withNewFindings(base: Record<string, string>): Record<string, string> {
  const urls = ['a', 'b', 'c'].map(
    n => `  new${n}:\n    handler: src/${n}.handler\n    url: true\n`
  )
  return {
    ...base,
    'services/svc-0/serverless.yml': noisyService(0, 8, urls.join(''))
  }
}
