/**
 * The first item of a paginated list that matches, reading pages only until it is found (the
 * summary comment of a long discussion is usually on the first page).
 */
export async function findInPages<T>(
  pages: AsyncIterable<{ data: T[] }>,
  matches: (item: T) => boolean
): Promise<T | undefined> {
  for await (const page of pages) {
    const found = page.data.find(matches)
    if (found !== undefined) return found
  }
  return undefined
}

/** Page size for every list the gate reads: GitHub's maximum, so long lists take few requests. */
export const PER_PAGE = 100
