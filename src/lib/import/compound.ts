// An OLE compound file (the container of .doc, .wps, .xls: a small FAT file system inside one file) →
// the root-level streams asked for. Written here rather than taken from a library because reading one
// safely is the whole job: every sector chain is followed with a visited map (a loop is refused, not
// followed), every sector must lie inside the file, and a stream may not declare more bytes than its
// chain holds, so nothing read can exceed the file itself (≤ 20 MB). Pure, linear in the file's size,
// never throws: a damaged or hostile file gets a reason in Chinese.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
const ENTRY_BYTES = 128;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

export type CompoundResult = { ok: true; names: string[]; streams: Map<string, Uint8Array> } | { ok: false; reason: string };

class Damaged extends Error {}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Why a file named .doc / .wps / .xls is not a compound file: a renamed .docx / .xlsx or an RTF gets its own way out. */
export function notCompoundReason(bytes: Uint8Array, kind: 'doc' | 'wps' | 'xls'): string {
  const word = kind !== 'xls';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return `文件其实是 ${word ? '.docx' : '.xlsx'} 格式（扩展名不符）：请把扩展名改为 ${word ? '.docx' : '.xlsx'} 后再导入`;
  if (word && bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72) return '文件其实是 RTF 格式：请在 Word 或 WPS 中打开后另存为 .docx 再导入';
  // "saved as a web page" under an office name, as many sites publish notices: HTML or MHTML
  const head = String.fromCharCode(...bytes.subarray(0, 1024)).toLowerCase();
  if (/<html|<!doctype html|mime-version:/.test(head))
    return `文件其实是网页（HTML）格式：请在 ${word ? 'Word' : 'Excel'} 或 WPS 中打开后另存为 ${word ? '.docx' : '.xlsx'} 再导入，或把网页上的文字复制后粘贴进来`;
  const what = kind === 'xls' ? 'Excel 97-2003 表格' : kind === 'wps' ? 'WPS 文字文档' : 'Word 97-2003 文档';
  return `文件已损坏或并非真正的${what}（缺少复合文档的文件头），请在 ${word ? 'Word' : 'Excel'} 或 WPS 中打开后另存为 ${word ? '.docx' : '.xlsx'} 再导入`;
}

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

class Reader {
  readonly sectorSize: number;
  readonly sectorCount: number;
  private readonly fat: Uint32Array;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly label: string,
  ) {
    const shift = u16(bytes, 0x1e);
    if (shift !== 9 && shift !== 12) throw new Damaged(`${label}已损坏（复合文档的扇区大小无效）`);
    this.sectorSize = 1 << shift;
    // sector n starts at (n + 1) × size: the header takes the first sector's place
    this.sectorCount = Math.max(0, Math.ceil((bytes.length - this.sectorSize) / this.sectorSize));
    this.fat = this.readFat();
  }

  /** Bytes of sector `n`; a sector past the end of the file means the file was cut short. */
  sector(n: number): Uint8Array {
    if (n >= this.sectorCount) throw new Damaged(`${this.label}不完整或已损坏（内容指向文件末尾之外，可能没有下载完）`);
    const at = (n + 1) * this.sectorSize;
    return this.bytes.subarray(at, at + this.sectorSize);
  }

  private readFat(): Uint32Array {
    const perSector = this.sectorSize / 4;
    const fatSectors = u32(this.bytes, 0x2c);
    if (fatSectors > this.sectorCount) throw new Damaged(`${this.label}不完整或已损坏（分配表比文件本身还大）`);
    // the FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors
    const where: number[] = [];
    for (let i = 0; i < 109 && where.length < fatSectors; i++) where.push(u32(this.bytes, 0x4c + i * 4));
    let next = u32(this.bytes, 0x44);
    const seen = new Set<number>();
    while (where.length < fatSectors) {
      if (next > MAX_REGULAR) throw new Damaged(`${this.label}不完整或已损坏（分配表残缺）`);
      if (seen.has(next)) throw new Damaged(`${this.label}已损坏（内部扇区链出现循环）`);
      seen.add(next);
      const s = this.sector(next);
      for (let i = 0; i < perSector - 1 && where.length < fatSectors; i++) where.push(u32(s, i * 4));
      next = u32(s, (perSector - 1) * 4);
    }
    const fat = new Uint32Array(fatSectors * perSector);
    where.forEach((n, i) => {
      const s = this.sector(n);
      for (let j = 0; j < perSector; j++) fat[i * perSector + j] = u32(s, j * 4);
    });
    return fat;
  }

  /** The sector numbers of a chain, at most `limit` of them; a loop or a link out of range is damage. */
  chain(start: number, limit: number, table: Uint32Array = this.fat, count = this.sectorCount): number[] {
    const out: number[] = [];
    const seen = new Uint8Array(Math.min(table.length, count));
    let n = start;
    while (out.length < limit && n !== END_OF_CHAIN) {
      if (n >= count && n <= MAX_REGULAR) throw new Damaged(`${this.label}不完整或已损坏（内容指向文件末尾之外，可能没有下载完）`);
      if (n === FREE || n >= table.length) throw new Damaged(`${this.label}已损坏（内部扇区链断开）`);
      if (seen[n]) throw new Damaged(`${this.label}已损坏（内部扇区链出现循环）`);
      seen[n] = 1;
      out.push(n);
      n = table[n] as number;
    }
    return out;
  }

  /** A chain's bytes: the whole chain, or its first `size` bytes (which it must hold). */
  read(start: number, size: number | null): Uint8Array {
    const limit = size === null ? this.sectorCount : Math.ceil(size / this.sectorSize);
    const sectors = this.chain(start, limit);
    const out = new Uint8Array(sectors.length * this.sectorSize);
    sectors.forEach((n, i) => out.set(this.sector(n), i * this.sectorSize));
    if (size !== null && out.length < size) throw new Damaged(`${this.label}不完整或已损坏（数据流比声明的短）`);
    return size === null ? out : out.subarray(0, size);
  }
}

