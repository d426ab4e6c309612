// The shape of src/ read from its own import lines: layers import one way, storage stays storage, and
// no module imports itself back through others. The rules are docs/ARCHITECTURE.md's "never" list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((f) => relative(ROOT, f).split('\\').join('/'));
const text = new Map(files.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

/** Every specifier a file imports (static, dynamic and re-exports). */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'([^']+)'/g)].map((m) => m[1]!);
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec.split('?')[0]!))
    .split('\\')
    .join('/');
  return [base, `${base}.ts`, `${base}/index.ts`, `${base}.svelte`].find((c) => text.has(c)) ?? null;
}

const edges = new Map(files.map((f) => [f, specifiers(text.get(f)!).flatMap((s) => resolve(f, s) ?? [])]));

/** The part of src/ a file belongs to, as ARCHITECTURE.md names them. */
function part(file: string): string {
  const m = /^src\/lib\/([^/]+)\//.exec(file);
  if (!m) return 'views';
  return ['time', 'text', 'units'].includes(m[1]!) ? 'model' : m[1]!;
}

const NEVER: Array<[string, string, string]> = [
  ['model', 'parse', 'the ground imports nothing above it'],
  ['model', 'db', 'the ground imports nothing above it'],
  ['parse', 'analysis', 'parsers are pure'],
  ['parse', 'db', 'parsers are pure'],
  ['parse', 'import', 'parsers are pure'],
  ['analysis', 'outcomes', 'one way: outcomes build on analysis'],
  ['analysis', 'db', 'figures come from rows, not from Dexie'],
  ['analysis', 'charts', 'figures know no chart'],
  ['ledger', 'db', 'ledger rules are pure'],
  ['ledger', 'import', "a sheet's rows reach the ledger as data"],
  ['db', 'ledger', 'storage keeps rows, not rules'],
  ['db', 'analysis', 'storage keeps rows, not rules'],
  ['db', 'export', 'storage knows no file format'],
  ['db', 'state', 'storage knows no app'],
  ['charts', 'export', "builders are pure; exporting is the view's"],
  ['charts', 'db', 'builders are pure'],
  ['charts', 'state', 'builders are pure'],
  ['export', 'db', 'export gets rows handed'],
  ['import', 'db', 'import hands parsed results up'],
];

describe('the structure of src/', () => {
  it('reads every module and finds its imports', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(edges.get('src/lib/db/index.ts')).toContain('src/lib/db/repository/index.ts');
  });

  it.each(NEVER)('has no import from %s/ to %s/ (%s)', (from, to) => {
    const broken = files
      .filter((f) => part(f) === from)
      .flatMap((f) =>
        edges
          .get(f)!
          .filter((t) => part(t) === to)
          .map((t) => `${f} → ${t}`),
      );
    expect(broken).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      state.set(f, 'open');
      for (const t of edges.get(f)!) {
        if (state.get(t) === 'open') cycles.push([...path.slice(path.indexOf(t)), t].join(' → '));
        else if (!state.has(t)) visit(t, [...path, t]);
      }
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f, [f]);
    expect(cycles).toEqual([]);
  });

  it('keeps Dexie inside storage, and views and state reach storage only through its entry', () => {
    const dexie = files.filter((f) => !f.startsWith('src/lib/db/') && specifiers(text.get(f)!).includes('dexie'));
    expect(dexie).toEqual([]);
    const pastEntry = files
      .filter((f) => part(f) === 'views' || part(f) === 'state')
      .flatMap((f) =>
        edges
          .get(f)!
          .filter((t) => t.startsWith('src/lib/db/') && t !== 'src/lib/db/index.ts')
          .map((t) => `${f} → ${t}`),
      );
    expect(pastEntry).toEqual([]);
  });

  it('keeps chart builders free of the DOM and of Svelte', () => {
    const dom = files.filter((f) => part(f) === 'charts' && /\b(?:document|window)\.[a-zA-Z]|IntersectionObserver|requestAnimationFrame|from 'svelte/.test(text.get(f)!));
    expect(dom).toEqual([]);
  });

  it('keeps every storage module under 300 lines', () => {
    const long = files.filter((f) => f.startsWith('src/lib/db/')).filter((f) => text.get(f)!.split('\n').length > 300);
    expect(long).toEqual([]);
  });
});
