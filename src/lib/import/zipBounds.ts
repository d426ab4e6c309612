// Bounds on what an office file (.docx, .xlsx: a zip of XML) may unpack to, checked before a library
// sees it. First the sizes the zip's central directory declares, read without inflating anything; then
// each entry inflated here with DecompressionStream, counting bytes and stopping past the limit, since
// a declared size can lie. While inflating, XML is scanned in passing: a DOCTYPE or entity declaration
// refuses the file (no office program writes one; entity expansion is the other kind of bomb), and a
// worksheet's rows are counted, stopping at the row limit, so a 200,000-row sheet is refused after
// reading its first few hundred rows. Only bytes that passed go on to mammoth or read-excel-file, which
// then inflate the same entries to the same, verified, sizes. Async between chunks: the page stays
// responsive and a cancel takes effect at the next chunk.

import { groupedCount } from '../text/count';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Unpacked bytes allowed for one entry. */
  entryBytes: number;
  /** Unpacked bytes allowed for all entries together. */
  totalBytes: number;
}

/**
 * 64 MB per entry, 128 MB in all. A real government notice's word/document.xml is well under 5 MB and
 * a returned 台账 of a few thousand tasks under 20 MB of sheet XML; a library reading an entry holds it
 * several times over as strings and nodes, so 64 MB unpacked stays within what a tab survives, while
 * 1 GB does not.
 */
export const OFFICE_LIMITS: ZipLimits = { entryBytes: 64 * 1024 * 1024, totalBytes: 128 * 1024 * 1024 };

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const STORED = 0;
const DEFLATED = 8;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

export function startsAsZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_HEADER;
}

/** The entries of a zip's central directory; null when the bytes are not a complete zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 22 || !startsAsZip(bytes)) return null;
  // The end record sits in the last 22 bytes plus an optional comment of up to 65535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const MB = 1024 * 1024;
/** Bytes as the message shows them: "1,024 MB", "0.3 MB". */
export function megabytes(n: number): string {
  const mb = n / MB;
  return `${mb >= 10 ? groupedCount(Math.round(mb)) : mb.toFixed(1)} MB`;
}

function entryTooBig(name: string, size: number, limits: ZipLimits): string {
  return `压缩包里的“${name}”解压后有 ${megabytes(size)}，超过单个部件 ${megabytes(limits.entryBytes)} 的上限，不像是正常的文件（可能是“压缩炸弹”），已拒绝读取。`;
}
function totalTooBig(size: number, limits: ZipLimits): string {
  return `文件解压后共有 ${megabytes(size)}，超过 ${megabytes(limits.totalBytes)} 的上限，不像是正常的文件（可能是“压缩炸弹”），已拒绝读取。`;
}

/** Why the declared sizes are beyond the limits, or null. Reads only the central directory. */
export function declaredSizeProblem(entries: readonly ZipEntry[], limits: ZipLimits = OFFICE_LIMITS): string | null {
  let total = 0;
  for (const e of entries) {
    // 0xffffffff marks a ZIP64 size: over 4 GB, or at least not a size an office file of ours has.
    if (e.uncompressedSize > limits.entryBytes) return entryTooBig(e.name, e.uncompressedSize, limits);
    total += e.uncompressedSize;
    if (total > limits.totalBytes) return totalTooBig(total, limits);
  }
  return null;
}

export type ZipProblemKind = 'not-zip' | 'entry-size' | 'total-size' | 'entity' | 'rows' | 'damaged' | 'cancelled';

export type ZipCheck = { ok: true; entries: ZipEntry[]; rows: number } | { ok: false; kind: ZipProblemKind; reason: string };

export interface ZipCheckOptions {
  limits?: ZipLimits;
  /** Rows allowed in any worksheet (xl/worksheets/*.xml); unlimited when absent. */
  maxRows?: number;
  signal?: AbortSignal;
  /** Share of the packed bytes checked so far, 0–1. */
  onProgress?: (fraction: number) => void;
  /** What the file is called in messages: 表格文件, Word 文件. */
  label?: string;
}

const ENTITY = /<!(?:DOCTYPE|ENTITY)/i;
/** The root element's start tag (a prolog holds only <?…?>, <!--…--> and <!DOCTYPE …>). */
const ROOT = /<[A-Za-z_]/;
const ROW = /<(?:[A-Za-z_][\w.-]{0,20}:)?row[\s>/]/g;
const DIMENSION = /<(?:[A-Za-z_][\w.-]{0,20}:)?dimension\s+ref="[A-Z]{1,3}\d+:[A-Z]{1,3}(\d+)"/;
/** Longer than any pattern above, so a match is never split between two scanned pieces unseen. */
const OVERLAP = 64;

const isXml = (name: string) => /\.(?:xml|rels|vml)$/i.test(name);
const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

function damaged(name: string): ZipCheck {
  return { ok: false, kind: 'damaged', reason: `文件已损坏：压缩包里的“${name}”无法解压。` };
}

/** The entry's packed bytes, or null when its local header is not where the directory says. */
function packedData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const at = e.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + e.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + e.compressedSize);
}

function chunks(data: Uint8Array, method: number): ReadableStream<Uint8Array> {
  const raw = new Blob([data as BlobPart]).stream();
  return method === STORED ? raw : raw.pipeThrough(new DecompressionStream('deflate-raw'));
}

/**
 * Reads an XML entry as it is inflated. A DOCTYPE (and with it any entity) may stand only in the prolog,
 * before the root element, so the entity check ends there; a worksheet's rows are counted to the end.
 */
