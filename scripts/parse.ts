// npm run --silent parse -- FILE…
// One file: the ParsedDocument as indented JSON on stdout (exit 0), or a one-line reason on stderr
// (exit 1 unreadable/unrecognised, 2 usage). Files are read as the page reads them (readText: text in any
// common encoding, .docx, .doc / .wps, .xlsx, .xls, .csv, .pdf), so a file the page imports parses here to the same document.
// Several files: JSON Lines, one line per file in the order given, in one process: a parsed file is
// {"file": path, …ParsedDocument}, a failed one {"file": path, "error": reason, "code": …}; exit 1
// when any file failed, else 0.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readText } from '../src/lib/import/readText';
import { parseReport } from '../src/lib/parse/index';
import type { ParseResult } from '../src/lib/model/document';

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

type FileResult = { ok: true; result: Extract<ParseResult, { ok: true }> } | { ok: false; code: string; reason: string };

/** A file read as the page reads it (text in any encoding, .docx, .pdf …), then parsed. */
async function parseFile(file: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, code: 'unreadable', reason: `无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}` };
  }
  const read = await readText(basename(file), bytes);
  if (!read.ok) return { ok: false, code: read.problem.code === 'undecodable' ? 'encoding' : read.problem.code, reason: `${file}：${read.problem.reason}` };
  const result = parseReport(read.text, { fileName: basename(file) });
  if (!result.ok) return { ok: false, code: result.code, reason: `${file}：${result.reason}（${result.code}）` };
  return { ok: true, result };
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('用法：npm run --silent parse -- <文件> [更多文件…]\n');
  process.exit(2);
}

if (files.length === 1) {
  const r = await parseFile(files[0] as string);
  if (!r.ok) {
    process.stderr.write(`${r.reason}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(r.result.data, null, 2)}\n`);
} else {
  let failed = 0;
  for (const file of files) {
    const r = await parseFile(file);
    if (!r.ok) failed++;
    const line = r.ok ? { file, ...r.result.data } : { file, error: r.reason, code: r.code };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
