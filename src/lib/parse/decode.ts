// Bytes → text for the encodings Chinese reports arrive in, detected rather than asked:
// a byte-order mark wins; otherwise strict UTF-8; otherwise GB18030 (a superset of GBK and GB2312).
// No library: TextDecoder knows all of these in browsers and in Node.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; reason: string };

const BOMS: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** The text without its byte-order mark, or a reason in Chinese. Never throws. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  for (const { encoding, bytes: bom } of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = strictDecode(encoding, bytes.subarray(bom.length));
    if (text === null) return { ok: false, reason: `文件以 ${encoding.toUpperCase()} 标记开头，但其中有无法按该编码解读的字节` };
    return { ok: true, text, encoding, bom: true };
  }
  if (nulShare(bytes) > 0.01) return { ok: false, reason: '文件中有大量空字节，是二进制文件（或无字节序标记的 UTF-16），不是可读的文本' };
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  return { ok: false, reason: '文字编码无法识别（既不是 UTF-8、UTF-16，也不是 GBK/GB18030）' };
}

/** Share of NUL bytes in the first 64 KB: text in UTF-8 or GB18030 has none. */
function nulShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65_536);
  if (n === 0) return 0;
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul / n;
}

function strictDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the mark has been handled above; a second one would be content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
