// Small hand-built parser outputs (valid ParsedDocuments) and a fresh in-memory IndexedDB per test.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ParsedDocument, ParseResult } from '../../src/lib/model/document';
import { openStore, type OpenOptions, type Parser, type SeedText, type Store } from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { docIdOf, packOf, readPacked, unpack } from '../../src/lib/db/repository/packs';
import type { ItemTable } from '../../src/lib/db/schema';

export function freshEngine(): Pick<OpenOptions, 'indexedDB' | 'IDBKeyRange'> {
  return { indexedDB: new IDBFactory() as unknown as globalThis.IDBFactory, IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange };
}

export function freshStore(options: OpenOptions = {}) {
  return openStore({ ...freshEngine(), ...options });
}

const span = (start: number, end: number) => ({ start, end });

/** A notice with two chapters, three numbered tasks (one with two responsibility groups), one target
 * and one achievement. `variant` changes the text (and so the content hash). */
export function notice(opts: { year?: number; jurisdiction?: string; variant?: string; parserVersion?: string; idPrefix?: string } = {}): ParsedDocument {
  const year = opts.year ?? 2024;
  const p = opts.idPrefix ?? '';
  const v = opts.variant ?? '';
  const text = `关于分解落实${year}年《政府工作报告》重点工作的通知${v}\n一、稳增长\n1.地区生产总值增长7%。\n2.新建城市绿道50公里。\n二、惠民生\n3.改造老旧小区30个。`;
  return {
    schemaVersion: 1,
    parserVersion: opts.parserVersion ?? 'test-1',
    document: {
      title: `关于分解落实${year}年《政府工作报告》重点工作的通知${v}`,
      jurisdiction: opts.jurisdiction ?? '示例市',
      jurisdictionLevel: 'city',
      year,
      kind: 'notice',
      reportOf: opts.jurisdiction ?? '示例市',
      docNumber: `示政办发〔${year}〕2号`,
      issuedOn: `${year}-02-20`,
      issuer: '示例市人民政府办公室',
      fileName: null,
    },
    text,
    sections: [
      { id: `${p}s1`, no: '一', title: '稳增长', level: 1, parentId: null, kind: 'chapter', span: span(20, 25) },
      { id: `${p}s1-1`, no: null, title: '扩大有效投资。', level: 2, parentId: `${p}s1`, kind: 'lead', span: span(25, 30) },
      { id: `${p}s2`, no: '二', title: '惠民生', level: 1, parentId: null, kind: 'chapter', span: span(60, 65) },
    ],
    tasks: [
      {
        id: `${p}t1`,
        no: '1',
        sectionId: `${p}s1-1`,
        category: 'target',
        text: '地区生产总值增长7%。',
        leaders: ['张三'],
        leadUnits: ['市发改委'],
        supportUnits: ['市统计局'],
        groups: [{ subject: null, leaders: ['张三'], leadUnits: ['市发改委'], supportUnits: ['市统计局'], deadline: null, span: span(30, 40) }],
        deadline: null,
        span: span(26, 45),
      },
      {
        id: `${p}t2`,
        no: '2',
        sectionId: `${p}s1-1`,
        category: 'task',
        text: '新建城市绿道50公里。',
        leaders: ['李四'],
        leadUnits: ['市住建局', '市自然资源和规划局'],
        supportUnits: ['市统计局', '各县市区人民政府'],
        groups: [
          {
            subject: '新建城市绿道',
            leaders: ['李四'],
            leadUnits: ['市住建局'],
            supportUnits: ['市统计局'],
            deadline: { text: '年底前', date: `${year}-12-31` },
            span: span(46, 50),
          },
          { subject: null, leaders: [], leadUnits: ['市自然资源和规划局'], supportUnits: ['各县市区人民政府'], deadline: null, span: span(50, 55) },
        ],
        deadline: { text: '年底前', date: `${year}-12-31` },
        span: span(45, 58),
      },
      {
        id: `${p}t3`,
        no: '3',
        sectionId: `${p}s2`,
        category: 'livelihood',
        text: '改造老旧小区30个。',
        leaders: [],
        leadUnits: ['市住建局'],
        supportUnits: [],
        groups: [],
        deadline: null,
        span: span(66, 76),
      },
    ],
    targets: [
      {
        id: `${p}g1`,
        metric: '地区生产总值',
        verb: '增长',
        value: 7,
        valueMax: null,
        unit: '%',
        qualifier: null,
        stretch: null,
        year,
        scope: 'main',
        text: '地区生产总值增长7%',
        taskId: `${p}t1`,
        sectionId: `${p}s1-1`,
        span: span(28, 37),
      },
    ],
    achievements: [
      {
        id: `${p}a1`,
        metric: '城镇新增就业',
        verb: '新增',
        value: 45200,
        unit: '人',
        qualifier: null,
        year: year - 1,
        text: '城镇新增就业4.52万人',
        sectionId: null,
        span: span(0, 5),
      },
    ],
    warnings: [],
  };
}

/** A stand-in parser for db tests: each seed text gets the notice fixture whose title is the text's
 * first line. The real parser is exercised on the real seeds in seeds.test.ts. */
export function testParser(version = 'test-1', idPrefix = ''): Parser & { calls: number } {
  const parser = {
    version,
    calls: 0,
    parse(text: string): ParseResult {
      parser.calls++;
      if (text.trim() === '') return { ok: false, code: 'empty', reason: '文件是空的' };
      const doc = notice({ parserVersion: version, variant: text.split('\n')[0], idPrefix });
      return { ok: true, data: { ...doc, text } };
    },
  };
  return parser;
}

export const SEEDS: SeedText[] = [
  { fileName: 'a.txt', text: '甲市政府工作报告\n一、回顾' },
  { fileName: 'b.txt', text: '乙市政府工作报告\n一、回顾' },
];

/** A stored row of a document's pack (since schema v10 its one copy), by global id. */
export async function storedRow<T = Record<string, unknown>>(store: Store, table: ItemTable, id: string): Promise<T | undefined> {
  return (await readPacked(dbOf(store), docIdOf(id)))[table].find((r) => (r as { id: string }).id === id) as T | undefined;
}

/** A document's stored rows of one kind, in stored order. */
export async function storedRows<T = Record<string, unknown>>(store: Store, table: ItemTable, docId: string): Promise<T[]> {
  return (await readPacked(dbOf(store), docId))[table] as T[];
}

/** Every stored row of one kind, across documents. */
export async function countRows(store: Store, table: ItemTable): Promise<number> {
  const db = dbOf(store);
  let n = 0;
  for (const p of await db.rowPacks.toArray()) n += unpack(p)?.[table].length ?? 0;
  return n;
}

/** Overwrites (or adds) one row in its document's pack, keeping the pack's write: damage done behind the app's back. */
export async function putStoredRow(store: Store, table: ItemTable, row: { id: string; docId?: string; [field: string]: unknown }): Promise<void> {
  const db = dbOf(store);
  const docId = row.docId ?? docIdOf(row.id);
  const pack = (await db.rowPacks.get(docId))!;
  const items = unpack(pack)!;
  const at = items[table].findIndex((r) => (r as { id: string }).id === row.id);
  if (at >= 0) items[table][at] = row;
  else items[table].push(row);
  await db.rowPacks.put(packOf(docId, pack.rev, items, items.text));
}

/** Makes every write of a document's rows throw `error` (the pack is their one copy). */
export function failRowWrites(store: Store, error: () => Error): void {
  const pack = dbOf(store).rowPacks;
  pack.hook('creating', () => {
    throw error();
  });
  pack.hook('updating', () => {
    throw error();
  });
}
