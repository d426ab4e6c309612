// Parsing is linear on every input: for each hostile shape, the time for 8 MB (of UTF-8, as a file on
// disk) over the time for 1 MB
// stays near 8 (linear), far from 64 (quadratic). Ratios of medians, not absolute times, so a busy
// machine does not fail it; the bound (16) is generous for noise and still catches a quadratic pass.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';

const MB = 1024 * 1024;
const SIZES = [1, 2, 4, 8];
const RUNS = 3;

const seeds = readdirSync(new URL('../../../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8'))
  .join('\n');

/** `unit(n)` for n = 1, 2, … after `head` until the text is `bytes` long in UTF-8. */
function grow(bytes: number, unit: (n: number) => string, head = ''): string {
  const parts = [head];
  let length = Buffer.byteLength(head);
  for (let n = 1; length < bytes; n++) {
    const u = unit(n);
    parts.push(u);
    length += Buffer.byteLength(u);
  }
  return parts.join('');
}

const SHAPES: Record<string, (bytes: number) => string> = {
  // every line ends in a comma: the broken-line joiner glues them into one line
  'lines ending in a comma': (c) => grow(c, () => '加快推进产业发展，\n'),
  // a notice with far more than a thousand numbered items, each with figures and units
  'a notice with thousands of numbered items': (c) =>
    grow(c, (n) => `${n}.新建城市绿道12公里，增长8%、力争9%。（责任领导：张三；牵头单位：市发改委；责任单位：市财政局）\n`, '关于分解落实2024年政府工作报告重点任务的通知\n'),
  // the five seeds, one after another, again and again
  'the seeds repeated': (c) => grow(c, () => `${seeds}\n`),
  // a report whose every paragraph looks like a target list, with a glossary and label lines
  'target leads, glossary entries and label lines': (c) =>
    grow(
      c,
      (n) => `主要预期目标是：地区生产总值增长6%左右，城乡居民收入分别增长6%和7%。\n${n}.三区三线：城镇空间、农业空间。\n牵头责任单位：市教育局\n`,
      '政府工作报告\n各位代表：\n一、2030年工作回顾\n二、2031年工作安排\n',
    ),
  // the notice forms read since issue 21: header-like cell lines that start no table, tables one cell per line,
  // label-line runs with page numbers, unnumbered paragraphs closing with （X牵头，Y配合）
  'cell-per-line tables, label runs and sentence-form parentheses': (c) =>
    grow(
      c,
      (n) =>
        `序号\n重点工作\n说明文字\n序号\n重点工作\n责任领导\n牵头单位\n1\n推进项目${n}\n王　东\n市发改委\n${n}. 建设城北公园。\n牵头领导：李四\n— ${n % 90} —\n部门分工：市住建局牵头，市财政局、林业局配\n合\n时间节点：2024年6月底前\n建设智慧停车项目（市城管局牵头，市公安局配合，2024年9月底前完成）。\n`,
      '关于分解落实2024年政府工作报告重点任务的通知\n',
    ),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeParse(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    parseReport(text);
    times.push(performance.now() - t);
  }
  return median(times);
}

describe('parsing is linear in the size of the input', () => {
  it.each(Object.keys(SHAPES))(
    '%s: time(8 MB) / time(1 MB) < 16',
    (shape) => {
      const make = SHAPES[shape] as (bytes: number) => string;
      parseReport(make(MB / 4)); // warm-up: compile the code paths before timing
      const measure = () => {
        const times = SIZES.map((size) => timeParse(make(size * MB)));
        const ratio = (times[3] as number) / (times[0] as number);
        console.log(`${shape}: ${SIZES.map((s, i) => `${s} MB ${(times[i] as number).toFixed(0)} ms`).join(', ')}; ratio 8/1 = ${ratio.toFixed(1)}`);
        return ratio;
      };
      // On a machine shared with other work one measurement can be unlucky; a quadratic pass fails both.
      let ratio = measure();
      if (ratio >= 16) ratio = measure();
      expect(ratio).toBeLessThan(16);
    },
    300_000,
  );
});
