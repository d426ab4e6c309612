// Damage a real compound file (.doc / .xls made by LibreOffice, 512-byte sectors) in one precise place,
// for the hostile-file tests: where a directory entry and a FAT entry sit, and the header's fields.

export const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

export function setU32(b: Uint8Array, at: number, value: number): void {
  b[at] = value & 0xff;
  b[at + 1] = (value >>> 8) & 0xff;
  b[at + 2] = (value >>> 16) & 0xff;
  b[at + 3] = (value >>> 24) & 0xff;
}

/** Byte offset of the directory entry named `name` (entries are 128-byte aligned after the header). */
export function dirEntry(bytes: Uint8Array, name: string): number {
  const want = Array.from(name).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 64] === want.length + 2 && want.every((b, i) => bytes[at + i] === b)) return at;
  }
  throw new Error(`no directory entry ${name}`);
}

/** Byte offset of FAT entry `n` (the first FAT sector holds entries 0–127). */
export function fatEntry(bytes: Uint8Array, n: number): number {
  if (n >= 128) throw new Error('only the first FAT sector');
  return (u32(bytes, 0x4c) + 1) * 512 + n * 4;
}

/** The FAT chain of sectors from `start` (as written, without checks: the file is our own). */
export function chainOf(bytes: Uint8Array, start: number): number[] {
  const out: number[] = [];
  for (let n = start; n !== 0xfffffffe && out.length < 10_000; n = u32(bytes, fatEntry(bytes, n))) out.push(n);
  return out;
}
