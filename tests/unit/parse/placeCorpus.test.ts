// Place and year beyond the corpus as it is: every corpus report with its head removed (no title, no
// delivery line), and with a paragraph naming another city and its district many times inserted in the
// body. Each place and year must be right or flagged as unsure — never wrong without a word.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';

const DIR = resolve(__dirname, '../../fixtures/corpus');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const gold = (f: string) => JSON.parse(readFileSync(join(DIR, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as { jurisdiction: string; year: number };

function headless(t: string): string {
  const s = t.replace(/^---[\s\S]*?\n---\n/, '');
  const i = s.indexOf('各位代表');
  return i >= 0 ? s.slice(i) : s;
}

function otherPlaceInBody(t: string): string {
  const i = t.indexOf('各位代表');
  const add = `\n${'我们与苏州市深化合作，苏州市企业来投资，吴中区新建产业园。'.repeat(30)}\n`;
  const j = t.indexOf('\n', i + 10);
  return i >= 0 ? t.slice(0, j) + add + t.slice(j) : t + add;
}

/** The files whose place or year is wrong and not flagged. */
function unflagged(change: (t: string) => string): string[] {
  const out: string[] = [];
  for (const f of files) {
    const r = parseReport(change(readFileSync(join(DIR, f), 'utf8')), { fileName: f });
    if (!r.ok) {
      out.push(`${f}: refused`);
      continue;
    }
    const d = r.data.document;
    const g = gold(f);
    if (d.jurisdiction !== null && d.jurisdiction !== g.jurisdiction && !d.placeUnsure) out.push(`${f}: ${d.jurisdiction}`);
    if (d.year !== null && d.year !== g.year && !d.yearUnsure) out.push(`${f}: ${d.year}`);
  }
  return out;
}

describe('the corpus reports’ place and year, changed', { timeout: 60_000 }, () => {
  it('are 48 reports', () => expect(files).toHaveLength(48));
  it('without their head: right or flagged', () => expect(unflagged(headless)).toEqual([]));
  it('with another city named 60 times in the body: right or flagged', () => expect(unflagged(otherPlaceInBody)).toEqual([]));
});
