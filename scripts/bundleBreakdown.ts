// Where the bytes of dist/index.html come from: builds once with hidden source maps and attributes
// every minified byte of each chunk (and of the inline worker) to its source — an npm package, a
// folder of src/, or a packed library. `npx tsx scripts/bundleBreakdown.ts [--all]`.
// Nothing is written to dist/.
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { build, type Plugin, type Rollup } from 'vite';

const showAll = process.argv.includes('--all');

function groupOf(source: string): string {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? '?');
    if (process.env.BREAKDOWN_FILES && (pkg === 'zod' || pkg === 'echarts')) return rest.join('/');
    if (pkg === 'echarts' || pkg === 'zrender') return `${pkg}/${rest[1] === 'lib' ? (rest[2] ?? '') : (rest[1] ?? '')}`;
    return pkg;
  }
  const src = s.indexOf('src/');
  if (src >= 0) {
    const parts = s.slice(src).split('/');
    return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
  }
  return s.replace(/^.*\/(seeds\/)/, '$1');
}

/** Bytes of `code` attributed to each group through its source map (UTF-8 bytes, unmapped = "(unmapped)"). */
function attribute(code: string, map: RawSourceMap): Map<string, number> {
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const out = new Map<string, number>();
  const add = (k: string, n: number) => out.set(k, (out.get(k) ?? 0) + n);
  const segments: Array<{ line: number; col: number; source: string | null }> = [];
  consumer.eachMapping((m) => segments.push({ line: m.generatedLine, col: m.generatedColumn, source: m.source }));
  segments.sort((a, b) => a.line - b.line || a.col - b.col);
  let i = 0;
  for (let ln = 1; ln <= lines.length; ln++) {
    const text = lines[ln - 1] as string;
    let at = 0;
    let current: string | null = null;
    while (i < segments.length && (segments[i] as { line: number }).line === ln) {
      const seg = segments[i] as { col: number; source: string | null };
      add(current === null ? '(unmapped)' : groupOf(current), Buffer.byteLength(text.slice(at, seg.col)));
      at = seg.col;
      current = seg.source;
      i++;
    }
    add(current === null ? '(unmapped)' : groupOf(current), Buffer.byteLength(text.slice(at)) + 1);
  }
  return out;
}

const reports: Array<{ title: string; groups: Map<string, number>; total: number }> = [];

function collector(title: string): Plugin {
  return {
    name: 'bundle-breakdown',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') {
          const a = item as Rollup.OutputAsset;
          const size = typeof a.source === 'string' ? Buffer.byteLength(a.source) : a.source.length;
          reports.push({ title: `${title} asset ${a.fileName}`, groups: new Map([[a.fileName, size]]), total: size });
          continue;
        }
        const c = item as Rollup.OutputChunk;
        if (!c.map) continue;
        const groups = attribute(c.code, c.map as unknown as RawSourceMap);
        reports.push({ title: `${title} chunk ${c.fileName}`, groups, total: Buffer.byteLength(c.code) });
      }
    },
  };
}

await build({
  logLevel: 'error',
  build: { write: false, sourcemap: 'hidden' },
  plugins: [collector('page')],
  worker: { format: 'iife', plugins: () => [collector('worker')] },
});

const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
for (const r of reports) {
  console.log(`\n${r.title}: ${kb(r.total)}`);
  const rows = [...r.groups.entries()].sort((a, b) => b[1] - a[1]);
  const shown = showAll ? rows : rows.filter(([, n]) => n >= 2048);
  for (const [g, n] of shown) console.log(`  ${kb(n)}  ${g}`);
  const rest = rows.length - shown.length;
  if (rest > 0) console.log(`  ${kb(rows.slice(shown.length).reduce((s, [, n]) => s + n, 0))}  (${rest} smaller groups)`);
}
