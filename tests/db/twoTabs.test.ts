// The same file confirmed in two tabs at once (issue 10, defect 6): two connections to one database,
// each saving without a duplicate choice. The duplicate check and the write are one transaction, so
// exactly one is stored and the other is told it is a duplicate.
import { describe, expect, it } from 'vitest';
import { importDocument, openStore } from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { contentHash } from '../../src/lib/model/hash';
import { freshEngine, notice, countRows } from './fixtures';

describe('one file saved from two tabs at once', () => {
  it('is stored once; the other save reports the duplicate it found', async () => {
    const engine = freshEngine();
    const tab1 = await openStore({ ...engine, name: 'tabs' });
    const tab2 = await openStore({ ...engine, name: 'tabs' });
    const opts = { sourceText: '两个标签页里的同一份文件', fileName: '同一份.txt' };
    const [a, b] = await Promise.all([importDocument(tab1, notice(), opts), importDocument(tab2, notice(), opts)]);
    const outcomes = [a, b].map((o) => (o.ok ? 'saved' : o.code)).sort();
    expect(outcomes).toEqual(['duplicate', 'saved']);
    const dup = [a, b].find((o) => !o.ok);
    expect(dup).toMatchObject({ ok: false, code: 'duplicate', duplicate: { id: contentHash(opts.sourceText) } });
    expect(await dbOf(tab1).documents.count()).toBe(1);
    expect(await countRows(tab1, 'tasks')).toBe(3);
  });
});