class Scan {
  rows = 0;
  declaredRows: number | null = null;
  entity = false;
  private prolog = true;
  private carry = '';
  private readonly decoder = new TextDecoder();
  private first = true;
  constructor(private readonly countRows: boolean) {}

  /** Whether the rest of the entry needs reading at all. */
  get needed(): boolean {
    return this.prolog || this.countRows;
  }

  /** Scans a piece; null flushes what was held back. */
  feed(piece: Uint8Array | null): void {
    const text = this.carry + (piece ? this.decoder.decode(piece, { stream: true }) : this.decoder.decode());
    if (this.first && this.countRows) {
      const d = DIMENSION.exec(text.slice(0, 4096));
      if (d) this.declaredRows = Number(d[1]);
    }
    this.first = false;
    if (this.prolog) {
      const root = ROOT.exec(text);
      if (ENTITY.test(root ? text.slice(0, root.index) : text)) this.entity = true;
      if (root) this.prolog = false;
    }
    // Count only matches that start before the held-back tail: those in the tail are counted next time.
    const limit = piece ? text.length - OVERLAP : text.length;
    if (this.countRows) {
      ROW.lastIndex = 0;
      for (let m = ROW.exec(text); m && m.index < limit; m = ROW.exec(text)) this.rows++;
    }
    this.carry = piece ? text.slice(Math.max(0, limit)) : '';
  }
}

function tooManyRows(name: string, scan: Scan, maxRows: number): string {
  const figure = scan.declaredRows !== null && scan.declaredRows > maxRows ? `有 ${groupedCount(scan.declaredRows)} 行` : `超过 ${groupedCount(maxRows)} 行`;
  const sheet = name.replace(/^xl\/worksheets\//, '');
  return `表格的工作表（${sheet}）${figure}，超过上限 ${groupedCount(maxRows)} 行（本机任务数加余量），不是本机导出的台账，已拒绝读取。`;
}

/** Inflates every entry with hard limits, scanning the XML; never throws. */
export async function checkZip(bytes: Uint8Array, options: ZipCheckOptions = {}): Promise<ZipCheck> {
  const limits = options.limits ?? OFFICE_LIMITS;
  const label = options.label ?? '文件';
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, kind: 'not-zip', reason: '文件不完整或已损坏（压缩包结构残缺）。' };
  const declared = declaredSizeProblem(entries, limits);
  if (declared) return { ok: false, kind: declared.startsWith('文件解压后') ? 'total-size' : 'entry-size', reason: declared };
  const packedTotal = entries.reduce((s, e) => s + e.compressedSize, 0) || 1;
  let packedDone = 0;
  let total = 0;
  let maxSheetRows = 0;
  // Worksheets first: a sheet with too many rows is refused before anything else is inflated.
  const order = [...entries].sort((a, b) => Number(isWorksheet(b.name)) - Number(isWorksheet(a.name)));
  for (const e of order) {
    if (options.signal?.aborted) return cancelled();
    if (e.name.endsWith('/') && e.compressedSize === 0) continue;
    if (e.method !== STORED && e.method !== DEFLATED)
      return { ok: false, kind: 'damaged', reason: `压缩包里的“${e.name}”用了不支持的压缩方式，请用 Excel、WPS 或 Word 另存后再导入。` };
    const data = packedData(bytes, e);
    if (!data) return damaged(e.name);
    const sheet = isWorksheet(e.name) && options.maxRows !== undefined;
    const scan = isXml(e.name) ? new Scan(sheet) : null;
    let size = 0;
    const reader = chunks(data, e.method).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        total += value.length;
        let problem: ZipCheck | null = null;
        if (size > limits.entryBytes) problem = { ok: false, kind: 'entry-size', reason: entryTooBig(e.name, size, limits).replace('有 ', '超过 ') };
        else if (total > limits.totalBytes) problem = { ok: false, kind: 'total-size', reason: totalTooBig(total, limits).replace('共有 ', '共超过 ') };
        else if (options.signal?.aborted) problem = cancelled();
        else if (scan?.needed) {
          scan.feed(value);
          if (scan.entity) problem = entityProblem(label);
          else if (sheet && scan.rows > (options.maxRows as number)) problem = { ok: false, kind: 'rows', reason: tooManyRows(e.name, scan, options.maxRows as number) };
        }
        if (problem) {
          await reader.cancel().catch(() => undefined);
          return problem;
        }
      }
    } catch {
      return damaged(e.name);
    }
    if (scan) {
      scan.feed(null);
      if (scan.entity) return entityProblem(label);
      if (sheet && scan.rows > (options.maxRows as number)) return { ok: false, kind: 'rows', reason: tooManyRows(e.name, scan, options.maxRows as number) };
      maxSheetRows = Math.max(maxSheetRows, scan.rows);
    }
    if (e.method === STORED && size !== e.compressedSize) return damaged(e.name);
    packedDone += e.compressedSize;
    options.onProgress?.(packedDone / packedTotal);
  }
  return { ok: true, entries, rows: maxSheetRows };
}

function cancelled(): ZipCheck {
  return { ok: false, kind: 'cancelled', reason: '已取消。' };
}

function entityProblem(label: string): ZipCheck {
  return { ok: false, kind: 'entity', reason: `${label}含有不允许的 XML 实体声明（DOCTYPE/ENTITY），Excel、WPS 和 Word 保存的文件不会有，可能是被篡改的文件，已拒绝读取。` };
}
