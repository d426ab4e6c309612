// Province → city alignment: for each task of one document (a notice decomposing the provincial
// report), the most similar tasks of another (the city's own decomposition), by cosine similarity of
// character n-gram TF-IDF vectors. An inverted index over the city's tasks keeps it to the n-grams two
// tasks share, so 5,000 × 5,000 tasks stay fast; top-k per task. Pure and structured-clone friendly:
// the same call runs in a worker.
//
// Why our own ~100 lines and not a package: search libraries (minisearch, lunr, flexsearch) rank by
// BM25 scores that are not comparable across queries, and "does this provincial task have a city task
// behind it" needs one threshold on a normalised similarity; cosine over TF-IDF gives exactly that.

/** N-grams held by fewer tasks than this are never skipped, whatever their share. */
const MIN_SKIPPED_DF = 100;

export interface AlignItem {
  id: string;
  text: string;
}

export interface AlignMatch {
  id: string;
  /** Cosine similarity, 0–1. */
  score: number;
}

export interface Alignment {
  id: string;
  /** Best first, at most `k`, each at least `minScore`. */
  matches: AlignMatch[];
}

export interface AlignOptions {
  /** How many matches per item (default 3). */
  k?: number;
  /** Matches below this similarity are dropped (default 0.05). */
  minScore?: number;
  /**
   * N-grams held by more than this share of all tasks are skipped when scoring (default 0.05): near
   * stop-words (推进, 加快) have a low weight and the longest posting lists, so skipping them costs
   * little accuracy and most of the time at scale.
   */
  maxShare?: number;
  /** N-gram lengths (default [2]: bigrams carry Chinese words; on the seeds trigrams added noise, unigrams cost time). */
  grams?: number[];
}

/**
 * From this similarity on, a provincial task counts as having a city task behind it. Chosen by reading
 * 73 tasks of seed 003 against seed 002 (tests/unit/outcomes/align.seeds.test.ts): at 0.14, 46 of the
 * 48 tasks above it had a right top match; a missed link (a gap to check) costs the office less than a
 * false one (a gap hidden), so the threshold leans to precision.
 */
export const COVERED_AT = 0.14;

/** Content n-grams of a text: punctuation, digits and Latin letters split runs; each run yields its n-grams. */
export function ngrams(text: string, grams: readonly number[]): string[] {
  const out: string[] = [];
  const runs = text.normalize('NFKC').split(/[^\p{Script=Han}]+/u);
  for (const run of runs) {
    if (run.length === 0) continue;
    for (const n of grams) {
      if (run.length < n) continue;
      for (let i = 0; i + n <= run.length; i++) out.push(run.slice(i, i + n));
    }
  }
  return out;
}

interface Vectors {
  /** term id → weight, per item, L2-normalised. */
  rows: Array<{ terms: Int32Array; weights: Float32Array }>;
}

