// A large, valid backup for the restore benchmark and tests: imported copies of the bundled seeds (each
// copy's text differs by one line, so each has its own content hash and id), each copy's items repeated
// `repeat` times (a long notice, as the audit's 100k-task / 33 MB backup had: rows, not texts, dominate),
// until the backup holds the asked number of tasks, with a note on every tenth task.
import { readFileSync, readdirSync } from 'node:fs';
import { annotationKeys } from '../src/lib/model/annotationKeys';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../src/lib/db/backupFormat';
import { contentHash } from '../src/lib/model/hash';
import { toRows } from '../src/lib/db/rows';
import type { AnnotationRow } from '../src/lib/model/annotations';
import type { ParsedDocument } from '../src/lib/model/document';
import { parseReport } from '../src/lib/parse/index';

function parsedSeeds(): { fileName: string; text: string; parsed: ParsedDocument }[] {
  const dir = new URL('../seeds/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((fileName) => {
      const text = readFileSync(new URL(fileName, dir), 'utf8');
      const r = parseReport(text, { fileName });
      return r.ok && r.data.tasks.length > 0 ? [{ fileName, text, parsed: r.data }] : [];
    });
}

export interface LargeBackup {
  json: string;
  documents: number;
  tasks: number;
  annotations: number;
}

/** The parse with its tasks repeated `n` times (ids suffixed; the copies' texts cut to 20 characters,
 * so that the file's size per task is the audit's, ≈ 330 bytes). */
function repeated(p: ParsedDocument, n: number): ParsedDocument {
  if (n <= 1) return p;
  const copies = Array.from({ length: n }, (_, k) => p.tasks.map((t) => (k === 0 ? t : { ...t, id: `${t.id}~${k}`, text: t.text.slice(0, 20), groups: [] })));
  return { ...p, tasks: copies.flat() };
}

export function largeBackup(minTasks: number, repeat = 40): LargeBackup {
  const seeds = parsedSeeds();
  const documents: unknown[] = [];
  const annotations: AnnotationRow[] = [];
  let tasks = 0;
  for (let i = 0; tasks < minTasks; i++) {
    const seed = seeds[i % seeds.length]!;
    const sourceText = `${seed.text}\n（第 ${i + 1} 份副本）`;
    const docId = contentHash(sourceText);
    const rows = toRows(repeated(seed.parsed, repeat), {
      docId,
      source: 'imported',
      sourceText,
      fileName: `副本${i + 1}-${seed.fileName}`,
      importedAt: '2025-03-05T08:00:00.000Z',
    });
    documents.push(rows);
    tasks += rows.tasks.length;
    const keys = annotationKeys(rows.tasks);
    const used = new Set<string>();
    rows.tasks.forEach((t, n) => {
      const key = keys.get(t.id)!;
      if (n % 10 !== 0 || used.has(key)) return; // repeated copies share a key: one note per key
      used.add(key);
      annotations.push({
        key,
        docId,
        taskNo: t.no,
        taskText: t.text,
        status: '推进中',
        note: `第 ${n + 1} 项已开工`,
        updatedAt: '2025-04-01T08:00:00.000Z',
      });
    });
  }
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2025-04-02T08:00:00.000Z',
    documents,
    hiddenSeeds: [],
    annotations,
  };
  return { json: JSON.stringify(backup), documents: documents.length, tasks, annotations: annotations.length };
}
