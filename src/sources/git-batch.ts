import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { SAFE_GIT_ARGS } from './git-command.js'

interface Pending {
  /** The name asked for: sent again if git must be started again in its older mode. */
  name: string
  resolve: (object: GitObject | undefined) => void
  reject: (err: Error) => void
  /** Bytes of content kept at most: a larger blob is answered with its size alone. */
  limit: number
  /** Answered only when the object is a blob: anything else is missing to this request. */
  blobOnly: boolean
}

/** An object as `git cat-file` answers for it: its bytes unless only its size was asked for. */
export interface GitObject {
  id: string
  type: string
  size: number
  bytes?: Buffer
}

/**
 * Git's exit code for an option it does not know: `--batch-command` came with git 2.36.
 */
const UNKNOWN_OPTION = 129

/**
 * Objects of one repository through a single long-lived `git cat-file`: one process for every
 * read, not one per file.
 * Requests are answered in order; the process does not keep the program alive while nothing is
 * asked of it. Git 2.36 and later buffer the answers to each batch of requests and write them at
 * once (`--batch-command --buffer` and `flush`) rather than one write per object; older git
 * answers object by object (`--batch`).
 */
export class GitBlobReader {
  private child?: ChildProcessWithoutNullStreams
  private readonly queue: Pending[] = []
  /** Output received and not yet answered, kept as chunks until the next answer is complete. */
  private chunks: Buffer[] = []
  private received = 0
  /** Bytes the next answer needs before it can be parsed (0: unknown yet). */
  private needed = 0
  /** Bytes still to drop of a blob larger than its read's limit. */
  private skipping = 0
  private failure?: Error
  /**
   * Names asked for by the work now running, written to git in one go as soon as it is done:
   * not at the next turn of the event loop, after whatever else is queued.
   */
  private unsent: string[] = []
  /** The git in use has no `--batch-command`: found once, when it refuses the option. */
  private perObject = false
  /** Whether the running process has answered anything yet. */
  private answered = false

  constructor(private readonly repo: string) {}

  /** A blob's bytes by object name (`<commit>:<path>` or a blob id); undefined when missing. */
  async read(object: string): Promise<Buffer | undefined> {
    return (await this.request(object, Infinity, true))?.bytes
  }

  /**
   * A blob by name with its size, in one request: the content only when it holds at most `limit`
   * bytes (a larger one is dropped as it arrives, never held); undefined when missing.
   */
  readUpTo(object: string, limit: number): Promise<GitObject | undefined> {
    // Asked for every file a scan reads: answered by the request itself, with no await between.
    return this.request(object, limit, true)
  }

  /** Any object by name (`<rev>^{commit}`, `<commit>^{tree}`, an id); undefined when missing. */
  object(object: string, limit = Infinity): Promise<GitObject | undefined> {
    return this.request(object, limit, false)
  }

  private request(
    object: string,
    limit: number,
    blobOnly: boolean
  ): Promise<GitObject | undefined> {
    if (/[\n\0]/.test(object)) return Promise.resolve(undefined)
    if (this.failure) return Promise.reject(this.failure)
    this.process()
    return new Promise((resolve, reject) => {
      if (this.queue.push({ name: object, resolve, reject, limit, blobOnly }) === 1)
        this.setActive(true)
      if (this.unsent.push(object) === 1) queueMicrotask(() => this.send(this.unsent.splice(0)))
    })
  }

  private send(names: string[]): void {
    const child = this.process()
    child.stdin.write(
      this.perObject
        ? `${names.join('\n')}\n`
        : `${names.map(name => `contents ${name}\n`).join('')}flush\n`
    )
  }

  /** Ends the process (reads afterwards start a new one). */
  close(): void {
    this.child?.stdin.end()
    this.child = undefined
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child
    const mode = this.perObject ? ['--batch'] : ['--batch-command', '--buffer']
    const child = spawn('git', [...SAFE_GIT_ARGS, 'cat-file', ...mode], {
      cwd: this.repo,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    this.answered = false
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    child.stderr.resume()
    const fail = (err: Error): void => this.fail(err)
    child.on('error', fail)
    // Writing to a git that already exited never stops the program: its exit settles the reads.
    child.stdin.on('error', () => undefined)
    child.on('exit', code => {
      if (this.child === child) this.child = undefined
      if (code === UNKNOWN_OPTION && !this.perObject && !this.answered) return this.olderGit()
      if (this.queue.length > 0) fail(new Error(`git cat-file exited with code ${code}`))
    })
    this.child = child
    this.setActive(false)
    return child
  }

  /**
   * Answers `<id> <type> <size>\n<bytes>\n` or `<name> missing\n`, as many as have arrived. A
   * large blob arrives in many chunks: they are joined once it is complete, not at every chunk.
   */
  private receive(chunk: Buffer): void {
    const dropped = Math.min(this.skipping, chunk.length)
    this.skipping -= dropped
    if (dropped === chunk.length) return
    this.chunks.push(dropped > 0 ? chunk.subarray(dropped) : chunk)
    this.received += chunk.length - dropped
    if (this.received < this.needed) return
    const buffer =
      this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks)
    const at = this.answer(buffer)
    this.chunks = at < buffer.length ? [buffer.subarray(at)] : []
    this.received = buffer.length - at
  }

  /** Settles every complete answer at the start of `buffer`; returns where the rest starts. */
  private answer(buffer: Buffer): number {
    let at = 0
    this.needed = 0
    for (;;) {
      const eol = buffer.indexOf(10, at)
      if (eol < 0) return at
      // Ids, types and sizes are ASCII; a `missing` answer is only told apart.
      const header = buffer.toString('latin1', at, eol)
      const m = /^(\S+) (\w+) (\d+)$/.exec(header)
      if (!m) {
        at = eol + 1
        this.settle(undefined)
        continue
      }
      const found = { id: m[1] as string, type: m[2] as string, size: Number(m[3]) }
      const end = eol + 1 + found.size + 1
      if (found.size > (this.queue[0]?.limit ?? Infinity)) {
        at = Math.min(end, buffer.length)
        this.skipping = end - at
        this.settle(found)
        continue
      }
      if (buffer.length < end) {
        this.needed = end - at
        return at
      }
      const bytes = Buffer.from(buffer.subarray(eol + 1, eol + 1 + found.size))
      at = end
      this.settle({ id: found.id, type: found.type, size: found.size, bytes })
    }
  }

  /** Git without `--batch-command`: the same requests again, in its per-object mode. */
  private olderGit(): void {
    this.perObject = true
    this.chunks = []
    this.received = 0
    this.needed = 0
    this.skipping = 0
    if (this.queue.length === 0) return
    this.send(this.queue.map(p => p.name))
    this.setActive(true)
  }

  private settle(object: GitObject | undefined): void {
    this.answered = true
    const pending = this.queue.shift()
    pending?.resolve(pending.blobOnly && object?.type !== 'blob' ? undefined : object)
    if (this.queue.length === 0) this.setActive(false)
  }

  private fail(err: Error): void {
    this.failure = err
    for (const p of this.queue.splice(0)) p.reject(err)
  }

  /** Keeps the program alive only while answers are awaited. */
  private setActive(active: boolean): void {
    const child = this.child
    if (!child) return
    const streams = [child.stdout, child.stderr, child.stdin] as unknown as {
      ref?: () => void
      unref?: () => void
    }[]
    if (active) {
      child.ref()
      streams.forEach(s => s.ref?.())
    } else {
      child.unref()
      streams.forEach(s => s.unref?.())
    }
  }
}
