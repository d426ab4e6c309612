// Vite plugin: one copy of the parser in dist/index.html. The parser, the schemas (src/lib/model) and
// what they need (zod, the gazetteer) are built once as a classic script — the "core" — and placed in
// the page as <script id="zfgzbg-core">, where it leaves every module's namespace on
// globalThis.__zfgzbgCore. The page's own bundle imports those modules through small shims that read
// them from there, and the parse worker is started from the text of that same script element
// (src/lib/import/backgroundParse.ts), where src/lib/import/parse.worker.ts installs its handler.
// Before this, the inline worker carried a second copy of parser, zod and gazetteer (≈ 210 KB).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import { build, type Plugin } from 'vite';
import { CORE_GLOBAL, CORE_SCRIPT_ID } from '../../src/lib/import/coreScript.ts';

export interface CoreOptions {
  /** Folders (root-relative) whose every .ts module belongs to the core, and single modules. */
  folders: string[];
  modules: string[];
  /**
   * Packages the page uses through one namespace export (`import { z } from 'zod'`): the core exposes
   * only the members the page's sources name (`z.object` …), so the package is still tree-shaken.
   */
  namespaces: Array<{ module: string; name: string }>;
  target: string[];
}

interface Core {
  code: string;
  /** resolved file path (or package name) → key in globalThis.__zfgzbgCore */
  keys: Map<string, string>;
  /** key → export names */
  exportsOf: Map<string, string[]>;
  /** every file bundled into the core */
  closure: Set<string>;
}

const clean = (id: string) => id.replace(/[?#].*$/, '');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );

/** `name.member` as written in the page's own sources (outside the core folders), members that exist. */
async function membersUsed(root: string, o: CoreOptions, ns: { module: string; name: string }): Promise<string[]> {
  const inCore = o.folders.map((f) => join(root, f) + '/');
  const re = new RegExp(`\\b${ns.name}\\.([A-Za-z_$][\\w$]*)`, 'g');
  const used = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    if (inCore.some((d) => file.startsWith(d))) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(re)) used.add(m[1] as string);
  }
  const runtime = (await import(ns.module)) as Record<string, Record<string, unknown>>;
  return [...used].filter((k) => runtime[ns.name] && k in (runtime[ns.name] as object)).sort();
}

async function buildCore(o: CoreOptions, root: string): Promise<Core> {
  const specs: string[] = [...o.modules];
  for (const folder of o.folders) {
    for (const f of readdirSync(join(root, folder)).sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts')) specs.push(`/${folder}/${f}`);
    }
  }
  const narrowed: string[] = [];
  for (const [i, ns] of o.namespaces.entries()) {
    const members = await membersUsed(root, o, ns);
    narrowed.push(`import { ${ns.name} as n${i} } from ${JSON.stringify(ns.module)};`);
    narrowed.push(`const ns${i} = { ${ns.name}: { ${members.map((k) => `${k}: n${i}.${k}`).join(', ')} } };`);
  }
  const entry = '\0core-entry';
  const source = [
    ...specs.map((s, i) => `import * as m${i} from ${JSON.stringify(s.startsWith('/') ? join(root, s) : s)};`),
    ...narrowed,
    `globalThis.${CORE_GLOBAL} = {${[...specs.map((s, i) => `${JSON.stringify(s)}: m${i}`), ...o.namespaces.map((ns, i) => `${JSON.stringify(ns.module)}: ns${i}`)].join(', ')}};`,
  ].join('\n');
  let moduleIds: string[] = [];
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [{ name: 'core-entry', resolveId: (id) => (id === entry ? entry : null), load: (id) => (id === entry ? source : null) }],
    build: {
      write: false,
      target: o.target,
      minify: true,
      copyPublicDir: false,
      rollupOptions: { input: entry, output: { format: 'iife', entryFileNames: 'core.js' } },
    },
  });
  let code = '';
  for (const r of Array.isArray(result) ? result : [result]) {
    if (!('output' in r)) continue;
    for (const c of r.output) {
      if (c.type !== 'chunk') continue;
      code = c.code;
      moduleIds = c.moduleIds;
    }
  }
  if (!code) throw new Error('shared core: the build produced no script');

  // The export names of each module, read from the built script itself.
  const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, console };
  vm.runInNewContext(code, sandbox, { filename: 'core.js' });
  const namespaces = sandbox[CORE_GLOBAL] as Record<string, Record<string, unknown>>;
  const keys = new Map<string, string>();
  const exportsOf = new Map<string, string[]>();
  for (const s of [...specs, ...o.namespaces.map((ns) => ns.module)]) {
    keys.set(s.startsWith('/') ? join(root, s) : s, s);
    exportsOf.set(s, Object.keys(namespaces[s] ?? {}));
  }
  return { code, keys, exportsOf, closure: new Set(moduleIds.map(clean)) };
}

export function sharedCore(options: CoreOptions): Plugin {
  let root = process.cwd();
  let core: Core | null = null;
  const prefix = '\0core:';
  return {
    name: 'shared-core',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      core = await buildCore(options, root);
      this.info(`shared core: ${(core.code.length / 1024).toFixed(0)} KB, ${core.keys.size} modules exposed to the page and the parse worker`);
    },
    async resolveId(source, importer, opts) {
      if (!core || !importer || importer.startsWith('\0')) return null;
      const direct = core.keys.get(source);
      if (direct) return prefix + direct;
      const r = await this.resolve(source, importer, { ...opts, skipSelf: true });
      if (!r || r.external) return null;
      const id = clean(r.id);
      const key = core.keys.get(id);
      if (key) return prefix + key;
      if (core.closure.has(id)) {
        this.error(
          `${relative(root, id)} (imported by ${relative(root, importer)}) is inside the shared core but not exposed: add it to sharedCore() in vite.config.ts, or the file would carry it twice`,
        );
      }
      return null;
    },
    load(id) {
      if (!core || !id.startsWith(prefix)) return null;
      const key = id.slice(prefix.length);
      const names = core.exportsOf.get(key) ?? [];
      const lines = [`const m = globalThis.${CORE_GLOBAL}[${JSON.stringify(key)}];`];
      names.forEach((n, i) => lines.push(`const e${i} = m[${JSON.stringify(n)}];`));
      lines.push(`export { ${names.map((n, i) => `e${i} as ${n}`).join(', ')} };`);
      return lines.join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => {
        if (!core) return [];
        if (/<\/script/i.test(core.code.replace(/<\\\/script/gi, ''))) {
          // A literal "</script" would end the element early; escaping it keeps the same JavaScript.
          core.code = core.code.replace(/<\/script/gi, '<\\/script');
        }
        return [{ tag: 'script', attrs: { id: CORE_SCRIPT_ID }, children: core.code, injectTo: 'head' as const }];
      },
    },
  };
}
