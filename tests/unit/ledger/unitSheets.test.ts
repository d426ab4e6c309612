// A sheet per lead unit: the rows it leads and, marked 配合, those it assists; the 说明 names the unit
// and the rounds; all of them in one stored .zip named by unit, which a zip library reads back.
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { leadUnits, unitSheets } from '../../../src/lib/ledger/unitSheets';
import { storedZip, uniqueNames } from '../../../src/lib/export/zip';
import { unitFileName } from '../../../src/lib/export/ledgerXlsx';
import { unitZipName, writeUnitSheetsZip } from '../../../src/lib/export/unitSheetsZip';
import { readLedgerXlsx } from '../../../src/lib/import/ledgerXlsx';
import { seed002 } from './seed';

const s = seed002();
const on = '2024-07-16';
const tasks = assessTasks({ documents: [s.document], tasks: s.tasks, entries: [], rulesByDoc: new Map([[s.document.id, s.rules]]), today: on });

describe('a sheet per lead unit', () => {
  const sheets = unitSheets({ document: s.document, tasks, asOf: on });

  it('one per lead unit of the notice, each with the rows it leads and those it assists marked 配合', () => {
    const units = new Set(s.tasks.flatMap((t) => t.leadUnits));
    expect(sheets.map((x) => x.unit).sort()).toEqual([...units].sort());
    expect(leadUnits(tasks, s.document.id)).toHaveLength(units.size);
    const jx = sheets.find((x) => x.unit === '市经信局')!;
    const leads = s.tasks.filter((t) => t.leadUnits.includes('市经信局'));
    const assists = s.tasks.filter((t) => !t.leadUnits.includes('市经信局') && t.supportUnits.includes('市经信局'));
    expect(jx.rows.filter((r) => r.职责 === '牵头').map((r) => r.taskId)).toEqual(leads.map((t) => t.id));
    expect(jx.rows.filter((r) => r.职责 === '配合').map((r) => r.taskId)).toEqual(assists.map((t) => t.id));
    expect(assists.length).toBeGreaterThan(0);
    expect(jx.heading.fields[0]).toEqual(['填报单位', '市经信局']);
    const words = jx.info.map(([k, v]) => `${k}：${v}`).join('\n');
    expect(words).toContain(`市经信局：本单位牵头 ${leads.length} 项，配合 ${assists.length} 项`);
    expect(words).toMatch(/2024年6月15日报送期 \d+ 项（节点已过，按迟报补报）/);
    expect(jx.identity).toContainEqual(['填报单位', '市经信局']);
  });

  it('names each file by its unit, safely, and the .zip by the notice and the day', () => {
    expect(unitFileName('市委宣传部（市委文明办）')).toBe('市委宣传部（市委文明办）.xlsx');
    expect(unitFileName('a/b:c*')).toBe('abc.xlsx');
    expect(unitFileName('')).toBe('单位.xlsx');
    expect(unitZipName({ docNumber: s.document.meta.docNumber, title: s.document.meta.title, asOf: on })).toBe('随政办发〔2024〕2号-各单位报送表-2024-07-16.zip');
  });

  it('packs them in one .zip a zip library reads back, each sheet whole', async () => {
    const few = sheets.slice(0, 3);
    const zip = new Uint8Array(await (await writeUnitSheetsZip(few, { at: '2024-07-16T10:00:00' })).arrayBuffer());
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(few.map((x) => `${x.unit}.xlsx`));
    const back = await readLedgerXlsx(files[`${few[0]!.unit}.xlsx`] as Uint8Array);
    if (!back.ok) throw new Error(back.reason);
    expect(back.data.info.get('填报单位')).toBe(few[0]!.unit);
    expect(back.data.rows.length).toBe(5 + few[0]!.rows.length);
  });
});

describe('the stored .zip', () => {
  it('round-trips names (UTF-8) and bytes, and makes names unique', async () => {
    const a = new TextEncoder().encode('甲'.repeat(100));
    const zip = await storedZip(
      [
        { name: '市财政局.xlsx', bytes: a },
        { name: '市财政局.xlsx', bytes: new Uint8Array([1, 2, 3]) },
        { name: 'empty', bytes: new Uint8Array() },
      ],
      '2024-07-16T10:00:00',
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['市财政局.xlsx', '市财政局(2).xlsx', 'empty']);
    expect(files['市财政局.xlsx']).toEqual(a);
    expect([...(files['市财政局(2).xlsx'] as Uint8Array)]).toEqual([1, 2, 3]);
    expect(uniqueNames(['A.xlsx', 'a.xlsx', 'A.xlsx'])).toEqual(['A.xlsx', 'a(2).xlsx', 'A(3).xlsx']);
  });
});
