// Parses in a Web Worker; falls back to the main thread when no worker can start (an old browser,
// a policy that forbids blob: workers, or `vite dev`, which has no core script). The caller sees the
// same promise either way. The worker's source is the page's shared core script (coreScript.ts).
import type { ParseResult } from '../model/document';
import { coreScriptUrl } from './coreScript';
import { parseSafely } from './parseSafely';
import type { ParseRequest, ParseResponse } from './parseProtocol';

export type ParseStage = 'queued' | 'parsing' | 'done';

export interface BackgroundParser {
  /** Rejects with an AbortError when `signal` aborts: the worker is then stopped and a new one started. */
  parse(text: string, fileName: string | null, onStage?: (stage: ParseStage) => void, signal?: AbortSignal): Promise<ParseResult>;
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
  let worker: Worker | null = null;
  let owned: string | null = null;
  let mode: 'worker' | 'main-thread' = 'worker';
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const onMainThread = async (p: Pending) => {
    p.onStage?.('parsing');
    // Let the progress indicator paint before the synchronous parse takes the thread.
    await new Promise((r) => setTimeout(r, 30));
    p.resolve(parseSafely(p.request.text, p.request.fileName));
    p.onStage?.('done');
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
    if (owned) URL.revokeObjectURL(owned);
    owned = null;
  };

  const fallBack = () => {
    mode = 'main-thread';
    stop();
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) void onMainThread(p);
  };

  const start = () => {
    try {
      const core = coreScriptUrl();
      if (!core) throw new Error('no core script to start a worker from');
      if (core.owned) {
        if (owned && owned !== core.url) URL.revokeObjectURL(owned);
        owned = core.url;
      }
      worker = new Worker(core.url);
      worker.onmessage = (event: MessageEvent<ParseResponse>) => {
        const message = event.data;
        const p = pending.get(message.id);
        if (!p) return;
        if (message.type === 'started') p.onStage?.('parsing');
        else {
          pending.delete(message.id);
          p.resolve(message.result);
          p.onStage?.('done');
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fallBack();
      };
      worker.onmessageerror = fallBack;
    } catch {
      fallBack();
    }
  };
  start();

  /** A synchronous parse cannot be interrupted: stop its worker and start another for what follows. */
  const abandon = (p: Pending) => {
    if (!pending.delete(p.request.id)) return;
    p.reject(new DOMException('导入已停止', 'AbortError'));
    if (mode !== 'worker') return;
    worker?.terminate();
    worker = null;
    start(); // if it fails, fallBack has moved what was waiting to the main thread
    const fresh = worker as Worker | null;
    if (fresh) for (const w of pending.values()) fresh.postMessage(w.request);
  };

  return {
    get mode() { return mode; },
    parse(text, fileName, onStage, signal) {
      return new Promise<ParseResult>((resolve, reject) => {
        if (signal?.aborted) { reject(new DOMException('导入已停止', 'AbortError')); return; }
        const p: Pending = { resolve, reject, onStage, request: { id: nextId++, text, fileName } };
        onStage?.('queued');
        if (!worker) { void onMainThread(p); return; }
        pending.set(p.request.id, p);
        signal?.addEventListener('abort', () => abandon(p), { once: true });
        worker.postMessage(p.request);
      });
    },
    dispose: stop,
  };
}
