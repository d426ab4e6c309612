// The column mappings the user chose during this session (import preview, 按此导入): the next file whose
// table has the same header cells is read with them without asking again. Kept for the page's lifetime
// only; a saved document keeps its own mapping (document.columnMappings).
import type { ColumnMapping } from '../model/document';
import { headerKey } from '../parse/columns';

export interface ColumnMemory {
  remember(mapping: ColumnMapping): void;
  all(): ColumnMapping[];
}

export function createColumnMemory(): ColumnMemory {
  const byHeader = new Map<string, ColumnMapping>();
  return {
    remember(mapping) {
      const key = headerKey(mapping.header);
      byHeader.delete(key); // the latest choice for a header wins
      byHeader.set(key, { header: [...mapping.header], roles: [...mapping.roles] });
    },
    all: () => [...byHeader.values()],
  };
}

/** The page's memory, shared by the single-file preview and the batch list. */
export const sessionColumns = createColumnMemory();
