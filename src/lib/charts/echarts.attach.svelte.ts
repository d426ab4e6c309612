// The ECharts attachment: init (canvas), resize with its box, setOption on change (notMerge), the
// dark theme when the system is dark (re-init, since a theme is fixed at init), click → drill, and
// dispose with every listener on destroy. `data-chart-ready` turns "true" after ECharts reports
// 'finished', which tests and printing wait on.
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

export function echartsChart(input: ChartInput): Attachment<HTMLElement> {
  return (node: ChartElement) => {
    $effect(() => {
      const dark = input.dark();
      const chart = echarts.init(node, dark ? 'dark' : null, { renderer: 'canvas' });
      node.__chart = chart;
      node.dataset.chartReady = 'false';
      chart.on('finished', () => { node.dataset.chartReady = 'true'; });
      chart.on('click', (params) => {
        const drill = drillOf(params);
        if (drill) untrack(input.ondrill)?.(drill);
      });
      let frame = 0;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => { if (!chart.isDisposed()) chart.resize(); });
      });
      observer.observe(node);

      $effect(() => {
        const option = input.option();
        if (chart.isDisposed()) return;
        node.dataset.chartReady = 'false';
        // The card paints the background, light or dark.
        chart.setOption({ ...option, backgroundColor: 'transparent' }, { notMerge: true });
      });

      return () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
        chart.off('finished');
        chart.off('click');
        chart.dispose();
        delete node.__chart;
        delete node.dataset.chartReady;
      };
    });
  };
}
