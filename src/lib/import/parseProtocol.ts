// Messages between the page and the parse worker.
import type { ColumnMapping, ParseResult } from '../model/document';

export interface ParseRequest {
  id: number;
  text: string;
  fileName: string | null;
  /** Column mappings the user chose for tables with an unknown header. */
  columns?: readonly ColumnMapping[];
}

export type ParseResponse = { id: number; type: 'started' } | { id: number; type: 'done'; result: ParseResult; ms: number };
