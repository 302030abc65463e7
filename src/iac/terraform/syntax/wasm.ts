import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Language, Parser } from 'web-tree-sitter'

/**
 * Loads the Terraform grammar (WebAssembly) once, lazily. The release bundle ships
 * `tree-sitter.wasm` and `tree-sitter-terraform.wasm` next to itself; in development and tests
 * they are found in `node_modules`.
 */

const RUNTIME_WASM = 'tree-sitter.wasm'
const GRAMMAR_WASM = 'tree-sitter-terraform.wasm'

let loading: Promise<Parser> | undefined

/** The shared parser. Parsing is synchronous, so one instance serves every caller. */
export function terraformParser(): Promise<Parser> {
  loading ??= load()
  return loading
}

async function load(): Promise<Parser> {
  const runtime = locate(RUNTIME_WASM, () =>
    requireHere().resolve(`web-tree-sitter/${RUNTIME_WASM}`)
  )
  const grammar = locate(GRAMMAR_WASM, () =>
    join(
      dirname(requireHere().resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')),
      GRAMMAR_WASM
    )
  )
  await Parser.init({ locateFile: (name: string) => (name === RUNTIME_WASM ? runtime : name) })
  const language = await Language.load(new Uint8Array(await readFile(grammar)))
  const parser = new Parser()
  parser.setLanguage(language)
  return parser
}

/** The file next to the running module (the bundle), else from the installed package. */
function locate(name: string, fromPackage: () => string): string {
  const beside = fileURLToPath(new URL(name, import.meta.url))
  if (existsSync(beside)) return beside
  return fromPackage()
}

function requireHere(): NodeJS.Require {
  return createRequire(import.meta.url)
}
