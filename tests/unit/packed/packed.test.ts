// The packed-library mechanism: the registry the build reads, and the gzip+base64 round trip the
// page undoes with DecompressionStream (Node has the same web streams).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipBase64, readPackedRegistry } from '../../../scripts/build/packed';
import { loadPacked, unpack } from '../../../src/lib/packed/load';

describe('packed libraries', () => {
  it('reads one library per registry line, quoted names included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packed-'));
    const file = join(dir, 'libraries.ts');
    writeFileSync(
      file,
      [
        'export const PACKED = {',
        "  mammoth: () => import('mammoth'),",
        "  'fake-indexeddb': () => import('fake-indexeddb'),",
        '  // other: () => import("commented-out") is still a line of the list',
        '};',
      ].join('\n'),
    );
    expect(readPackedRegistry(file)).toEqual([
      { name: 'mammoth', specifier: 'mammoth' },
      { name: 'fake-indexeddb', specifier: 'fake-indexeddb' },
    ]);
  });

  it('takes a relative specifier (our own module packed with its library) as a path from the registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packed-'));
    const file = join(dir, 'libraries.ts');
    writeFileSync(file, "export const PACKED = {\n  reader: () => import('../import/reader'),\n  other: () => import('./other.ts'),\n};\n");
    expect(readPackedRegistry(file)).toEqual([
      { name: 'reader', specifier: join(dir, '..', 'import', 'reader') },
      { name: 'other', specifier: join(dir, 'other') },
    ]);
  });

  it('lists mammoth in the real registry', () => {
    expect(readPackedRegistry('src/lib/packed/libraries.ts').map((l) => l.name)).toContain('mammoth');
  });

  it('unpacks what the build packs, Chinese text included', async () => {
    const code = `globalThis.x = ${JSON.stringify('政府工作报告'.repeat(500))};`;
    const packed = gzipBase64(code);
    expect(packed.length).toBeLessThan(code.length / 4);
    expect(await unpack(packed)).toBe(code);
  });

  it('falls back to a plain import where the page holds no data block', async () => {
    const mammoth = await loadPacked('mammoth');
    expect(typeof (mammoth.default ?? mammoth).extractRawText).toBe('function');
    expect(await loadPacked('mammoth')).toBe(mammoth);
  });
});
