// The import flow around a table with an unknown header: the preview lists the table instead of refusing
// the file, 按此导入 reads the same text again with the user's mapping, and the session remembers it so
// the next file with the same header is read with it.
import { describe, expect, it } from 'vitest';
import { createColumnMemory } from '../../../src/lib/import/columnMemory';
import { parseSafely } from '../../../src/lib/import/parseSafely';
import { prepareImport, remapImport, type PrepareDeps } from '../../../src/lib/import/pipeline';
import type { ColumnMapping } from '../../../src/lib/model/document';

const HEADER = ['项次', '工作要点', '挂点领导', '承办科室', '办理期限'];
const sheet = (place: string) =>
  [
    `${place}2026年重点工作责任清单`,
    HEADER.join('\t'),
    `1\t建成城东污水处理厂\t韩青\t${place}水务局\t2026年10月底`,
    `2\t新建公办幼儿园4所\t秦岚\t${place}教育局\t2026年9月1日前`,
  ].join('\n');
const MAPPING: ColumnMapping = { header: HEADER, roles: ['no', 'text', 'leaders', 'leadUnits', 'deadline'] };

const deps = (columns: readonly ColumnMapping[] = []): PrepareDeps => ({
  parse: async (text, fileName, cols) => parseSafely(text, fileName, cols),
  findDuplicate: async () => null,
  columns,
});

describe('a table with an unknown header in the import flow', () => {
  it('is previewed with the table to map, not refused, and read with the mapping on 按此导入', async () => {
    const first = await prepareImport({ fileName: '岳阳市清单.txt', text: sheet('岳阳市') }, deps());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.prepared.parsed.tasks).toHaveLength(0);
    expect(first.prepared.blocking).toContain('表格的列名不是常见写法');
    expect(first.prepared.unmappedTables.map((t) => t.header)).toEqual([HEADER]);

    const again = await remapImport(first.prepared, [MAPPING], deps());
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.prepared.blocking).toBeNull();
    expect(again.prepared.unmappedTables).toEqual([]);
    expect(again.prepared.mapped).toEqual([MAPPING]);
    expect(again.prepared.parsed.tasks.map((t) => [t.no, t.leaders, t.leadUnits, t.deadline?.date])).toEqual([
      ['1', ['韩青'], ['岳阳市水务局'], '2026-10-31'],
      ['2', ['秦岚'], ['岳阳市教育局'], '2026-09-01'],
    ]);
    // kept with the document: a re-parse of its source text reads the table the same way
    expect(again.prepared.parsed.document.columnMappings).toEqual([MAPPING]);
  });

  it('reads the next file with the same header by the session memory, without a table to map', async () => {
    const memory = createColumnMemory();
    memory.remember({ ...MAPPING, roles: ['no', 'text', 'skip', 'leadUnits', 'deadline'] });
    memory.remember(MAPPING); // the latest choice for a header wins
    expect(memory.all()).toEqual([MAPPING]);
    const next = await prepareImport({ fileName: '华容县清单.txt', text: sheet('华容县') }, deps(memory.all()));
    expect(next.ok && next.prepared.unmappedTables).toEqual([]);
    expect(next.ok && next.prepared.parsed.tasks.map((t) => t.leaders)).toEqual([['韩青'], ['秦岚']]);
  });
});
