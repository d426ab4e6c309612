// A document's item rows and normalized text stored once more as one JSON string (the rowPacks table,
// db/repository/packs.ts says why and when it is used).
export interface RowPack {
  /** the document's id */
  id: string;
  /** the document's `rev` when the pack was written */
  rev: string;
  /** the rows of { sections, tasks, targets, achievements } and the text, as JSON (db/packCodec.ts) */
  json: string;
}
