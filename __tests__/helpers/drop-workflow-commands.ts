// Code under test logs through @actions/core; lines starting with `::` would be executed as
// workflow commands by the CI runner that runs these tests, so they are dropped here.
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
  if (text.startsWith('::')) return true
  return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)
}) as typeof process.stdout.write
