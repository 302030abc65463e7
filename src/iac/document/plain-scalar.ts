import type { Scalar } from '../../model/value.js'

/**
 * A plain (unquoted) scalar resolved by the YAML 1.2 core schema, exactly as the `yaml` package
 * does it: so both readers agree that `2012-10-17` is a string and `0o17` is 15.
 */
export function resolvePlainScalar(text: string): Scalar {
  const c = text.charCodeAt(0)
  // Most scalars start with a letter that cannot begin a null, boolean or number.
  if (
    !(
      c === 0x7e ||
      c === 0x6e ||
      c === 0x4e ||
      c === 0x74 ||
      c === 0x54 ||
      c === 0x66 ||
      c === 0x46 ||
      c === 0x2e ||
      c === 0x2b ||
      c === 0x2d ||
      (c >= 0x30 && c <= 0x39)
    ) &&
    text !== ''
  )
    return text
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8)
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10)
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16)
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text))
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text)
  return text
}

/**
 * YAML 1.1's other booleans, as PyYAML resolves a plain scalar (`y` and `n` stay strings there).
 */
const YAML_11_BOOLEAN = /^(?:yes|Yes|YES|on|On|ON|no|No|NO|off|Off|OFF)$/

/** A plain scalar's value under YAML 1.1 where it differs: `yes` and `on` true, `no` and `off` false. */
export function yaml11Boolean(text: string): boolean | undefined {
  if (!YAML_11_BOOLEAN.test(text)) return undefined
  return text.toLowerCase() === 'yes' || text.toLowerCase() === 'on'
}
