// Vite plugin: places the page's first script right after its Content-Security-Policy, before the
// packed start-up code (packed.ts) the browser must first unpack and compile. It carries one module
// (src/lib/db/earlyRead.entry.ts: the open's big read, started at once), bundled on its own as a small
// classic script and left unpacked (`data-early`); build/cspHashes.ts hashes it like the others.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bundleScript } from './packed.ts';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

export function earlyScript(options: { entry: string; target: string[] }): Plugin {
  let root = process.cwd();
  let code = '';
  return {
    name: 'early-script',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      code = await bundleScript(`import ${JSON.stringify(resolve(root, options.entry))};\n`, 'early', options.target, root);
      this.info(`early script: ${(code.length / 1024).toFixed(1)} KB`);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const meta = CSP_META.exec(html);
          if (!meta) throw new Error('earlyScript: index.html has no Content-Security-Policy meta to follow');
          // (a function replacement: the script's text is inserted as is, `$` and all)
          asset.source = html.replace(meta[0], () => `${meta[0]}\n    <script data-early>${code.replace(/<\/script/gi, '<\\/script')}</script>`);
        }
      },
    },
  };
}
