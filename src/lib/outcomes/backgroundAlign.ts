// Alignment off the main thread when it is big enough to be felt (≈ 200 × 200 tasks take ~15 ms,
// 5,000 × 5,000 about a second): small jobs run at once, large ones in an inline Web Worker, with the
// main thread as the fallback when no worker can start. The caller sees one promise either way.
import { alignTasks, type AlignItem, type AlignOptions, type Alignment } from './align';
import type { AlignRequest, AlignResponse } from './alignProtocol';
import AlignWorker from './align.worker?worker&inline';

/** Above this many task pairs (from × to) the work goes to the worker. */
export const WORKER_FROM_PAIRS = 250_000;

export interface BackgroundAligner {
  align(from: AlignItem[], to: AlignItem[], options?: AlignOptions): Promise<Alignment[]>;
  dispose(): void;
}

export function createBackgroundAligner(): BackgroundAligner {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const pending = new Map<number, { request: AlignRequest; resolve: (a: Alignment[]) => void }>();

  const fallBack = () => {
    failed = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.resolve(alignTasks(p.request.from, p.request.to, p.request.options));
  };

  const start = (): Worker | null => {
    if (worker || failed) return worker;
    try {
      worker = new AlignWorker();
      worker.onmessage = (event: MessageEvent<AlignResponse>) => {
        const p = pending.get(event.data.id);
        if (!p) return;
        pending.delete(event.data.id);
        p.resolve(event.data.ok ? event.data.alignments : alignTasks(p.request.from, p.request.to, p.request.options));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fallBack();
      };
      worker.onmessageerror = fallBack;
    } catch {
      fallBack();
    }
    return worker;
  };

  return {
    align(from, to, options = {}) {
      if (from.length * to.length <= WORKER_FROM_PAIRS) return Promise.resolve(alignTasks(from, to, options));
      return new Promise((resolve) => {
        const request: AlignRequest = { id: nextId++, from, to, options };
        const w = start();
        if (!w) {
          resolve(alignTasks(from, to, options));
          return;
        }
        pending.set(request.id, { request, resolve });
        w.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
