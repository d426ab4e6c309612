// The bundled seeds' texts. Packed (src/lib/packed/libraries.ts): in the built file they sit compressed
// and are unpacked only when a seed has to be parsed (a browser's first open, a new parser version), so
// an ordinary open does not carry 170 KB of text through its start-up code. seeds.ts holds their ids.
const files = import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Sorted by file name, so seeding order (and so every id) is the same on every open. */
export const SEED_TEXTS: readonly { fileName: string; text: string }[] = Object.keys(files)
  .sort()
  .map((path) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text: files[path] ?? '' }));
