import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  diagnostic
} from "./chunk-X54H5DKA.js";

// src/sources/text.ts
import { constants, isUtf8 } from "node:buffer";
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var REPLACEMENT = "\uFFFD";
var BINARY_PROBE = 8e3;
function decodeText(path, bytes, maxBytes) {
  if (bytes.byteLength > maxBytes) return tooLarge(path, bytes.byteLength, maxBytes);
  if (isUtf32(bytes)) {
    const why = "starts with a UTF-32 byte order mark: save it as UTF-8 to have it checked";
    return { diagnostic: diagnostic(path, why, "invalid-encoding") };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(path, bytes, utf16);
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
  if (nul >= 0)
    return { diagnostic: binaryDiagnostic(path, bytes, nul), preview: bytesShown(bytes) };
  if (bytes.byteLength <= constants.MAX_STRING_LENGTH || isUtf8(bytes)) {
    const text = bufferOf(bytes).toString("utf8");
    if (!text.includes(REPLACEMENT) || isUtf8(bytes)) return { text: withoutBom(text) };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    return {
      diagnostic: diagnostic(
        path,
        `not valid UTF-8 (first bad byte at offset ${offset}): save it as UTF-8 to have it checked`,
        "invalid-encoding",
        { line }
      )
    };
  }
}
function isUtf32(bytes) {
  const [a, b, c, d] = bytes;
  return a === 255 && b === 254 && c === 0 && d === 0 || a === 0 && b === 0 && c === 254 && d === 255;
}
function utf16Encoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return void 0;
}
function decodeUtf16(path, bytes, encoding) {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const why = `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`;
    return { diagnostic: diagnostic(path, why, "invalid-encoding") };
  }
}
function bytesShown(bytes) {
  return bufferOf(bytes).toString("latin1").replaceAll("\0", "");
}
function binaryDiagnostic(path, bytes, nul) {
  const line = countLines(bytes, nul);
  if (looksLikeBomlessUtf16(bytes)) {
    const why2 = "looks like UTF-16 text without a byte order mark, which cannot be decoded safely: save it as UTF-8 (or UTF-16 with a BOM) to have it checked";
    return diagnostic(path, why2, "invalid-encoding", { line });
  }
  const why = `holds binary content (a NUL byte at offset ${nul}), not text: it cannot be checked`;
  return diagnostic(path, why, "binary-content", { line });
}
function looksLikeBomlessUtf16(bytes) {
  const probe = bytes.subarray(0, Math.min(bytes.length, BINARY_PROBE) & ~1);
  if (probe.length < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < probe.length; i += 2) {
    if (probe[i] === 0) evenNul++;
    if (probe[i + 1] === 0) oddNul++;
  }
  const pairs = probe.length / 2;
  return Math.max(evenNul, oddNul) >= pairs * 0.9 && Math.min(evenNul, oddNul) <= pairs * 0.05;
}
function isLfsPointer(text) {
  return text.length < 1024 && text.startsWith("version https://git-lfs.github.com/spec/v1");
}
var PREVIEW_BYTES = 64 * 1024;
function previewText(bytes) {
  return new TextDecoder("utf-8").decode(bytes.subarray(0, PREVIEW_BYTES));
}
function tooLarge(path, size, maxBytes) {
  return { diagnostic: tooLargeDiagnostic(path, size, maxBytes) };
}
function tooLargeDiagnostic(path, size, maxBytes) {
  return diagnostic(
    path,
    `not read: its ${sizeText(size)} is over the max-file-size limit of ${sizeText(maxBytes)}; set \`max-file-size\` in .serverless-gate.yml to at least ${size} (bytes) to have it checked`,
    "file-too-large"
  );
}
function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB (${bytes} bytes)`;
}
function countLines(bytes, end) {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 128 ? 0 : c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : -1;
    if (need < 0) return i;
    if (need > 0 && !validContinuation(b, i, need)) return i;
    i += need + 1;
  }
  return b.length;
}
function validContinuation(b, i, need) {
  const lead = b[i];
  for (let k = 1; k <= need; k++) {
    const c = b[i + k];
    if (c === void 0 || (c & 192) !== 128) return false;
  }
  const second = b[i + 1];
  if (lead === 224 && second < 160) return false;
  if (lead === 237 && second > 159) return false;
  if (lead === 240 && second < 144) return false;
  if (lead === 244 && second > 143) return false;
  return true;
}
function bufferOf(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

export {
  decodeText,
  isLfsPointer,
  PREVIEW_BYTES,
  previewText,
  tooLarge,
  withoutBom
};
