// A parsed JSON value handed over in pieces: a worker parses a large backup and sends it to the page
// as a skeleton plus arrays in slices, so the page never spends long on one message (receiving a
// message copies its data on the page's thread, ≈ as long as parsing it). Pure: runs in the worker,
// the page and tests.

export type JsonPath = (string | number)[];
/** Items to append, in order, to the array at `path` (the skeleton holds it empty at first). */
export interface JsonPiece {
  path: JsonPath;
  items: unknown[];
}

/** About how much copying a message holds: one per array element, plus one per 8,000 characters of text. */
const MAX_WEIGHT = 500;

function weigher(): (v: unknown) => number {
  const memo = new Map<object, number>();
  const weigh = (v: unknown): number => {
    if (typeof v === 'string') return v.length >> 13;
    if (typeof v !== 'object' || v === null) return 0;
    const known = memo.get(v);
    if (known !== undefined) return known;
    let w = 0;
    if (Array.isArray(v)) {
      w = v.length;
      for (const x of v) w += weigh(x);
    } else {
      for (const x of Object.values(v)) w += weigh(x);
    }
    memo.set(v, w);
    return w;
  };
  return weigh;
}

/** The value as a skeleton (heavy arrays left empty) and the pieces that fill them, in an order in
 * which each piece's array already exists when it is applied. */
export function splitJson(value: unknown, maxWeight = MAX_WEIGHT): { skeleton: unknown; pieces: JsonPiece[] } {
  const weigh = weigher();
  const split = (v: unknown, path: JsonPath, out: JsonPiece[]): unknown => {
    if (typeof v !== 'object' || v === null || weigh(v) <= maxWeight) return v;
    if (Array.isArray(v)) {
      let batch: unknown[] = [];
      let nested: JsonPiece[] = [];
      let w = 0;
      const flush = () => {
        if (batch.length > 0) out.push({ path, items: batch });
        for (const p of nested) out.push(p);
        batch = [];
        nested = [];
        w = 0;
      };
      v.forEach((x, i) => {
        batch.push(split(x, [...path, i], nested));
        w += Math.min(weigh(x), maxWeight) + 1;
        if (w >= maxWeight) flush();
      });
      flush();
      return [];
    }
    const o: Record<string, unknown> = {};
    // defineProperty, not assignment: a key named "__proto__" must stay a key, as JSON.parse made it
    for (const [k, x] of Object.entries(v)) Object.defineProperty(o, k, { value: split(x, [...path, k], out), enumerable: true, writable: true, configurable: true });
    return o;
  };
  const pieces: JsonPiece[] = [];
  const skeleton = split(value, [], pieces);
  return { skeleton, pieces };
}

/** Puts the pieces back into the skeleton, in the order they were made. */
export class JsonAssembler {
  constructor(readonly value: unknown) {}

  add(piece: JsonPiece): void {
    let target: unknown = this.value;
    for (const key of piece.path) target = (target as Record<string | number, unknown>)[key];
    if (!Array.isArray(target)) throw new Error(`no array at ${piece.path.join('.')}`);
    for (const item of piece.items) target.push(item);
  }
}
