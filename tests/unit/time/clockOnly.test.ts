// The one clock: outside src/lib/time/clock.ts nothing in src/ reads the laptop's clock or its time
// zone. Days and times come from clock.ts, which reads them in Beijing (UTC+8) whatever zone the
// laptop is set to; a local-time getter anywhere else would bring the laptop's day back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');
const CLOCK = 'src/lib/time/clock.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte|js)$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (a comment may name what the code must not do). */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|Year|TimezoneOffset)\s*\(/, 'a local-time getter'],
  [/\.set(FullYear|Month|Date|Hours|Minutes|Seconds|Milliseconds|Year)\s*\(/, 'a local-time setter'],
  [/\.toLocale(Date|Time)?String\s*\(/, 'a local-time print'],
  [/\.to(Date|Time)String\s*\(/, 'a local-time print'],
  [/\bnew\s+Date\s*\(\s*\)/, 'the laptop clock (use now() from clock.ts)'],
  [/\bDateTimeFormat\b/, 'a zone-dependent format'],
  [/\.(slice|substring|substr)\(\s*0\s*,\s*10\s*\)/, "an ISO timestamp's UTC day (use beijingDayOf)"],
];

/** Every use of the laptop's day or clock in a source text: `line: what`. */
function localTimeUses(source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((line, i) => FORBIDDEN.filter(([re]) => re.test(line)).map(([, what]) => `${i + 1}: ${what}`));
}

describe('the one clock', () => {
  it('finds what it looks for (and not in comments)', () => {
    expect(localTimeUses('const d = new Date();\nconst y = d.getFullYear();\nx.toLocaleDateString("zh-CN")')).toEqual([
      '1: the laptop clock (use now() from clock.ts)',
      '2: a local-time getter',
      '3: a local-time print',
    ]);
    expect(localTimeUses('const day = row.importedAt.slice(0, 10);')).toEqual(["1: an ISO timestamp's UTC day (use beijingDayOf)"]);
    expect(localTimeUses('// never `new Date()` or d.getDate()\n/* d.getHours() */\nconst u = d.getUTCDate();\nconst t = new Date(iso);')).toEqual([]);
  });

  it('is the only place in src/ that reads the local day or clock', () => {
    const offenders = sourceFiles(SRC)
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => f !== CLOCK)
      .flatMap((f) => localTimeUses(readFileSync(join(ROOT, f), 'utf8')).map((u) => `${f}:${u}`));
    expect(offenders).toEqual([]);
  });
});
