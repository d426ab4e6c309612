// The notice 随政办发〔2024〕2号 (seed 002), parsed by the real parser, as the ledger sees it.
import { readFileSync } from 'node:fs';
import { parseReport } from '../../../src/lib/parse/index';
import type { ParsedDocument } from '../../../src/lib/model/document';
import type { DeadlineRule, ProgressEntry } from '../../../src/lib/model/ledger';
import type { LedgerDocument, LedgerTask } from '../../../src/lib/ledger/assess';
import { letterOf, parsedRules } from '../../../src/lib/ledger/rules';
import { makeEntry, type EntryInput } from '../../../src/lib/ledger/entries';
import { annotationKeys } from '../../../src/lib/model/annotationKeys';

export const SEED_002 = '002_cc78cbd2ab743c91.txt';
export const DOC_ID = 'cc78cbd2ab743c91';

export function parseSeed(name = SEED_002): ParsedDocument {
  const text = readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
  const r = parseReport(text, { fileName: name });
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.data;
}

export interface Seed {
  parsed: ParsedDocument;
  document: LedgerDocument;
  tasks: LedgerTask[];
  rules: DeadlineRule[];
  keyOf: (taskId: string) => string;
  task: (no: string, category?: LedgerTask['category']) => LedgerTask;
}

export function seed002(docId = DOC_ID): Seed {
  const parsed = parseSeed();
  const tasks: LedgerTask[] = parsed.tasks.map((t) => ({ ...t, id: `${docId}/${t.id}`, docId }));
  const rules = parsedRules(docId, parsed.document, letterOf(parsed.text, parsed.tasks), '2024-01-23T00:00:00.000Z').rules;
  const keys = annotationKeys(tasks);
  return {
    parsed,
    document: { id: docId, meta: parsed.document },
    tasks,
    rules,
    keyOf: (id) => keys.get(id) as string,
    task: (no, category) => {
      const t = tasks.find((x) => x.no === no && (category === undefined || x.category === category));
      if (!t) throw new Error(`task ${no} not found`);
      return t;
    },
  };
}

let counter = 0;

/** An entry written through the same checks the form uses. */
export function entry(s: Seed, task: LedgerTask, e: Partial<EntryInput> & Pick<EntryInput, 'reportedOn'>): ProgressEntry {
  const r = makeEntry(
    { task, key: s.keyOf(task.id), period: null, status: '推进中', note: '按计划推进', source: 'user', ...e },
    { id: `e${++counter}`, createdAt: `${e.reportedOn}T09:00:${String(counter % 60).padStart(2, '0')}.000Z` },
  );
  if (!r.ok) throw new Error(r.reason);
  return r.entry;
}
