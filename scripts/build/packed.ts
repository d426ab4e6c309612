// Vite plugin: the libraries listed in src/lib/packed/libraries.ts are bundled on their own (an IIFE
// that leaves the module namespace on globalThis.__zfgzbgPacked[name]), gzip-compressed, base64-encoded
// and placed in dist/index.html as inert data blocks. In the page's own bundle every import of such a
// library resolves to a stub that throws, so a forgotten plain import() fails loudly instead of
// silently inlining the library again. src/lib/packed/load.ts unpacks a block on first use.
import { readFileSync } from 'node:fs';
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
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ name: (m[1] ?? m[2] ?? m[3]) as string, specifier: m[4] as string });
  return out;
}

/** One library as a minified classic script (IIFE). */
export async function bundleLibrary(lib: PackedLibrary, target: string[], root: string): Promise<string> {
  const entry = '\0packed-entry';
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [{
      name: 'packed-entry',
      resolveId: (id) => (id === entry ? entry : null),
      load: (id) =>
        id === entry
          ? `import * as ns from ${JSON.stringify(lib.specifier)};\n(globalThis.${PACKED_GLOBAL} ||= {})[${JSON.stringify(lib.name)}] = ns;\n`
          : null,
    }],
    build: {
      write: false,
      target,
      minify: true,
      copyPublicDir: false,
      rollupOptions: { input: entry, output: { format: 'iife', entryFileNames: `${lib.name}.js` } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`packing ${lib.name}: the build produced no script`);
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
    resolveId(source) {
      const lib = libraries.find((l) => l.specifier === source);
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
