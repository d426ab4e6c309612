// The database layer's pure parts: content hash, row building, annotation keys, backup file names.
import { describe, expect, it } from 'vitest';
import { annotationKeys, annotationsByTask } from '../../src/lib/model/annotationKeys';
import { checkBackupSliced, parseBackup } from '../../src/lib/db/backupCheck';
import { backupText } from '../../src/lib/db/backupText';
import { runAll, runSliced } from '../../src/lib/time/slices';
import { backupFileName } from '../../src/lib/export/fileName';
import type { AnnotationRow } from '../../src/lib/model/annotations';
import { fileDateTime } from '../../src/lib/time/clock';
import { contentHash } from '../../src/lib/model/hash';
import { toRows } from '../../src/lib/db/rows';
import { DocumentRow, SectionRow, TargetRow, TaskRow } from '../../src/lib/model/rows';
import { notice } from './fixtures';

/** A timestamp as the app writes them (a backup holds no other). */
const AT = '2025-03-05T01:00:00.000Z';

describe('contentHash', () => {
  it('is 14 hex digits and the same for the same text', () => {
    const h = contentHash('随州市2024年政府工作报告');
    expect(h).toMatch(/^[0-9a-f]{14}$/);
    expect(contentHash('随州市2024年政府工作报告')).toBe(h);
  });

  it('tells apart texts that differ in one character', () => {
    const base = '地区生产总值增长7%左右。';
    const variants = [base, '地区生产总值增长8%左右。', '地区生产总值增长7％左右。', base + ' ', base.slice(1), ''];
    expect(new Set(variants.map((v) => contentHash(v))).size).toBe(variants.length);
  });

  it('ignores line-ending style and a byte-order mark', () => {
    expect(contentHash('\uFEFF一、总体要求\r\n二、主要任务\r\n')).toBe(contentHash('一、总体要求\n二、主要任务\n'));
    expect(contentHash('一、总体要求\r二、主要任务')).toBe(contentHash('一、总体要求\n二、主要任务'));
  });

  it('has no collisions over 100 000 short similar texts', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(contentHash(`第${i}项任务`));
    expect(seen.size).toBe(100_000);
  });

  it('finishes a 5 MB text well within a hang guard', () => {
    const big = '推进高质量发展，'.repeat(700_000);
    const t0 = Date.now();
    contentHash(big);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('toRows', () => {
  const parsed = notice({ year: 2024, jurisdiction: '示例市' });
  const rows = toRows(parsed, { docId: 'doc1', source: 'imported', sourceText: '原文', fileName: '通知.docx', importedAt: '2025-01-01T00:00:00.000Z' });

  it('builds rows that satisfy the stored-row schemas', () => {
    expect(DocumentRow.safeParse(rows.document).success).toBe(true);
    for (const s of rows.sections) expect(SectionRow.safeParse(s).success).toBe(true);
    for (const t of rows.tasks) expect(TaskRow.safeParse(t).success).toBe(true);
    for (const t of rows.targets) expect(TargetRow.safeParse(t).success).toBe(true);
  });

  it('gives every item a global id and remaps its references', () => {
    expect(rows.tasks.map((t) => [t.id, t.localId, t.sectionId])).toEqual([
      ['doc1/t1', 't1', 'doc1/s1-1'],
      ['doc1/t2', 't2', 'doc1/s1-1'],
      ['doc1/t3', 't3', 'doc1/s2'],
    ]);
    expect(rows.sections.map((s) => s.parentId)).toEqual([null, 'doc1/s1', null]);
    expect(rows.targets[0]).toMatchObject({ id: 'doc1/g1', taskId: 'doc1/t1', sectionId: 'doc1/s1-1' });
    expect(rows.achievements[0]).toMatchObject({ id: 'doc1/a1', sectionId: null });
  });

  it('copies the document year and place onto every item', () => {
    const items = [...rows.sections, ...rows.tasks, ...rows.targets, ...rows.achievements];
    expect(items.every((r) => r.docId === 'doc1' && r.year === 2024 && r.jurisdiction === '示例市')).toBe(true);
    // the achievement keeps the year it was achieved in
    expect(rows.achievements[0]?.achievedYear).toBe(2023);
  });

  it('records the source, counts, hash and file name on the document row', () => {
    expect(rows.document).toMatchObject({
      id: 'doc1',
      contentHash: contentHash('原文'),
      source: 'imported',
      hidden: false,
      sourceText: '原文',
      text: parsed.text,
      counts: { sections: 3, tasks: 3, targets: 1, achievements: 1 },
    });
    expect(rows.document.meta.fileName).toBe('通知.docx');
  });
});

describe('annotation keys', () => {
  const task = (id: string, no: string | null, text: string) => ({ id: `d/${id}`, docId: 'd', no, text });

  it('use the printed number when it is unique in the document, the text otherwise', () => {
    const keys = annotationKeys([task('1', '1', '甲'), task('2', '2', '乙'), task('3', '2', '丙'), task('4', null, '丁')]);
    expect(keys.get('d/1')).toBe('d#no:1');
    expect(keys.get('d/2')).toBe(`d#text:${contentHash('乙')}`);
    expect(keys.get('d/3')).toBe(`d#text:${contentHash('丙')}`);
    expect(keys.get('d/4')).toBe(`d#text:${contentHash('丁')}`);
  });

  it('find the same note after a re-parse gives the tasks new ids', () => {
    const note: AnnotationRow = { key: 'd#no:7', docId: 'd', taskNo: '7', taskText: '旧文本', status: '滞后', note: '待督办', updatedAt: '2025-01-01T00:00:00.000Z' };
    const reparsed = [task('new-7', '7', '新的任务文本'), task('new-8', '8', '另一项')];
    const byTask = annotationsByTask(reparsed, [note]);
    expect([...byTask.keys()]).toEqual(['d/new-7']);
  });
});

describe('backup files', () => {
  it('are named from the injected clock, without characters Windows forbids', () => {
    const at = new Date('2025-03-05T09:07:00+08:00'); // Beijing time, whatever the machine's zone
    expect(fileDateTime(at)).toBe('2025-03-05-0907');
    expect(backupFileName(at)).toBe('政府工作报告看板备份-2025-03-05-0907.json');
    expect(backupFileName(at)).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('with a BOM still parse', () => {
    const r = parseBackup('\uFEFF' + JSON.stringify({ format: 'zfgzbg-dashboard-backup', version: 1, exportedAt: AT, documents: [], hiddenSeeds: [], annotations: [] }));
    expect(r.ok).toBe(true);
  });

  it('claiming to hold a bundled document leave that document out, naming it', () => {
    const rows = toRows(notice(), { docId: 'b', source: 'bundled', sourceText: '内置', fileName: '内置.txt', importedAt: AT });
    const r = parseBackup(JSON.stringify({ format: 'zfgzbg-dashboard-backup', version: 1, exportedAt: AT, documents: [rows], hiddenSeeds: [], annotations: [] }));
    expect(r.ok && r.data.documents).toEqual([]);
    expect(r.ok && r.data.problems).toEqual([{ subject: '文件「内置.txt」', detail: expect.stringContaining('不是导入的文件') }]);
  });

  it('are written piece by piece into exactly the JSON of the whole', () => {
    const docId = contentHash('导入的原文');
    const doc = toRows(notice(), { docId, source: 'imported', sourceText: '导入的原文', fileName: '甲.txt', importedAt: AT });
    const file = {
      exportedAt: AT,
      documents: [doc, doc],
      hiddenSeeds: ['h'],
      user: { progress: [], deadlineRules: [], outcomeDecisions: [], unitEdits: [], briefingIssues: [], placeCorrections: [] },
    };
    const whole = {
      format: 'zfgzbg-dashboard-backup',
      version: 2,
      exportedAt: AT,
      documents: [doc, doc],
      hiddenSeeds: ['h'],
      progress: [],
      deadlineRules: [],
      outcomeDecisions: [],
      unitEdits: [],
      briefingIssues: [],
      placeCorrections: [],
    };
    expect(runAll(backupText(file))).toBe(JSON.stringify(whole));
  });

  it('are checked in pieces, reporting progress up to 1', async () => {
    const docId = contentHash('长文');
    const long = notice();
    long.tasks = Array.from({ length: 3000 }, (_, i) => ({ ...long.tasks[0]!, id: `t${i}` }));
    const doc = toRows(long, { docId, source: 'imported', sourceText: '长文', fileName: null, importedAt: AT });
    const raw = { format: 'zfgzbg-dashboard-backup', version: 1, exportedAt: AT, documents: [doc], hiddenSeeds: [], annotations: [] };
    const seen: number[] = [];
    const r = await runSliced(checkBackupSliced(raw), { sliceMs: 0, onProgress: (f) => seen.push(f) });
    expect(r.ok && r.data.documents[0]!.tasks).toHaveLength(3000);
    expect(seen.length).toBeGreaterThan(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBeLessThanOrEqual(1);
  });
});
