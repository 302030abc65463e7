import { display, literal } from '../model/attr.js'
import { formatLocation, type Diagnostic } from '../model/location.js'
import type {
  Attr,
  Endpoint,
  LambdaFunction,
  Model,
  ModuleCall,
  PolicyStatement,
  Resource,
  Role,
  Service,
  Trigger
} from '../model/types.js'
import type { FunctionFacts } from '../paths/index.js'

/** What a repository deploys, per service: the functions, how they are reached, what they may do. */
export interface Inventory {
  services: ServiceInventory[]
  diagnostics: Diagnostic[]
}

export interface ServiceInventory {
  id: string
  name: string
  format: string
  functions: FunctionInventory[]
  /** Policies and settings this service writes for resources (and function URLs) defined elsewhere. */
  external: ExternalInventory[]
  /** IAM users and groups, with what their policies allow. */
  principals: PrincipalInventory[]
  /** API stages, with the throttling that holds for them and where it comes from. */
  stages: StageInventory[]
  counts: { functions: number; endpoints: number; roles: number; resources: number }
  /** Terraform registry and Git module calls: modelled, read where installed, or not checked. */
  modules?: ModuleInventory[]
}

export interface ModuleInventory {
  id: string
  source: string
  version?: string
  location: string
  /** The resources and endpoints modelled from the call's inputs. */
  modelled: string[]
  /** Inputs whose facts are undecided, and why. */
  undecided: { input: string; reason: string; location: string }[]
  /** Where `terraform init` installed it, when its files are read as a folder of their own. */
  installedAt?: string
}

export interface PrincipalInventory {
  id: string
  kind: 'user' | 'group'
  /** False for a user or group defined elsewhere that this service gives a policy. */
  defined: boolean
  location: string
  permissions: FunctionInventory['permissions']
}

export interface StageInventory {
  id: string
  /** `REST`, `HTTP`, `WEBSOCKET`, when known. */
  protocol?: string
  stage?: string
  location: string
  /** Limits set on the stage or its methods: they hold for every request. */
  throttle?: { rate?: string; burst?: string }
  /** A usage plan on the stage: its limits hold only for requests that carry one of its API keys. */
  usagePlan?: {
    id: string
    rate?: string
    burst?: string
    quota?: string
    location: string
    appliesTo: 'requests with an API key of the plan'
  }
}

export interface ExternalInventory {
  /** The policy, setting or URL resource written here. */
  id: string
  /** What it governs: `queue`, `topic`, `api-stage`, `function` (for a function URL)... */
  kind: string
  /** The target as the template names it. */
  target: string
  location: string
}

export interface FunctionInventory {
  id: string
  location: string
  runtime?: string
  handler?: string
  triggers: { kind: string; source?: string; auth?: string; location: string }[]
  role?: string
  permissions: { effect: string; actions: string[]; resources: string[]; location: string }[]
  /** Who can invoke it, strongest first, with each way in. */
  reach?: { level: string; entries: { level: string; via: string; location: string }[] }
  /** The vulnerable packages it ships, or why that is unknown. */
  ships?:
    | { known: false; lockfiles: string[]; reason: string }
    | {
        known: true
        lockfiles: string[]
        vulnerable: { package: string; severity: string; ids: string[]; location: string }[]
      }
  /** What its role lets it do, by class, with the grant. */
  mayDo?: { class: string; action: string; resource: string; location: string }[]
}

export function inventoryOf(model: Model, facts?: readonly FunctionFacts[]): Inventory {
  return {
    services: model.services.map(s => serviceInventory(s, facts)),
    diagnostics: model.diagnostics
  }
}

function serviceInventory(s: Service, facts?: readonly FunctionFacts[]): ServiceInventory {
  return {
    id: s.id,
    name: s.name,
    format: s.format,
    functions: s.functions.map(f => ({
      ...functionInventory(s, f),
      ...factsInventory(facts?.find(x => x.service === s.id && x.functionId === f.id))
    })),
    external: externalInventory(s),
    stages: s.resources.filter(r => r.kind === 'api-stage').map(stageInventory),
    principals: (s.principals ?? []).map(p => ({
      id: p.id,
      kind: p.kind,
      defined: p.defined,
      location: formatLocation(p.loc),
      permissions: permissionsOf(p)
    })),
    counts: {
      functions: s.functions.length,
      endpoints: s.endpoints.length,
      roles: s.roles.length,
      resources: s.resources.length
    },
    ...(s.moduleCalls ? { modules: s.moduleCalls.map(moduleInventory) } : {})
  }
}

function moduleInventory(m: ModuleCall): ModuleInventory {
  return {
    id: m.id,
    source: m.source,
    ...(m.version !== undefined ? { version: m.version } : {}),
    location: formatLocation(m.loc),
    modelled: [...m.modelled],
    undecided: m.undecided.map(u => ({
      input: u.input,
      reason: u.reason,
      location: formatLocation(u.loc)
    })),
    ...(m.installedAt !== undefined ? { installedAt: m.installedAt } : {})
  }
}

