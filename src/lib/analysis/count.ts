/** Small counting helpers shared by the aggregations. */
import { compareZh } from '../text/collate';

export function increment<K>(m: Map<K, number>, key: K, by = 1): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

/** Entries by count descending, then name in Chinese collation (stable across runs). */
export function ranked(m: Map<string, number>): Array<{ name: string; count: number }> {
  return Array.from(m, ([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || compareZh(a.name, b.name));
}

export function unique<T>(xs: readonly T[]): T[] {
  return Array.from(new Set(xs));
}
