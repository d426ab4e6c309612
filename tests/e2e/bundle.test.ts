// What dist/index.html carries: within its byte budget; one copy of the parser (the shared core script,
// which is also the parse worker's source); start-up code and rare-path libraries as gzip blocks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPackedRegistry } from '../../scripts/build/packed';
import { CORE_SCRIPT_ID } from '../../src/lib/import/coreScript';
import { PACKED_BLOCK_TYPE, packedBlockId } from '../../src/lib/packed/names';
import { DIST_INDEX } from './browser';

const html = readFileSync(DIST_INDEX, 'utf8');
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
const count = (text: string, needle: string) => text.split(needle).length - 1;
const gunzip = (b64: string) => gunzipSync(Buffer.from(b64, 'base64')).toString('utf8');

/** The start-up scripts as the page runs them, by data-startup id. */
const startup = new Map(scripts.filter((s) => s.attrs.includes('data-startup=')).map((s) => [/data-startup="([^"]+)"/.exec(s.attrs)![1]!, { ...s, code: gunzip(s.body) }]));

describe('the single file', () => {
  it('stays within 2.3 MB (pdf.js inside, packed)', () => {
    expect(statSync(DIST_INDEX).size).toBeLessThanOrEqual(2_300_000);
  });

  it('runs only its small start-up script and the early read as plain code; the rest are inert gzip blocks', () => {
    const plain = scripts.filter((s) => !s.attrs.includes(`type="${PACKED_BLOCK_TYPE}"`));
    expect(plain).toHaveLength(2);
    const [early, boot] = plain as [(typeof plain)[0], (typeof plain)[0]];
    // first the early read (right after the CSP, before any packed block), then the unpacker
    expect(early.attrs).toContain('data-early');
    expect(early.body.length).toBeLessThan(3000);
    expect(early.body).toContain('rowPacks');
    expect(html.indexOf(early.body)).toBeLessThan(html.indexOf(PACKED_BLOCK_TYPE));
    expect(boot.body.length).toBeLessThan(4000);
    expect(boot.body).toContain('DecompressionStream');
    expect([...startup.values()].filter((s) => s.attrs.includes('data-module'))).toHaveLength(1);
  });

  it('holds the parser and the gazetteer once, in the core script', () => {
    const core = startup.get(CORE_SCRIPT_ID);
    expect(core).toBeDefined();
    const all = [...startup.values()].map((s) => s.code).join('\n');
    // A gazetteer entry (the first county code of @vant/area-data) and a message of the parser.
    expect(count(all, '110101:')).toBe(1);
    expect(count(core!.code, '110101:')).toBe(1);
    expect(count(all, '解析程序内部错误')).toBe(1);
    expect(count(core!.code, '解析程序内部错误')).toBe(1);
  });

  it('keeps every packed library out of the start-up code, as a block that unpacks to a script', () => {
    const libraries = readPackedRegistry('src/lib/packed/libraries.ts');
    expect(libraries.length).toBeGreaterThan(0);
    const code = [...startup.values()].map((s) => s.code).join('\n');
    expect(code.length).toBeGreaterThan(500_000);
    for (const lib of libraries) {
      const block = scripts.filter((s) => s.attrs.includes(`id="${packedBlockId(lib.name)}"`));
      expect(block).toHaveLength(1);
      expect(block[0]!.attrs).toContain(`type="${PACKED_BLOCK_TYPE}"`);
      expect(gunzip(block[0]!.body)).toContain('__zfgzbgPacked');
    }
    // mammoth's zip reader, for instance, is only in its packed block
    expect(code).not.toContain('JSZip');
  });

  it('carries the texts of the bundled seeds once, in their packed block, not in the start-up code', () => {
    const code = [...startup.values()].map((s) => s.code).join('\n');
    const block = scripts.find((s) => s.attrs.includes(`id="${packedBlockId('seed-texts')}"`));
    expect(block).toBeDefined();
    const packed = gunzip(block!.body);
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      // a long line from the middle of each seed, as JSON would escape it
      const lines = readFileSync(`seeds/${file}`, 'utf8')
        .split('\n')
        .filter((l) => l.length > 40 && !/["\\]/.test(l));
      const line = lines[Math.floor(lines.length / 2)]!;
      expect(count(code, line), file).toBe(0);
      expect(count(packed, line), file).toBe(1);
    }
  });

  it('leaves out the corpus scorer, which only the accuracy script and its test use', () => {
    const code = [...startup.values()].map((s) => s.code).join('\n');
    // a line it prints, and the name the core would export it under
    for (const needle of ['glossary entries read as tasks', 'scoreDocument']) {
      expect(count(code, needle), needle).toBe(0);
      expect(count(html, needle), needle).toBe(0);
    }
  });
});