function entryAt(dir: Uint8Array, i: number): Entry {
  const at = i * ENTRY_BYTES;
  const nameBytes = Math.min(64, u16(dir, at + 64));
  let name = '';
  for (let j = 0; j + 1 < nameBytes; j += 2) {
    const c = u16(dir, at + j);
    if (c === 0) break;
    name += String.fromCharCode(c);
  }
  // a stream's size is 64-bit; above 4 GB it is plainly a lie for a file of at most 20 MB
  const high = u32(dir, at + 124);
  return {
    name,
    type: dir[at + 66] ?? 0,
    left: u32(dir, at + 68),
    right: u32(dir, at + 72),
    child: u32(dir, at + 76),
    start: u32(dir, at + 116),
    size: high === 0 ? u32(dir, at + 120) : Infinity,
  };
}

/** The names of the root storage's children: its red-black tree walked with a visited set. */
function rootChildren(entries: Entry[], label: string): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<number>();
  const stack = [entries[0]!.child];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (i === NO_STREAM) continue;
    if (i >= entries.length) throw new Damaged(`${label}已损坏（目录指向不存在的条目）`);
    if (seen.has(i)) throw new Damaged(`${label}已损坏（目录出现循环）`);
    seen.add(i);
    const e = entries[i]!;
    out.push(e);
    stack.push(e.left, e.right);
  }
  return out;
}

/**
 * The root-level streams named in `wanted` (matched without regard to case), read whole, and the names
 * of every root-level entry (for the reason when an expected stream is missing). `label` names the file
 * in reasons: 'Word 文件', '表格文件'.
 */
export function readCompound(bytes: Uint8Array, wanted: readonly string[], label: string): CompoundResult {
  if (!isCompoundFile(bytes)) return { ok: false, reason: `${label}已损坏或不是 Office 97-2003 格式（缺少复合文档的文件头）` };
  if (bytes.length < 512) return { ok: false, reason: `${label}不完整或已损坏（文件太短，可能没有下载完）` };
  try {
    const reader = new Reader(bytes, label);
    const dir = reader.read(u32(bytes, 0x30), null);
    const entries = Array.from({ length: Math.floor(dir.length / ENTRY_BYTES) }, (_, i) => entryAt(dir, i));
    const root = entries[0];
    if (!root || root.type !== ROOT) throw new Damaged(`${label}已损坏（复合文档缺少根目录）`);
    const children = rootChildren(entries, label);
    const cutoff = u32(bytes, 0x38) || 4096;
    let mini: { data: Uint8Array; table: Uint32Array } | null = null;
    const miniStream = () => {
      if (mini) return mini;
      if (root.size > bytes.length) throw new Damaged(`${label}已损坏（声明的数据大小超过文件本身）`);
      const data = root.start > MAX_REGULAR ? new Uint8Array(0) : reader.read(root.start, root.size);
      const fatBytes = u32(bytes, 0x3c) > MAX_REGULAR ? new Uint8Array(0) : reader.read(u32(bytes, 0x3c), null);
      const table = new Uint32Array(fatBytes.length / 4);
      for (let i = 0; i < table.length; i++) table[i] = u32(fatBytes, i * 4);
      mini = { data, table };
      return mini;
    };
    const streams = new Map<string, Uint8Array>();
    const want = new Map(wanted.map((w) => [w.toLowerCase(), w]));
    for (const e of children) {
      const key = want.get(e.name.toLowerCase());
      if (key === undefined || e.type !== STREAM || streams.has(key)) continue;
      if (e.size > bytes.length) {
        throw new Damaged(`${label}已损坏（其中的数据流声明有 ${e.size === Infinity ? '超过 4 GB' : `${e.size} 字节`}，超过文件本身的 ${bytes.length} 字节）`);
      }
      if (e.size < cutoff) {
        const m = miniStream();
        const sectors = reader.chain(e.start, Math.ceil(e.size / 64), m.table, Math.floor(m.data.length / 64));
        const out = new Uint8Array(sectors.length * 64);
        sectors.forEach((n, i) => out.set(m.data.subarray(n * 64, n * 64 + 64), i * 64));
        if (out.length < e.size) throw new Damaged(`${label}不完整或已损坏（数据流比声明的短）`);
        streams.set(key, out.subarray(0, e.size));
      } else {
        streams.set(key, reader.read(e.start, e.size));
      }
    }
    return { ok: true, names: children.filter((e) => e.type === STREAM || e.type === STORAGE).map((e) => e.name), streams };
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, reason: e.message };
    return { ok: false, reason: `${label}已损坏，无法读取` };
  }
}
