/**
 * The entry a lookup table written as an object literal holds for a name read from a file, or
 * undefined. A plain index would also find the members every JavaScript object has: a type, an
 * event or an operator named `constructor`, `__proto__` or `toString` would read as a function.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