function stageInventory(r: Resource): StageInventory {
  const a = r.attributes
  const shown = (v: Attr<unknown> | undefined) => (v ? display(v) : undefined)
  const throttle =
    a.throttlingRateLimit || a.throttlingBurstLimit
      ? compact({ rate: shown(a.throttlingRateLimit), burst: shown(a.throttlingBurstLimit) })
      : undefined
  const plan = a.usagePlan
  const quota = a.usagePlanQuotaLimit
    ? `${display(a.usagePlanQuotaLimit)}${a.usagePlanQuotaPeriod ? ` per ${display(a.usagePlanQuotaPeriod)}` : ''}`
    : undefined
  return compact({
    id: r.id,
    protocol: shown(a.protocol),
    stage: shown(a.stageName),
    location: formatLocation(r.loc),
    throttle,
    usagePlan: plan
      ? compact({
          id: display(plan),
          rate: shown(a.usagePlanRateLimit),
          burst: shown(a.usagePlanBurstLimit),
          quota,
          location: formatLocation(plan.loc),
          appliesTo: 'requests with an API key of the plan' as const
        })
      : undefined
  })
}

/** Keys whose value is undefined left out, so JSON shows only what is set. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function externalInventory(s: Service): ExternalInventory[] {
  const targets = (s.externalTargets ?? []).map(t => ({
    id: t.id,
    kind: t.kind,
    target: display(t.target),
    location: formatLocation(t.loc)
  }))
  const urls = s.endpoints
    .filter(e => e.kind === 'function-url' && e.target)
    .map(e => ({
      id: e.id,
      kind: 'function',
      target: display(e.target),
      location: formatLocation(e.loc)
    }))
  return [...targets, ...urls]
}

function functionInventory(s: Service, f: LambdaFunction): FunctionInventory {
  const role = s.roles.find(r => r.id === f.roleId)
  return {
    id: f.id,
    location: formatLocation(f.loc),
    runtime: f.runtime ? display(f.runtime) : undefined,
    handler: f.handler ? display(f.handler) : undefined,
    triggers: f.triggers.map(t => triggerInventory(s, t)),
    role: role?.id ?? (f.roleRef ? display(f.roleRef) : undefined),
    permissions: role ? permissionsOf(role) : []
  }
}

function triggerInventory(s: Service, t: Trigger): FunctionInventory['triggers'][number] {
  const endpoint = t.endpointId ? s.endpoints.find(e => e.id === t.endpointId) : undefined
  return {
    kind: t.kind,
    source: endpoint ? describeEndpoint(endpoint) : t.source ? display(t.source) : undefined,
    auth: endpoint ? describeAuth(endpoint) : undefined,
    location: formatLocation(t.loc)
  }
}

function describeEndpoint(e: Endpoint): string {
  if (e.kind === 'function-url') return 'function URL'
  return [e.method ? display(e.method) : undefined, e.path ? display(e.path) : undefined]
    .filter(Boolean)
    .join(' ')
}

export function describeAuth(e: Endpoint): string {
  const by = e.auth.authorizer ? ` (${display(e.auth.authorizer)})` : ''
  const key = literal(e.apiKeyRequired) === true ? ', API key' : ''
  const type = e.auth.type === 'none' ? 'none: public' : e.auth.type
  return `${type}${by}${key}`
}

function permissionsOf(role: Pick<Role, 'policies'>): FunctionInventory['permissions'] {
  const out: FunctionInventory['permissions'] = []
  for (const policy of role.policies) {
    if (!policy.document) {
      if (policy.arn)
        out.push({
          effect: 'Allow',
          actions: [`policy ${display(policy.arn)}`],
          resources: [],
          location: formatLocation(policy.loc)
        })
      continue
    }
    if (policy.document.symbolic) {
      out.push({
        effect: '?',
        actions: [policy.document.symbolic.expr],
        resources: [],
        location: formatLocation(policy.loc)
      })
    }
    for (const st of policy.document.statements) out.push(statementInventory(st))
  }
  return out
}

function statementInventory(st: PolicyStatement): FunctionInventory['permissions'][number] {
  const actions = [...st.actions.map(display), ...st.notActions.map(a => `NOT ${display(a)}`)]
  const resources = [...st.resources.map(display), ...st.notResources.map(r => `NOT ${display(r)}`)]
  return { effect: display(st.effect), actions, resources, location: formatLocation(st.loc) }
}

/** Reach, ships and may-do of a function, as the inventory shows them. */
function factsInventory(f: FunctionFacts | undefined): Partial<FunctionInventory> {
  if (!f) return {}
  const ships: FunctionInventory['ships'] = f.ships.known
    ? {
        known: true,
        lockfiles: f.ships.lockfiles,
        vulnerable: f.ships.vulnerable.map(p => ({
          package: `${p.ecosystem}:${p.name}@${p.version}`,
          severity: p.severity,
          ids: p.ids,
          location: formatLocation(p.location)
        }))
      }
    : { known: false, lockfiles: f.ships.lockfiles, reason: f.ships.reason }
  return {
    reach: {
      level: f.reach.level,
      entries: f.reach.entries.map(e => ({
        level: e.level,
        via: e.label,
        location: formatLocation(e.location)
      }))
    },
    ships,
    mayDo: f.mayDo.map(c => ({
      class: c.class,
      action: c.action,
      resource: c.resource,
      location: formatLocation(c.location)
    }))
  }
}
