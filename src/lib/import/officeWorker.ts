// Runs an office library (read-excel-file for a returned 台账, mammoth for a .docx, our readers of .doc /
// .wps and .xls) in a Web Worker made
// for one file, so a slow file never blocks the page: the worker is terminated at its time budget or on
// the user's cancel, which ends the library's work wherever it is. The worker's script is the packed
// library's own text (packed/load.ts) followed by a small handler. Where no worker can run (Node tests,
// vite dev, a policy against blob: workers) the library runs here, as before; the sizes it may see are
// bounded beforehand by zipBounds.ts either way.
import { loadPacked, packedScriptText } from '../packed/load';
import { PACKED_GLOBAL } from '../packed/names';
import type { DocRead } from './docReader';
import type { XlsRead } from './xlsReader';

export type OfficeJob = 'xlsx' | 'docx' | 'doc' | 'wps' | 'xls';
const LIBRARY = { xlsx: 'read-excel-file/universal', docx: 'mammoth', doc: 'doc-reader', wps: 'doc-reader', xls: 'xls-reader' } as const;

/** read-excel-file's sheets, the .docx's raw text, or our readers' results (which carry their own reasons). */
export type OfficeValue<J extends OfficeJob> = J extends 'xlsx' ? { sheet: string; data: unknown[][] }[] : J extends 'docx' ? string : J extends 'xls' ? XlsRead : DocRead;

export type OfficeRun<J extends OfficeJob> = { ok: true; value: OfficeValue<J> } | { ok: false; stopped: 'failed' | 'timeout' | 'cancelled' };

export interface OfficeOptions {
  budgetMs: number;
  signal?: AbortSignal;
  /** The .xls reader's row limit (a number, so that it can be written into the worker's script). */
  maxRows?: number;
}

/** Time allowed to read an office file of `bytes` (already bounded unpacked): generous for a slow laptop. */
export function officeBudgetMs(bytes: number): number {
  return 20_000 + Math.ceil(bytes / (1024 * 1024)) * 3_000;
}

/** The library's call, the same here and inside the worker (where it is sent as text: self-contained). */
async function callLibrary(lib: Record<string, unknown>, job: OfficeJob, buffer: ArrayBuffer, maxRows: number): Promise<unknown> {
  if (job === 'xlsx') return (lib.default as (b: ArrayBuffer) => Promise<unknown>)(buffer);
  if (job === 'xls') return (lib.readXls as (b: ArrayBuffer, rows: number) => unknown)(buffer, maxRows);
  if (job === 'doc' || job === 'wps') return (lib.readDoc as (b: ArrayBuffer, kind: string) => unknown)(buffer, job);
  const mammoth = (lib.default ?? lib) as { extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: ArrayBuffer }): Promise<{ value: string }> };
  // The browser build of mammoth reads `arrayBuffer`, its Node build (unit tests) `buffer`.
  return (await mammoth.extractRawText({ arrayBuffer: buffer, buffer })).value;
}

function workerMain(global: string, name: string, job: OfficeJob, maxRows: number, call: typeof callLibrary) {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<ArrayBuffer>) => void) | null; postMessage(m: unknown): void } & Record<
    string,
    Record<string, Record<string, unknown>>
  >;
  scope.onmessage = (event) => {
    void call(scope[global]![name]!, job, event.data, maxRows).then(
      (value) => scope.postMessage({ ok: true, value }),
      () => scope.postMessage({ ok: false }),
    );
  };
  scope.postMessage({ ready: true });
}

/** The bytes in a buffer of their own. Not bytes.slice(): a Node Buffer's slice is a view of a shared pool. */
function copyOf(bytes: Uint8Array): ArrayBuffer {
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  return own.buffer;
}

async function runHere<J extends OfficeJob>(job: J, bytes: Uint8Array, maxRows: number): Promise<OfficeRun<J>> {
  try {
    const lib = (await loadPacked(LIBRARY[job])) as unknown as Record<string, unknown>;
    return { ok: true, value: (await callLibrary(lib, job, copyOf(bytes), maxRows)) as OfficeValue<J> };
  } catch {
    return { ok: false, stopped: 'failed' };
  }
}

function startWorker(code: string): { worker: Worker; url: string } | null {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    return { worker: new Worker(url), url };
  } catch {
    URL.revokeObjectURL(url);
    return null;
  }
}

/** Reads the file with the library, off the main thread where possible; never throws. */
export async function runOffice<J extends OfficeJob>(job: J, bytes: Uint8Array, options: OfficeOptions): Promise<OfficeRun<J>> {
  if (options.signal?.aborted) return { ok: false, stopped: 'cancelled' };
  const maxRows = options.maxRows ?? 0;
  const text = packedScriptText(LIBRARY[job]);
  const library = text ? await text.catch(() => null) : null;
  const started = library
    ? startWorker(
        `${library}\n;(${workerMain.toString()})(${JSON.stringify(PACKED_GLOBAL)}, ${JSON.stringify(LIBRARY[job])}, ${JSON.stringify(job)}, ${maxRows}, ${callLibrary.toString()});`,
      )
    : null;
  if (!started) return runHere(job, bytes, maxRows);
  const { worker, url } = started;
  return new Promise<OfficeRun<J>>((resolve) => {
    let settled = false;
    const finish = (run: OfficeRun<J> | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      URL.revokeObjectURL(url);
      // The worker could not run at all (its script refused): the library runs here instead.
      if (run === null) void runHere(job, bytes, maxRows).then(resolve);
      else resolve(run);
    };
    const onAbort = () => finish({ ok: false, stopped: 'cancelled' });
    const timer = setTimeout(() => finish({ ok: false, stopped: 'timeout' }), options.budgetMs);
    options.signal?.addEventListener('abort', onAbort);
    // Until the library has loaded in the worker, an error means the worker cannot run it at all.
    let ready = false;
    worker.onmessage = (event: MessageEvent<{ ready?: true; ok?: boolean; value?: unknown }>) => {
      if (event.data.ready) {
        ready = true;
        return;
      }
      finish(event.data.ok ? { ok: true, value: event.data.value as OfficeValue<J> } : { ok: false, stopped: 'failed' });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(ready ? { ok: false, stopped: 'failed' } : null);
    };
    worker.onmessageerror = () => finish({ ok: false, stopped: 'failed' });
    const buffer = copyOf(bytes);
    worker.postMessage(buffer, [buffer]);
  });
}
