import type { Attr, ModuleCall, Resource } from '../../../../model/types.js'
import { asString, entry, get, isMap, type MapValue, type Value } from '../../../../model/value.js'
import { booleanAt, locOfEntry, stringAt } from '../../../shared/attrs.js'
import type { Draft } from '../draft.js'
import type { TfBlock } from '../folder.js'
import type { KnownModule } from './sources.js'

/**
 * The newest major version whose inputs the gate follows, per module (sqs 4.x, sns 6.x,
 * s3-bucket 4.x, apigateway-v2 5.x, dynamodb-table 4.x).
 */
const KNOWN_MAJOR: Record<KnownModule, number> = {
  sqs: 4,
  sns: 6,
  's3-bucket': 4,
  'apigateway-v2': 5,
  'dynamodb-table': 4
}

/** What `terraform init` installed for a module call (`.terraform/modules/modules.json`). */
export interface InstalledModule {
  source: string
  version?: string
  /** Root-relative folder it was installed in. */
  dir?: string
  /** Its line in the manifest. */
  line?: number
  /** Its folder is read as a Terraform folder of its own (a module the gate does not model). */
  read?: boolean
}

/**
 * The inputs of one call of a well-known module, read as the module documents them. Every input
 * the gate cannot resolve is recorded on the call as undecided.
 */
export class ModuleInputs {
  readonly call: ModuleCall
  readonly major: number | undefined

  constructor(
    readonly block: TfBlock,
    readonly module: KnownModule,
    source: string,
    installed: InstalledModule | undefined
  ) {
    const version =
      installed?.version ??
      asString(get(block.body, 'version')) ??
      /[?&]ref=([^&]+)/.exec(source)?.[1]
    this.major = majorOf(version)
    this.call = { id: block.address, source, version, modelled: [], undecided: [], loc: block.loc }
    if (this.major !== undefined && this.major > KNOWN_MAJOR[module]) {
      this.note(
        'version',
        `version ${version ?? ''} is newer than the ${KNOWN_MAJOR[module]}.x the gate follows: inputs it renamed or added are not read`,
        block.loc
      )
    }
  }

  get body(): MapValue {
    return this.block.body
  }

  /** A boolean input; a symbolic one is undecided. */
  flag(key: string): Attr<boolean> | undefined {
    return this.decided(key, booleanAt(this.body, key))
  }

  /** A string input; a symbolic one is undecided. */
  text(key: string): Attr<string> | undefined {
    return this.decided(key, stringAt(this.body, key))
  }

  /** A map input (an object); an unresolved one is undecided and read as absent. */
  map(key: string): MapValue | undefined {
    const v = get(this.body, key)
    if (isMap(v)) return v
    if (v?.kind === 'symbolic') this.undecidedAt(key, v)
    return undefined
  }

  /** Whether a `create*` input leaves the resource in: `unknown` when it is not static. */
  creates(key: string, byDefault: boolean): boolean | 'unknown' {
    const e = entry(this.body, key)
    if (!e) return byDefault
    const a = booleanAt(this.body, key)
    if (a && typeof a.value === 'boolean') return a.value
    this.note(
      key,
      'not known before deployment: what it creates is modelled as created',
      locOfEntry(e)
    )
    return 'unknown'
  }

  /** Adds a resource modelled from the call, and lists it on the call. */
  add(draft: Draft, r: Resource): void {
    draft.addResource(r)
    this.call.modelled.push(r.id)
  }

  note(input: string, reason: string, loc: ModuleCall['loc']): void {
    this.call.undecided.push({ input, reason, loc })
  }

  undecidedAt(input: string, v: Value): void {
    const e = entry(this.body, input)
    this.note(input, 'not known before deployment', e ? locOfEntry(e) : v.loc)
  }

  private decided<T>(key: string, a: Attr<T> | undefined): Attr<T> | undefined {
    if (a && typeof a.value === 'object' && a.value !== null) {
      this.note(key, 'not known before deployment', a.loc)
    }
    return a
  }
}

/** The major version in a version or constraint (`4.2.0`, `~> 4.0`, `v5.1.0`). */
export function majorOf(version: string | undefined): number | undefined {
  // The first version of a constraint; a Git ref that is no version (a commit, a branch) is none.
  const m = /^[\s~>=<!^]*v?(\d+)(?:\.|\s*$|\s*,)/.exec(version ?? '')
  return m ? Number(m[1]) : undefined
}
