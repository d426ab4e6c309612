// A backup restores only what the app itself could have written (issue 20, item 2): real calendar
// dates, timestamps that parse, the forms' length limits, known enums; the file's size and depth are
// checked before it is parsed, and every refusal says 现有数据没有改变.
import { describe, expect, it } from 'vitest';
import { exportBackup, importDocument, loadDataset, readBackup, restoreBackup, seedIfNeeded, type Store } from '../../src/lib/db/repository';
import { addEntry, saveRule, setAnnotation } from '../../src/lib/state/ledgerActions';
import { checkBackup, parseBackup } from '../../src/lib/db/backupCheck';
import { BACKUP_MAX_BYTES, BACKUP_MAX_DEPTH, backupSizeProblem, jsonDepth, parseBackupJson, readBackupSource } from '../../src/lib/db/backupLimits';
import { dbOf } from '../../src/lib/db/repository/store';
import { contentHash } from '../../src/lib/model/hash';
import { largeBackup } from '../../scripts/largeBackup';
import { freshStore, notice, SEEDS, testParser } from './fixtures';

const clock = (iso: string) => () => iso;
const UNCHANGED = '现有数据没有改变';

/** Two bundled seeds, one imported document with a 销号 entry, a note from the task list and a rule. */
async function storeWithLedger(): Promise<Store> {
  const store = await freshStore();
  await seedIfNeeded(store, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
  await importDocument(store, notice({ year: 2024 }), { sourceText: '导入甲', fileName: '甲.txt' });
  const jia = contentHash('导入甲');
  await setAnnotation(store, `${jia}/t1`, { status: '推进中', note: '已开工' });
  const done = await addEntry(store, `${jia}/t2`, {
    period: '2024-06-15',
    reportedOn: '2024-06-14',
    status: '已完成',
    note: '已验收',
    evidence: '验收报告',
    unit: '市住建局',
    completion: { date: '2024-06-10', basis: '竣工验收文件' },
  });
  expect(done.ok).toBe(true);
  const rule = await saveRule(store, jia, { cycle: 'dates', dates: ['2024-06-15', '2024-12-15'], what: '牵头单位报送进展' });
  expect(rule.ok).toBe(true);
  return store;
}

type Json = Record<string, unknown> & {
  exportedAt: string;
  documents: { document: Record<string, unknown> & { meta: Record<string, unknown> }; tasks: Record<string, unknown>[] }[];
  progress: Record<string, unknown>[];
  deadlineRules: Record<string, unknown>[];
};

async function snapshot(store: Store) {
  const db = dbOf(store);
  return { data: await loadDataset(store), progress: await db.progress.toArray(), rules: await db.deadlineRules.toArray() };
}

describe('the depth scan', () => {
  it('counts [ and { outside strings only', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('[]')).toBe(1);
    expect(jsonDepth('{"a":[{"b":[]}]}')).toBe(4);
    expect(jsonDepth('["[[[[", "{{{", "\\"[[[", "\\\\", [1]]')).toBe(2);
    expect(jsonDepth('[[],[],[[]]]')).toBe(3);
  });

  it('stops as soon as it passes the limit, and takes no recursion: 1,000,000 deep is answered', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(jsonDepth(deep, 64)).toBe(65);
    expect(jsonDepth(deep)).toBe(1_000_000);
  });

  it("measures the app's own backups at depth 8 at most, far below the limit of 64", async () => {
    // file → documents → document → tasks → task → groups → group → deadline, or → meta → reportingDeadlines → deadline → span
    expect(jsonDepth(largeBackup(500, 1).json)).toBe(8); // every bundled seed once
    expect(jsonDepth(await exportBackup(await storeWithLedger()))).toBeLessThanOrEqual(8);
    expect(BACKUP_MAX_DEPTH).toBe(64);
  });
});

