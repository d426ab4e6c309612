import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/parse/decode';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(enc('一、总体要求'))).toMatchObject({ ok: true, text: '一、总体要求', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('报告')]))).toMatchObject({ ok: true, text: '报告', bom: true });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, 0xa5, 0x62, 0x4a, 0x54]); // 报告
    const be = new Uint8Array([0xfe, 0xff, 0x62, 0xa5, 0x54, 0x4a]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: '报告', encoding: 'utf-16le' });
    expect(decodeText(be)).toMatchObject({ ok: true, text: '报告', encoding: 'utf-16be' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6]))).toMatchObject({ ok: true, text: '报告', encoding: 'gb18030' });
  });

  it('refuses NUL-heavy binary with a reason in Chinese', () => {
    const r = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 0, 0x49]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/二进制/);
  });
});
