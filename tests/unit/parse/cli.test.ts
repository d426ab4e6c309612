// The command-line contract: JSON on stdout and exit 0, or one line on stderr and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
function cli(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/parse.ts'), ...files], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/parse.ts', () => {
  it('prints the parsed document as JSON and exits 0', () => {
    const r = cli('seeds/002_cc78cbd2ab743c91.txt');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.document).toMatchObject({ docNumber: '随政办发〔2024〕2号', kind: 'notice', year: 2024, fileName: '002_cc78cbd2ab743c91.txt' });
    expect(doc.tasks[0]).toMatchObject({ no: '1', category: 'target', leaders: ['吴丕华'] });
    expect(Object.keys(doc.targets[0])).toEqual(expect.arrayContaining(['metric', 'value', 'unit', 'qualifier', 'stretch', 'year', 'scope', 'text', 'taskId']));
  }, 30_000);

  it('exits quietly when the reader closes the pipe early (| head)', () => {
    const cmd = `set -o pipefail; "${process.execPath}" --import tsx scripts/parse.ts seeds/002_cc78cbd2ab743c91.txt | head -c 20 >/dev/null`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  }, 30_000);

  it('decodes a GB18030 file', () => {
    const r = cli('tests/fixtures/import/notice-gbk.txt');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document).toMatchObject({ kind: 'notice', docNumber: '随政办发〔2024〕2号' });
  }, 30_000);

  it('reads a notice sheet (.xlsx) as the page does, to the same tasks as its .docx', () => {
    const r = cli('tests/fixtures/notices/宝鸡市_2025.docx', 'tests/fixtures/notices/宝鸡市_2025.xlsx');
    expect(r.code).toBe(0);
    const [docx, xlsx] = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { tasks: { no: string; leaders: string[]; leadUnits: string[]; supportUnits: string[] }[] });
    const tasks = (d: typeof docx) => d!.tasks.map((t) => [t.no, t.leaders, t.leadUnits, t.supportUnits]);
    expect(tasks(xlsx).length).toBeGreaterThan(0);
    expect(tasks(xlsx)).toEqual(tasks(docx));
  }, 60_000);
  it('reads a .pdf as the page does (pdf.js, table rows rebuilt)', () => {
    const r = cli('tests/fixtures/notices/六安市_2024.pdf');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.document).toMatchObject({ kind: 'notice', docNumber: '六政办〔2024〕3号', fileName: '六安市_2024.pdf' });
    expect(doc.tasks).toHaveLength(9);
    expect(doc.tasks[1].leaders).toEqual(['王东']);
  }, 30_000);

  it.each([
    ['a missing file', '/nonexistent/none.txt'],
    ['a PNG image', 'png'],
    ['text that is not a report', 'prose'],
  ])(
    'refuses %s with one line on stderr',
    (_what, which) => {
      const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
      let file = which;
      if (which === 'png') writeFileSync((file = join(dir, 'a.txt')), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0]));
      if (which === 'prose') writeFileSync((file = join(dir, 'b.txt')), '今天天气很好，我们去公园散步。\n');
      const r = cli(file);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    },
    30_000,
  );

  it('prints one JSON line per file, in order, a failed file as {file, error} on its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cli-batch-'));
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, '今天天气很好，我们去公园散步。\n');
    const files = ['seeds/004_8fc95960ca065cc7.txt', prose, '/nonexistent/none.txt', 'tests/fixtures/corpus/国务院_2024.txt'];
    const r = cli(...files);
    expect(r.code).toBe(1); // some files failed
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const docs = lines.map((l) => JSON.parse(l));
    expect(docs.map((d) => d.file)).toEqual(files);
    expect(docs[0]).toMatchObject({ document: { year: 2024, kind: 'report-summary' } });
    expect(docs[0].targets.length).toBeGreaterThan(0);
    expect(docs[1]).toMatchObject({ code: 'no-structure' });
    expect(docs[1].error).toMatch(/[\u4e00-\u9fff]/);
    expect(docs[2]).toMatchObject({ code: 'unreadable' });
    expect(docs[3]).toMatchObject({ document: { jurisdiction: '全国', year: 2024 } });
  }, 60_000);

  it('exits 0 when every file of a batch parses', () => {
    const r = cli('seeds/000_cf037e789fc2945e.txt', 'seeds/001_f681927dc6cce43d.txt');
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).document.year),
    ).toEqual([2025, 2023]);
  }, 60_000);
});
