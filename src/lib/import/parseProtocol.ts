// Messages between the page and the parse worker.
import type { ParseResult } from '../model/document';

export interface ParseRequest {
  id: number;
  text: string;
  fileName: string | null;
}

export type ParseResponse = { id: number; type: 'started' } | { id: number; type: 'done'; result: ParseResult; ms: number };
