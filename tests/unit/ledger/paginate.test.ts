import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, type PageBlock } from '../../../src/lib/print/paginate';
import { briefingBlocks } from '../../../src/lib/ledger/briefingText';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { buildBriefing } from '../../../src/lib/ledger/briefing';
import { seed002 } from './seed';

const p = (height: number, more: Partial<PageBlock> = {}): PageBlock => ({ height, ...more });

describe('pagination', () => {
  it('fills pages in order', () => {
    expect(paginate([p(40), p(40), p(40), p(40)], 100)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(paginate([], 100)).toEqual([]);
  });

  it('moves a heading to the next page with what follows it', () => {
    expect(paginate([p(70), p(10, { keepWithNext: true }), p(30)], 100)).toEqual([[0], [1, 2]]);
  });

  it("repeats a table's header row on the page it continues on", () => {
    const blocks = [p(10, { table: 't', tableHead: true, keepWithNext: true }), p(40, { table: 't' }), p(40, { table: 't' }), p(40, { table: 't' })];
    expect(paginate(blocks, 100)).toEqual([
      [0, 1, 2],
      [0, 3],
    ]);
  });

  it('gives a block taller than a page its own page', () => {
    expect(paginate([p(20), p(300), p(20)], 100)).toEqual([[0], [1], [2]]);
  });

  it('places every block exactly once, in order, and overfills no page that has room', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ height: fc.integer({ min: 1, max: 60 }), keepWithNext: fc.boolean() }), { maxLength: 60 }), (raw) => {
        const pages = paginate(raw, 100);
        expect(pages.flat()).toEqual(raw.map((_, i) => i));
        for (const page of pages) {
          const h = page.reduce((n, i) => n + (raw[i] as PageBlock).height, 0);
          if (page.length > 1) expect(h).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the 通报 as blocks', () => {
  const s = seed002();
  const tasks = assessTasks({ documents: [s.document], tasks: s.tasks, entries: [], rulesByDoc: new Map([[s.document.id, s.rules]]), today: '2024-06-20' });
  const b = buildBriefing({ document: s.document, tasks, due: '2024-06-15', scope: { kind: 'all' }, asOf: '2024-06-20' });
  const blocks = briefingBlocks(b, ['任务数量按责任领导']);

  it('starts with the title and lists every lagging item as a table row', () => {
    expect(blocks[0]).toEqual({ kind: 'title', text: b.title });
    const rows = blocks.filter((x) => x.kind === 'row' && x.table.startsWith('lagging-'));
    expect(rows).toHaveLength(s.tasks.length);
    expect(blocks.filter((x) => x.kind === 'thead' && x.table.startsWith('lagging-'))).toHaveLength(b.lagging.length);
    expect(blocks.filter((x) => x.kind === 'chart')).toEqual([{ kind: 'chart', index: 0, title: '任务数量按责任领导' }]);
    expect(blocks.filter((x) => x.kind === 'blank')).toHaveLength(b.nextStepLines);
  });

  it('gives every table row as many cells as its header', () => {
    const heads = new Map(blocks.flatMap((x) => (x.kind === 'thead' ? [[x.table, x.cells.length] as const] : [])));
    for (const x of blocks) if (x.kind === 'row') expect(x.cells.length).toBe(heads.get(x.table));
  });
});
