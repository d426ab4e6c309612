// Generates the binary fixtures for the import tests from the seeds, byte for byte reproducibly:
//   npx tsx scripts/make-fixtures.ts
// GBK text (encoder built by inverting TextDecoder('gb18030') over its two-byte range), UTF-16 with
// byte-order marks, a minimal .docx written as a zip by hand, damaged .docx files, and real binary
// files (a PNG, a PDF) renamed .txt. No npm dependency beyond Node itself.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, deflateSync } from 'node:zlib';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(SELF, '../..');
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'tests/fixtures/import');

export const FIXTURE_SEEDS = {
  gbk: '002_cc78cbd2ab743c91.txt',
  utf16: '004_8fc95960ca065cc7.txt',
  docx: '003_75f0195620c906fb.txt',
} as const;

// ---------- GBK ----------

let gbkTable: Map<string, number[]> | null = null;

/** Every character GBK encodes in two bytes, mapped to those bytes. */
function gbkEncodingTable(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  gbkTable = table;
  return table;
}

/** Encodes text as GBK; throws on a character outside GBK (the seeds have none). */
export function encodeGbk(text: string): Uint8Array {
  const table = gbkEncodingTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`not in GBK: U+${code.toString(16).toUpperCase()} ${ch}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

// ---------- UTF-16 ----------

export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}

// ---------- zip / docx ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive with deflated entries and a fixed timestamp (2024-01-01 00:00). */
export function makeZip(entries: { name: string; data: Uint8Array }[]): Uint8Array {
  const DOS_TIME = 0;
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The three parts Word needs at minimum; each non-empty line of the text becomes one paragraph. */
export function makeDocx(text: string): Uint8Array {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`)
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  return makeZip([
    { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: utf8(PACKAGE_RELS) },
    { name: 'word/document.xml', data: utf8(document) },
  ]);
}

// ---------- real binary files ----------

/** A valid 2×2 PNG: signature, IHDR, IDAT (zlib), IEND. */
function makePng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length, 0);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 255, 0, 255, 255, 255]);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** A one-page PDF with a compressed content stream, as PDF writers produce. */
function makePdf(): Uint8Array {
  const stream = deflateRawSync(Buffer.from('BT /F1 12 Tf 72 720 Td (2024) Tj ET'));
  const parts = [
    Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from('1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'),
    Buffer.from('3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n'),
    Buffer.from(`4 0 obj<</Length ${stream.length}/Filter/FlateDecode>>stream\n`),
    stream,
    Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  ];
  return new Uint8Array(Buffer.concat(parts));
}

// ---------- write ----------

function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

export function fixtures(): Record<string, Uint8Array> {
  const docx = makeDocx(seedText(FIXTURE_SEEDS.docx));
  const utf16 = seedText(FIXTURE_SEEDS.utf16);
  return {
    'notice-gbk.txt': encodeGbk(seedText(FIXTURE_SEEDS.gbk)),
    'report-utf16le.txt': encodeUtf16(utf16, 'le'),
    'report-utf16be.txt': encodeUtf16(utf16, 'be'),
    'notice.docx': docx,
    'truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'no-body.docx': makeZip([{ name: '[Content_Types].xml', data: new Uint8Array(Buffer.from(CONTENT_TYPES)) }]),
    'plain-text-renamed.docx': new Uint8Array(Buffer.from(seedText(FIXTURE_SEEDS.utf16).slice(0, 400), 'utf8')),
    'image.txt': makePng(),
    'scan.txt': makePdf(),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, bytes] of Object.entries(fixtures())) {
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name.padEnd(26)} ${bytes.length} bytes`);
  }
}
