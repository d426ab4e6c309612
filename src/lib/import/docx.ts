// .docx → plain text with mammoth, which is unpacked only when the first .docx arrives (packed/load.ts).
// Before handing the bytes to mammoth we check the zip ourselves, so a damaged file gets a precise
// reason ("not a zip", "no Word body inside") instead of a library stack trace.

import { loadPacked } from '../packed/load';

export type DocxResult = { ok: true; text: string } | { ok: false; reason: string };

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** Names of the entries in a zip's central directory; null when the bytes are not a complete zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL_HEADER) return null;
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
  const names: string[] = [];
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Why these bytes cannot be a .docx, or null when the package looks whole. */
export function docxProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件是空的';
  const names = zipEntryNames(bytes);
  if (names === null) {
    return u32(bytes, 0) === LOCAL_HEADER ? '文件不完整或已损坏（压缩包结构残缺，可能没有下载完）' : '文件已损坏或并非真正的 .docx（不是 Word 2007 及以后的压缩包格式）';
  }
  if (!names.includes('word/document.xml')) return '压缩包里没有 Word 正文（缺少 word/document.xml），不是有效的 .docx';
  return null;
}

/** The document's text, paragraphs separated by blank lines as mammoth writes them. Never throws. */
export async function extractDocxText(bytes: Uint8Array): Promise<DocxResult> {
  const problem = docxProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  try {
    const mammoth = await loadPacked('mammoth');
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The browser build of mammoth reads `arrayBuffer`, its Node build (unit tests) `buffer`;
    // both hand the value to JSZip, which takes an ArrayBuffer either way.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await (mammoth.default ?? mammoth).extractRawText(input);
    return { ok: true, text: result.value };
  } catch {
    // The library's own wording ("[xmldom warning] unclosed xml attribute …") means nothing to a clerk.
    return { ok: false, reason: 'Word 文件已损坏，无法读取其中的文字（文件内部的结构不完整），请在 Word 或 WPS 中打开并另存为 .docx 后再导入' };
  }
}
