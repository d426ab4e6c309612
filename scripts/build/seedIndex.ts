// Vite plugin: `virtual:seed-index` — the bundled seeds' file names and ids (the content hash of each
// text), worked out when the app is built, so the page knows which seeds it ships without unpacking
// their texts (src/lib/db/seeds.ts). Also serves tests and `vite dev`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentHash } from '../../src/lib/model/hash.ts';

const ID = 'virtual:seed-index';
const RESOLVED = `\0${ID}`;

export function seedIndexEntries(dir: string): { fileName: string; id: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, id: contentHash(readFileSync(join(dir, fileName), 'utf8')) }));
}

export function seedIndex(options: { dir: string }): Plugin {
  let dir = options.dir;
  return {
    name: 'seed-index',
    configResolved(config) {
      dir = join(config.root, options.dir);
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const entries = seedIndexEntries(dir);
      for (const e of entries) this.addWatchFile(join(dir, e.fileName));
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}