function termCounts(text: string, grams: readonly number[], vocab: Map<string, number>, grow: boolean): Map<number, number> {
  const counts = new Map<number, number>();
  for (const g of ngrams(text, grams)) {
    let id = vocab.get(g);
    if (id === undefined) {
      if (!grow) continue;
      id = vocab.size;
      vocab.set(g, id);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function vectorize(counts: Map<number, number>[], idf: Float32Array): Vectors {
  return {
    rows: counts.map((c) => {
      const terms = new Int32Array(c.size);
      const weights = new Float32Array(c.size);
      let i = 0;
      let norm = 0;
      for (const [t, n] of c) {
        const w = (1 + Math.log(n)) * (idf[t] ?? 0);
        terms[i] = t;
        weights[i] = w;
        norm += w * w;
        i++;
      }
      const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) * inv;
      return { terms, weights };
    }),
  };
}

/**
 * For each item of `from`, its most similar items of `to`. IDF is computed over both lists together,
 * so n-grams every task shares (推进, 加快) weigh little on either side.
 */
export function alignTasks(from: readonly AlignItem[], to: readonly AlignItem[], options: AlignOptions = {}): Alignment[] {
  const k = options.k ?? 3;
  const minScore = options.minScore ?? 0.05;
  const grams = options.grams ?? [2];
  const vocab = new Map<string, number>();
  const fromCounts = from.map((it) => termCounts(it.text, grams, vocab, true));
  const toCounts = to.map((it) => termCounts(it.text, grams, vocab, true));

  const df = new Int32Array(vocab.size);
  for (const c of [...fromCounts, ...toCounts]) for (const t of c.keys()) df[t] = (df[t] ?? 0) + 1;
  const n = fromCounts.length + toCounts.length;
  const idf = new Float32Array(vocab.size);
  for (let t = 0; t < vocab.size; t++) idf[t] = Math.log((n + 1) / ((df[t] ?? 0) + 1)) + 1;

  const A = vectorize(fromCounts, idf);
  const B = vectorize(toCounts, idf);

  // Inverted index of `to`: for each term, the items holding it and their weights.
  const postingCount = new Int32Array(vocab.size + 1);
  for (const row of B.rows) for (const t of row.terms) postingCount[t + 1] = (postingCount[t + 1] ?? 0) + 1;
  for (let t = 0; t < vocab.size; t++) postingCount[t + 1] = (postingCount[t + 1] as number) + (postingCount[t] as number);
  const start = postingCount;
  const fill = new Int32Array(vocab.size);
  const postingItem = new Int32Array(start[vocab.size] as number);
  const postingWeight = new Float32Array(start[vocab.size] as number);
  B.rows.forEach((row, item) => {
    for (let j = 0; j < row.terms.length; j++) {
      const t = row.terms[j] as number;
      const at = (start[t] as number) + (fill[t] as number);
      fill[t] = (fill[t] as number) + 1;
      postingItem[at] = item;
      postingWeight[at] = row.weights[j] as number;
    }
  });

  // Small sets keep every n-gram: 消费 in 20 of 300 tasks still tells consumption tasks apart.
  const maxDf = Math.max(MIN_SKIPPED_DF, (options.maxShare ?? 0.05) * n);
  const scores = new Float32Array(to.length);
  const touched = new Int32Array(to.length);
  return A.rows.map((row, i) => {
    let m = 0;
    for (let j = 0; j < row.terms.length; j++) {
      const t = row.terms[j] as number;
      if ((df[t] as number) > maxDf) continue;
      const w = row.weights[j] as number;
      for (let p = start[t] as number, end = start[t + 1] as number; p < end; p++) {
        const item = postingItem[p] as number;
        if (scores[item] === 0) touched[m++] = item;
        scores[item] = (scores[item] as number) + w * (postingWeight[p] as number);
      }
    }
    const best: AlignMatch[] = [];
    for (let q = 0; q < m; q++) {
      const item = touched[q] as number;
      const s = scores[item] as number;
      scores[item] = 0;
      if (s < minScore) continue;
      if (best.length < k || s > (best[best.length - 1] as AlignMatch).score) {
        best.push({ id: (to[item] as AlignItem).id, score: Math.min(1, s) });
        best.sort((x, y) => y.score - x.score);
        if (best.length > k) best.pop();
      }
    }
    return { id: (from[i] as AlignItem).id, matches: best.map((b) => ({ id: b.id, score: Math.round(b.score * 1000) / 1000 })) };
  });
}

export interface ChapterCoverage {
  chapterId: string;
  title: string;
  total: number;
  /** Tasks whose best match reaches `threshold`: a city task is behind them. */
  covered: number;
}

/**
 * Per chapter of the provincial notice, how many of its tasks have a city task behind them.
 * `chapterOf` maps a task id to its chapter (id and title); chapters keep the order tasks come in.
 */
export function coverageByChapter(
  alignments: readonly Alignment[],
  chapterOf: (taskId: string) => { id: string; title: string } | null,
  threshold = COVERED_AT,
): ChapterCoverage[] {
  const out = new Map<string, ChapterCoverage>();
  for (const a of alignments) {
    const ch = chapterOf(a.id);
    if (!ch) continue;
    const row = out.get(ch.id) ?? { chapterId: ch.id, title: ch.title, total: 0, covered: 0 };
    row.total++;
    if ((a.matches[0]?.score ?? 0) >= threshold) row.covered++;
    out.set(ch.id, row);
  }
  return [...out.values()];
}

interface SectionLike {
  id: string;
  title: string;
  parentId: string | null;
}

/** A task's chapter: the outermost section above it (一、…, or an unnumbered chapter such as a 民生 list). */
export function chapterLookup(
  sections: readonly SectionLike[],
  tasks: ReadonlyArray<{ id: string; sectionId: string | null }>,
): (taskId: string) => { id: string; title: string } | null {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const sectionOf = new Map(tasks.map((t) => [t.id, t.sectionId]));
  return (taskId) => {
    let s = byId.get(sectionOf.get(taskId) ?? '');
    for (let guard = 0; s && s.parentId !== null && guard < 32; guard++) s = byId.get(s.parentId) ?? s;
    return s ? { id: s.id, title: s.title } : null;
  };
}
