// The ECharts attachment: init (canvas), resize with its box, setOption on change (notMerge), the
// dark theme when the system is dark (re-init, since a theme is fixed at init) but light for
// printing, click → drill, and dispose with every listener on destroy. `data-chart-ready` turns
// "true" after ECharts reports 'finished', which tests and printing wait on.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { echarts, type EChartsInstance, type EChartsOption } from './echarts';
import type { Drill } from './spec';

export interface ChartInput {
  option: () => EChartsOption;
  dark: () => boolean;
  ondrill: () => ((patch: Drill) => void) | undefined;
}

/** The element carries its instance for tests (page.evaluate) and debugging. */
export type ChartElement = HTMLElement & { __chart?: EChartsInstance };

function drillOf(params: unknown): Drill | null {
  const data = (params as { data?: unknown } | null)?.data;
  const drill = (data as { drill?: unknown } | null | undefined)?.drill;
  return drill && typeof drill === 'object' ? (drill as Drill) : null;
}

type Theme = 'dark' | null;

export function echartsChart(input: ChartInput): Attachment<HTMLElement> {
  return (node: ChartElement) => {
    let chart: EChartsInstance | null = null;
    let theme: Theme = null;
    let option: EChartsOption | null = null;
    let frame = 0;
    /** what the chart shows now (functions aside), so an unchanged option is not redrawn */
    let shown = '';

    const apply = () => {
      if (!chart || chart.isDisposed() || !option) return;
      const signature = JSON.stringify(option);
      if (signature === shown) return;
      shown = signature;
      node.dataset.chartReady = 'false';
      // Short animations (none when the user asks for reduced motion); the card paints the background.
      const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      chart.setOption({ animation: !still, animationDuration: 400, animationDurationUpdate: 250, ...option, backgroundColor: 'transparent' }, { notMerge: true });
    };
    const unmount = () => {
      if (!chart) return;
      chart.off('finished');
      chart.off('click');
      chart.dispose();
      chart = null;
      shown = '';
      delete node.__chart;
    };
    const mount = (next: Theme) => {
      unmount();
      theme = next;
      const c = echarts.init(node, next, { renderer: 'canvas' });
      chart = c;
      node.__chart = c;
      node.dataset.chartReady = 'false';
      c.on('finished', () => { node.dataset.chartReady = 'true'; });
      c.on('click', (params) => {
        const drill = drillOf(params);
        if (drill) untrack(input.ondrill)?.(drill);
      });
      apply();
    };

    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => { if (chart && !chart.isDisposed()) chart.resize(); });
    });
    observer.observe(node);
    // Paper is white: light text on it would vanish, so print with the light theme, drawn at once.
    const beforePrint = () => {
      if (theme === null) return;
      mount(null);
      chart?.getZr().flush();
    };
    const afterPrint = () => {
      const want: Theme = untrack(input.dark) ? 'dark' : null;
      if (want !== theme) mount(want);
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);

    $effect(() => { mount(input.dark() ? 'dark' : null); });
    $effect(() => {
      option = input.option();
      apply();
    });

    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      cancelAnimationFrame(frame);
      observer.disconnect();
      unmount();
      delete node.dataset.chartReady;
    };
  };
}
