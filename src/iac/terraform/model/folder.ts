import type { SourceLocation } from '../../../model/location.js'
import { asList, get, isMap, type MapValue, type Value } from '../../../model/value.js'
import { refsIn } from '../eval/values.js'

/** A resource, data source or module call of the folder, its body evaluated. */
export interface TfBlock {
  mode: 'resource' | 'data' | 'module'
  type: string
  name: string
  address: string
  body: MapValue
  loc: SourceLocation
}

/** The evaluated blocks of one folder, looked up by address and type. */
export class Folder {
  private readonly byAddress = new Map<string, TfBlock>()
  private readonly byType = new Map<string, TfBlock[]>()

  constructor(readonly blocks: readonly TfBlock[]) {
    for (const b of blocks) {
      this.byAddress.set(b.address, b)
      const key = b.mode === 'data' ? `data.${b.type}` : b.type
      const list = this.byType.get(key)
      if (list) list.push(b)
      else this.byType.set(key, [b])
    }
  }

  get(address: string): TfBlock | undefined {
    return this.byAddress.get(address)
  }

  /** Resources of a type (`aws_iam_role`), or data sources with `data.` (`data.archive_file`). */
  ofType(type: string): readonly TfBlock[] {
    return this.byType.get(type) ?? []
  }

  /** The block of `type` a value refers to (`aws_iam_role.lambda.arn` → that role). */
  referenced(v: Value | undefined, type: string): TfBlock | undefined {
    const prefix = `${type}.`
    for (const ref of refsIn(v)) {
      if (ref.startsWith(prefix)) {
        const b = this.byAddress.get(ref)
        if (b) return b
      }
    }
    return undefined
  }
}

/** The first nested block `name` of a body (`environment { ... }`), as a map. */
export function nested(body: Value | undefined, name: string): MapValue | undefined {
  return nestedAll(body, name)[0]
}

/** Every nested block `name` of a body; `.tf.json` objects and lists count as blocks too. */
export function nestedAll(body: Value | undefined, name: string): MapValue[] {
  return asList(get(body, name)).filter(isMap)
}
