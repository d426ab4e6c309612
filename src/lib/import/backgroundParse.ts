// Parses in a Web Worker; falls back to the main thread when no worker can start (an old browser,
// a policy that forbids blob: workers, or `vite dev`, which has no core script). The caller sees the
// same promise either way. The worker's source is the page's shared core script (coreScript.ts).
import type { ColumnMapping, ParseResult } from '../model/document';
import { coreScriptUrl } from './coreScript';
import { parseSafely } from './parseSafely';
import type { ParseRequest, ParseResponse } from './parseProtocol';
import { workerJobs } from '../workers/workerJobs';

export type ParseStage = 'queued' | 'parsing' | 'done';

export interface BackgroundParser {
  /** Rejects with an AbortError when `signal` aborts: the worker is then stopped and a new one started. */
  parse(text: string, fileName: string | null, onStage?: (stage: ParseStage) => void, signal?: AbortSignal, columns?: readonly ColumnMapping[]): Promise<ParseResult>;
  /** 'worker' until the worker fails once, then 'main-thread'. */
  readonly mode: 'worker' | 'main-thread';
  dispose(): void;
}

interface Pending {
  resolve: (r: ParseResult) => void;
  reject: (e: unknown) => void;
  onStage?: (stage: ParseStage) => void;
  request: ParseRequest;
}

export function createBackgroundParser(): BackgroundParser {
  let owned: string | null = null;
  let nextId = 1;

  const onMainThread = async (p: Pending) => {
    p.onStage?.('parsing');
    // Let the progress indicator paint before the synchronous parse takes the thread.
    await new Promise((r) => setTimeout(r, 30));
    p.resolve(parseSafely(p.request.text, p.request.fileName, p.request.columns));
    p.onStage?.('done');
  };

  const jobs = workerJobs<ParseRequest, ParseResponse, Pending>({
    make: () => {
      const core = coreScriptUrl();
      if (!core) throw new Error('no core script to start a worker from');
      if (core.owned) {
        if (owned && owned !== core.url) URL.revokeObjectURL(owned);
        owned = core.url;
      }
      return new Worker(core.url);
    },
    isLast: (message) => message.type !== 'started',
    onMessage: (p, message) => {
      if (message.type === 'started') p.onStage?.('parsing');
      else {
        p.resolve(message.result);
        p.onStage?.('done');
      }
    },
    runHere: (p) => void onMainThread(p),
    onStop: () => {
      if (owned) URL.revokeObjectURL(owned);
      owned = null;
    },
  });
  jobs.start();

  /** A synchronous parse cannot be interrupted: stop its worker and start another for what follows. */
  const abandon = (p: Pending) => {
    if (!jobs.drop(p.request.id)) return;
    p.reject(new DOMException('导入已停止', 'AbortError'));
    jobs.restart(); // if it fails, what was waiting moves to the main thread
  };

  return {
    get mode() {
      return jobs.failed ? 'main-thread' : 'worker';
    },
    parse(text, fileName, onStage, signal, columns) {
      return new Promise<ParseResult>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new DOMException('导入已停止', 'AbortError'));
          return;
        }
        const p: Pending = { resolve, reject, onStage, request: { id: nextId++, text, fileName, ...(columns && columns.length > 0 ? { columns: [...columns] } : {}) } };
        onStage?.('queued');
        if (!jobs.send(p)) {
          void onMainThread(p);
          return;
        }
        signal?.addEventListener('abort', () => abandon(p), { once: true });
      });
    },
    dispose: jobs.stop,
  };
}
