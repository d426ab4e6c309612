// The ECharts attachment: initialised (canvas) only when its box comes near the viewport, resized
// with its box, updated in place on a new option (merged: series and components replaced unless their
// ids match, so kept series animate to their new values instead of the chart being rebuilt; an
// update that drops a series or component is set afresh on the same instance), short
// animations and none when the user prefers reduced motion; the dark theme when the system is dark
// (re-init, since a theme is fixed at init) but light for printing, click → drill, and dispose with
// every listener on destroy. `data-chart-ready` turns "false" when an option is given and "true"
// after ECharts reports 'finished', which tests, the bench and printing wait on.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { MediaQuery } from 'svelte/reactivity';
import { echarts, type EChartsInstance, type EChartsOption } from '../../lib/charts/echarts';
import { printing } from '../../lib/state/printing.svelte';
import type { Drill } from '../../lib/charts/spec';
import { canMerge, REPLACED, shape } from '../../lib/charts/optionMerge';
import { isNear, observeNear } from './viewport';
import { chartPainted } from '../../lib/state/firstPaint.svelte';

export interface ChartInput {
  option: () => EChartsOption;
  /** the height the box is given with this option (px): a new one is laid out once, at the new size */
  height?: () => number;
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

/** One query for every chart; a change re-applies the options with or without animation. */
const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

/** Short, so a filter click feels immediate. */
const ANIMATION = { animationDuration: 300, animationDurationUpdate: 200 } as const;

export function echartsChart(input: ChartInput): Attachment<HTMLElement> {
  return (node: ChartElement) => {
    let chart: EChartsInstance | null = null;
    let theme: Theme = null;
    /** what the chart shows now (functions aside), so an unchanged option is not redrawn */
    let shown = '';
    let shownShape: ReturnType<typeof shape> | null = null;
    let shownHeight: number | undefined;
    let frame = 0;
    const nearAtStart = isNear(node);
    /** within reach of the viewport now */
    let near = $state(nearAtStart);
    /** initialised once: a chart that scrolled away keeps its instance */
    let wanted = $state(nearAtStart);
    const stop = observeNear(node, (v) => {
      near = v;
      if (v) wanted = true;
    });

    const apply = (option: EChartsOption, still: boolean) => {
      if (!chart || chart.isDisposed()) return;
      const signature = JSON.stringify(option) + (still ? ':still' : '');
      if (signature === shown) return;
      const first = shown === '';
      shown = signature;
      node.dataset.chartReady = 'false';
      const nextShape = shape(option);
      const merge = !first && shownShape !== null && canMerge(shownShape, nextShape);
      shownShape = nextShape;
      // The card paints the background.
      const next = { animation: !still, ...ANIMATION, ...option, backgroundColor: 'transparent' };
      // An option that comes with a new height (a filter that adds rows): set without drawing, then
      // one resize draws it at the new size, instead of a layout at the old size and another a frame
      // later from the ResizeObserver.
      const height = input.height?.();
      const resized = !first && height !== undefined && height !== shownHeight;
      shownHeight = height;
      chart.setOption(next, merge ? { replaceMerge: REPLACED, lazyUpdate: resized } : { notMerge: true, lazyUpdate: resized });
      if (resized) chart.resize({ animation: { duration: still ? 0 : ANIMATION.animationDurationUpdate } });
    };
    const unmount = () => {
      if (!chart) return;
      chart.off('finished');
      chart.off('rendered');
      chart.off('click');
      chart.dispose();
      chart = null;
      shown = '';
      shownShape = null;
      shownHeight = undefined;
      delete node.__chart;
    };
    const mount = (next: Theme) => {
      unmount();
      theme = next;
      const c = echarts.init(node, next, { renderer: 'canvas' });
      chart = c;
      node.__chart = c;
      node.dataset.chartReady = 'false';
      c.on('finished', () => {
        node.dataset.chartReady = 'true';
      });
      c.on('rendered', chartPainted);
      c.on('click', (params) => {
        const drill = drillOf(params);
        if (drill) untrack(input.ondrill)?.(drill);
      });
    };

    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Already drawn at this size (apply resized it with its option): a resize would lay it out again.
        if (chart && !chart.isDisposed() && (node.clientWidth !== chart.getWidth() || node.clientHeight !== chart.getHeight())) chart.resize();
      });
    });
    observer.observe(node);

    // Initialised when first near; re-initialised when the theme changes. Paper is white: light text
    // on it would vanish, so while printing every chart is drawn, light, without animation, at once.
    $effect(() => {
      const print = printing.on;
      if (!wanted && !print) return;
      const want: Theme = input.dark() && !print ? 'dark' : null;
      untrack(() => {
        if (!chart || want !== theme) mount(want);
        apply(input.option(), reducedMotion.current || print);
        if (print) chart?.getZr().flush();
      });
    });
    // New options while near are applied at once; while far they wait until the chart comes back.
    $effect(() => {
      if (!near || printing.on) return;
      apply(input.option(), reducedMotion.current);
    });

    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      stop();
      unmount();
      delete node.dataset.chartReady;
    };
  };
}
