/** Small counting helpers shared by the aggregations. */
export function increment<K>(m: Map<K, number>, key: K, by = 1): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

const collator = new Intl.Collator('zh-CN');

/** Chinese collation, as localeCompare(b, 'zh-CN') but without building a collator per call (thousands of names at scale). */
export const zhCompare: (a: string, b: string) => number = collator.compare;

/** Entries by count descending, then name in Chinese collation (stable across runs). */
export function ranked(m: Map<string, number>): Array<{ name: string; count: number }> {
  return Array.from(m, ([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || zhCompare(a.name, b.name));
}

export function unique<T>(xs: readonly T[]): T[] {
  return Array.from(new Set(xs));
}
