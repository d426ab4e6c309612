// npm run accuracy [-- --json] [NAME…]: parses every corpus text that has a gold file
// (tests/fixtures/corpus/gold/<name>.json) and prints per-field recall and precision, then what is
// wrong per document. With --json the figures go on the last line as one JSON object.
// NAME… limits the run to those documents (file name with or without .txt).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Gold, documentErrors, formatSummary, scoreDocument, summarise, type AccuracySummary, type DocumentScore } from './corpus/score';
import { parseReport } from '../src/lib/parse/index';

export const CORPUS_DIR = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));

export interface CorpusRun {
  scores: DocumentScore[];
  summary: AccuracySummary;
  /** Gold files that could not be read (a file being written, or not matching SCHEMA.md). */
  unreadable: { file: string; reason: string }[];
}

export function measureCorpus(dir = CORPUS_DIR, only: string[] = []): CorpusRun {
  const goldDir = join(dir, 'gold');
  const wanted = new Set(only.map((n) => n.replace(/\.(txt|json)$/, '')));
  const scores: DocumentScore[] = [];
  const unreadable: CorpusRun['unreadable'] = [];
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const name = f.replace(/\.json$/, '');
    if (wanted.size > 0 && !wanted.has(name)) continue;
    let gold: Gold;
    try {
      const checked = Gold.safeParse(JSON.parse(readFileSync(join(goldDir, f), 'utf8')));
      if (!checked.success) throw new Error(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      gold = checked.data;
    } catch (e) {
      unreadable.push({ file: f, reason: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const r = parseReport(text, { fileName: `${name}.txt` });
    scores.push(r.ok ? scoreDocument(gold, r.data) : scoreDocument(gold, null, `${r.code}: ${r.reason}`));
  }
  return { scores, summary: summarise(scores), unreadable };
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const names = argv.filter((a) => !a.startsWith('--'));
  const run = measureCorpus(CORPUS_DIR, names);
  const lines: string[] = [formatSummary(run.summary), ''];
  for (const s of run.scores) {
    const errors = documentErrors(s);
    if (errors.length === 0) continue;
    lines.push(`${s.file}  (${s.matched.length}/${s.goldTargets} targets, ${s.parsedTargets} parsed, ${s.tasks} tasks)`);
    for (const e of errors) lines.push(`  ${e}`);
  }
  for (const u of run.unreadable) lines.push(`unreadable gold ${u.file}: ${u.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (json) {
    const perDocument = run.scores.map((s) => ({ file: s.file, matched: s.matched.length, gold: s.goldTargets, parsed: s.parsedTargets, errors: documentErrors(s) }));
    process.stdout.write(`${JSON.stringify({ ...run.summary, unreadable: run.unreadable, perDocument })}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
