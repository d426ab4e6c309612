// What dist/index.html carries: one copy of the parser (the shared core script, which is also the
// parse worker's source), rare-path libraries only as compressed data blocks.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPackedRegistry } from '../../scripts/build/packed';
import { CORE_SCRIPT_ID } from '../../src/lib/import/coreScript';
import { PACKED_BLOCK_TYPE, packedBlockId } from '../../src/lib/packed/names';
import { DIST_INDEX } from './browser';

const html = readFileSync(DIST_INDEX, 'utf8');
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('the single file', () => {
  it('holds the parser and the gazetteer once, in the core script', () => {
    const core = scripts.filter((s) => s.attrs.includes(`id="${CORE_SCRIPT_ID}"`));
    expect(core).toHaveLength(1);
    // A gazetteer entry (the first county code of @vant/area-data) and a message of the parser.
    expect(count(html, '110101:')).toBe(1);
    expect(count(core[0]!.body, '110101:')).toBe(1);
    expect(count(html, '解析程序内部错误')).toBe(1);
  });

  it('keeps every packed library out of the page script, as a gzip block that unpacks to a script', () => {
    const libraries = readPackedRegistry('src/lib/packed/libraries.ts');
    expect(libraries.length).toBeGreaterThan(0);
    const page = scripts.filter((s) => s.attrs.includes('type="module"')).map((s) => s.body).join('\n');
    expect(page.length).toBeGreaterThan(100_000);
    for (const lib of libraries) {
      const block = scripts.filter((s) => s.attrs.includes(`id="${packedBlockId(lib.name)}"`));
      expect(block).toHaveLength(1);
      expect(block[0]!.attrs).toContain(`type="${PACKED_BLOCK_TYPE}"`);
      const code = gunzipSync(Buffer.from(block[0]!.body, 'base64')).toString('utf8');
      expect(code).toContain('__zfgzbgPacked');
      expect(code.length).toBeGreaterThan(block[0]!.body.length);
    }
    // mammoth's zip reader, for instance, is only in the packed block
    expect(page).not.toContain('JSZip');
  });
});
