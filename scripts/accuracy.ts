// npm run accuracy [-- --json] [NAME…]: parses every corpus text that has a gold file
// (tests/fixtures/corpus/gold/<name>.json) and prints per-field recall and precision, then what is
// wrong per document. With --json the figures go on the last line as one JSON object.
// NAME… limits the run to those documents (file name with or without .txt).
// With --notices it scores the notice corpus instead (tests/fixtures/notices, its SCHEMA.md): every
// file read through the page's own readText, then parseReport; NAME… picks notices or files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Gold, documentErrors, formatSummary, scoreDocument, summarise, type AccuracySummary, type DocumentScore } from './corpus/score';
import { parseReport } from '../src/lib/parse/index';
import { readText } from '../src/lib/import/readText';
import { NoticeGold } from './corpus/noticeGold';
import { breakdown, formatBreakdown, formatNoticeSummary, scoreNoticeFile, summariseNotices, type NoticeFileScore, type NoticeSummary } from './corpus/noticeScore';

export const CORPUS_DIR = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
export const NOTICES_DIR = fileURLToPath(new URL('../tests/fixtures/notices/', import.meta.url));

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

/** The file's type as the breakdown names it: the encoding of a text, or its format. */
function fileType(file: string, encoding: string): string {
  if (file.endsWith('.copied.txt')) return 'copied';
  if (file.endsWith('.txt')) return encoding;
  return file.slice(file.lastIndexOf('.') + 1);
}

export interface NoticeRun {
  scores: NoticeFileScore[];
  summary: NoticeSummary;
  /** Gold files that could not be read. */
  badGold: { file: string; reason: string }[];
}

/** Every file of MANIFEST.tsv read as the page reads it, parsed and scored against its notice's gold. */
export async function measureNotices(dir = NOTICES_DIR, only: string[] = []): Promise<NoticeRun> {
  const rows = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
  const golds = new Map<string, NoticeGold>();
  const badGold: NoticeRun['badGold'] = [];
  const scores: NoticeFileScore[] = [];
  for (const [file = '', , , , encoding = ''] of rows) {
    const name = file.replace(/(\.copied|\.gb18030)?\.(txt|docx|doc|wps|xlsx|xls|pdf|csv)$/, '');
    if (only.length > 0 && !only.includes(name) && !only.includes(file)) continue;
    let gold = golds.get(name);
    if (!gold) {
      const checked = NoticeGold.safeParse(JSON.parse(readFileSync(join(dir, 'gold', `${name}.json`), 'utf8')));
      if (!checked.success) {
        badGold.push({ file: `${name}.json`, reason: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        continue;
      }
      gold = checked.data;
      golds.set(name, gold);
    }
    const opts = { file, type: fileType(file, encoding), letterExpected: !/\.(xlsx|xls|csv)$/.test(file) };
    const read = await readText(file, new Uint8Array(readFileSync(join(dir, file))));
    if (!read.ok) {
      scores.push(scoreNoticeFile(gold, null, opts, read.problem.reason));
      continue;
    }
    const r = parseReport(read.text, { fileName: file });
    scores.push(r.ok ? scoreNoticeFile(gold, r.data, opts) : scoreNoticeFile(gold, null, opts, `${r.code}: ${r.reason}`));
  }
  return { scores, summary: summariseNotices(scores), badGold };
}

async function mainNotices(json: boolean, names: string[]): Promise<void> {
  const run = await measureNotices(NOTICES_DIR, names);
  const lines = [
    formatNoticeSummary(run.summary),
    '',
    formatBreakdown(
      'by form',
      breakdown(run.scores, (s) => s.form),
    ),
    '',
    formatBreakdown(
      'by file type',
      breakdown(run.scores, (s) => s.type),
    ),
    '',
  ];
  for (const s of run.scores) {
    if (s.errors.length === 0) continue;
    lines.push(`${s.file}  (${s.tasks.right}/${s.tasks.gold} tasks, ${s.tasks.parsed} parsed)`);
    for (const e of s.errors) lines.push(`  ${e}`);
  }
  for (const b of run.badGold) lines.push(`unreadable gold ${b.file}: ${b.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (json) {
    const perFile = run.scores.map((s) => ({ file: s.file, form: s.form, type: s.type, unreadable: s.unreadable, tasks: s.tasks, errors: s.errors }));
    const byForm = breakdown(run.scores, (s) => s.form);
    const byType = breakdown(run.scores, (s) => s.type);
    process.stdout.write(`${JSON.stringify({ ...run.summary, badGold: run.badGold, byForm, byType, perFile })}\n`);
  }
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const names = argv.filter((a) => !a.startsWith('--'));
  if (argv.includes('--notices')) {
    void mainNotices(json, names);
    return;
  }
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
