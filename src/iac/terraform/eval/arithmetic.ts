/**
 * Arithmetic on number literals only (`-1`, `60 * 60`, `-(2 + 3) % 4`): the value Terraform would
 * compute, without looking at anything else. Anything that is not numbers, `+ - * / %` and
 * parentheses (a reference, a function call, a comparison) is not decided here: undefined.
 * The text is read as data by a small recursive-descent parser; nothing is executed.
 */

/** Longer expressions are not "trivially constant": they stay symbolic. */
const MAX_TEXT = 256
/** Parentheses nested deeper than this are not followed. */
const MAX_DEPTH = 16

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([-+*/%()]))/y

type Token = number | string

export function constantArithmetic(text: string): number | undefined {
  if (text.length > MAX_TEXT) return undefined
  const tokens = tokenize(text)
  if (!tokens) return undefined
  const parser = new Parser(tokens)
  const value = parser.sum(0)
  return value !== undefined && parser.done() && Number.isFinite(value) ? value : undefined
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.length) {
    if (text.slice(TOKEN.lastIndex).trim() === '') break
    const m = TOKEN.exec(text)
    if (!m) return undefined
    tokens.push(m[1] !== undefined ? Number(m[1]) : (m[2] as string))
  }
  return tokens
}

class Parser {
  private at = 0

  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.at === this.tokens.length
  }

  /** `a + b - c` */
  sum(depth: number): number | undefined {
    let left = this.product(depth)
    while (left !== undefined && (this.peek() === '+' || this.peek() === '-')) {
      const op = this.next()
      const right = this.product(depth)
      if (right === undefined) return undefined
      left = op === '+' ? left + right : left - right
    }
    return left
  }

  /** `a * b / c % d` */
  private product(depth: number): number | undefined {
    let left = this.unary(depth)
    while (left !== undefined && ['*', '/', '%'].includes(String(this.peek()))) {
      const op = this.next()
      const right = this.unary(depth)
      if (right === undefined) return undefined
      left = op === '*' ? left * right : op === '/' ? left / right : left % right
    }
    return left
  }

  /** `-a`: Terraform has unary minus only (no unary plus). */
  private unary(depth: number): number | undefined {
    if (this.peek() !== '-') return this.primary(depth)
    this.next()
    const operand = this.unary(depth)
    return operand === undefined ? undefined : -operand
  }

  private primary(depth: number): number | undefined {
    const token = this.next()
    if (typeof token === 'number') return token
    if (token !== '(' || depth >= MAX_DEPTH) return undefined
    const inner = this.sum(depth + 1)
    return this.next() === ')' ? inner : undefined
  }

  private peek(): Token | undefined {
    return this.tokens[this.at]
  }

  private next(): Token | undefined {
    return this.tokens[this.at++]
  }
}
