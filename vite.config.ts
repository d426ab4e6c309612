import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspHashes } from './build/cspHashes.ts';
import { sharedCore } from './scripts/build/core.ts';
import { packedLibraries, packedStartup } from './scripts/build/packed.ts';
import { earlyScript } from './scripts/build/early.ts';
import { seedIndex } from './scripts/build/seedIndex.ts';

const TARGET = ['chrome109', 'firefox115', 'safari15'];

// One self-contained dist/index.html: module scripts and CSS files do not load from file://.
// Target: Chromium ~110 as found on government intranet machines (360 / 奇安信).
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    seedIndex({ dir: 'seeds' }),
    sharedCore({
      folders: ['src/lib/parse', 'src/lib/model', 'src/lib/units'],
      modules: ['/src/lib/import/parseSafely.ts', '/src/lib/import/parse.worker.ts'],
      namespaces: [{ module: 'zod', name: 'z' }],
      target: TARGET,
    }),
    packedLibraries({ registry: 'src/lib/packed/libraries.ts', target: TARGET }),
    viteSingleFile(),
    packedStartup(),
    // the open's big read, started before the start-up code is unpacked (src/lib/db/earlyRead.ts)
    earlyScript({ entry: 'src/lib/db/earlyRead.entry.ts', target: TARGET }),
    // last: it hashes the inline scripts singlefile, packedStartup and earlyScript leave
    cspHashes(),
  ],
  build: {
    target: TARGET,
    assetsInlineLimit: 100_000_000,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'iife' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
