import { ownValue } from '../../../model/own.js'
/**
 * Lambda runtime identifiers and the date AWS deprecates each one (end of security patches),
 * as published on AWS's "Lambda runtimes" page
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), deprecated runtimes
 * included. Dates of runtimes still supported are AWS's projected dates and may move: update this
 * table when AWS announces a change. A runtime missing here is never reported.
 */
export const RUNTIME_DEPRECATION: Readonly<Record<string, string>> = {
  nodejs: '2016-10-31',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2020-03-05',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'nodejs20.x': '2026-04-30',
  'nodejs22.x': '2027-04-30',
  'nodejs24.x': '2028-04-30',
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'python3.10': '2026-06-30',
  'python3.11': '2026-06-30',
  'python3.12': '2028-10-31',
  'python3.13': '2029-06-30',
  'python3.14': '2029-06-30',
  java8: '2024-01-08',
  'java8.al2': '2026-06-30',
  java11: '2026-06-30',
  java17: '2026-06-30',
  java21: '2029-06-30',
  java25: '2029-06-30',
  'dotnetcore1.0': '2019-07-27',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'dotnet5.0': '2022-05-10',
  dotnet6: '2024-11-12',
  dotnet7: '2024-05-14',
  dotnet8: '2026-11-10',
  dotnet9: '2026-11-10',
  dotnet10: '2028-11-14',
  'ruby2.5': '2021-07-30',
  'ruby2.7': '2023-12-07',
  'ruby3.2': '2026-03-31',
  'ruby3.3': '2027-03-31',
  'ruby3.4': '2028-03-31',
  'go1.x': '2024-01-08',
  provided: '2024-01-08',
  'provided.al2': '2026-06-30',
  'provided.al2023': '2029-06-30'
}

/** The runtime to move to, by family: the newest one in the table. */
const SUCCESSOR_BY_FAMILY: Readonly<Record<string, string>> = {
  nodejs: 'nodejs24.x',
  python: 'python3.14',
  java: 'java25',
  dotnet: 'dotnet10',
  ruby: 'ruby3.4',
  go: 'provided.al2023',
  provided: 'provided.al2023'
}

/** Days before the deprecation date when a runtime starts to be reported. */
export const DEPRECATION_WARNING_DAYS = 180

const DAY_MS = 24 * 60 * 60 * 1000

export interface RuntimeStatus {
  runtime: string
  /** `deprecated`: past the date; `deprecating`: within the warning window. */
  state: 'deprecated' | 'deprecating'
  /** AWS's deprecation date, `YYYY-MM-DD`. */
  date: string
  /** Days until the date, rounded up (zero or negative once past). */
  daysLeft: number
  successor?: string
}

/** Where a runtime stands on `now`, or undefined when it is unknown or not deprecating soon. */
export function runtimeStatus(
  runtime: string,
  now: Date,
  windowDays = DEPRECATION_WARNING_DAYS
): RuntimeStatus | undefined {
  const id = runtime.trim().toLowerCase()
  const date = ownValue(RUNTIME_DEPRECATION, id)
  if (date === undefined) return undefined
  const msLeft = Date.parse(`${date}T00:00:00Z`) - now.getTime()
  const daysLeft = Math.ceil(msLeft / DAY_MS)
  if (daysLeft > windowDays) return undefined
  const successor = successorOf(id)
  return {
    runtime: id,
    state: msLeft <= 0 ? 'deprecated' : 'deprecating',
    date,
    daysLeft,
    ...(successor && successor !== id ? { successor } : {})
  }
}

function successorOf(id: string): string | undefined {
  const family = /^[a-z]+/.exec(id)?.[0] ?? ''
  return ownValue(SUCCESSOR_BY_FAMILY, family.replace(/core$/, ''))
}
