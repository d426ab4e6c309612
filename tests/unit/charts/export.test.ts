import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setClock, today } from '../../../src/lib/time/clock';
import { chartFileName, sanitizeFileName, shortPlace } from '../../../src/lib/export/fileName';
import { exportOption, footerLines, renderSvg, wrapText } from '../../../src/lib/export/image';
import { exportAll, registerChart, mountedCharts } from '../../../src/components/chart/registry';
import { leaderLoadChart } from './build';
import { leaderSankeyChart } from './build';
import { mainTargetsChart } from './build';
import { chapterTasksChart } from './build';
import { EMPTY_FILTERS } from '../../../src/lib/analysis/filters';
import { sample } from '../analysis/fixture';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('clock', () => {
  it('gives today as YYYY-MM-DD from the injected clock', () => {
    restore = setClock(() => new Date('2026-11-03T23:59:00+08:00')); // the Beijing day
    expect(today()).toBe('2026-11-03');
  });
});

describe('file names', () => {
  it('names a chart file from place, year, chart and date', () => {
    expect(chartFileName({ place: '随州市', year: 2024, chart: '责任领导分工', date: '2026-11-23', ext: 'png' })).toBe('随州-2024-责任领导分工-2026-11-23.png');
    expect(chartFileName({ place: '', year: null, chart: '各领域任务数', date: '2026-11-23', ext: 'svg' })).toBe('各领域任务数-2026-11-23.svg');
  });

  it('removes the characters Windows forbids', () => {
    expect(chartFileName({ place: '随州市', year: '2023、2024', chart: '责任领导 → 牵头单位', date: '2026-11-23', ext: 'png' })).toBe(
      '随州-2023、2024-责任领导 → 牵头单位-2026-11-23.png',
    );
    expect(chartFileName({ place: 'a/b\\c', year: '2024', chart: '目标:"实际"<对比>|*?', date: '2026-11-23', ext: 'png' })).toBe('abc-2024-目标实际对比-2026-11-23.png');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('报告. ')).toBe('报告');
    expect(sanitizeFileName('<>:"/\\|?*')).toBe('图表');
  });

  it('never lets a forbidden character or a control character through', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (place, chart) => {
        const name = chartFileName({ place, year: 2024, chart, date: '2026-11-23', ext: 'png' });
        // eslint-disable-next-line no-control-regex -- control characters are what it looks for
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(name.endsWith('.png')).toBe(true);
        expect(name.length).toBeLessThan(100);
      }),
    );
  });

  it('drops bidi overrides, isolates and other invisible characters, so a name reads as it is', () => {
    expect(sanitizeFileName('报告\u202Etxt.exe')).toBe('报告txt.exe');
    expect(sanitizeFileName('\u2066随州\u2069\u200B-\u200F2024\uFEFF\u00AD')).toBe('随州-2024');
    expect(sanitizeFileName('第一行\u2028第二行')).toBe('第一行第二行');
    expect(sanitizeFileName('\u202E\u202D')).toBe('图表');
  });

  it('never ends in half a surrogate pair when a long name is cut', () => {
    // 79 + 2 code points, 83 UTF-16 units: a cut at 80 units would leave a lone high surrogate
    const name = sanitizeFileName('a'.repeat(79) + '😀😀');
    expect(name).not.toMatch(/\p{Cs}/u); // no lone surrogate
    expect(name).toBe('a'.repeat(79) + '😀');
    expect(sanitizeFileName('甲\uD83D')).toBe('甲');
    expect(sanitizeFileName('\uDE00乙')).toBe('乙');
  });

  it('strips leading dots and refuses device names with or without an extension', () => {
    expect(sanitizeFileName('..报告')).toBe('报告');
    expect(sanitizeFileName('nul.txt')).toBe('_nul.txt');
    expect(sanitizeFileName('COM¹')).toBe('_COM¹');
    expect(sanitizeFileName('lpt9 ')).toBe('_lpt9');
  });

  it('gives a well-formed, visible, short name for any input, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary' }), (place, chart) => {
        const name = chartFileName({ place, year: 2024, chart, date: '2026-11-23', ext: 'png' });
        expect(name).not.toMatch(/\p{Cs}/u); // no lone surrogate
        // eslint-disable-next-line no-control-regex -- control characters are what it looks for
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/);
        expect(name).not.toMatch(/[\p{Cf}\p{Zl}\p{Zp}]/u);
        expect(name).not.toMatch(/^[. ]/);
        expect(encoder.encode(name).length).toBeLessThanOrEqual(250);
        const stem = name.slice(0, -'.png'.length);
        expect(stem).not.toMatch(/^(?:con|prn|aux|nul|com[\d¹²³]|lpt[\d¹²³])(?:\..*)?$/i);
        expect(stem).not.toMatch(/[. ]$/);
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it('shortens place names only when something is left', () => {
    expect([shortPlace('随州市'), shortPlace('湖北省'), shortPlace('洪湖市'), shortPlace('市')]).toEqual(['随州', '湖北', '洪湖', '市']);
  });
});

