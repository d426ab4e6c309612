// The source texts shipped inside dist/index.html, written to the database on first open.
import type { SeedText } from './repository/seeding';

const files = import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Sorted by file name, so seeding order (and so every id) is the same on every open. */
export const BUNDLED_SEEDS: readonly SeedText[] = Object.keys(files)
  .sort()
  .map((path) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text: files[path] ?? '' }));
