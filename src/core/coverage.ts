import { selectLockfiles } from '../deps/registry.js'
import {
  discoverIac,
  isServerlessFile,
  isTemplateByName,
  looksLikeServerlessService,
  looksLikeTemplate,
  OUT_OF_SCOPE_CODE
} from '../iac/discover.js'
import { installedModuleFolders } from '../iac/installed-modules.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import type { Model } from '../model/types.js'
import type { FileSource } from '../sources/types.js'

/** What the readers of one side of a scan made of its files. */
export interface SideOutcome {
  /** The side's files, as every stage saw them. */
  source: FileSource
  /** The IaC model, when the IaC scanner is on. */
  model?: Model
  /** Lockfiles and manifests parsed, when the dependency scanner is on. */
  lockfiles?: readonly string[]
  /** Every diagnostic the readers gave about this side. */
  diagnostics: readonly Diagnostic[]
}

/**
 * The gate's one rule, checked at the end of every scan: each file it recognises as something it
 * checks (IaC by name and content, lockfiles and manifests by name) was either evaluated or has
 * an error saying why not. Any other file was dropped by a reader: an error of its own, so the
 * result can never be `pass` for a file nobody looked at.
 */
export async function uncheckedFiles(side: SideOutcome): Promise<Diagnostic[]> {
  const recognised = await recognisedFiles(side)
  const accounted = accountedFiles(side)
  // A folder that could not be listed may hold any number of such files: each is an error too.
  const unlisted = (await side.source.listingProblems?.()) ?? []
  const dropped = [...recognised]
    .filter(([file]) => !accounted.has(file))
    .map(([file, kind]) =>
      diagnostic(
        file,
        `recognised as ${kind} but neither checked nor reported as unreadable in ${side.source.label}: the gate cannot vouch for it`,
        'not-checked'
      )
    )
  return [...unlisted, ...dropped]
}

/** Recognised files and what they were recognised as. */
async function recognisedFiles(side: SideOutcome): Promise<Map<string, string>> {
  const files = await side.source.list()
  const out = new Map<string, string>()
  if (side.lockfiles) for (const f of selectLockfiles(files)) out.set(f, 'a lockfile or manifest')
  if (!side.model) return out
  const { templates, terraform } = discoverIac(files)
  for (const tf of [...terraform.values()].flat()) out.set(tf, 'Terraform')
  const installed = await installedModuleFolders(terraform, files, async path => {
    const read = await side.source.read(path)
    return 'text' in read ? read.text : undefined
  })
  for (const tf of installed.folders.flatMap(f => f.files)) out.set(tf, 'Terraform')
  for (const file of templates) {
    if (isServerlessFile(file)) out.set(file, 'a Serverless Framework service')
    else if (await readsAsTemplate(side.source, file)) out.set(file, 'an IaC template')
  }
  return out
}

/**
 * By name, or by content: a YAML/JSON file whose text declares AWS resource types. One that
 * could not be read counts unless the start of its text shows it is something else.
 */
async function readsAsTemplate(source: FileSource, file: string): Promise<boolean> {
  if (isTemplateByName(file)) return true
  const read = await source.read(file)
  if ('text' in read)
    return looksLikeTemplate(read.text) || looksLikeServerlessService(file, read.text)
  return read.preview === undefined || looksLikeTemplate(read.preview)
}

/** Files evaluated into the model or a lockfile scan, with an error, or stated out of scope. */
function accountedFiles(side: SideOutcome): Set<string> {
  const out = new Set<string>(side.lockfiles ?? [])
  for (const service of side.model?.services ?? []) for (const f of service.files) out.add(f)
  for (const d of side.diagnostics)
    if (d.severity === 'error' || d.code === OUT_OF_SCOPE_CODE) out.add(d.file)
  return out
}
