// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ES modules,
// with the worker thread both start to model large trees (dist/worker.js), and copies the WebAssembly grammars the Terraform reader loads at run time next to them.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
// A benchmark bundles into a folder of its own, leaving dist/ as it is.
const dist = process.env.BUNDLE_OUTDIR ?? 'dist'
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })

await build({
  entryPoints: {
    index: 'src/action/index.ts',
    cli: 'src/cli/index.ts',
    worker: 'src/iac/parallel/worker.ts'
  },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Code only some runs need (the IaC readers and rules, for a dependency-only scan) sits in chunks
  // loaded on demand. Chunks stay beside the entry points, where `import.meta.url` finds the
  // worker and the grammars; their names hash their contents, so a rebuild names them alike.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  legalComments: 'linked',
  plugins: [packageVersionOnly()],
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);"
  }
})

const wasm = [
  require.resolve('web-tree-sitter/tree-sitter.wasm'),
  join(
    dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')),
    'tree-sitter-terraform.wasm'
  )
]
for (const file of wasm) copyFileSync(file, join(dist, file.split('/').pop()))

/**
 * Reports name the version that produced them (src/report/tool.ts imports package.json): embed
 * that version, not the whole manifest with its scripts and development dependencies.
 */
function packageVersionOnly() {
  const manifest = resolve('package.json')
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'))
  return {
    name: 'package-version-only',
    setup(build) {
      build.onLoad({ filter: /[\\/]package\.json$/ }, args =>
        args.path === manifest
          ? { contents: JSON.stringify({ version }), loader: 'json' }
          : undefined
      )
    }
  }
}
