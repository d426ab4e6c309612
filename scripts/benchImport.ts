// Import cases for npm run bench: bytes → preview (detect encoding, decode, parse) as the import
// panel does it, minus the worker hop; and .docx text extraction with mammoth.
import { readFileSync } from 'node:fs';
import { prepareImport } from '../src/lib/import/pipeline';
import { parseSafely } from '../src/lib/import/parseSafely';
import { encodeGbk } from './make-fixtures';

const seed = readFileSync(new URL('../seeds/002_cc78cbd2ab743c91.txt', import.meta.url), 'utf8');
let big = '';
while (Buffer.byteLength(big) < 1024 * 1024) big += `${seed}\n\n`;
const utf8Bytes = new Uint8Array(Buffer.from(big));
const gbkBytes = encodeGbk(big);
const docx = new Uint8Array(readFileSync(new URL('../tests/fixtures/import/notice.docx', import.meta.url)));

const deps = { parse: async (text: string, fileName: string | null) => parseSafely(text, fileName), findDuplicate: async () => null };

async function prepare(fileName: string, bytes: Uint8Array): Promise<void> {
  const r = await prepareImport({ fileName, bytes }, deps);
  if (!r.ok) throw new Error(r.problem.message);
}

export function importCases() {
  return [
    { name: 'import: 1 MB UTF-8 .txt to preview', runs: 5, run: () => prepare('big.txt', utf8Bytes) },
    { name: 'import: 1 MB GBK .txt to preview', runs: 5, run: () => prepare('big.txt', gbkBytes) },
    { name: 'import: .docx (50 KB text) to preview', runs: 10, run: () => prepare('notice.docx', docx) },
  ];
}
