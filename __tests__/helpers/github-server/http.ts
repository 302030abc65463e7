/** What a route answers: a JSON body, or raw bytes for custom media types. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  raw?: { contentType: string; data: string | Buffer }
}

export const DOCS = 'https://docs.github.com/rest'

/** An error answer in GitHub's shape: `{ message, errors?, documentation_url, status }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: {
      errors?: unknown[]
      headers?: Record<string, string>
      /** Overrides the documentation page of the route. */
      documentationUrl?: string
    } = {}
  ) {
    super(message)
  }
}

export function errorBody(
  status: number,
  message: string,
  documentationUrl: string,
  errors?: unknown[]
): Record<string, unknown> {
  return {
    message,
    ...(errors ? { errors } : {}),
    documentation_url: documentationUrl,
    status: String(status)
  }
}

export const ok = (body: unknown, headers?: Record<string, string>): Reply => ({
  status: 200,
  body,
  headers
})
export const created = (body: unknown): Reply => ({ status: 201, body })
export const noContent = (): Reply => ({ status: 204 })

export const notFound = () => new ApiError(404, 'Not Found')

/** 422 `Validation Failed` with one `{ resource, code, field, message? }` error. */
export function validationFailed(
  resource: string,
  field: string,
  code: string,
  message?: string
): ApiError {
  return new ApiError(422, 'Validation Failed', {
    errors: [{ resource, code, field, ...(message ? { message } : {}) }]
  })
}

/** 422 as the JSON-schema check of GitHub answers it: `Invalid request.\n\n<reason>`. */
export const invalidRequest = (reason: string) => new ApiError(422, `Invalid request.\n\n${reason}`)

/** GitHub's timestamps: ISO 8601 in UTC to the second. */
export const timestamp = (date = new Date()) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Base64 wrapped at 60 characters per line, as GitHub sends file and blob contents. */
export function wrappedBase64(data: Buffer): string {
  const encoded = data.toString('base64')
  const lines = encoded.match(/.{1,60}/g) ?? []
  return lines.map(line => `${line}\n`).join('')
}

/** An object without the server's bookkeeping fields, as the API shows it. */
export function publicView<T extends object>(
  value: T,
  ...hidden: string[]
): Record<string, unknown> {
  const view = { ...value } as Record<string, unknown>
  for (const key of hidden) delete view[key]
  return view
}

/** GitHub's limit on comment, review and issue bodies. */
export const MAX_BODY = 65_536
