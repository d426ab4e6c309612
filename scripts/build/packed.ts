// Vite plugin: the libraries listed in src/lib/packed/libraries.ts are bundled on their own (an IIFE
// that leaves the module namespace on globalThis.__zfgzbgPacked[name]), gzip-compressed, base64-encoded
// and placed in dist/index.html as inert data blocks. In the page's own bundle every import of such a
// library resolves to a stub that throws, so a forgotten plain import() fails loudly instead of
// silently inlining the library again. src/lib/packed/load.ts unpacks a block on first use.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { PACKED_BLOCK_TYPE, PACKED_GLOBAL, packedBlockId } from '../../src/lib/packed/names.ts';

export interface PackedLibrary {
  name: string;
  specifier: string;
}

/** `name: () => import('specifier'),` lines of the registry (quoted names allowed). */
export function readPackedRegistry(file: string): PackedLibrary[] {
  const text = readFileSync(file, 'utf8');
  const out: PackedLibrary[] = [];
  const re = /^\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\s*:\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ name: (m[1] ?? m[2] ?? m[3]) as string, specifier: absolute(m[4] as string, file) });
  return out;
}

/** A relative specifier (our own module, packed with the library it uses) as an absolute path, without extension. */
function absolute(specifier: string, importer: string): string {
  return specifier.startsWith('.') ? resolve(dirname(importer), specifier).replace(/\.[cm]?[jt]s$/, '') : specifier;
}

/** One library as a minified classic script (IIFE). */
export function bundleLibrary(lib: PackedLibrary, target: string[], root: string): Promise<string> {
  return bundleScript(`import * as ns from ${JSON.stringify(lib.specifier)};\n(globalThis.${PACKED_GLOBAL} ||= {})[${JSON.stringify(lib.name)}] = ns;\n`, lib.name, target, root);
}

/** A module's source (imports resolved from `root`) as one minified classic script (IIFE). */
export async function bundleScript(source: string, name: string, target: string[], root: string): Promise<string> {
  const entry = '\0script-entry';
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [
      {
        name: 'script-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) => (id === entry ? source : null),
      },
    ],
    build: {
      write: false,
      target,
      minify: true,
      copyPublicDir: false,
      rollupOptions: { input: entry, output: { format: 'iife', entryFileNames: `${name}.js` } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`bundling ${name}: the build produced no script`);
}

export function gzipBase64(code: string): string {
  return gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).toString('base64');
}

export function packedLibraries(options: { registry: string; target: string[] }): Plugin {
  let libraries: PackedLibrary[] = [];
  let root = process.cwd();
  const blocks = new Map<string, string>();
  const stub = '\0packed-stub:';
  return {
    name: 'packed-libraries',
    apply: 'build',
    enforce: 'pre', // before Vite's resolver, which would otherwise bundle the library into the page
    configResolved(config) {
      root = config.root;
      libraries = readPackedRegistry(options.registry);
    },
    async buildStart() {
      blocks.clear();
      for (const lib of libraries) {
        const code = await bundleLibrary(lib, options.target, root);
        const packed = gzipBase64(code);
        blocks.set(lib.name, packed);
        this.info(`packed ${lib.name}: ${(code.length / 1024).toFixed(0)} KB → ${(packed.length / 1024).toFixed(0)} KB in the file`);
      }
    },
    resolveId(source, importer) {
      const wanted = importer ? absolute(source, importer) : source;
      const lib = libraries.find((l) => l.specifier === wanted);
      return lib ? `${stub}${lib.name}` : null;
    },
    load(id) {
      if (!id.startsWith(stub)) return null;
      const name = id.slice(stub.length);
      return `throw new Error(${JSON.stringify(`${name} is stored packed: load it with loadPacked('${name}') from src/lib/packed/load.ts`)});\nexport {};\n`;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        [...blocks].map(([name, data]) => ({
          tag: 'script',
          attrs: { type: PACKED_BLOCK_TYPE, id: packedBlockId(name) },
          children: data,
          injectTo: 'body' as const,
        })),
    },
  };
}

// ───────────────────────────── start-up code ─────────────────────────────

/** Where the start-up script left each unpacked script's blob: URL, by the script element's id. */
export const STARTUP_URLS = '__zfgzbgScriptUrls';

/**
 * The inline classic script that replaces the page's own scripts: unpacks every start-up block, then
 * runs them as the HTML parser would have: classic scripts in order, each awaited (so the shared core
 * is defined before the app module reads it), then the modules. Sets data-unpack-ms on <html> (read
 * by the bench). Kept to syntax Chromium 80 / Firefox 113 read, the first versions with
 * DecompressionStream.
 */
const BOOT = `(async () => {
  const t0 = performance.now();
  const root = document.documentElement;
  const blocks = Array.from(document.querySelectorAll('script[data-startup]'));
  const unpack = async (b64) => {
    const bin = atob(b64.trim());
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  };
  const run = (url, module) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    if (module) s.type = 'module';
    s.src = url;
    s.onload = resolve;
    s.onerror = () => reject(new Error('脚本被浏览器阻止'));
    document.head.appendChild(s);
  });
  const urls = (window.${STARTUP_URLS} = {});
  const texts = await Promise.all(blocks.map((b) => unpack(b.textContent || '')));
  root.dataset.unpackMs = (performance.now() - t0).toFixed(1);
  // As the parser would have run them: classic scripts in order, then the (deferred) modules.
  const order = blocks.map((b, i) => i).sort((a, b) => Number(blocks[a].hasAttribute('data-module')) - Number(blocks[b].hasAttribute('data-module')) || a - b);
  for (const i of order) {
    const url = URL.createObjectURL(new Blob([texts[i]], { type: 'text/javascript' }));
    urls[blocks[i].getAttribute('data-startup')] = url;
    const loaded = run(url, blocks[i].hasAttribute('data-module'));
    if (!blocks[i].hasAttribute('data-module')) await loaded;
  }
})().catch((e) => {
  const app = document.getElementById('app');
  const old = typeof DecompressionStream !== 'function';
  if (app) app.textContent = old
    ? '这个浏览器版本过旧，无法打开本看板。请使用 Chrome / Edge / 360 / 奇安信 等 Chromium 80 以上或 Firefox 113 以上的浏览器。'
    : '看板无法启动：' + (e && e.message ? e.message : String(e));
});`;

/**
 * Vite plugin, after vite-plugin-singlefile: every inline script of the finished page (the shared core,
 * the app module) is stored gzip-compressed and run by BOOT. The file then carries its start-up code in
 * about a third of the bytes; the price is unpacking it on every open (data-unpack-ms, a few ms).
 */
export function packedStartup(): Plugin {
  return {
    name: 'packed-startup',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          let n = 0;
          const html = String(asset.source).replace(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g, (all, attrs: string | undefined, body: string) => {
            const a = attrs ?? '';
            if (/\ssrc=/.test(a) || /\stype="(?!module")[^"]*"/.test(a) || /\sdata-early\b/.test(a) || body.trim() === '') return all;
            const id = /\sid="([^"]+)"/.exec(a)?.[1] ?? `startup-${n}`;
            n++;
            return `<script type="${PACKED_BLOCK_TYPE}" data-startup="${id}"${/\stype="module"/.test(a) ? ' data-module' : ''}>${gzipBase64(body)}</script>`;
          });
          if (n === 0) continue;
          asset.source = html.replace(/<\/body>/, `<script>${BOOT}</script>\n</body>`);
          this.info(`packed start-up: ${n} scripts, ${asset.fileName} is now ${(Buffer.byteLength(asset.source) / 1024).toFixed(0)} KB`);
        }
      },
    },
  };
}