describe('exported image', () => {
  const all = sample();
  const meta = { source: '随政办发〔2024〕2号', filter: '年份：2024 · 责任领导：张三', date: '2026-11-23', width: 800 };

  it('carries notes, the filter, the source and the date under the chart', () => {
    const spec = mainTargetsChart(all);
    expect(footerLines(spec, meta)).toEqual([...spec.notes.map((n) => `· ${n}`), '筛选：年份：2024 · 责任领导：张三', '来源：随政办发〔2024〕2号　　导出日期：2026-11-23']);
  });

  it('wraps a long source line to the width instead of cutting the date off', () => {
    const spec = mainTargetsChart(all);
    const source = '2023—2025年95份文件（31份省级政府工作报告、60份市级政府工作报告、3份县级政府工作报告、1份市级分解通知）';
    const lines = footerLines(spec, { ...meta, source, width: 480 });
    const tail = lines.slice(lines.indexOf(lines.find((l) => l.startsWith('来源：'))!));
    expect(tail.length).toBeGreaterThan(1);
    expect(tail.join('')).toBe(`来源：${source}　　导出日期：2026-11-23`);
    expect(wrapText('abc', 100)).toEqual(['abc']);
    // 12 px a Chinese character: ten fit in 120 px
    expect(wrapText('一二三四五六七八九十甲乙', 120)).toEqual(['一二三四五六七八九十', '甲乙']);
  });

  it('renders on white with no animation, the footer clear of the plot, as an SVG with title, source and date', () => {
    const spec = leaderLoadChart(all, EMPTY_FILTERS);
    const { option, height } = exportOption(spec, meta);
    expect(option.backgroundColor).toBe('#fff');
    expect(option.animation).toBe(false);
    expect((option.title as Array<{ subtext: string }>)[0]!.subtext).toBe('每位责任领导负责的任务数');
    expect(height).toBe(spec.height + 2 * 18 + 20);
    expect((option.grid as Array<{ bottom: number }>)[0]!.bottom).toBe(40 + 56);
    const svg = renderSvg(spec, meta);
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const text of ['责任领导分工', '随政办发〔2024〕2号', '2026-11-23', '张三']) expect(svg).toContain(text);
  });

  it('shows a long category list whole, without the scroll bar', () => {
    const many = { ...all, sections: [...all.sections], tasks: [...all.tasks] };
    for (let i = 0; i < 30; i++) {
      many.sections.push({ ...all.sections[1]!, id: `n24/x${i}`, localId: `x${i}`, title: `第${i}章`, span: { start: 100 + i, end: 101 + i } });
      many.tasks.push({ ...all.tasks[2]!, id: `n24/y${i}`, localId: `y${i}`, sectionId: `n24/x${i}` });
    }
    const spec = chapterTasksChart(many);
    expect(spec.option.dataZoom).toBeDefined();
    const { option, height } = exportOption(spec, meta);
    expect(option.dataZoom).toBeUndefined();
    expect(height).toBeGreaterThan(spec.height + 56);
    expect(height).toBe(spec.fullHeight! + 56);
  });

  it('makes room in box-positioned series (Sankey) too', () => {
    const { option } = exportOption(leaderSankeyChart(all), meta);
    expect((option.series as Array<{ bottom: number }>)[0]!.bottom).toBe(12 + 56);
  });

  it('exports an empty chart with its reason instead of a blank image', () => {
    const spec = leaderLoadChart(all, { ...EMPTY_FILTERS, docIds: ['n24p'] });
    expect(renderSvg(spec, meta)).toContain('所选文件未列明责任领导');
  });
});

describe('export all', () => {
  it('exports every mounted chart that has something to draw, in order', async () => {
    const done: string[] = [];
    const mk = (id: string, drawable: boolean) =>
      registerChart({
        id,
        drawable,
        exportImage: (k) => {
          done.push(`${id}.${k}`);
          return `${id}.${k}`;
        },
      });
    const offs = [mk('a', true), mk('b', false), mk('c', true)];
    expect(await exportAll('svg')).toEqual(['a.svg', 'c.svg']);
    expect(done).toEqual(['a.svg', 'c.svg']);
    offs.forEach((off) => off());
    expect(mountedCharts()).toEqual([]);
  });

  it('waits for a chart still being worked out, then exports it', async () => {
    const chart = { id: 'p', drawable: false, pending: true, exportImage: (k: string) => `p.${k}` };
    const off = registerChart(chart);
    setTimeout(() => Object.assign(chart, { drawable: true, pending: false }), 300);
    expect(await exportAll('png')).toEqual(['p.png']);
    off();
  });
});
