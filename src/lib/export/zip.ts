// A .zip of files stored as they are (no compression): what the sheets per unit are packed in. An
// .xlsx is itself deflated, so storing loses nothing and needs no library. Names are UTF-8 (flag bit
// 11), which Windows Explorer, 7-Zip, WPS and macOS all read. Pure.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Names made unique the way a file manager would: 市财政局.xlsx, 市财政局(2).xlsx … */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let out = name;
    for (let i = 2; used.has(out.toLowerCase()); i++) out = `${stem}(${i})${ext}`;
    used.add(out.toLowerCase());
    return out;
  });
}

/** DOS date and time of `at` (local fields of the instant given; the caller passes Beijing time). */
function dosTime(at: { y: number; m: number; d: number; h: number; min: number; s: number }): { date: number; time: number } {
  return { date: ((Math.max(1980, at.y) - 1980) << 9) | (at.m << 5) | at.d, time: (at.h << 11) | (at.min << 5) | Math.floor(at.s / 2) };
}

/** The zip of `files` (names unique, no directories), stamped with `at` (Beijing wall time). */
export function storedZip(files: readonly { name: string; bytes: Uint8Array }[], at: string): Uint8Array {
  const [datePart = '1980-01-01', timePart = '00:00:00'] = at.split('T');
  const [y, m, d] = datePart.split('-').map(Number) as [number, number, number];
  const [h, min, s] = timePart.split(':').map((x) => Math.floor(Number(x))) as [number, number, number];
  const stamp = dosTime({ y, m, d, h: h || 0, min: min || 0, s: s || 0 });
  const enc = new TextEncoder();
  const names = uniqueNames(files.map((f) => f.name));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  files.forEach((f, i) => {
    const name = enc.encode(names[i] as string);
    const crc = crc32(f.bytes);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, 0, true); // stored
    lv.setUint16(10, stamp.time, true);
    lv.setUint16(12, stamp.date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, f.bytes.length, true);
    lv.setUint32(22, f.bytes.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 0, true);
    cv.setUint16(12, stamp.time, true);
    cv.setUint16(14, stamp.date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, f.bytes.length, true);
    cv.setUint32(24, f.bytes.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, f.bytes);
    centrals.push(central);
    offset += local.length + f.bytes.length;
  });
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at2 = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at2);
    at2 += part.length;
  }
  return out;
}
