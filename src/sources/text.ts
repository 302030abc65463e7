import { constants, isUtf8 } from 'node:buffer'
import { diagnostic } from '../model/location.js'
import type { ReadResult } from './types.js'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** What decoding puts in place of bytes that are not UTF-8. */
const REPLACEMENT = '\uFFFD'

/** How many leading bytes are looked at for NUL bytes: git's own test for binary content. */
const BINARY_PROBE = 8000

/**
 * Decodes a file's bytes as text. UTF-8 (a BOM dropped) and UTF-16 with a byte order mark are
 * decoded; binary content, UTF-16 without a BOM and invalid UTF-8 are located errors and the file
 * is not scanned: guessing an encoding could move every line.
 */
export function decodeText(path: string, bytes: Uint8Array, maxBytes: number): ReadResult {
  if (bytes.byteLength > maxBytes) return tooLarge(path, bytes.byteLength, maxBytes)
  if (isUtf32(bytes)) {
    const why = 'starts with a UTF-32 byte order mark: save it as UTF-8 to have it checked'
    return { diagnostic: diagnostic(path, why, 'invalid-encoding') }
  }
  const utf16 = utf16Encoding(bytes)
  if (utf16) return decodeUtf16(path, bytes, utf16)
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0)
  if (nul >= 0)
    return { diagnostic: binaryDiagnostic(path, bytes, nul), preview: bytesShown(bytes) }
  // Decoding with Buffer is several times faster than a fatal TextDecoder on large files, and
  // replaces every sequence that is not UTF-8 with U+FFFD: a text without one was valid, so the
  // bytes are read once, not validated first. A file that writes U+FFFD itself is validated, and
  // so is one too long for a string (a raised `max-file-size`): an invalid one is refused as such.
  if (bytes.byteLength <= constants.MAX_STRING_LENGTH || isUtf8(bytes)) {
    const text = bufferOf(bytes).toString('utf8')
    if (!text.includes(REPLACEMENT) || isUtf8(bytes)) return { text: withoutBom(text) }
  }
  try {
    return { text: decoder.decode(bytes) }
  } catch {
    const offset = firstInvalidUtf8(bytes)
    const line = countLines(bytes, offset)
    return {
      diagnostic: diagnostic(
        path,
        `not valid UTF-8 (first bad byte at offset ${offset}): save it as UTF-8 to have it checked`,
        'invalid-encoding',
        { line }
      )
    }
  }
}

/**
 * UTF-32, which no deploying tool reads: its little-endian mark starts like UTF-16's, and read as
 * UTF-16 each character came with a NUL, so no AWS type showed and a template passed unread.
 */
function isUtf32(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes
  return (
    (a === 0xff && b === 0xfe && c === 0 && d === 0) ||
    (a === 0 && b === 0 && c === 0xfe && d === 0xff)
  )
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function decodeUtf16(
  path: string,
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be'
): ReadResult {
  try {
    // The BOM is dropped by the decoder, as for UTF-8.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) }
  } catch {
    const why = `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`
    return { diagnostic: diagnostic(path, why, 'invalid-encoding') }
  }
}

/**
 * What binary content spells, for a look at what it is: each byte as a character, NULs dropped,
 * so ASCII text in UTF-16 without a BOM reads as itself. A file whose bytes name no AWS type (one
 * encrypted by git-crypt) is then known to be no template.
 */
function bytesShown(bytes: Uint8Array): string {
  return bufferOf(bytes).toString('latin1').replaceAll('\u0000', '')
}

/** NUL bytes at every other position are UTF-16 text without its byte order mark. */
function binaryDiagnostic(path: string, bytes: Uint8Array, nul: number) {
  const line = countLines(bytes, nul)
  if (looksLikeBomlessUtf16(bytes)) {
    const why =
      'looks like UTF-16 text without a byte order mark, which cannot be decoded safely: save it as UTF-8 (or UTF-16 with a BOM) to have it checked'
    return diagnostic(path, why, 'invalid-encoding', { line })
  }
  const why = `holds binary content (a NUL byte at offset ${nul}), not text: it cannot be checked`
  return diagnostic(path, why, 'binary-content', { line })
}

function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, Math.min(bytes.length, BINARY_PROBE) & ~1)
  if (probe.length < 4) return false
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < probe.length; i += 2) {
    if (probe[i] === 0) evenNul++
    if (probe[i + 1] === 0) oddNul++
  }
  const pairs = probe.length / 2
  // ASCII-range text in UTF-16 has a NUL in (nearly) every pair, always on the same side.
  return Math.max(evenNul, oddNul) >= pairs * 0.9 && Math.min(evenNul, oddNul) <= pairs * 0.05
}

/** A Git LFS pointer file: what a checkout without LFS holds in place of the real file. */
export function isLfsPointer(text: string): boolean {
  return text.length < 1024 && text.startsWith('version https://git-lfs.github.com/spec/v1')
}

/** How much of a file over the size limit is read to tell whether the gate needs it. */
export const PREVIEW_BYTES = 64 * 1024

/** The start of a file as text, for a look at what it is; bytes that do not decode are replaced. */
export function previewText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, PREVIEW_BYTES))
}

/** A file over `max-file-size`: an error naming its size and the setting that raises the limit. */
export function tooLarge(path: string, size: number, maxBytes: number): ReadResult {
  return { diagnostic: tooLargeDiagnostic(path, size, maxBytes) }
}

export function tooLargeDiagnostic(path: string, size: number, maxBytes: number) {
  return diagnostic(
    path,
    `not read: its ${sizeText(size)} is over the max-file-size limit of ${sizeText(maxBytes)}; set \`max-file-size\` in .serverless-gate.yml to at least ${size} (bytes) to have it checked`,
    'file-too-large'
  )
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB (${bytes} bytes)`
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

function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The text without the byte order mark it may start with. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
