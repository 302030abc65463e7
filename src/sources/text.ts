import { isUtf8 } from 'node:buffer'
import { diagnostic } from '../model/location.js'
import type { ReadResult } from './types.js'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Decodes a file's bytes as UTF-8 (dropping a BOM). Invalid UTF-8 is reported at the line of the
 * first bad byte, and the file is not scanned: guessing an encoding could move every line.
 */
export function decodeText(path: string, bytes: Uint8Array, maxBytes: number): ReadResult {
  if (bytes.byteLength > maxBytes) return tooLarge(path, bytes.byteLength, maxBytes)
  // Validating first and decoding with Buffer is several times faster than a fatal TextDecoder
  // on large files (lockfiles of tens of megabytes), and gives the same text.
  if (isUtf8(bytes)) return { text: withoutBom(bufferOf(bytes).toString('utf8')) }
  try {
    return { text: decoder.decode(bytes) }
  } catch {
    const offset = firstInvalidUtf8(bytes)
    const line = countLines(bytes, offset)
    return {
      diagnostic: diagnostic(
        path,
        `not valid UTF-8 (first bad byte at offset ${offset})`,
        'invalid-encoding',
        {
          line
        }
      )
    }
  }
}

function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function tooLarge(path: string, size: number, maxBytes: number): ReadResult {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`
  return {
    diagnostic: diagnostic(
      path,
      `skipped: ${mb(size)} is over the ${mb(maxBytes)} file size limit (max-file-size)`,
      'file-too-large',
      {},
      'warning'
    )
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i] as number
    const need =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1
    if (need < 0) return i
    if (need > 0 && !validContinuation(b, i, need)) return i
    i += need + 1
  }
  return b.length
}

function validContinuation(b: Uint8Array, i: number, need: number): boolean {
  const lead = b[i] as number
  for (let k = 1; k <= need; k++) {
    const c = b[i + k]
    if (c === undefined || (c & 0xc0) !== 0x80) return false
  }
  const second = b[i + 1] as number
  if (lead === 0xe0 && second < 0xa0) return false // overlong
  if (lead === 0xed && second > 0x9f) return false // surrogate
  if (lead === 0xf0 && second < 0x90) return false // overlong
  if (lead === 0xf4 && second > 0x8f) return false // above U+10FFFF
  return true
}