describe('depth and size before JSON.parse', () => {
  it('refuses a backup nested 10,000 deep with a message, never a stack overflow', () => {
    const deep = `{"format":"zfgzbg-dashboard-backup","version":2,"exportedAt":"2025-03-05T01:00:00.000Z","documents":[${'{"a":['.repeat(10_000)}${']}'.repeat(10_000)}],"hiddenSeeds":[]}`;
    const r = parseBackupJson(deep);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('嵌套超过 64 层') });
    expect(!r.ok && r.reason).toMatch(/现有数据没有改变。$/);
  });

  it('restoring it writes nothing', async () => {
    const store = await storeWithLedger();
    const before = await snapshot(store);
    const deep = `{"format":"zfgzbg-dashboard-backup","version":2,"exportedAt":"2025-03-05T01:00:00.000Z","documents":${'['.repeat(10_000)}${']'.repeat(10_000)},"hiddenSeeds":[]}`;
    const r = await restoreBackup(store, deep);
    expect(r).toMatchObject({ ok: false, code: 'invalid', reason: expect.stringContaining(UNCHANGED) });
    expect(await snapshot(store)).toEqual(before);
  });

  it('takes a backup at the limit', () => {
    const at = `{"format":"zfgzbg-dashboard-backup","version":2,"exportedAt":"2025-03-05T01:00:00.000Z","documents":[],"hiddenSeeds":[],"x":${'['.repeat(63)}${']'.repeat(63)}}`;
    expect(parseBackupJson(at).ok).toBe(true);
  });

  it('refuses a file over the size cap by its size alone, with the figure and the limit, before reading it', async () => {
    expect(backupSizeProblem(BACKUP_MAX_BYTES)).toBeNull();
    const size = BACKUP_MAX_BYTES + 50 * 1024 * 1024;
    expect(backupSizeProblem(size)).toBe('备份文件有 250.0 MB，超过 200.0 MB 的上限（10 万项任务的备份约 45 MB），不像是本看板导出的备份。现有数据没有改变。');
    let read = false;
    const huge = {
      size,
      text: () => {
        read = true;
        return Promise.resolve('{}');
      },
    } as unknown as Blob;
    expect(await readBackupSource(huge)).toEqual({ ok: false, reason: expect.stringContaining('250.0 MB') });
    expect(read).toBe(false);
  });

  it('answers a file the browser cannot read without its error text', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('NotReadableError: internal')) } as unknown as Blob;
    const r = await readBackupSource(broken);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining(UNCHANGED) });
    expect(!r.ok && r.reason).not.toContain('NotReadableError');
  });
});

