// npm run --silent parse -- <file>: the ParsedDocument as JSON on stdout (exit 0), or a one-line reason
// on stderr (exit 1 unreadable/unrecognised, 2 usage).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText } from '../src/lib/parse/decode';
import { parseReport } from '../src/lib/parse/index';

function fail(reason: string, code = 1): never {
  process.stderr.write(`${reason}\n`);
  process.exit(code);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const file = process.argv.slice(2).find((a) => a !== '--');
if (!file) fail('用法：npm run --silent parse -- <文件>', 2);

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
}
const decoded = decodeText(bytes);
if (!decoded.ok) fail(`${file}：${decoded.reason}`);
const result = parseReport(decoded.text, { fileName: basename(file) });
if (!result.ok) fail(`${file}：${result.reason}（${result.code}）`);
process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
