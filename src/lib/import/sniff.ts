// What a dropped file is, judged from its name and its first bytes, before any decoding.
// Pure functions on bytes: no DOM, usable in a worker and in Node tests.

/** Files larger than this are refused before being read: reports are tens of kilobytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_LABEL = '20 MB';

/** How a file will be read, decided by its extension. */
export type FileFormat = 'text' | 'docx' | 'xlsx' | 'legacy-word' | 'legacy-excel' | 'pdf' | 'unsupported';

const LEGACY_WORD = ['doc', 'wps', 'rtf', 'dot', 'wpt'];
const LEGACY_EXCEL = ['xls', 'et', 'xlsb'];
const TEXT = ['txt', 'text', 'md', 'csv', ''];

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function formatOf(fileName: string): FileFormat {
  const ext = extensionOf(fileName);
  if (ext === 'docx') return 'docx';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'pdf') return 'pdf';
  if (LEGACY_EXCEL.includes(ext)) return 'legacy-excel';
  if (LEGACY_WORD.includes(ext)) return 'legacy-word';
  if (TEXT.includes(ext)) return 'text';
  return 'unsupported';
}

interface Magic {
  label: string;
  bytes: number[];
  offset?: number;
}

// Signatures of formats people mistake for text: images, PDFs, Office files, archives, programs.
const MAGICS: Magic[] = [
  { label: 'PNG 图片', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: 'JPEG 图片', bytes: [0xff, 0xd8, 0xff] },
  { label: 'GIF 图片', bytes: [0x47, 0x49, 0x46, 0x38] },
  { label: 'BMP 图片', bytes: [0x42, 0x4d] },
  { label: 'WebP 图片', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { label: 'TIFF 图片', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { label: 'TIFF 图片', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { label: 'PDF 文档', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { label: 'ZIP 压缩包（.docx、.xlsx、.ofd 文件也是这种格式）', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { label: 'Word 97-2003 / WPS 文档', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { label: 'RTF 文档', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { label: 'RAR 压缩包', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { label: '7z 压缩包', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { label: 'gzip 压缩包', bytes: [0x1f, 0x8b] },
  { label: '可执行程序', bytes: [0x4d, 0x5a] },
  { label: '可执行程序', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function hasBytesAt(bytes: Uint8Array, magic: Magic): boolean {
  const at = magic.offset ?? 0;
  return at + magic.bytes.length <= bytes.length && magic.bytes.every((b, i) => bytes[at + i] === b);
}

/** The recognised non-text format the bytes start with, e.g. "PNG 图片"; null when none. */
export function binarySignature(bytes: Uint8Array): string | null {
  // BM and MZ are two printable letters: only trust them when the file is not otherwise plain text.
  for (const magic of MAGICS) {
    if (!hasBytesAt(bytes, magic)) continue;
    if (magic.bytes.length === 2 && magic.bytes[0] !== 0x1f && controlRatio(bytes) < 0.02) continue;
    return magic.label;
  }
  return null;
}

const SAMPLE = 64 * 1024;

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * Share of NUL and C0 control bytes (other than tab, CR, LF, FF) in the first 64 KB.
 * Text in UTF-8 or GBK has none; images and archives have many.
 */
export function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n;
}

/**
 * Why these bytes are not a text file, or null if they may be one. A UTF-16 byte-order mark means
 * text full of NUL bytes by design, so the control-byte test is skipped for it.
 */
export function notTextReason(bytes: Uint8Array): string | null {
  const signature = binarySignature(bytes);
  if (signature) return `这是${signature}，不是文本文件${signature.includes('Word') ? '；请在 Word 或 WPS 中另存为 .docx 或 .txt 后再导入' : ''}`;
  if (hasUtf16Bom(bytes)) return null;
  const ratio = controlRatio(bytes);
  if (bytes.subarray(0, SAMPLE).includes(0) || ratio > 0.01) return '文件含有大量控制字节（二进制内容），不是文本文件';
  return null;
}
