// Splits measured blocks into printed pages, so a document can be printed as fixed A4 sheets with
// "第 X 页 共 Y 页" on each in every browser (CSS page counters in margin boxes need Chromium 131+ and
// are missing in Firefox). Headings stay with what follows them; a table continued on a new page gets
// its header row again. Pure: the component measures, this decides.

export interface PageBlock {
  /** Rendered height (any unit, the same as pageHeight). */
  height: number;
  /** Never the last block of a page: headings, a table's header row. */
  keepWithNext?: boolean;
  /** Blocks of one table share an id; its header block has `tableHead`. */
  table?: string;
  tableHead?: boolean;
}

/** Indices of the blocks on each page, repeated table headers included; every block appears once
 * (a block taller than a page gets a page of its own). */
export function paginate(blocks: readonly PageBlock[], pageHeight: number): number[][] {
  const heads = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.table !== undefined && b.tableHead) heads.set(b.table, i);
  });
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  /** The height needed to place block i without leaving a keep-with-next block at the page bottom. */
  const needed = (i: number): number => {
    let h = 0;
    let j = i;
    while (j < blocks.length) {
      const b = blocks[j] as PageBlock;
      h += b.height;
      if (!b.keepWithNext) break;
      j++;
    }
    return h;
  };
  const fresh = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  blocks.forEach((b, i) => {
    const need = Math.min(needed(i), pageHeight);
    const onlyRepeatedHead = page.length === 1 && b.table !== undefined && page[0] === heads.get(b.table) && i !== (page[0] as number) + 1;
    if (page.length > 0 && used + need > pageHeight && !onlyRepeatedHead) {
      fresh();
      // A table row continuing on a new page: repeat the table's header first.
      const head = b.table === undefined || b.tableHead ? undefined : heads.get(b.table);
      if (head !== undefined && head < i) {
        page.push(head);
        used += (blocks[head] as PageBlock).height;
      }
    }
    page.push(i);
    used += b.height;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}
