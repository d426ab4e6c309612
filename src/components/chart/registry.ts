// The charts currently on the page, so one button can export them all ("导出全部图表").
import type { ImageKind } from '../../lib/export/chartExport';

export interface MountedChart {
  readonly id: string;
  /** false when the chart has nothing to draw */
  readonly drawable: boolean;
  /** true while what it draws is still being worked out */
  readonly pending?: boolean;
  exportImage(kind: ImageKind): string;
}

const mounted = new Set<MountedChart>();

/** Chart cards register themselves while mounted (drawn or not: export builds on demand); returns the unregister function. */
export function registerChart(chart: MountedChart): () => void {
  mounted.add(chart);
  return () => {
    mounted.delete(chart);
  };
}

export function mountedCharts(): MountedChart[] {
  return [...mounted];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Downloads every mounted chart that has something to draw, one after another (browsers drop
 * downloads fired in the same instant). Resolves to the file names.
 */
export async function exportAll(kind: ImageKind = 'png', maxWaitMs = 60_000): Promise<string[]> {
  // A chart still being worked out (promise → outcome on a large dataset) is waited for, not skipped.
  for (let waited = 0; waited < maxWaitMs && mountedCharts().some((c) => c.pending); waited += 200) await pause(200);
  const names: string[] = [];
  for (const chart of mountedCharts()) {
    if (!chart.drawable) continue;
    names.push(chart.exportImage(kind));
    await pause(250);
  }
  return names;
}
