// npm run --silent match -- <targets> <review>: JSON on stdout, or one line on stderr and exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
function cli(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/match.ts'), '--', ...files], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Entry {
  target: { metric: string; value: number; unit: string | null; text: string };
  achievement: { metric: string; value: number; unit: string | null; text: string; estimate: boolean } | null;
  status: string;
  confidence: number;
}

describe('scripts/match.ts', () => {
  it('prints one entry per quantitative target with the achievement, status and confidence', () => {
    const r = cli('seeds/002_cc78cbd2ab743c91.txt', 'seeds/000_cf037e789fc2945e.txt');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Entry[];
    expect(out.length).toBeGreaterThan(80);
    const find = (text: string) => out.find((e) => e.target.text === text);
    expect(find('新建城市绿道12公里')).toMatchObject({
      target: { metric: '城市绿道', value: 12, unit: '公里' },
      achievement: { value: 15.3, unit: '公里', text: '新增绿道15.3公里', estimate: false },
      status: 'exceeded',
    });
    expect(find('改造老旧小区112个')).toMatchObject({ achievement: { value: 112 }, status: 'met' });
    expect(find('实现城镇新增就业1.6万人')).toMatchObject({ target: { value: 16000, unit: '人' }, achievement: { value: 21000 }, status: 'exceeded' });
    expect(find('地区生产总值增长6.5%')).toMatchObject({ achievement: { value: 6.5, estimate: true }, status: 'met' });
    expect(find('粮食产量保持在29亿斤以上')).toMatchObject({ achievement: null, status: 'not-reported' });
    for (const e of out) {
      expect(['exceeded', 'met', 'missed', 'not-reported']).toContain(e.status);
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  }, 30_000);

  it('reads a GB18030 targets file like a UTF-8 one', () => {
    const r = cli('tests/fixtures/import/notice-gbk.txt', 'seeds/000_cf037e789fc2945e.txt');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Entry[];
    expect(out.find((e) => e.target.text === '改造老旧小区112个')?.status).toBe('met');
  }, 30_000);

  it.each([
    ['a missing file', 'missing'],
    ['a binary file', 'png'],
    ['text that is not a report', 'prose'],
  ])(
    'refuses %s with one line on stderr and exit 1',
    (_what, which) => {
      const dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
      let file = join(dir, 'none.txt');
      if (which === 'png') writeFileSync((file = join(dir, 'a.txt')), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0]));
      if (which === 'prose') writeFileSync((file = join(dir, 'b.txt')), '今天天气很好，我们去公园散步。\n');
      for (const args of [
        [file, 'seeds/000_cf037e789fc2945e.txt'],
        ['seeds/002_cc78cbd2ab743c91.txt', file],
      ]) {
        const r = cli(...args);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(file);
      }
    },
    60_000,
  );

  it('explains its usage when a file is missing from the command', () => {
    const r = cli('seeds/002_cc78cbd2ab743c91.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^用法/);
  }, 30_000);
});
