// Messages between the page and the alignment worker (structured-clone plain data only).
import type { AlignItem, AlignOptions, Alignment } from './align';

export interface AlignRequest {
  id: number;
  from: AlignItem[];
  to: AlignItem[];
  options: AlignOptions;
}

export type AlignResponse = { id: number; ok: true; alignments: Alignment[] } | { id: number; ok: false; reason: string };