describe('only what the app could have written', () => {
  async function mutated(change: (b: Json) => void): Promise<{ store: Store; text: string }> {
    const store = await storeWithLedger();
    const b = JSON.parse(await exportBackup(store)) as Json;
    change(b);
    return { store, text: JSON.stringify(b) };
  }

  it("the app's own backup is a clean restore (the baseline)", async () => {
    const { text } = await mutated(() => {});
    const r = parseBackup(text);
    expect(r.ok && r.data.problems).toEqual([]);
    expect(r.ok && r.data.user.progress).toHaveLength(2);
    expect(r.ok && r.data.user.deadlineRules).toHaveLength(1);
  });

  it.each([
    ['reportedOn', '2024-13-45'],
    ['reportedOn', '9999-99-99'],
    ['reportedOn', '2023-02-29'],
    ['period', '2024-06-31'],
  ])('refuses a progress entry with an impossible %s (%s)', async (field, value) => {
    const { text } = await mutated((b) => {
      b.progress[0]![field] = value;
    });
    const r = parseBackup(text);
    expect(r.ok && r.data.user.progress).toHaveLength(1);
    expect(r.ok && r.data.problems).toEqual([{ subject: '进展', detail: expect.stringMatching(new RegExp(`1 条记录已损坏（例如 .+${field}：应为真实的日期`)) }]);
  });

  it('refuses an impossible completion date and rule date', async () => {
    const { text } = await mutated((b) => {
      const done = b.progress.find((e) => e.status === '已完成')!;
      (done.completion as Record<string, unknown>).date = '2024-02-30';
      (b.deadlineRules[0]!.dates as string[])[0] = '2024-04-31';
    });
    const r = parseBackup(text);
    expect(r.ok && r.data.problems.map((p) => p.subject)).toEqual(['进展', '报送规则']);
  });

  it('refuses a document whose issue date is impossible, and a task whose deadline is', async () => {
    const issued = parseBackup(
      (
        await mutated((b) => {
          b.documents[0]!.document.meta.issuedOn = '9999-99-99';
        })
      ).text,
    );
    expect(issued.ok && issued.data.documents).toEqual([]);
    expect(issued.ok && issued.data.problems[0]).toEqual({ subject: '文件「甲.txt」', detail: expect.stringContaining('meta.issuedOn：应为真实的日期') });

    const deadline = parseBackup(
      (
        await mutated((b) => {
          b.documents[0]!.tasks[0]!.deadline = { text: '年底前', date: '2024-13-45' };
        })
      ).text,
    );
    expect(deadline.ok && deadline.data.documents[0]!.tasks).toHaveLength(2);
    expect(deadline.ok && deadline.data.problems[0]).toEqual({
      subject: '文件「甲.txt」',
      detail: expect.stringMatching(/^1 条任务记录已损坏（例如 .+deadline\.date：应为真实的日期/),
    });
  });

  it.each([
    ['exportedAt', '9999-99-99T99:99:99Z'],
    ['exportedAt', 'x'],
    ['exportedAt', '2024-06-15T24:00:00.000Z'],
  ])('refuses a file whose %s is %s, naming the field, nothing restored', async (_, value) => {
    const { text } = await mutated((b) => {
      b.exportedAt = value;
    });
    const r = parseBackup(text);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^备份文件已损坏或不完整（exportedAt：应为有效的时间.*现有数据没有改变。$/) });
  });

  it('refuses rows with timestamps that do not parse (updatedAt, createdAt, importedAt)', async () => {
    const { text } = await mutated((b) => {
      b.progress[0]!.updatedAt = '9999-99-99T99:99:99Z';
      b.deadlineRules[0]!.updatedAt = '2024-06-15 08:00';
      b.documents[0]!.document.importedAt = '2024-13-01T00:00:00.000Z';
    });
    const r = parseBackup(text);
    expect(r.ok && r.data.documents).toEqual([]);
    expect(r.ok && r.data.problems[0]).toEqual({ subject: '文件「甲.txt」', detail: expect.stringContaining('importedAt：应为有效的时间') });
  });

  it('refuses a 100,000,004-character note (the form takes 2,000) without walking it', async () => {
    const { text } = await mutated(() => {});
    const raw = JSON.parse(text) as Json;
    raw.progress[0]!.note = 'x'.repeat(100_000_004);
    const r = checkBackup(raw);
    expect(r.ok && r.data.user.progress).toHaveLength(1);
    expect(r.ok && r.data.problems).toEqual([{ subject: '进展', detail: expect.stringContaining('note：不能超过 2000 字') }]);
  });

  it.each(['note', 'evidence'])('takes a %s of 2,000 characters even when each is two UTF-16 units (as the writes count), refuses 2,001', async (field) => {
    for (const [n, kept] of [
      [2000, 2],
      [2001, 1],
    ] as const) {
      const { text } = await mutated((b) => {
        b.progress[0]![field] = '𠀀'.repeat(n);
      });
      const r = parseBackup(text);
      expect(r.ok && r.data.user.progress).toHaveLength(kept);
    }
  });

  it('refuses a completion basis, a unit or a rule sentence longer than the forms take', async () => {
    const { text } = await mutated((b) => {
      const done = b.progress.find((e) => e.status === '已完成')!;
      (done.completion as Record<string, unknown>).basis = '据'.repeat(2001);
      b.progress.find((e) => e !== done)!.unit = '局'.repeat(201);
      b.deadlineRules[0]!.what = '报'.repeat(2001);
    });
    const r = parseBackup(text);
    expect(r.ok && r.data.user.progress).toEqual([]);
    expect(r.ok && r.data.user.deadlineRules).toEqual([]);
  });

  it('refuses values outside the known enums', async () => {
    const { text } = await mutated((b) => {
      b.progress[0]!.status = 'done';
      b.deadlineRules[0]!.cycle = 'weekly';
      b.documents[0]!.document.meta.kind = 'memo';
    });
    const r = parseBackup(text);
    expect(r.ok && r.data.documents).toEqual([]);
    expect(r.ok && r.data.problems).toEqual([
      { subject: '文件「甲.txt」', detail: expect.stringContaining('meta.kind') },
      { subject: '进展', detail: expect.stringContaining('status') },
      { subject: '进展', detail: '1 条记录属于上面未能恢复的文件' },
      { subject: '报送规则', detail: expect.stringContaining('cycle') },
    ]);
  });

  it('a refused row is not written, and what is sound is (the newer-wins restore is unchanged)', async () => {
    const { store, text } = await mutated((b) => {
      b.progress[0]!.reportedOn = '2024-13-45';
    });
    const target = await freshStore();
    await seedIfNeeded(target, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
    const r = await restoreBackup(target, text);
    expect(r).toMatchObject({ ok: false, code: 'partial' });
    expect(await dbOf(target).progress.count()).toBe(0);
    const read = await readBackup(text);
    expect(read.ok && read.contents.user.progress.every((e) => e.reportedOn !== '2024-13-45')).toBe(true);
    expect((await dbOf(store).progress.toArray()).every((e) => e.reportedOn !== '2024-13-45')).toBe(true);
  });
});
