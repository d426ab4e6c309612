// Which figure's sentence the reader (原文) shows: set by a click on a target, a task or either side of
// an outcome pair, cleared when the reader closes. One per page, like `printing`.
import type { Span } from '../model/document';

export interface ReadRequest {
  docId: string;
  span: Span;
  /** what was clicked, shown above the text: 目标：地区生产总值 增长5%左右 */
  label: string;
}

class Reader {
  current = $state.raw<ReadRequest | null>(null);

  open(docId: string, span: Span, label: string): void {
    this.current = { docId, span: { start: span.start, end: span.end }, label };
  }

  close(): void {
    this.current = null;
  }
}

export const reader = new Reader();
