// The JSON of a row pack (repository/packs.ts), without what every row of a document repeats: the
// document's id, year and place, each row's global id (`${docId}/${localId}`) and the document-id prefix
// of its references (sectionId, parentId, taskId). That is ≈ 30 % of the rows' JSON at 1,000 documents,
// read and parsed on every open. A field is left out only where putting it back gives the very value
// written (a row of another year or place keeps its own), so decoding returns the rows as stored (a
// damaged row that lacks one of these fields gets it from the header). Packs from before (rows in
// full, no header) decode as they are. No Dexie here: the page's
// early read (earlyRead.ts) decodes packs as they arrive.
import { ITEM_TABLES, type ItemTable } from './names';
import type { Sliced } from '../time/slices';

/** What a pack holds: the rows of each item table and the document's normalized text. */
export type Packed = { [K in ItemTable]: unknown[] } & { text: string };

/** The header of a slim pack: the values its rows leave out. */
interface Header {
  docId: string;
  year: number | null;
  jurisdiction: string | null;
}

const HEADER = '~doc';
const REFERENCES = ['sectionId', 'parentId', 'taskId'] as const;
const AS_IS = '~refs';

type Row = Record<string, unknown>;

/** The pack's JSON for a document's rows and text. */
export function encodePack(docId: string, items: { readonly [K in ItemTable]: readonly unknown[] }, text: string): string {
  const header = headerOf(docId, items);
  const out: Record<string, unknown> = { [HEADER]: header };
  for (const t of ITEM_TABLES) out[t] = items[t].map((r) => slimRow(r as Row, header));
  out.text = text;
  return JSON.stringify(out);
}

/** Rows encoded between two turns for the page (encodePackSliced). */
const ROWS_PER_PIECE = 100;

/**
 * The same JSON as encodePack, made a piece of rows at a time: yields its progress (0…1) between pieces,
 * so a document of thousands of rows is encoded without holding the page (time/slices.ts).
 */
export function* encodePackSliced(docId: string, items: { readonly [K in ItemTable]: readonly unknown[] }, text: string): Sliced<string> {
  const header = headerOf(docId, items);
  const total = Math.max(
    1,
    ITEM_TABLES.reduce((n, t) => n + items[t].length, 0),
  );
  let done = 0;
  const parts = [`{${JSON.stringify(HEADER)}:${JSON.stringify(header)}`];
  for (const t of ITEM_TABLES) {
    const rows: string[] = [];
    for (const r of items[t]) {
      rows.push(JSON.stringify(slimRow(r as Row, header)));
      if (++done % ROWS_PER_PIECE === 0) yield done / total;
    }
    parts.push(`,${JSON.stringify(t)}:[${rows.join(',')}]`);
  }
  parts.push(`,"text":${JSON.stringify(text)}}`);
  return parts.join('');
}

function headerOf(docId: string, items: { readonly [K in ItemTable]: readonly unknown[] }): Header {
  const first = ITEM_TABLES.map((t) => items[t][0] as Row | undefined).find((r) => r !== undefined);
  return {
    docId,
    year: typeof first?.year === 'number' ? first.year : null,
    jurisdiction: typeof first?.jurisdiction === 'string' ? first.jurisdiction : null,
  };
}

/** A row without what the header gives back. */
function slimRow(r: Row, header: Header): Row {
  const { docId } = header;
  const prefix = `${docId}/`;
  const row = { ...r };
  if (row.docId === docId) delete row.docId;
  if (row.year === header.year) delete row.year;
  if (row.jurisdiction === header.jurisdiction) delete row.jurisdiction;
  if (typeof row.localId === 'string' && !row.localId.includes('/') && row.id === prefix + row.localId) delete row.id;
  // a reference of this document loses its prefix and so has no '/'; were one written without any
  // '/' (not a global id), the row's references are marked to be left as they are
  if (REFERENCES.some((k) => typeof row[k] === 'string' && !(row[k] as string).includes('/'))) row[AS_IS] = 1;
  else {
    for (const k of REFERENCES) {
      const v = row[k];
      if (typeof v === 'string' && v.startsWith(prefix) && !v.slice(prefix.length).includes('/')) row[k] = v.slice(prefix.length);
    }
  }
  return row;
}

/**
 * The rows and text of a parsed pack, with every left-out field put back (in place), or null when it
 * is not a pack. Decoding a decoded pack changes nothing.
 */
export function decodePack(value: unknown): Packed | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  for (const t of ITEM_TABLES) if (!Array.isArray(v[t])) return null;
  if (typeof v.text !== 'string') return null;
  const header = v[HEADER] as Header | undefined;
  if (header !== undefined) {
    if (typeof header !== 'object' || header === null || typeof header.docId !== 'string') return null;
    const prefix = `${header.docId}/`;
    for (const t of ITEM_TABLES) {
      for (const r of v[t] as unknown[]) {
        if (typeof r !== 'object' || r === null) continue; // the read's shape check reports it
        const row = r as Row;
        if (!('docId' in row)) row.docId = header.docId;
        if (!('year' in row)) row.year = header.year;
        if (!('jurisdiction' in row)) row.jurisdiction = header.jurisdiction;
        if (!('id' in row) && typeof row.localId === 'string') row.id = prefix + row.localId;
        if (AS_IS in row) delete row[AS_IS];
        else {
          for (const k of REFERENCES) {
            const ref = row[k];
            if (typeof ref === 'string' && !ref.includes('/')) row[k] = prefix + ref;
          }
        }
      }
    }
    delete v[HEADER];
  }
  return v as Packed;
}
