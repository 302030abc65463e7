/** Page size for every list the gate reads: GitHub's maximum, so long lists take few requests. */
export const PER_PAGE = 100
