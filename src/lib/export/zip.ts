// A .zip of files stored as they are (no compression): what the sheets per unit are packed in. An
// .xlsx is itself deflated, so storing loses nothing. The format is fflate's (MIT; packed, loaded when a
// .zip is made); names are UTF-8, which Windows Explorer, 7-Zip, WPS and macOS all read.
import { loadPacked } from '../packed/load';

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

/**
 * The zip of `files` (names made unique, no directories), stamped with `at` (Beijing wall time,
 * YYYY-MM-DDTHH:MM:SS). A zip keeps wall-clock fields, which fflate reads from a Date's local fields: the
 * Date is built from the Beijing fields so the archive shows Beijing time on any computer.
 */
export async function storedZip(files: readonly { name: string; bytes: Uint8Array }[], at: string): Promise<Uint8Array> {
  const { zipSync } = await loadPacked('fflate');
  const [datePart = '1980-01-01', timePart = '00:00:00'] = at.split('T');
  const [y, m, d] = datePart.split('-').map(Number) as [number, number, number];
  const [h = 0, min = 0, s = 0] = timePart.split(':').map((x) => Math.floor(Number(x)) || 0);
  const mtime = new Date(Math.max(1980, y), m - 1, d, h, min, s);
  const names = uniqueNames(files.map((f) => f.name));
  return zipSync(Object.fromEntries(files.map((f, i) => [names[i] as string, [f.bytes, { level: 0, mtime }]])));
}
