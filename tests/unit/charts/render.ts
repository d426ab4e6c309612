// Renders an option the way ECharts would in a page, but in Node: server-side SVG.
import { echarts, type EChartsOption } from '../../../src/lib/charts/echarts';

export function renderSvg(option: EChartsOption, width = 800, height = 400): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
