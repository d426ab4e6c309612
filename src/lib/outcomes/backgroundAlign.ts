// Alignment off the main thread when it is big enough to be felt (≈ 200 × 200 tasks take ~15 ms,
// 5,000 × 5,000 about a second): small jobs run at once, large ones in an inline Web Worker, with the
// main thread as the fallback when no worker can start. The caller sees one promise either way.
import { alignTasks, type AlignItem, type AlignOptions, type Alignment } from './align';
import type { AlignRequest, AlignResponse } from './alignProtocol';
import AlignWorker from './align.worker?worker&inline';
import { workerJobs } from '../workers/workerJobs';

/** Above this many task pairs (from × to) the work goes to the worker. */
export const WORKER_FROM_PAIRS = 250_000;

export interface BackgroundAligner {
  align(from: AlignItem[], to: AlignItem[], options?: AlignOptions): Promise<Alignment[]>;
  dispose(): void;
}

interface Job {
  request: AlignRequest;
  resolve: (a: Alignment[]) => void;
}

const alignHere = ({ from, to, options }: AlignRequest) => alignTasks(from, to, options);

export function createBackgroundAligner(): BackgroundAligner {
  let nextId = 1;
  const jobs = workerJobs<AlignRequest, AlignResponse, Job>({
    make: () => new AlignWorker(),
    onMessage: (p, message) => p.resolve(message.ok ? message.alignments : alignHere(p.request)),
    runHere: (p) => p.resolve(alignHere(p.request)),
  });

  return {
    align(from, to, options = {}) {
      if (from.length * to.length <= WORKER_FROM_PAIRS) return Promise.resolve(alignTasks(from, to, options));
      return new Promise((resolve) => {
        const request: AlignRequest = { id: nextId++, from, to, options };
        jobs.start();
        if (!jobs.send({ request, resolve })) resolve(alignTasks(from, to, options));
      });
    },
    dispose: jobs.stop,
  };
}
