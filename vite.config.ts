import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspHashes } from './build/cspHashes.ts';

// One self-contained dist/index.html: module scripts and CSS files do not load from file://.
// Target: Chromium ~110 as found on government intranet machines (360 / 奇安信).
export default defineConfig({
  base: './',
  // cspHashes last: it hashes the scripts singlefile has inlined
  plugins: [svelte(), viteSingleFile(), cspHashes()],
  build: {
    target: ['chrome109', 'firefox115', 'safari15'],
    assetsInlineLimit: 100_000_000,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'iife' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
