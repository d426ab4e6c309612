// Zips written by hand for tests of hostile files: entries stored or deflated, with sizes that may lie,
// and deflate "bombs" that unpack to a gigabyte from about a megabyte, made at run time (never committed).
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  /** The entry's bytes (deflated here unless `stored`), or ready-made deflate data with its size. */
  data: Uint8Array | string | { deflated: Uint8Array; size: number; crc?: number };
  stored?: boolean;
  /** A lie in the central directory's uncompressed size. */
  declaredSize?: number;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

export function writeZip(inputs: readonly ZipInput[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = Buffer.from(input.name, 'utf8');
    let packed: Uint8Array;
    let size: number;
    let crc: number;
    let method: number;
    if (typeof input.data === 'string' || input.data instanceof Uint8Array) {
      const raw = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
      size = raw.length;
      crc = crc32(raw);
      method = input.stored ? 0 : 8;
      packed = input.stored ? raw : deflateRawSync(raw);
    } else {
      packed = input.data.deflated;
      size = input.data.size;
      crc = input.data.crc ?? 0;
      method = 8;
    }
    const declared = input.declaredSize ?? size;
    const local = [
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(method),
      ...u16(0),
      ...u16(0x21),
      ...u32(crc),
      ...u32(packed.length),
      ...u32(declared),
      ...u16(name.length),
      ...u16(0),
    ];
    parts.push(Uint8Array.from(local), name, packed);
    central.push([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(method),
      ...u16(0),
      ...u16(0x21),
      ...u32(crc),
      ...u32(packed.length),
      ...u32(declared),
      ...u16(name.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    ]);
    offset += local.length + name.length + packed.length;
  }
  const directory = Uint8Array.from(central.flat());
  const end = Uint8Array.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(inputs.length), ...u16(inputs.length), ...u32(directory.length), ...u32(offset), ...u16(0)]);
  return Buffer.concat([...parts, directory, end]);
}

/** Deflate data unpacking to `mb` MB of one repeated byte: ~1 KB per MB, built from one flushed block. */
export function deflateBomb(mb: number, fill = 0x20): { deflated: Uint8Array; size: number } {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, fill), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const out = Buffer.alloc(block.length * mb + last.length);
  for (let i = 0; i < mb; i++) block.copy(out, i * block.length);
  last.copy(out, block.length * mb);
  return { deflated: out, size: mb * 1024 * 1024 };
}

/** The parts every .xlsx has, around the given sheets (sheet XML bodies, first named 督查台账). */
export function xlsxParts(sheets: readonly { name: string; xml: ZipInput['data'] }[], sharedStrings?: string): ZipInput[] {
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${sharedStrings ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: sharedStrings }] : []),
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A worksheet of inline-string cells; `rows` are the cell texts row by row. */
export function sheetXml(rows: readonly (readonly string[])[], prolog = ''): string {
  const col = (j: number) => String.fromCharCode(65 + j);
  const body = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => `<c r="${col(j)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`).join('');
  const last = rows.length ? `${col(Math.max(0, (rows[0]?.length ?? 1) - 1))}${rows.length}` : 'A1';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${last}"/><sheetData>${body}</sheetData></worksheet>`;
}
