// Character overlap between short Chinese phrases: bigram sets, Dice coefficients, and how much of
// one phrase a longer text mentions. Chinese has no spaces; character bigrams stand in for words.

/** Letters, digits and CJK only: punctuation, quotes and numbers do not say what is measured. */
export function contentChars(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\d.,%‰]+/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

// Matching compares the same short phrases many times: remember their sets (bounded, never mutated).
const MEMO_LIMIT = 20_000;
const bigramMemo = new Map<string, Set<string>>();
const charMemo = new Map<string, Set<string>>();

function memo(cache: Map<string, Set<string>>, key: string, make: (s: string) => Set<string>): Set<string> {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

/** Character bigrams of each run of content characters (a one-character run counts as itself). Do not mutate the result. */
export function bigrams(s: string): Set<string> {
  return memo(bigramMemo, s, makeBigrams);
}

function makeBigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const run of contentChars(s).split(' ')) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

export function chars(s: string): Set<string> {
  return memo(charMemo, s, (x) => new Set(contentChars(x).replace(/ /g, '')));
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Share of `phrase`'s bigrams found in `text`'s bigram set: does the text mention the phrase? */
export function mentioned(phrase: string, text: Set<string>): number {
  const p = bigrams(phrase);
  if (p.size === 0) return 0;
  let hit = 0;
  for (const x of p) if (text.has(x)) hit++;
  return hit / p.size;
}

/** Length of the longest common suffix. */
export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
