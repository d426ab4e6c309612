// The five bundled seeds parsed by the real parser and turned into stored rows, as the app sees them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReport } from '../../../src/lib/parse/index';
import { toRows } from '../../../src/lib/db/rows';
import type { Dataset } from '../../../src/lib/model/rows';

const SEEDS = resolve(__dirname, '../../../seeds');

export function seedDataset(): Dataset {
  const ds: Dataset = { documents: [], sections: [], tasks: [], targets: [], achievements: [] };
  for (const fileName of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, fileName), 'utf8');
    const parsed = parseReport(text, { fileName });
    if (!parsed.ok) throw new Error(`${fileName}: ${parsed.reason}`);
    const rows = toRows(parsed.data, { docId: fileName.slice(0, 3), source: 'bundled', sourceText: text, fileName, importedAt: '2026-01-01T00:00:00.000Z' });
    ds.documents.push(rows.document);
    ds.sections.push(...rows.sections);
    ds.tasks.push(...rows.tasks);
    ds.targets.push(...rows.targets);
    ds.achievements.push(...rows.achievements);
  }
  return ds;
}
