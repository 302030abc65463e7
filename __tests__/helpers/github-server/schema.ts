import { invalidRequest } from './http.js'

/**
 * Reads request fields the way GitHub's schema check does: a missing required field or a value
 * of the wrong type is a 422 `Invalid request.` naming the field.
 */

export type Json = Record<string, unknown>

const show = (value: unknown) => JSON.stringify(value)

function missing(key: string): never {
  throw invalidRequest(`"${key}" wasn't supplied.`)
}

function wrongType(key: string, value: unknown, type: string): never {
  throw invalidRequest(`For 'properties/${key}', ${show(value)} is not ${type}.`)
}

export function optionalString(body: Json, key: string): string | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? value : wrongType(key, value, 'a string')
}

export function requireString(body: Json, key: string): string {
  return optionalString(body, key) ?? missing(key)
}

export function optionalInteger(body: Json, key: string): number | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  return Number.isInteger(value) ? (value as number) : wrongType(key, value, 'an integer')
}

export function requireInteger(body: Json, key: string): number {
  return optionalInteger(body, key) ?? missing(key)
}

export function optionalEnum<T extends string>(
  body: Json,
  key: string,
  values: readonly T[]
): T | undefined {
  const value = optionalString(body, key)
  if (value === undefined || (values as readonly string[]).includes(value)) return value as T
  throw invalidRequest(
    `For 'properties/${key}', ${show(value)} is not a member of ${show(values)}.`
  )
}

export function requireEnum<T extends string>(body: Json, key: string, values: readonly T[]): T {
  return optionalEnum(body, key, values) ?? missing(key)
}

export function optionalObject(body: Json, key: string): Json | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  return isObject(value) ? value : wrongType(key, value, 'an object')
}

export function optionalArray(body: Json, key: string): unknown[] | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  return Array.isArray(value) ? value : wrongType(key, value, 'an array')
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A positive integer from a path parameter, or undefined (GitHub answers such paths 404). */
export function pathNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  return Number(value)
}
