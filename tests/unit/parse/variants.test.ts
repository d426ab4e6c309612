// The same documents typed differently (no blank lines, CRLF, ASCII brackets, full-width digits,
// indented paragraphs) must give the same structure: the parser reads shape, not one file's layout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';

const SEEDS = ['000_cf037e789fc2945e', '001_f681927dc6cce43d', '002_cc78cbd2ab743c91', '003_75f0195620c906fb', '004_8fc95960ca065cc7'];
const VARIANTS: Record<string, (s: string) => string> = {
  'without blank lines': (s) =>
    s
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n'),
  'with CRLF line ends': (s) => s.replace(/\n/g, '\r\n'),
  'with ASCII brackets and colons': (s) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/；/g, ';'),
  'with full-width digits': (s) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  'with blank lines doubled': (s) => s.replace(/\n/g, '\n\n'),
  'with indented paragraphs': (s) => s.replace(/\n/g, '\n\u3000\u3000'),
};

function summary(text: string) {
  const r = parseReport(text);
  if (!r.ok) return r.code;
  const d = r.data;
  return {
    document: { ...d.document, fileName: null, reportingDeadlines: d.document.reportingDeadlines?.map((r) => [r.text, r.date]) },
    sections: d.sections.map((s) => [s.title, s.level, s.kind]),
    tasks: d.tasks.map((t) => [t.no, t.category, t.leaders, t.leadUnits, t.supportUnits]),
    mainTargets: d.targets.filter((t) => t.scope === 'main').map((t) => [t.metric, t.value, t.stretch]),
    achievements: d.achievements.length,
  };
}

describe.each(SEEDS)('seed %s typed differently', (seed) => {
  const raw = readFileSync(new URL(`../../../seeds/${seed}.txt`, import.meta.url), 'utf8');
  const expected = summary(raw);
  it.each(Object.keys(VARIANTS))('%s gives the same structure', (name) => {
    expect(summary((VARIANTS[name] as (s: string) => string)(raw))).toEqual(expected);
  });
});
